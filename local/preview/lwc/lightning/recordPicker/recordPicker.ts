// lightning-record-picker for the preview (the base components package does not ship it): a search
// field that lists, as the user types, the records of objectApiName matching what was typed within
// `filter`, read from the local org with GraphQL (recordSearch.ts), and selects one with the mouse
// or the keyboard (arrows, Enter, Escape), as the platform's does. Same public properties, methods
// and change event ({ recordId }) as the platform's component.
import { LightningElement, api } from 'lwc';
import { callOrg } from '../../../platform/transport';
import {
    recordsOf,
    searchQuery,
    type PickerDisplayInfo,
    type PickerFilter,
    type PickerMatchingInfo,
    type PickerRecord
} from './recordSearch';

/** Wait for a pause in typing before searching, as the platform does. */
const SEARCH_DELAY_MS = 250;
let pickerCount = 0;

interface OptionView extends PickerRecord {
    domId: string;
    className: string;
    selected: string;
}

export default class RecordPicker extends LightningElement {
    @api label = '';
    @api objectApiName: string | undefined;
    @api required = false;
    @api disabled = false;
    @api fieldLevelHelp: string | undefined;
    @api placeholder = 'Search…';
    @api variant: string | undefined;
    @api filter: PickerFilter | undefined;
    @api displayInfo: PickerDisplayInfo | undefined;
    @api matchingInfo: PickerMatchingInfo | undefined;
    @api messageWhenBadInput: string | undefined;

    term = '';
    results: PickerRecord[] = [];
    open = false;
    searching = false;
    activeIndex = -1;
    selectedName = '';
    errorMessage: string | undefined;
    private selectedId: string | null = null;
    /** The picked record's name is being read: the field stays empty rather than show an Id. */
    private readingName = false;
    private customValidity = '';
    private timer: ReturnType<typeof setTimeout> | undefined;
    private searchCount = 0;
    private readonly listId = `record-picker-${(pickerCount += 1)}`;

    @api
    get value(): string | null {
        return this.selectedId;
    }
    set value(recordId: string | null | undefined) {
        const id = recordId || null;
        if (id === this.selectedId) {
            return;
        }
        this.selectedId = id;
        this.selectedName = '';
        if (id !== null) {
            void this.readName(id);
        }
    }

    get hasSelection(): boolean {
        return this.selectedId !== null;
    }

    /** Searching: a search icon on the left; a record picked: only its clear button, right. */
    get showSearchIcon(): boolean {
        return !this.hasSelection;
    }

    get formElementInnerClass(): string {
        return `slds-combobox__form-element slds-input-has-icon ${
            this.hasSelection ? 'slds-input-has-icon_right' : 'slds-input-has-icon_left-right'
        }`;
    }

    get inputValue(): string {
        if (!this.hasSelection) {
            return this.term;
        }
        return this.selectedName || (this.readingName ? '' : (this.selectedId ?? ''));
    }

    get isLabelHidden(): boolean {
        return this.variant === 'label-hidden';
    }

    get labelClass(): string {
        return this.isLabelHidden ? 'slds-assistive-text' : 'slds-form-element__label';
    }

    get formElementClass(): string {
        return this.errorMessage ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get comboboxClass(): string {
        return `slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${this.open ? ' slds-is-open' : ''}`;
    }

    get expanded(): string {
        return String(this.open);
    }

    get listboxId(): string {
        return this.listId;
    }

    get activeDescendant(): string | null {
        return this.activeIndex >= 0 ? (this.options[this.activeIndex]?.domId ?? null) : null;
    }

    get options(): OptionView[] {
        return this.results.map((record, index) => ({
            ...record,
            domId: `${this.listId}-option-${index}`,
            className: `slds-media slds-listbox__option slds-listbox__option_entity slds-listbox__option_has-meta${index === this.activeIndex ? ' slds-has-focus' : ''}`,
            selected: String(index === this.activeIndex)
        }));
    }

    get noMatches(): boolean {
        return this.open && !this.searching && this.results.length === 0 && this.term.trim() !== '';
    }

    get hasMeta(): boolean {
        return (this.displayInfo?.additionalFields?.length ?? 0) > 0;
    }

    @api
    checkValidity(): boolean {
        return this.validityMessage() === undefined;
    }

    @api
    reportValidity(): boolean {
        this.errorMessage = this.validityMessage();
        return this.errorMessage === undefined;
    }

    @api
    setCustomValidity(message: string): void {
        this.customValidity = message ?? '';
    }

    @api
    clearSelection(): void {
        this.select(null);
    }

    @api
    focus(): void {
        this.template?.querySelector<HTMLInputElement>('input')?.focus();
    }

    @api
    blur(): void {
        this.template?.querySelector<HTMLInputElement>('input')?.blur();
    }

    handleInput(event: Event): void {
        this.term = (event.target as HTMLInputElement).value;
        this.errorMessage = undefined;
        clearTimeout(this.timer);
        if (this.term.trim() === '') {
            this.open = false;
            this.results = [];
            return;
        }
        this.open = true;
        this.searching = true;
        this.timer = setTimeout(() => void this.search(this.term), SEARCH_DELAY_MS);
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!this.open || this.results.length === 0) {
                return;
            }
            const step = event.key === 'ArrowDown' ? 1 : -1;
            this.activeIndex =
                (this.activeIndex + step + this.results.length) % this.results.length;
        } else if (event.key === 'Enter' && this.open) {
            event.preventDefault();
            const record =
                this.results[this.activeIndex] ??
                (this.results.length === 1 ? this.results[0] : undefined);
            if (record) {
                this.select(record);
            }
        } else if (event.key === 'Escape' && this.open) {
            event.preventDefault();
            event.stopPropagation();
            this.open = false;
        }
    }

    handleBlur(): void {
        // A pick with the mouse lands first (mousedown keeps the focus in the field).
        this.open = false;
        this.dispatchEvent(new CustomEvent('blur'));
        if (this.required) {
            this.reportValidity();
        }
    }

    handleFocus(): void {
        this.dispatchEvent(new CustomEvent('focus'));
    }

    handleOptionMouseDown(event: MouseEvent): void {
        event.preventDefault(); // keeps the focus in the field
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const record = this.results.find((candidate) => candidate.id === id);
        if (record) {
            this.select(record);
        }
    }

    handleClear(): void {
        this.select(null);
        this.focus();
    }

    private select(record: PickerRecord | null): void {
        this.selectedId = record?.id ?? null;
        this.selectedName = record?.name ?? '';
        this.term = '';
        this.results = [];
        this.open = false;
        this.activeIndex = -1;
        this.errorMessage = undefined;
        this.dispatchEvent(new CustomEvent('change', { detail: { recordId: this.selectedId } }));
    }

    private validityMessage(): string | undefined {
        if (this.customValidity) {
            return this.customValidity;
        }
        if (!this.hasSelection && this.term.trim() !== '') {
            return (
                this.messageWhenBadInput ??
                'Select an option from the picklist or remove the search term.'
            );
        }
        if (this.required && !this.hasSelection) {
            return 'Complete this field.';
        }
        return undefined;
    }

    private async search(term: string): Promise<void> {
        const objectApiName = this.objectApiName;
        if (objectApiName === undefined) {
            return;
        }
        this.searchCount += 1;
        const ticket = this.searchCount;
        try {
            const answer = await this.ask(
                searchQuery({
                    objectApiName,
                    term,
                    filter: this.filter,
                    displayInfo: this.displayInfo,
                    matchingInfo: this.matchingInfo
                })
            );
            if (ticket === this.searchCount) {
                this.results = recordsOf(answer, objectApiName, this.displayInfo);
                this.activeIndex = this.results.length > 0 ? 0 : -1;
                this.errorMessage = undefined;
            }
        } catch (error) {
            this.errorMessage = `Records could not be searched: ${error instanceof Error ? error.message : String(error)}`;
        } finally {
            if (ticket === this.searchCount) {
                this.searching = false;
            }
        }
    }

    private async readName(recordId: string): Promise<void> {
        const objectApiName = this.objectApiName;
        if (objectApiName === undefined) {
            return;
        }
        this.readingName = true;
        try {
            const answer = await this.ask(
                searchQuery({ objectApiName, term: '', recordId, displayInfo: this.displayInfo })
            );
            const [record] = recordsOf(answer, objectApiName, this.displayInfo);
            if (record !== undefined && this.selectedId === recordId) {
                this.selectedName = record.name;
            }
        } catch {
            // The id is shown once the read is over; a search still works.
        } finally {
            if (this.selectedId === recordId) {
                this.readingName = false;
            }
        }
    }

    private async ask(query: string): Promise<unknown> {
        const answer = (await callOrg('POST', '/graphql', { query })) as {
            errors?: { message?: string }[];
        };
        if (answer.errors !== undefined && answer.errors.length > 0) {
            throw new Error(answer.errors.map((error) => error.message ?? '').join('; '));
        }
        return answer;
    }
}
