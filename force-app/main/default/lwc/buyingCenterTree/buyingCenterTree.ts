// Shows an account's buying centers as a tree (each under its parent) with their figures, and
// offers open, edit, add-below and delete on each; the container decides what they do.
import { LightningElement, api } from 'lwc';
import TREE_LABEL from '@salesforce/label/c.Atlas_BC_Tree_Label';
import WALLET_SIZE from '@salesforce/label/c.Atlas_BC_Field_Wallet_Size';
import WALLET_SHARE from '@salesforce/label/c.Atlas_BC_Column_Our_Share';
import SALES_GOAL from '@salesforce/label/c.Atlas_BC_Field_Sales_Goal';
import RELATIONSHIP from '@salesforce/label/c.Atlas_BC_Column_Relationship';
import DESIRED from '@salesforce/label/c.Atlas_BC_Column_Desired';
import GROWTH from '@salesforce/label/c.Atlas_BC_Field_Growth_Trend';
import OPEN from '@salesforce/label/c.Atlas_BC_Action_Open';
import EDIT from '@salesforce/label/c.Atlas_BC_Action_Edit';
import ADD_CHILD from '@salesforce/label/c.Atlas_BC_Action_Add_Child';
import DELETE from '@salesforce/label/c.Atlas_BC_Action_Delete';
import type { BuyingCenterRow } from './treeTypes';

type TreeAction = 'open' | 'edit' | 'addchild' | 'delete';

export default class BuyingCenterTree extends LightningElement {
    @api rows: BuyingCenterRow[] = [];
    @api canCreate = false;
    @api canEdit = false;
    @api canDelete = false;

    labels = {
        tree: TREE_LABEL,
        walletSize: WALLET_SIZE,
        walletShare: WALLET_SHARE,
        salesGoal: SALES_GOAL,
        relationship: RELATIONSHIP,
        desired: DESIRED,
        growth: GROWTH,
        open: OPEN,
        edit: EDIT,
        addChild: ADD_CHILD,
        delete: DELETE
    };

    handleOpen(event: Event): void {
        this.notify('open', (event.currentTarget as HTMLElement).dataset.id);
    }

    handleMenuSelect(event: CustomEvent<{ value: TreeAction }>): void {
        this.notify(event.detail.value, (event.currentTarget as HTMLElement).dataset.id);
    }

    /** Puts the keyboard on a buying center's name; false when it is not in the tree (yet). */
    @api
    focusCenter(id: string): boolean {
        const button = [
            ...(this.template?.querySelectorAll<HTMLElement>('button[data-id]') ?? [])
        ].find((candidate) => candidate.dataset.id === id);
        button?.focus();
        return button !== undefined;
    }

    private notify(action: TreeAction, id: string | undefined): void {
        if (id) {
            this.dispatchEvent(new CustomEvent(action, { detail: { id } }));
        }
    }
}

export type { BuyingCenterRow } from './treeTypes';
