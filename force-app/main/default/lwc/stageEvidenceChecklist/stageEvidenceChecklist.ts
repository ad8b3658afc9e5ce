// A deal's stage criteria and qualification questions as a checklist: one c-stage-evidence-item per
// criterion under a heading per section. A folded section (an earlier or later stage) says how many
// of its criteria are met and opens with its heading, or when a link elsewhere points into it; its
// criteria are drawn when it first opens.
import { LightningElement, api } from 'lwc';
import type { EvidenceItemView, EvidenceSaveDetail } from 'c/stageEvidenceItem';
import HEADING from '@salesforce/label/c.Atlas_DS_Checklist_Heading';
import EMPTY_SECTION from '@salesforce/label/c.Atlas_DS_Checklist_Empty_Section';

export interface ChecklistSection {
    key: string;
    heading: string;
    items: EvidenceItemView[];
    /** Folded until the user opens it. */
    collapsed: boolean;
    /** How many of its criteria are met, in words. */
    summary: string;
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
    /** Sections the user (or a link) opened or folded: key → open. */
    opened: Record<string, boolean> = {};
    private pendingFocus: string | null = null;

    get sectionViews() {
        return this.sections.map((section) => {
            const open = this.opened[section.key] ?? !section.collapsed;
            return {
                ...section,
                // A folded section's criteria are drawn once it is first opened, then kept (with
                // any draft typed in them) when it is folded again: a deal of 60 criteria draws
                // only the open stages' forms (issue #18: the panel drew every one, hidden).
                drawn: open || !section.collapsed || section.key in this.opened,
                headingId: `section-${section.key}`,
                bodyId: `section-body-${section.key}`,
                open,
                ariaExpanded: String(open),
                hidden: !open,
                icon: open ? 'utility:chevrondown' : 'utility:chevronright',
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
            };
        });
    }

    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.sectionKey ?? '';
        const section = this.sections.find((candidate) => candidate.key === key);
        if (section) {
            const open = this.opened[key] ?? !section.collapsed;
            this.opened = { ...this.opened, [key]: !open };
        }
    }

    handleSaveEvidence(event: CustomEvent<EvidenceSaveDetail>): void {
        this.dispatchEvent(new CustomEvent('saveevidence', { detail: event.detail }));
    }

    /**
     * Opens the section holding a criterion and moves focus to its question (a gate blocker, a risk
     * or a next best action points there). False when the checklist does not show it.
     */
    @api
    focusCriterion(criterionId: string): boolean {
        const section = this.sections.find((candidate) =>
            candidate.items.some((item) => item.criterionId === criterionId)
        );
        if (!section) {
            return false;
        }
        if (!(this.opened[section.key] ?? !section.collapsed)) {
            // Focus waits for the render that shows the section.
            this.opened = { ...this.opened, [section.key]: true };
            this.pendingFocus = criterionId;
            return true;
        }
        this.focusItem(criterionId);
        return true;
    }

    override renderedCallback(): void {
        if (this.pendingFocus) {
            const criterionId = this.pendingFocus;
            this.pendingFocus = null;
            this.focusItem(criterionId);
        }
    }

    private focusItem(criterionId: string): void {
        const item = this.template?.querySelector<HTMLElement & { focusCriterion(): void }>(
            `c-stage-evidence-item[data-criterion-id="${criterionId}"]`
        );
        item?.focusCriterion();
    }
}
