// Test helpers the account-planning panel tests share: wait for the DOM, reach into nested shadow
// roots, and type into a c-planning-record-form the way a user would.
export { shadowQuery, shadowQueryAll } from '../../../../../../jest/panelTests';

/** Lets pending promises (record writes, refreshes) and re-renders finish. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every input of a record form by field API name. */
export function formInputs(form: Element): Map<string, HTMLElement & { value: unknown }> {
    const inputs = new Map<string, HTMLElement & { value: unknown }>();
    for (const input of form.shadowRoot?.querySelectorAll<HTMLElement>('[data-field]') ?? []) {
        inputs.set(input.dataset.field!, input as HTMLElement & { value: unknown });
    }
    return inputs;
}

/** Types values into a record form as a user would: each input changes and fires its event. */
export function typeInto(form: Element, values: Record<string, unknown>): void {
    const inputs = formInputs(form);
    for (const [name, value] of Object.entries(values)) {
        const input = inputs.get(name);
        if (!input) {
            throw new Error(`The form has no field ${name}`);
        }
        input.value = value;
        const isPicker = input.tagName.toLowerCase() === 'lightning-record-picker';
        input.dispatchEvent(
            new CustomEvent('change', { detail: isPicker ? { recordId: value } : { value } })
        );
    }
}

/** Clicks the form's Save or Cancel button. */
export function clickFormButton(form: Element, action: 'save' | 'cancel'): void {
    const button = form.shadowRoot?.querySelector<HTMLElement>(`[data-action="${action}"]`);
    if (!button) {
        throw new Error(`The form has no ${action} button`);
    }
    button.click();
}

/** The error text shown next to a field, if any. */
export function fieldErrorText(form: Element, name: string): string | undefined {
    return form.shadowRoot?.querySelector(`[data-error-for="${name}"]`)?.textContent?.trim();
}

/** The messages a c-error-panel shows. */
export function errorPanelMessages(panel: Element | null): string[] {
    return [...(panel?.shadowRoot?.querySelectorAll('li') ?? [])].map(
        (item) => item.textContent ?? ''
    );
}
