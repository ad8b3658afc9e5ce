// --where takes a SOQL condition on Opportunity (what follows WHERE), never a whole query: it is
// appended in parentheses to the open-opportunity filter of every query the scorer runs, so it
// must not close those parentheses early or bring clauses (LIMIT, ORDER BY, FOR UPDATE) of its own.
import type * as SoqlParser from '@jetstreamapp/soql-parser-js';

// The parser takes over a second to load: only a command given --where pays for it.
let soqlParser: typeof SoqlParser | undefined;
function parser(): typeof SoqlParser {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    soqlParser ??= require('@jetstreamapp/soql-parser-js') as typeof SoqlParser;
    return soqlParser;
}

const EXAMPLE = `--where "StageName = 'Proposal/Price Quote' AND Amount > 50000"`;

/** The parentheses of the condition, outside string literals, must balance and never close early. */
function parenthesesBalance(condition: string): boolean {
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < condition.length; i++) {
        const char = condition[i];
        if (quoted) {
            if (char === '\\') {
                i++;
            } else if (char === "'") {
                quoted = false;
            }
        } else if (char === "'") {
            quoted = true;
        } else if (char === '(') {
            depth++;
        } else if (char === ')' && --depth < 0) {
            return false;
        }
    }
    return depth === 0 && !quoted;
}

/** Mistakes people make in a SOQL condition, each with what to write instead. */
const MISTAKES: readonly [RegExp, string][] = [
    [
        /\b(ORDER\s+BY|LIMIT|OFFSET|GROUP\s+BY|HAVING|FOR\s+UPDATE)\b/i,
        'it brings a clause of its own (ORDER BY, LIMIT, GROUP BY …); give only the condition'
    ],
    [/"/, "text values go in single quotes (StageName = 'Closed Won'), not double quotes"],
    [/==|!==?/, "compare with = and != written once (Amount = 50000, StageName != 'Prospecting')"],
    [/&&|\|\|/, 'join conditions with AND and OR, not && and ||'],
    [/\b(AND|OR|NOT)\s*$/i, 'it ends with AND, OR or NOT: add the condition that should follow'],
    [/(=|<|>|\bLIKE|\bIN)\s*$/i, 'it ends with an operator: add the value to compare with'],
    [/^\s*(AND|OR)\b/i, 'it starts with AND or OR: start with a field (Amount > 50000)']
];

/** What is wrong with a condition the parser refused, in plain words. */
function plainReason(condition: string): string {
    const found = MISTAKES.find(([pattern]) => pattern.test(condition));
    return found
        ? found[1]
        : 'it could not be read as field, operator and value (Amount > 50000), joined by AND or OR';
}

/** The condition, trimmed, or an error message that says what to type instead. */
export function checkWhereCondition(
    condition: string
): { ok: true; condition: string } | { ok: false; message: string } {
    const trimmed = condition.trim();
    if (trimmed === '') {
        return { ok: false, message: `--where needs a SOQL condition, e.g. ${EXAMPLE}` };
    }
    if (/^select\b/i.test(trimmed)) {
        return {
            ok: false,
            message: `--where takes a condition on Opportunity, not a whole query: drop "SELECT … FROM … WHERE", e.g. ${EXAMPLE}`
        };
    }
    if (!parenthesesBalance(trimmed)) {
        return {
            ok: false,
            message: `--where has unbalanced parentheses or an unclosed quote: ${trimmed}. A condition that works: ${EXAMPLE}`
        };
    }
    let parsed = false;
    try {
        parsed = !!parser().parseQuery(`SELECT Id FROM Opportunity WHERE (${trimmed})`).where;
    } catch {
        parsed = false;
    }
    if (!parsed) {
        return {
            ok: false,
            message: `--where is not a SOQL condition: ${plainReason(trimmed)}. A condition that works: ${EXAMPLE}`
        };
    }
    return { ok: true, condition: trimmed };
}
