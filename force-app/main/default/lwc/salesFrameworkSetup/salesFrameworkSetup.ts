// The sales framework part of the Stage Criteria Setup page: which framework deals score with,
// each framework's groups with their questions, importing a template in one click, editing a group,
// and switching the active framework after a preview of what it does to open deals (its child
// c-framework-switch). The page
// (c/stageCriteriaSetup) owns the data; this part sends `changed` after a write so it reloads.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
    formatLabel,
    frameworkWriteFailureOf,
    importFramework,
    saveFrameworkGroup
} from 'c/atlasData';
import type { RecordFields, StageCriteriaSetupData } from 'c/atlasData';
import { TEMPLATES, tasFrameworkOf } from 'c/salesFramework';
import {
    frameworkOptions,
    groupFormValues,
    groupRows,
    importedMessage,
    statusOf
} from './frameworkView';
import { FRAMEWORK_LABELS as LABELS } from './frameworkLabels';

export default class SalesFrameworkSetup extends LightningElement {
    /** The page's data (c/atlasData stageCriteriaSetupFromGraphQL). */
    @api setup: StageCriteriaSetupData | undefined;
    /** The user holds the sales ops permission (the page checks it). */
    @api canManage = false;

    labels = LABELS;
    /** The framework shown; null: the one in force (or the first). */
    selectedId: string | null = null;
    editingGroupId: string | null = null;
    busy = false;
    errors: unknown;
    failure: string | null = null;
    groupErrors: unknown;

    get status() {
        return this.setup ? statusOf(this.setup) : null;
    }

    /** Writing frameworks needs the permission and create/edit on both objects. */
    get canWrite(): boolean {
        const setup = this.setup;
        return (
            this.canManage &&
            !!setup &&
            setup.frameworkAccess.canCreate &&
            setup.frameworkAccess.canEdit &&
            setup.groupAccess.canCreate &&
            setup.groupAccess.canEdit
        );
    }

    get shownId(): string | null {
        const frameworks = this.setup?.frameworks ?? [];
        const selected = frameworks.find((framework) => framework.Id === this.selectedId);
        return selected?.Id ?? this.status?.inForceId ?? frameworks[0]?.Id ?? null;
    }

    get shownName(): string {
        return this.setup?.frameworks.find((f) => f.Id === this.shownId)?.Name ?? '';
    }

    get options() {
        return this.setup ? frameworkOptions(this.setup, this.status?.inForceId ?? null) : [];
    }

    get hasFrameworks(): boolean {
        return this.options.length > 0;
    }

    get groupsHeading(): string {
        return formatLabel(LABELS.groupsHeading, this.shownName);
    }

    get groups() {
        const id = this.shownId;
        return this.setup && id ? groupRows(this.setup, id, this.status?.inForceId ?? null) : null;
    }

    get unmapped(): string | null {
        return this.groups?.unmapped ?? null;
    }

    get groupRows() {
        return (this.groups?.rows ?? []).map((row) => ({
            ...row,
            editing: row.id === this.editingGroupId
        }));
    }

    get editingGroup() {
        return this.setup ? groupFormValues(this.setup, this.editingGroupId) : null;
    }

    /** The framework shown is not the one deals score with: it can be activated. */
    get canActivate(): boolean {
        return this.canWrite && this.shownId !== null && this.shownId !== this.status?.inForceId;
    }

    get mappingNote(): string {
        return formatLabel(LABELS.mappingNote, this.shownName);
    }

    get tasId(): string | null {
        return this.setup ? (tasFrameworkOf(this.setup.frameworks)?.Id ?? null) : null;
    }

    /** "Show TAS to switch back" shows TAS with its preview, when deals score with another framework. */
    get showBackToTas(): boolean {
        return this.canWrite && this.tasId !== null && this.tasId !== this.status?.inForceId;
    }

    get templates() {
        return TEMPLATES.map((template) => ({
            key: template.key,
            label: formatLabel(LABELS.importButton, template.name)
        }));
    }

    handleSelect(event: CustomEvent<{ value: string }>): void {
        this.show(event.detail.value);
    }

    handleBackToTas(): void {
        this.show(this.tasId);
    }

    handleEdit(event: Event): void {
        this.editingGroupId = (event.currentTarget as HTMLElement).dataset.id ?? null;
        this.groupErrors = undefined;
    }

    handleCancelEdit(): void {
        this.editingGroupId = null;
    }

    async handleSaveGroup(event: CustomEvent<{ id: string; fields: RecordFields }>): Promise<void> {
        this.busy = true;
        this.groupErrors = undefined;
        try {
            await saveFrameworkGroup(event.detail.id, event.detail.fields);
            this.editingGroupId = null;
            this.done(LABELS.groupSaved);
        } catch (error) {
            // The form stays open with what was typed.
            this.groupErrors = error;
        } finally {
            this.busy = false;
        }
    }

    async handleImport(event: Event): Promise<void> {
        const template = TEMPLATES.find(
            (candidate) => candidate.key === (event.currentTarget as HTMLElement).dataset.template
        );
        const setup = this.setup;
        if (!template || !setup || !this.canWrite) {
            return;
        }
        const names = setup.frameworks.map((f) => f.Name);
        await this.write(async () => {
            this.selectedId = await importFramework(template, names);
            return importedMessage(template, names);
        }, LABELS.importFailed);
    }

    /** The switch wrote something: the page reloads. */
    handleChanged(): void {
        this.dispatchEvent(new CustomEvent('changed'));
    }

    private show(id: string | null): void {
        this.selectedId = id;
        this.editingGroupId = null;
    }

    private async write(action: () => Promise<string>, failed: string): Promise<void> {
        this.busy = true;
        this.errors = undefined;
        this.failure = null;
        try {
            this.done(await action());
        } catch (error) {
            this.failure = failed;
            this.errors = frameworkWriteFailureOf(error)?.cause ?? error;
            // Whatever landed before the failure shows once the page reloads.
            this.dispatchEvent(new CustomEvent('changed'));
        } finally {
            this.busy = false;
        }
    }

    private done(message: string): void {
        this.dispatchEvent(new ShowToastEvent({ title: message, variant: 'success' }));
        this.dispatchEvent(new CustomEvent('changed'));
    }
}
