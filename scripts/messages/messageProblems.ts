// What is wrong with a message as the labels word it, for the tests' laws over generated input: a
// label not in the helper's list or with no label file, a counted label without both forms, a
// placeholder with no parameter or a parameter with no placeholder.
import { isMessage } from '../../force-app/main/default/lwc/atlasMessages/atlasMessages';
import type { Message } from '../../force-app/main/default/lwc/atlasMessages/atlasMessages';

/** The placeholders a label's text uses: {0}, {1}… as numbers, each once, in order. */
export function placeholdersOf(text: string): number[] {
    const used = [...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
    return [...new Set(used)].sort((a, b) => a - b);
}

/** Each problem as a line naming the label; none for a sound message and its nested ones. */
export function messageProblems(
    message: Message,
    allowed: ReadonlySet<string>,
    labels: ReadonlyMap<string, string>
): string[] {
    const { label } = message;
    const names = typeof label === 'string' ? [label] : [label.one, label.other];
    const problems: string[] = [];
    const expected = message.params.map((_, index) => index).join(',');
    for (const name of names) {
        const text = labels.get(name);
        if (!allowed.has(name)) {
            problems.push(`${name}: not in the helper's list of labels`);
        }
        if (text === undefined) {
            problems.push(`${name}: no custom label file`);
        } else if (placeholdersOf(text).join(',') !== expected) {
            problems.push(
                `${name}: placeholders {${placeholdersOf(text).join('},{')}} for ${message.params.length} parameters`
            );
        }
    }
    for (const param of message.params) {
        if (isMessage(param)) {
            problems.push(...messageProblems(param, allowed, labels));
        }
    }
    return problems;
}

/**
 * The message with each record text (a string parameter: a deal's or a person's name, typed by a
 * user) put as a plain word, nested messages too. A name may itself read "{0}", so a law that looks
 * for a placeholder left unfilled in the words shown looks at this, where any "{0}" left is the
 * label's own.
 */
export function withPlainRecordTexts(message: Message): Message {
    return {
        label: message.label,
        params: message.params.map((param) =>
            typeof param === 'string'
                ? 'text'
                : isMessage(param)
                  ? withPlainRecordTexts(param)
                  : param
        )
    };
}
