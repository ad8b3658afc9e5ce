// lightning-record-picker for the preview (the base components package does not ship it): the
// records of objectApiName, by Name, read from the local org with one GraphQL query, in a
// lightning-combobox. Same public properties the panels set and the same change event
// ({ recordId }); unlike the platform's it lists the first 2,000 records instead of searching.
import { LightningElement, api } from 'lwc';
import { callOrg } from '../../../platform/transport';

interface Option {
    label: string;
    value: string;
}

const NONE = '';

export default class RecordPicker extends LightningElement {
    @api label = '';
    @api objectApiName: string | undefined;
    @api value: string | null | undefined;
    @api required = false;
    @api disabled = false;
    @api fieldLevelHelp: string | undefined;
    @api placeholder = 'Search…';
    @api variant: string | undefined;

    options: Option[] = [];
    loadError: string | undefined;
    private loadedFor: string | undefined;

    override connectedCallback(): void {
        void this.load();
    }

    override renderedCallback(): void {
        if (this.objectApiName !== this.loadedFor) {
            void this.load();
        }
    }

    get comboboxOptions(): Option[] {
        const choices = [...this.options];
        if (this.value && !choices.some((option) => option.value === this.value)) {
            choices.unshift({ label: this.value, value: this.value });
        }
        return this.required ? choices : [{ label: '--None--', value: NONE }, ...choices];
    }

    get comboboxValue(): string {
        return this.value ?? NONE;
    }

    @api
    checkValidity(): boolean {
        return !this.required || !!this.value;
    }

    @api
    reportValidity(): boolean {
        const combobox = this.template?.querySelector('lightning-combobox') as
            (HTMLElement & { reportValidity(): boolean }) | null;
        return combobox?.reportValidity() ?? this.checkValidity();
    }

    @api
    focus(): void {
        (this.template?.querySelector('lightning-combobox') as HTMLElement | null)?.focus();
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        event.stopPropagation();
        const recordId = event.detail.value === NONE ? null : event.detail.value;
        this.value = recordId;
        this.dispatchEvent(new CustomEvent('change', { detail: { recordId } }));
    }

    private async load(): Promise<void> {
        const objectApiName = this.objectApiName;
        this.loadedFor = objectApiName;
        if (objectApiName === undefined || !/^\w+$/.test(objectApiName)) {
            this.options = [];
            return;
        }
        const query = `query recordPicker { uiapi { query { ${objectApiName}(first: 2000, orderBy: { Name: { order: ASC } }) { edges { node { Id Name { value } } } } } } }`;
        try {
            const answer = (await callOrg('POST', '/graphql', { query })) as {
                data?: {
                    uiapi?: {
                        query?: Record<
                            string,
                            { edges?: { node: { Id: string; Name?: { value?: unknown } } }[] }
                        >;
                    };
                };
                errors?: { message?: string }[];
            };
            if (answer.errors !== undefined && answer.errors.length > 0) {
                throw new Error(answer.errors.map((error) => error.message ?? '').join('; '));
            }
            const edges = answer.data?.uiapi?.query?.[objectApiName]?.edges ?? [];
            if (this.loadedFor === objectApiName) {
                this.options = edges.map(({ node }) => ({
                    value: node.Id,
                    label: typeof node.Name?.value === 'string' ? node.Name.value : node.Id
                }));
                this.loadError = undefined;
            }
        } catch (error) {
            this.loadError = `Records could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        }
    }
}
