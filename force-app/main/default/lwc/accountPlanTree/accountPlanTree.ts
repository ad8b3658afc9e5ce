// The marketing plan as a tree: Objectives → Strategies → Actions with owner, due date and status,
// overdue items flagged, objectives' measures and targets, and the buying centers and opportunities
// they are tied to. Sends add, edit, delete, move and open-opportunity events; the container
// decides.
import { LightningElement, api } from 'lwc';
import type { PlanLevel } from 'c/atlasData';
import type { PlanObjectiveNode } from './planTreeTypes';
import { TREE_LABELS } from './treeLabels';

export default class AccountPlanTree extends LightningElement {
    @api objectives: PlanObjectiveNode[] = [];
    /** Which levels the user may add to and edit. */
    @api canAdd: Partial<Record<PlanLevel, boolean>> = {};
    @api canEdit: Partial<Record<PlanLevel, boolean>> = {};
    @api canDelete: Partial<Record<PlanLevel, boolean>> = {};

    labels = TREE_LABELS;

    get showObjectiveMenu(): boolean {
        return this.canEditObjectives || this.canAddStrategies || this.canDeleteObjectives;
    }

    get showStrategyMenu(): boolean {
        return this.canEditStrategies || this.canAddActions || this.canDeleteStrategies;
    }

    get showActionMenu(): boolean {
        return this.canEditActions || this.canDeleteActions;
    }

    get canDeleteObjectives(): boolean {
        return this.canDelete.objective === true;
    }

    get canDeleteStrategies(): boolean {
        return this.canDelete.strategy === true;
    }

    get canDeleteActions(): boolean {
        return this.canDelete.action === true;
    }

    get canEditObjectives(): boolean {
        return this.canEdit.objective === true;
    }

    get canAddStrategies(): boolean {
        return this.canAdd.strategy === true;
    }

    get canEditStrategies(): boolean {
        return this.canEdit.strategy === true;
    }

    get canAddActions(): boolean {
        return this.canAdd.action === true;
    }

    get canEditActions(): boolean {
        return this.canEdit.action === true;
    }

    handleMenuSelect(event: CustomEvent<{ value: 'edit' | 'add' | 'delete' }>): void {
        const { id, level } = (event.currentTarget as HTMLElement).dataset;
        if (!id || !level) {
            return;
        }
        if (event.detail.value === 'edit' || event.detail.value === 'delete') {
            this.dispatchEvent(new CustomEvent(event.detail.value, { detail: { level, id } }));
        } else {
            const childLevel: PlanLevel = level === 'objective' ? 'strategy' : 'action';
            this.dispatchEvent(
                new CustomEvent('add', { detail: { level: childLevel, parentId: id } })
            );
        }
    }

    /** Move up / Move down: the container writes the new order. */
    handleMove(event: Event): void {
        const { id, level, direction } = (event.currentTarget as HTMLElement).dataset;
        if (id && level && direction) {
            this.dispatchEvent(new CustomEvent('move', { detail: { level, id, direction } }));
        }
    }

    /**
     * Puts the keyboard back on the move button pressed, so pressing again moves the item further;
     * at the end of its siblings (that button now disabled) on the other one.
     */
    @api
    focusMoved(id: string, direction: string): void {
        const buttons = [direction, direction === 'up' ? 'down' : 'up'].map((way) =>
            this.template?.querySelector<HTMLElement & { disabled?: boolean }>(
                `lightning-button-icon[data-id="${id}"][data-direction="${way}"]`
            )
        );
        buttons.find((button) => button && !button.disabled)?.focus();
    }

    /** Puts the keyboard on an item's menu (after a form closes or a child is deleted). */
    @api
    focusItem(id: string): void {
        const menu = this.template?.querySelector<HTMLElement>(
            `lightning-button-menu[data-id="${id}"]`
        );
        menu?.focus();
    }

    handleOpenOpportunity(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (id) {
            this.dispatchEvent(new CustomEvent('openrecord', { detail: { recordId: id } }));
        }
    }
}

export type { PlanActionNode, PlanObjectiveNode, PlanStrategyNode } from './planTreeTypes';
