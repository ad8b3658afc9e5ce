// Helpers the deal and pipeline panel tests share: wait for the DOM, reach into nested shadow
// roots, fire base-component events the way a user's input does, and pin the clock.
export { flushPromises, shadowQuery, shadowQueryAll } from '../../../../../../jest/panelTests';

/** The text of an element with its whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Sets a base component input's value and fires its change event, as typing or picking does. */
export function changeValue(input: Element | null, value: unknown): void {
    if (!input) {
        throw new Error('No input to change');
    }
    (input as HTMLElement & { value: unknown }).value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** The messages a c-error-panel shows. */
export function errorMessages(panel: Element | null): string[] {
    return [...(panel?.shadowRoot?.querySelectorAll('li') ?? [])].map((item) => textOf(item));
}

/** Freezes Date (only Date: timers and promises still run) at the given instant. */
export function pinClock(iso: string): void {
    jest.useFakeTimers({
        now: new Date(iso),
        doNotFake: [
            'hrtime',
            'nextTick',
            'performance',
            'queueMicrotask',
            'requestAnimationFrame',
            'cancelAnimationFrame',
            'requestIdleCallback',
            'cancelIdleCallback',
            'setImmediate',
            'clearImmediate',
            'setInterval',
            'clearInterval',
            'setTimeout',
            'clearTimeout'
        ]
    });
}

/** A rejected uiRecordApi write as the platform shapes it. */
export function uiApiError(
    message: string,
    fieldErrors: Record<string, string> = {}
): { body: unknown; status: number; statusText: string } {
    const output = {
        errors:
            Object.keys(fieldErrors).length === 0
                ? [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }]
                : [],
        fieldErrors: Object.fromEntries(
            Object.entries(fieldErrors).map(([field, text]) => [
                field,
                [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', field, message: text }]
            ])
        )
    };
    return {
        status: 400,
        statusText: 'Bad Request',
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            output
        }
    };
}
