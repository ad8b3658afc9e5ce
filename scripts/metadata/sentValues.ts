// The text values a deploy sends: every element without children in the converted metadata XML,
// untrimmed, each traced back to the source file and line that holds it so a finding says what to edit.
import { readFileSync } from 'node:fs';
import type { ConvertedFile, DeployableFile } from './deployment';
import { xmlElements } from './xmlElements';

export interface SentValue {
    /** The converted file that carries it, e.g. 'objects/Buying_Center__c.object'. */
    readonly convertedPath: string;
    /** Element names from the converted root: ['CustomObject', 'fields', 'inlineHelpText']. */
    readonly path: readonly string[];
    /** The text exactly as sent (entities decoded). */
    readonly text: string;
    /** Where the value is written in the source, when it can be found there. */
    readonly source?: { readonly file: string; readonly line: number };
}

/** Text with every run of whitespace as one space, trimmed: matches a value the conversion trimmed. */
function loosely(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every text value of the converted files. The source location is found by element name and text
 * among the deployable source files: exact first (most types are copied as written), then with
 * whitespace collapsed (the conversion trims custom label and some object values).
 */
export function sentValues(
    converted: readonly ConvertedFile[],
    sources: readonly DeployableFile[]
): SentValue[] {
    const index = new Map<string, { file: string; line: number }>();
    for (const source of sources) {
        if (!source.path.endsWith('.xml')) {
            continue;
        }
        for (const element of xmlElements(readFileSync(source.path, 'utf8'))) {
            const name = element.path[element.path.length - 1];
            if (element.text === null) {
                continue;
            }
            for (const key of [
                `${name}\u0000${element.text}`,
                `${name}\u0001${loosely(element.text)}`
            ]) {
                if (!index.has(key)) {
                    index.set(key, { file: source.path, line: element.line });
                }
            }
        }
    }
    const values: SentValue[] = [];
    for (const file of converted) {
        for (const element of xmlElements(file.text)) {
            if (element.text === null) {
                continue;
            }
            const name = element.path[element.path.length - 1];
            const source =
                index.get(`${name}\u0000${element.text}`) ??
                index.get(`${name}\u0001${loosely(element.text)}`);
            values.push({
                convertedPath: file.path,
                path: element.path,
                text: element.text,
                ...(source === undefined ? {} : { source })
            });
        }
    }
    return values;
}

/** A value for a message: line breaks shown as ⏎, long text shortened in the middle. */
export function quoteValue(text: string, max = 120): string {
    const shown = text.replace(/\r?\n/g, '⏎');
    const cut =
        shown.length <= max
            ? shown
            : `${shown.slice(0, max / 2)}…${shown.slice(shown.length - max / 2)}`;
    return JSON.stringify(cut);
}
