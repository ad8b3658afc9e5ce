// The stage criteria grouped by stage in the sales process's order, each group in its sort order,
// with edit, move up and down, and deactivate or reactivate for sales ops; every row's buttons are
// named after its criterion.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import { LIST_LABELS as LABELS } from './listLabels';

export interface CriterionRow {
    id: string;
    question: string;
    categoryLabel: string;
    importanceLabel: string;
    required: boolean;
    active: boolean;
}

export interface CriteriaGroupView {
    key: string;
    heading: string;
    /** The stage is no longer in the sales process: its criteria apply to no deal. */
    unknownStage: boolean;
    rows: CriterionRow[];
}

export default class StageCriteriaList extends LightningElement {
    @api groups: CriteriaGroupView[] = [];
    @api canManage = false;
    /** Disables the row actions while a write is on its way. */
    @api busy = false;

    labels = LABELS;

    get groupViews() {
        return this.groups.map((group) => ({
            ...group,
            headingId: `group-${group.key}`,
            isEmpty: group.rows.length === 0,
            rows: group.rows.map((row, index) => ({
                ...row,
                isInactive: !row.active,
                rowClass: row.active ? 'criterion-row' : 'criterion-row criterion-row_inactive',
                isFirst: index === 0,
                isLast: index === group.rows.length - 1,
                toggleLabel: row.active ? LABELS.deactivate : LABELS.activate,
                toggleAction: row.active ? 'deactivate' : 'activate',
                toggleName: formatLabel(
                    row.active ? LABELS.deactivateCriterion : LABELS.activateCriterion,
                    row.question
                ),
                editLabel: formatLabel(LABELS.editCriterion, row.question),
                upLabel: formatLabel(LABELS.moveUp, row.question),
                downLabel: formatLabel(LABELS.moveDown, row.question)
            }))
        }));
    }

    handleAction(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        const action = target.dataset.action ?? '';
        const id = target.dataset.id ?? '';
        if (action === 'edit') {
            this.dispatchEvent(new CustomEvent('edit', { detail: { id } }));
        } else if (action === 'up' || action === 'down') {
            this.dispatchEvent(new CustomEvent('move', { detail: { id, direction: action } }));
        } else if (action === 'deactivate' || action === 'activate') {
            this.dispatchEvent(
                new CustomEvent('setactive', { detail: { id, active: action === 'activate' } })
            );
        }
    }
}
