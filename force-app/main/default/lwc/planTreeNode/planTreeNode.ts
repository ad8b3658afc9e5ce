// One item of the account plan tree (objective, strategy or action): its name, status, overdue
// flag, move buttons, menu and facts, drawn from the descriptor the tree builds (treeView.ts).
// Light DOM, so the tree can put the keyboard back on its buttons; it sends move, menuselect and
// openrecord, and the tree passes them on.
import { LightningElement, api } from 'lwc';
import type { PlanNodeView } from 'c/accountPlanTree';

export default class PlanTreeNode extends LightningElement {
    static override renderMode = 'light' as const;

    @api node?: PlanNodeView;

    get isObjective(): boolean {
        return this.node?.level === 'objective';
    }

    get isStrategy(): boolean {
        return this.node?.level === 'strategy';
    }

    handleMove(event: Event): void {
        const { direction } = (event.currentTarget as HTMLElement).dataset;
        const { node } = this;
        if (node && direction) {
            const detail = { level: node.level, id: node.id, direction };
            this.dispatchEvent(new CustomEvent('move', { detail }));
        }
    }

    handleMenuSelect(event: CustomEvent<{ value: string }>): void {
        const { node } = this;
        if (node) {
            const detail = { value: event.detail.value, level: node.level, id: node.id };
            this.dispatchEvent(new CustomEvent('menuselect', { detail }));
        }
    }

    handleOpenRecord(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        if (recordId) {
            this.dispatchEvent(new CustomEvent('openrecord', { detail: { recordId } }));
        }
    }
}
