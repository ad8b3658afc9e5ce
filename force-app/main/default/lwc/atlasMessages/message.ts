// A sentence the helpers say, as data: the custom label that words it and what fills its {0}, {1}…
// Imports nothing, so any helper can build messages without closing an import circle.

/** A whole number or decimal formatted for the reader: money, a share, a date, a multiple. */
export type FormattedValue =
    | { readonly amount: number }
    | { readonly percent: number }
    | { readonly date: string }
    | { readonly decimal: number; readonly digits: number };

/** What fills a placeholder: text from the records (as is), a number, a formatted value or a sentence. */
export type MessageParam = string | number | FormattedValue | Message;

/** One label, or a label for a count of one and another for every other count. */
export type LabelChoice =
    string | { readonly one: string; readonly other: string; readonly count: number };

export interface Message {
    readonly label: LabelChoice;
    readonly params: readonly MessageParam[];
}

/** msg('Atlas_DSM_Log_Activity') or msg('Atlas_DSM_Set_Buying_Center', name). */
export function msg(label: string, ...params: MessageParam[]): Message {
    return { label, params };
}

/** A sentence worded by its count: `one` when the reader's language says "one", else `other`. */
export function counted(
    one: string,
    other: string,
    count: number,
    ...params: MessageParam[]
): Message {
    return { label: { one, other, count }, params };
}

export const amountOf = (value: number): FormattedValue => ({ amount: value });
export const percentOf = (ratio: number): FormattedValue => ({ percent: ratio });
export const dateOf = (iso: string): FormattedValue => ({ date: iso });
export const decimalOf = (value: number, digits: number): FormattedValue => ({
    decimal: value,
    digits
});

/** The labels that join parts of a sentence; every helper's label list includes them. */
export const JOIN_LABELS = [
    'Atlas_MSG_List_Comma',
    'Atlas_MSG_List_And',
    'Atlas_MSG_List_Semicolon',
    'Atlas_MSG_Sentences'
] as const;

/** "Ana", "Ana and Ben", "Ana, Ben and Cy": items listed as the reader's language lists them. */
export function listOf(items: readonly MessageParam[]): MessageParam {
    if (items.length <= 1) {
        return items[0] ?? '';
    }
    const head = items.slice(0, -1).reduce((list, item) => msg('Atlas_MSG_List_Comma', list, item));
    return msg('Atlas_MSG_List_And', head, items[items.length - 1] ?? '');
}

/** Items one after the other: "a, b, c" (comma), "a; b" (semicolon) or sentences "A. B." (sentences). */
export function joined(
    items: readonly MessageParam[],
    by: 'comma' | 'semicolon' | 'sentences'
): MessageParam {
    const label = {
        comma: 'Atlas_MSG_List_Comma',
        semicolon: 'Atlas_MSG_List_Semicolon',
        sentences: 'Atlas_MSG_Sentences'
    }[by];
    return items.length === 0 ? '' : items.reduce((list, item) => msg(label, list, item));
}

export function isMessage(value: unknown): value is Message {
    return typeof value === 'object' && value !== null && 'label' in value && 'params' in value;
}

/** Every label name a message can be worded by, its nested sentences' included. */
export function labelsOf(message: Message): string[] {
    const own =
        typeof message.label === 'string'
            ? [message.label]
            : [message.label.one, message.label.other];
    return [
        ...own,
        ...message.params.flatMap((param) => (isMessage(param) ? labelsOf(param) : []))
    ];
}
