// --where takes a SOQL condition on Opportunity (what follows WHERE), never a whole query: it is
// appended in parentheses to the open-opportunity filter of every query the scorer runs, so it
// must not close those parentheses early or bring clauses (LIMIT, ORDER BY, FOR UPDATE) of its own.
import { parseQuery } from '@jetstreamapp/soql-parser-js';

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
            message: `--where has unbalanced parentheses or an unclosed quote: ${trimmed}`
        };
    }
    try {
        const query = parseQuery(`SELECT Id FROM Opportunity WHERE (${trimmed})`);
        if (!query.where) {
            throw new Error('no condition found');
        }
    } catch (error) {
        const reason = (error as Error).message.split('\n')[0] ?? '';
        return {
            ok: false,
            message: `--where is not a SOQL condition (no LIMIT, ORDER BY or other clauses): ${reason}. Example: ${EXAMPLE}`
        };
    }
    return { ok: true, condition: trimmed };
}
