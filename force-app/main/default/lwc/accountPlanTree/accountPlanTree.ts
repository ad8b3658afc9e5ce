// The marketing plan as a tree: Objectives → Strategies → Actions with owner, due date and status,
// overdue items flagged, objectives' measures and targets, and the buying centers and opportunities
// they are tied to. Sends add, edit, delete, move and open-opportunity events; the container
// decides.
import { LightningElement, api } from 'lwc';
import type { PlanLevel } from 'c/atlasData';
import type { PlanObjectiveNode } from './planTreeTypes';
import { TREE_LABELS } from './treeLabels';
import { treeView } from './treeView';

export default class AccountPlanTree extends LightningElement {
    @api objectives: PlanObjectiveNode[] = [];
    /** Which levels the user may add to and edit. */
    @api canAdd: Partial<Record<PlanLevel, boolean>> = {};
    @api canEdit: Partial<Record<PlanLevel, boolean>> = {};
    @api canDelete: Partial<Record<PlanLevel, boolean>> = {};

    labels = TREE_LABELS;

    get tree() {
        const { canAdd, canEdit, canDelete } = this;
        return treeView(this.objectives, { canAdd, canEdit, canDelete });
    }

    /** An item's menu: edit and delete name the item, add names its new child. */
    handleMenuSelect(event: CustomEvent<{ value: string; level: PlanLevel; id: string }>): void {
        const { value, level, id } = event.detail;
        if (value === 'edit' || value === 'delete') {
            this.dispatchEvent(new CustomEvent(value, { detail: { level, id } }));
        } else {
            const childLevel: PlanLevel = level === 'objective' ? 'strategy' : 'action';
            this.dispatchEvent(
                new CustomEvent('add', { detail: { level: childLevel, parentId: id } })
            );
        }
    }

    /** Move up / Move down and an action's opportunity: the container decides. */
    handlePassOn(event: CustomEvent): void {
        this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
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
}

export type { PlanActionNode, PlanObjectiveNode, PlanStrategyNode } from './planTreeTypes';
export type { PlanNodeView } from './treeView';
