// The Pipeline Health panel: for the running user (or, for someone who can see other people's
// targets, a chosen owner; or the user whose page it sits on) and the period of their sales target,
// one GraphQL query and pipelineHealth.assessPipeline(): value by stage against the Pipeline Value
// Factor, balance, rocks/stones/pebbles, how deals close, and the data to fix.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import { assessPipeline, showPipelineHealth } from 'c/pipelineHealth';
import { pipelineConfigFor } from 'c/scoringSettingsText';
import type { ShownPipelineHealth } from 'c/pipelineHealth';
import type { SalesTargetRecord } from 'c/atlasModel';
import {
    PIPELINE_HEALTH_QUERY,
    PIPELINE_PAGE_SIZE,
    currentTargetOf,
    formatLabel,
    pipelineFromGraphQL,
    pipelineInputOf,
    targetsOf,
    todayIso
} from 'c/atlasData';
import type { HiddenField, PipelineData } from 'c/atlasData';
import {
    countedDealsText,
    figureViews,
    integrityViews,
    PIPELINE_MESSAGE_STYLE,
    sizeMixView,
    stageViews
} from './pipelineView';
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
    chosenOwnerId: string | null = null;
    chosenTargetId: string | null = null;
    health: ShownPipelineHealth | undefined;
    private asOf = todayIso();

    get pageUserId(): string | null {
        return this.recordId?.startsWith(USER_KEY_PREFIX) ? this.recordId : null;
    }

    get ownerId(): string {
        return this.pageUserId ?? this.chosenOwnerId ?? USER_ID;
    }

    get variables(): Record<string, unknown> {
        return { ownerId: this.ownerId };
    }

    @wire(graphql, { query: PIPELINE_HEALTH_QUERY, variables: '$variables' })
    wiredPipeline(response: GraphQLWireResult<unknown>): void {
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.timing.answered();
            this.data = pipelineFromGraphQL(response.data, USER_ID);
            this.assess();
        }
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get targets(): SalesTargetRecord[] {
        return this.data ? targetsOf(this.data, this.ownerId) : [];
    }

    get target(): SalesTargetRecord | null {
        const chosen = this.targets.find((target) => target.Id === this.chosenTargetId);
        return chosen ?? currentTargetOf(this.targets, this.asOf);
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
        return (this.data?.owners ?? []).map((owner) => ({ label: owner.name, value: owner.id }));
    }

    get targetOptions(): { label: string; value: string }[] {
        return this.targets.map((target) => ({
            label: target.Name ?? `${target.Period_Start__c} – ${target.Period_End__c}`,
            value: target.Id
        }));
    }

    get hasTargets(): boolean {
        return this.targets.length > 0;
    }

    get targetId(): string | undefined {
        return this.target?.Id;
    }

    get periodText(): string {
        const target = this.target;
        if (!target) {
            return LABELS.noTarget;
        }
        return formatLabel(
            LABELS.targetSummary,
            target.Name ?? '',
            target.Period_Start__c ?? '',
            target.Period_End__c ?? ''
        );
    }

    get isEmpty(): boolean {
        return this.data !== undefined && this.data.opportunities.length === 0;
    }

    get hasHealth(): boolean {
        return this.health !== undefined && !this.isEmpty;
    }

    get stages() {
        return this.health && this.data ? stageViews(this.health, this.data.stageLabels) : [];
    }

    get countedText(): string {
        return this.health ? countedDealsText(this.health) : '';
    }

    get sizeMix() {
        return this.health ? sizeMixView(this.health) : null;
    }

    get integrity() {
        return this.health ? integrityViews(this.health) : [];
    }

    get figures() {
        return this.health ? figureViews(this.health) : [];
    }

    get warnings(): { key: string; message: string }[] {
        return (this.health?.warnings ?? []).map((warning, index) => ({
            key: `${warning.code}-${index}`,
            message: warning.message
        }));
    }

    get hasWarnings(): boolean {
        return this.warnings.length > 0;
    }

    handleOwnerChange(event: CustomEvent<{ value: string }>): void {
        this.chosenOwnerId = event.detail.value;
        this.chosenTargetId = null;
        // The new owner's records are on their way: show the spinner, not the old owner's pipeline.
        this.data = undefined;
        this.health = undefined;
    }

    handleTargetChange(event: CustomEvent<{ value: string }>): void {
        this.chosenTargetId = event.detail.value;
        this.assess();
    }

    private assess(): void {
        if (!this.data) {
            this.health = undefined;
            return;
        }
        try {
            const config = pipelineConfigFor(this.data.settings);
            this.health = showPipelineHealth(
                assessPipeline(pipelineInputOf(this.data, this.target, this.asOf), config),
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
