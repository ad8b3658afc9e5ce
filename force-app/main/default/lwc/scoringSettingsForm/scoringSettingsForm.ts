// The org's scoring settings on the Stage Criteria Setup page: weights, band thresholds and limits,
// checked as sales ops type (weights add up to 100, thresholds in order, whole numbers in range),
// previewed on the open deals like a criteria change, and saved through Lightning Data Service.
// Everyone with read access sees the values in force; only holders of the page's custom permission
// whose object and field permissions allow the write get controls that change them.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import MANAGE_STAGE_CRITERIA from '@salesforce/customPermission/Atlas_Manage_Stage_Criteria';
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import { sampleScoringInputs, saveScoringSettings, todayIso } from 'c/atlasData';
import type { StageCriteriaSetupData } from 'c/atlasData';
import {
    dealScoringOverridesFrom,
    dealScoringOverridesOf,
    previewBandChanges
} from 'c/scoringSettings';
import type { SettingProblem } from 'c/scoringSettings';
import { previewViewOf } from 'c/scoringSettingsText';
import type { PreviewView } from 'c/criteriaChangePreview';
import { checkedDraft, groupViews, isChanged, typedOf } from './settingsFormView';
import type { TypedSettings } from './settingsFormView';
import { FORM_LABELS as LABELS } from './formLabels';

const HAS_MANAGE_PERMISSION = MANAGE_STAGE_CRITERIA === true;

export default class ScoringSettingsForm extends LightningElement {
    labels = LABELS;
    typed: TypedSettings | null = null;
    problems: SettingProblem[] = [];
    saving = false;
    saveErrors: unknown;
    serverFieldErrors: Record<string, string> = {};
    preview: PreviewView | null = null;
    private current: StageCriteriaSetupData | undefined;

    /** The page's data: the settings in force, the user's access, and the preview's sample. */
    @api
    get setup(): StageCriteriaSetupData | undefined {
        return this.current;
    }
    set setup(setup: StageCriteriaSetupData | undefined) {
        const unchanged =
            this.typed !== null && this.saved !== null && !isChanged(this.typed, this.saved);
        this.current = setup;
        // Fresh data replaces the form's values only when the user has nothing unsaved in it.
        if (setup && (this.typed === null || unchanged)) {
            this.typed = typedOf(setup.settings.values);
            this.problems = [];
        }
    }

    get saved(): TypedSettings | null {
        return this.current ? typedOf(this.current.settings.values) : null;
    }

    get canEdit(): boolean {
        const access = this.current?.settingsAccess;
        const saved = this.current?.settings.recordId ?? null;
        return HAS_MANAGE_PERMISSION && !!access && (saved ? access.canEdit : access.canCreate);
    }

    get readOnly(): boolean {
        return !this.canEdit;
    }

    get usingDefaults(): boolean {
        return this.current?.settings.recordId === null;
    }

    get groups() {
        if (!this.typed) {
            return [];
        }
        const server = this.serverFieldErrors;
        return groupViews(this.typed, this.problems).map((group) => ({
            ...group,
            fields: group.fields.map((field) => ({
                ...field,
                error: field.error ?? server[field.field] ?? null
            }))
        }));
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get sampleSize(): number {
        return this.current?.sample.length ?? 0;
    }

    get saveDisabled(): boolean {
        return this.saving || !this.typed || !this.saved || !isChanged(this.typed, this.saved);
    }

    handleInput(event: CustomEvent<{ value?: unknown }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as keyof TypedSettings;
        if (!this.typed || !field) {
            return;
        }
        this.typed = { ...this.typed, [field]: String(event.detail?.value ?? '') };
        // Messages follow the values: a fixed value loses its message as soon as it is fixed.
        if (this.problems.length > 0) {
            this.problems = checkedDraft(this.typed).problems;
        }
        this.preview = null;
    }

    handleUndo(): void {
        this.typed = this.saved;
        this.problems = [];
        this.preview = null;
        this.saveErrors = undefined;
        this.serverFieldErrors = {};
    }

    handlePreview(): void {
        const setup = this.current;
        if (!setup || !this.typed) {
            return;
        }
        const checked = checkedDraft(this.typed);
        this.problems = checked.problems;
        if (!checked.values) {
            this.preview = null;
            return;
        }
        const inputs = sampleScoringInputs(setup, setup.criteria, todayIso());
        const result = previewBandChanges(
            { inputs, config: dealScoringOverridesOf(setup.settings) },
            { inputs, config: dealScoringOverridesFrom(checked.values) }
        );
        this.preview = previewViewOf(result);
    }

    async handleSave(): Promise<void> {
        const setup = this.current;
        if (!setup || !this.typed || !this.canEdit || this.saving) {
            return;
        }
        const checked = checkedDraft(this.typed);
        this.problems = checked.problems;
        if (!checked.values) {
            return;
        }
        this.saving = true;
        this.saveErrors = undefined;
        this.serverFieldErrors = {};
        try {
            await saveScoringSettings(setup.settings.recordId, checked.values);
            this.dispatchEvent(new ShowToastEvent({ title: LABELS.saved, variant: 'success' }));
            // The page refreshes; the saved settings then arrive as `setup`, equal to what is typed.
            this.preview = null;
            this.dispatchEvent(new CustomEvent('saved'));
        } catch (error) {
            // What the user typed stays; the platform's messages show beside the fields.
            this.saveErrors = explainDuplicateKeys(error, [
                { keyField: 'Settings_Key__c', message: LABELS.savedMeanwhile }
            ]);
            this.serverFieldErrors = fieldErrorsOf(this.saveErrors);
        } finally {
            this.saving = false;
        }
    }
}
