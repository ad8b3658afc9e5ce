// Check: every single-line value reaches Salesforce on one line with no whitespace around it. Reads the
// package as source-deploy-retrieve converts it — untrimmed, because the conversion passes most text
// through as written, so a wrapped report name or stage name is what the org would store.
import { projectPath } from '../../../schema/files';
import { quoteValue, sentValues, type SentValue } from '../sentValues';
import { memoized, type Check, type CheckContext, type Finding } from './check';
import { deployments } from './deployConversion';

/**
 * Elements whose value may span lines: formulas (the formula editor keeps line breaks, and whitespace
 * between formula tokens means nothing). Every other text element is a single-line value.
 */
export const MULTI_LINE_ELEMENTS: ReadonlySet<string> = new Set([
    'formula',
    'errorConditionFormula',
    'expression',
    'calculatedFormula'
]);

/** The text values of every conversion (package and post-install), traced to their sources. */
export async function sentValuesOf(context: CheckContext): Promise<readonly SentValue[]> {
    const results = await deployments(context);
    return memoized(context, 'sentValues', () =>
        results.flatMap((result) => (result.ok ? sentValues(result.converted, result.files) : []))
    );
}

/** Where a finding about a sent value points: its source line, else the converted file. */
export function sentValueLocation(
    context: CheckContext,
    value: SentValue
): Pick<Finding, 'file' | 'line'> {
    return value.source === undefined
        ? { file: `${context.packageDirs.join(', ')} (converted: ${value.convertedPath})` }
        : { file: projectPath(context.projectDir, value.source.file), line: value.source.line };
}

/** What is wrong with a single-line value's whitespace, or null when nothing is. */
export function whitespaceProblem(text: string): string | null {
    if (/[\r\n]/.test(text)) {
        return 'has a line break';
    }
    if (text !== text.trim()) {
        return text.trim() === '' ? 'is only whitespace' : 'has whitespace before or after it';
    }
    return null;
}

export const textAsSent: Check = {
    name: 'every single-line value is sent on one line with no whitespace around it (read from the converted package, untrimmed)',
    async run(context) {
        const findings: Finding[] = [];
        for (const value of await sentValuesOf(context)) {
            const element = value.path[value.path.length - 1] ?? '';
            const problem = MULTI_LINE_ELEMENTS.has(element) ? null : whitespaceProblem(value.text);
            if (problem === null) {
                continue;
            }
            findings.push({
                ...sentValueLocation(context, value),
                message: `<${element}> in ${value.path.slice(0, -1).join('.')} ${problem} as sent to Salesforce (${value.convertedPath}): ${quoteValue(value.text)}`,
                fix: `write the value on one line between <${element}> and </${element}>, with no spaces or line breaks around it`
            });
        }
        return findings;
    }
};
