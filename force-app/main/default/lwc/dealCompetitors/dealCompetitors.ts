// The Competitors panel on an Opportunity page: who else the customer is considering (an account
// or a name), and where we stand against each on "Can we compete?" and "Can we win?" with the
// customer's evidence and who confirmed it. Listed, added, edited and removed here; the Deal Score
// panel counts the weakest position and re-scores after each change. One GraphQL request; writes
// through c/atlasData, then a refresh.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import LightningConfirm from 'lightning/confirm';
import {
    DEAL_COMPETITORS_QUERY,
    dealCompetitorsFromGraphQL,
    formatLabel,
    notifyDealChanged,
    removeDealCompetitor,
    saveDealCompetitor
} from 'c/atlasData';
import type { DealCompetitorView, DealCompetitorsData, HiddenField } from 'c/atlasData';
import { saveErrorsOf } from 'c/atlasErrors';
import { competitorProblems, competitorValuesOf } from 'c/competitorStanding';
import type { CompetitorDraft } from 'c/competitorStanding';
import type { FieldProblems, Option } from 'c/dealCompetitorForm';
import { PanelTiming } from 'c/panelTiming';
import { COMPETITOR_LABELS as LABELS, PROBLEM_LABELS } from './competitorLabels';
import { competitorRows } from './competitorView';
import type { CompetitorRow } from './competitorView';

/** The form's competitor when adding one: no record yet. */
const NEW_COMPETITOR = 'new';

export default class DealCompetitors extends LightningElement {
    private readonly timing = new PanelTiming('dealCompetitors');
    @api recordId: string | undefined;

    labels = LABELS;
    data: DealCompetitorsData | undefined;
    rows: CompetitorRow[] = [];
    loadErrors: unknown;
    /** NEW_COMPETITOR, the id of the competitor being edited, or null when no form is open. */
    editing: string | null = null;
    problems: FieldProblems = {};
    saveErrors: string[] = [];
    saving = false;
    removingId: string | null = null;
    removeErrors: unknown;
    private refreshData: (() => Promise<void>) | undefined;
    /** Where focus goes after the next render: a competitor's heading (by id) or the Add button. */
    private focusAfterRender: { heading: string } | 'add' | null = null;

    get variables(): Record<string, unknown> {
        return { opportunityId: this.recordId };
    }

    @wire(graphql, { query: DEAL_COMPETITORS_QUERY, variables: '$variables' })
    wiredCompetitors(response: GraphQLWireResult<unknown>): void {
        this.refreshData = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
        }
        if (response.data) {
            this.timing.answered();
            this.data = dealCompetitorsFromGraphQL(response.data);
            this.rows = competitorRows(this.data);
            this.timing.helpersDone();
        }
    }

    override renderedCallback(): void {
        this.timing.rendered();
        this.takeFocus();
    }

    /**
     * Moves focus where the last action left it, once that element shows (a new competitor's card
     * shows when the list has reloaded). Also called after a write, which may change nothing drawn.
     */
    private takeFocus(): void {
        const target = this.focusAfterRender;
        if (target === null) {
            return;
        }
        const element =
            target === 'add'
                ? this.template?.querySelector<HTMLElement>('[data-id="add-competitor"]')
                : this.template?.querySelector<HTMLElement>(`[data-heading="${target.heading}"]`);
        if (element) {
            this.focusAfterRender = null;
            element.focus();
        }
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get notFound(): boolean {
        return this.data !== undefined && this.data.deal === null;
    }

    get hasDeal(): boolean {
        return !!this.data?.deal;
    }

    /** A closed deal's competitors are its record: shown, with who won, and no longer changed. */
    get isClosed(): boolean {
        return this.data?.deal?.IsClosed === true;
    }

    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    /** The API names of the competitor fields the user cannot see: the form leaves them out. */
    get hiddenFieldNames(): string[] {
        return this.hiddenFields.map((field) => field.fieldApiName);
    }

    get hasCompetitors(): boolean {
        return this.rows.length > 0;
    }

    get showEmpty(): boolean {
        return !this.isFormOpen;
    }

    get canAdd(): boolean {
        return this.data?.access.canCreate === true && this.editing === null && !this.isClosed;
    }

    get canEdit(): boolean {
        return this.data?.access.canEdit === true && this.editing === null && !this.isClosed;
    }

    get canRemove(): boolean {
        return this.data?.access.canDelete === true && this.editing === null && !this.isClosed;
    }

    get isReadOnly(): boolean {
        const access = this.data?.access;
        return (
            !this.isClosed && !!access && !access.canCreate && !access.canEdit && !access.canDelete
        );
    }

    /**
     * One form, above the list, for a new competitor or the one being edited (while it is still
     * listed: an edit form never turns into a new competitor's).
     */
    get isFormOpen(): boolean {
        return this.editing === NEW_COMPETITOR || this.editedCompetitor !== null;
    }

    get editedCompetitor(): DealCompetitorView | null {
        return this.data?.competitors.find((competitor) => competitor.Id === this.editing) ?? null;
    }

    get contactOptions(): Option[] {
        return (this.data?.contacts ?? []).map((contact) => ({
            label: contact.Name,
            value: contact.Id
        }));
    }

    get competeOptions(): Option[] {
        return (this.data?.competeValues ?? []).map(({ label, value }) => ({ label, value }));
    }

    get winOptions(): Option[] {
        return (this.data?.winValues ?? []).map(({ label, value }) => ({ label, value }));
    }

    handleAdd(): void {
        this.openForm(NEW_COMPETITOR);
    }

    handleEdit(event: Event): void {
        this.openForm((event.currentTarget as HTMLElement).dataset.id ?? null);
    }

    handleCancel(): void {
        const edited = this.editedCompetitor?.Id;
        this.openForm(null);
        this.focusAfterRender = edited ? { heading: edited } : 'add';
    }

    async handleSave(event: CustomEvent<CompetitorDraft>): Promise<void> {
        const draft = event.detail;
        const found = competitorProblems(draft);
        this.problems = Object.fromEntries(
            found.map((problem) => [problem.field, PROBLEM_LABELS[problem.code]])
        );
        this.saveErrors = [];
        const opportunityId = this.recordId;
        if (found.length > 0 || !opportunityId) {
            return;
        }
        this.saving = true;
        try {
            const savedId = await saveDealCompetitor(
                opportunityId,
                this.editedCompetitor?.Id ?? null,
                competitorValuesOf(draft),
                this.hiddenFieldNames
            );
            this.openForm(null);
            this.focusAfterRender = { heading: savedId };
            await this.afterWrite(opportunityId);
            this.takeFocus();
        } catch (error) {
            // The form stays open with what was typed; the platform's reasons show in it.
            this.saveErrors = saveErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    async handleRemove(event: Event): Promise<void> {
        const competitorId = (event.currentTarget as HTMLElement).dataset.id;
        const opportunityId = this.recordId;
        const row = this.rows.find((candidate) => candidate.id === competitorId);
        if (!competitorId || !opportunityId || !row) {
            return;
        }
        const confirmed = await LightningConfirm.open({
            message: formatLabel(LABELS.removeConfirm, row.name),
            variant: 'headerless',
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        this.removingId = competitorId;
        this.removeErrors = undefined;
        try {
            await removeDealCompetitor(competitorId);
            this.focusAfterRender = 'add';
            await this.afterWrite(opportunityId);
            this.takeFocus();
        } catch (error) {
            this.removeErrors = error;
        } finally {
            this.removingId = null;
        }
    }

    private openForm(editing: string | null): void {
        this.editing = editing;
        this.problems = {};
        this.saveErrors = [];
    }

    /** Reloads the list, and tells the page the deal changed so the Deal Score panel re-scores. */
    private async afterWrite(opportunityId: string): Promise<void> {
        await Promise.all([this.refreshData?.(), notifyDealChanged(opportunityId)]);
    }
}
