// The Pipeline Health panel: for the running user, a rep or "My team" (for someone who can see
// other people's targets), or the user whose page it sits on, and a period of their sales targets,
// one GraphQL query and pipelineHealth.assessPipeline(): value by stage against the Pipeline Value
// Factor and the target (one rep's, or the sum of the team's), balance, rocks/stones/pebbles, how
// deals close and the data to fix, each part opening its deals in the Deal Review Queue.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import { assessPipeline, showPipelineHealth } from 'c/pipelineHealth';
import { pipelineConfigFor } from 'c/scoringSettingsText';
import type { ShownPipelineHealth } from 'c/pipelineHealth';
import {
    PIPELINE_HEALTH_QUERY,
    PIPELINE_PAGE_SIZE,
    pipelineFromGraphQL,
    pipelineInputOf,
    todayIso
} from 'c/atlasData';
import type { HiddenField, PipelineData } from 'c/atlasData';
import { panelViewOf, PIPELINE_MESSAGE_STYLE } from './pipelineView';
import type { PanelView } from './pipelineView';
import { ownerChoices, periodChoices, scopeTarget, targetViewOf, TEAM } from './pipelineScope';
import type { ScopeTarget, TargetView } from './pipelineScope';
import { PANEL_LABELS as LABELS } from './panelLabels';

/** User record ids start with 005: on a User page the panel shows that user's pipeline. */
const USER_KEY_PREFIX = '005';

export default class PipelineHealthPanel extends LightningElement {
    private readonly timing = new PanelTiming('pipelineHealth');
    /** Set on a record page: the User whose pipeline to show. */
    @api recordId: string | undefined;

    labels = LABELS;
    pageSize = PIPELINE_PAGE_SIZE;
    data: PipelineData | undefined;
    loadErrors: unknown;
    /** A user id or TEAM; null: not chosen yet (the running user, or the team: opensOnTeam). */
    chosenOwner: string | null = null;
    /** The team's owners when "My team" was chosen (the owners known then). */
    teamIds: string[] = [];
    /** The chosen period's key (start..end); null: the current one. */
    chosenPeriod: string | null = null;
    health: ShownPipelineHealth | undefined;
    private asOf = todayIso();
    private refreshPipeline: (() => Promise<unknown>) | undefined;

    get pageUserId(): string | null {
        return this.recordId?.startsWith(USER_KEY_PREFIX) ? this.recordId : null;
    }

    get isTeam(): boolean {
        return !this.pageUserId && this.chosenOwner === TEAM;
    }

    /** Whose opportunities and targets: the page's user, the team, or one owner. */
    get ownerIds(): string[] {
        if (this.pageUserId) {
            return [this.pageUserId];
        }
        return this.isTeam ? this.teamIds : [this.chosenOwner ?? USER_ID];
    }

    /** The one owner the queue links open on; none for the team. */
    get linkOwnerId(): string | null {
        return this.isTeam ? null : (this.ownerIds[0] ?? null);
    }

    get variables(): Record<string, unknown> {
        return { ownerIds: this.ownerIds };
    }

    @wire(graphql, { query: PIPELINE_HEALTH_QUERY, variables: '$variables' })
    wiredPipeline(
        response: GraphQLWireResult<unknown> & { refresh?: () => Promise<unknown> }
    ): void {
        this.refreshPipeline = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.timing.answered();
            const data = pipelineFromGraphQL(response.data, USER_ID);
            if (this.opensOnTeam(data)) {
                // A manager lands on their team's pipeline: read it (the team is known only now).
                this.chosenOwner = TEAM;
                this.teamIds = data.teamIds;
                return;
            }
            this.data = data;
            this.assess();
        }
    }

    /**
     * Before anyone chose: someone with no deals of their own who can see other people's targets
     * (a sales director, sales ops: sharing decides) opens on "My team", not on an empty pipeline;
     * everyone else, and a User page, on the one person.
     */
    private opensOnTeam(data: PipelineData): boolean {
        return (
            this.chosenOwner === null &&
            !this.pageUserId &&
            data.opportunities.length === 0 &&
            data.teamIds.some((id) => id !== USER_ID)
        );
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get scope(): ScopeTarget {
        return this.data
            ? scopeTarget(this.data.targets, this.ownerIds, this.chosenPeriod, this.asOf)
            : { period: null, team: null, assessed: null };
    }

    /**
     * Others' pipelines are offered only to someone who can see another person's targets. Targets
     * are private, so what the query returns is the platform's answer (role hierarchy, sharing
     * rules, View All): a salesperson sees only their own and gets no choice.
     */
    get showOwnerPicker(): boolean {
        return !this.pageUserId && (this.data?.owners ?? []).some((owner) => owner.id !== USER_ID);
    }

    get ownerOptions(): { label: string; value: string }[] {
        return ownerChoices(this.data?.owners ?? []);
    }

    get ownerValue(): string {
        return this.chosenOwner ?? USER_ID;
    }

    get periodOptions(): { label: string; value: string }[] {
        return this.data ? periodChoices(this.data.targets, this.ownerIds) : [];
    }

    get hasPeriods(): boolean {
        return this.periodOptions.length > 0;
    }

    get periodValue(): string | undefined {
        return this.scope.period?.key;
    }

    get target(): TargetView | null {
        const data = this.data;
        return data
            ? targetViewOf(this.scope, data.owners, {
                  isTeam: this.isTeam,
                  canSetTargets: data.canSetTargets,
                  ownerId: this.ownerIds[0] ?? USER_ID,
                  asOf: this.asOf
              })
            : null;
    }

    get isEmpty(): boolean {
        return this.data !== undefined && this.data.opportunities.length === 0;
    }

    get hasHealth(): boolean {
        return this.health !== undefined && !this.isEmpty;
    }

    /** What the panel's parts show, worded; null until the pipeline is assessed. */
    get view(): PanelView | null {
        return this.health && this.data ? panelViewOf(this.health, this.data.stageLabels) : null;
    }

    handleOwnerChange(event: CustomEvent<{ value: string }>): void {
        const choice = event.detail.value;
        if (choice === TEAM) {
            this.teamIds = this.data?.teamIds ?? [];
        }
        this.chosenOwner = choice;
        this.chosenPeriod = null;
        // The new owner's records are on their way: show the spinner, not the old owner's pipeline.
        this.data = undefined;
        this.health = undefined;
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        this.chosenPeriod = event.detail.value;
        this.assess();
    }

    async handleTargetSaved(): Promise<void> {
        // The new target is in the org: read the pipeline again to hold it against it.
        await this.refreshPipeline?.();
    }

    private assess(): void {
        if (!this.data) {
            this.health = undefined;
            return;
        }
        try {
            const config = pipelineConfigFor(this.data.settings);
            this.health = showPipelineHealth(
                assessPipeline(pipelineInputOf(this.data, this.scope.assessed, this.asOf), config),
                PIPELINE_MESSAGE_STYLE
            );
        } catch (error) {
            // Saved settings sales ops must fix: say so rather than assess with other numbers.
            this.health = undefined;
            this.loadErrors = error;
        }
    }

    override renderedCallback(): void {
        this.timing.rendered();
    }
}
