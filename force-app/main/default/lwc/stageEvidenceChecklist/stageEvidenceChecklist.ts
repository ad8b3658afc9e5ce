// The stage criteria of the deal's current and next stage, and the qualification questions, as a
// checklist: one c-stage-evidence-item per criterion, grouped under a heading per section.
import { LightningElement, api } from 'lwc';
import type { EvidenceItemView, EvidenceSaveDetail } from 'c/stageEvidenceItem';
import HEADING from '@salesforce/label/c.Atlas_DS_Checklist_Heading';
import EMPTY_SECTION from '@salesforce/label/c.Atlas_DS_Checklist_Empty_Section';

export interface ChecklistSection {
    key: string;
    heading: string;
    items: EvidenceItemView[];
}

/** A failed save, shown on the criterion it belongs to. */
export interface ChecklistSaveError {
    criterionId: string;
    errors: unknown;
    fieldErrors: Record<string, string>;
}

const NO_FIELD_ERRORS: Record<string, string> = {};

export default class StageEvidenceChecklist extends LightningElement {
    @api sections: ChecklistSection[] = [];
    @api contactOptions: { label: string; value: string }[] = [];
    @api readOnly = false;
    /** The criterion whose evidence is being saved. */
    @api savingId: string | null = null;
    @api saveError: ChecklistSaveError | null = null;

    labels = { heading: HEADING, emptySection: EMPTY_SECTION };

    get sectionViews() {
        return this.sections.map((section) => ({
            ...section,
            headingId: `section-${section.key}`,
            isEmpty: section.items.length === 0,
            items: section.items.map((item) => {
                const failed = this.saveError?.criterionId === item.criterionId;
                return {
                    key: item.criterionId,
                    item,
                    readOnly: this.readOnly || item.locked,
                    saving: this.savingId === item.criterionId,
                    errors: failed ? this.saveError?.errors : undefined,
                    fieldErrors: failed ? this.saveError?.fieldErrors : NO_FIELD_ERRORS
                };
            })
        }));
    }

    handleSaveEvidence(event: CustomEvent<EvidenceSaveDetail>): void {
        this.dispatchEvent(new CustomEvent('saveevidence', { detail: event.detail }));
    }

    /** Moves focus to a criterion's question (a next best action points there). */
    @api
    focusCriterion(criterionId: string): boolean {
        const item = this.template?.querySelector<HTMLElement & { focusCriterion(): void }>(
            `c-stage-evidence-item[data-criterion-id="${criterionId}"]`
        );
        item?.focusCriterion();
        return !!item;
    }
}
