// My Agreed Actions (Home): for a rep, the open agreed actions from deal reviews that are theirs to
// do (assigned to them, or to nobody on a deal they own), overdue first, each linking to its deal;
// Done marks one done. One GraphQL request; the platform's sharing decides which deals it reads.
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import {
    MY_AGREED_ACTIONS_QUERY,
    formatLabel,
    myAgreedActionsFromGraphQL,
    setAgreedActionStatus,
    todayIso
} from 'c/atlasData';
import type { MyAgreedActionsData } from 'c/atlasData';
import { reduceErrors } from 'c/atlasErrors';
import { actionViews } from './actionsView';
import type { ActionView } from './actionsView';
import TITLE from '@salesforce/label/c.Atlas_MAA_Title';
import INTRO from '@salesforce/label/c.Atlas_MAA_Intro';
import EMPTY from '@salesforce/label/c.Atlas_MAA_Empty';
import COUNT from '@salesforce/label/c.Atlas_MAA_Count';
import OVERDUE from '@salesforce/label/c.Atlas_MAA_Overdue';
import UNASSIGNED from '@salesforce/label/c.Atlas_MAA_Unassigned';
import DONE from '@salesforce/label/c.Atlas_MAA_Done';
import DONE_FAILED from '@salesforce/label/c.Atlas_MAA_Done_Failed';
import LOADING from '@salesforce/label/c.Atlas_MAA_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_MAA_Load_Failed';
import TRUNCATED from '@salesforce/label/c.Atlas_MAA_Truncated';

export default class MyAgreedActions extends LightningElement {
    labels = {
        title: TITLE,
        intro: INTRO,
        empty: EMPTY,
        overdue: OVERDUE,
        unassigned: UNASSIGNED,
        done: DONE,
        loading: LOADING,
        loadFailed: LOAD_FAILED,
        truncated: TRUNCATED
    };
    data: MyAgreedActionsData | undefined;
    loadErrors: unknown;
    doneError: string | null = null;
    /** The action being marked done: its button waits. */
    savingId: string | null = null;
    private asOf = todayIso();
    private refreshActions: (() => Promise<unknown>) | undefined;

    variables = { userId: USER_ID };

    @wire(graphql, { query: MY_AGREED_ACTIONS_QUERY, variables: '$variables' })
    wiredActions(
        response: GraphQLWireResult<unknown> & { refresh?: () => Promise<unknown> }
    ): void {
        this.refreshActions = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.data = myAgreedActionsFromGraphQL(response.data);
        }
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get actions(): (ActionView & { doneDisabled: boolean })[] {
        return actionViews(this.data?.actions ?? [], this.asOf).map((action) => ({
            ...action,
            doneDisabled: this.savingId !== null
        }));
    }

    get hasActions(): boolean {
        return this.actions.length > 0;
    }

    get isEmpty(): boolean {
        return this.data !== undefined && !this.hasActions;
    }

    get countText(): string {
        const actions = this.actions;
        return formatLabel(
            COUNT,
            actions.length,
            actions.filter((action) => action.overdue).length
        );
    }

    get canMarkDone(): boolean {
        return this.data?.canUpdate === true;
    }

    get truncated(): boolean {
        return this.data?.truncated === true;
    }

    async handleDone(event: Event): Promise<void> {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const action = this.data?.actions.find((candidate) => candidate.Id === id);
        if (!id || !action) {
            return;
        }
        this.savingId = id;
        this.doneError = null;
        try {
            await setAgreedActionStatus(id, 'Done');
            await this.refreshActions?.();
        } catch (error) {
            this.doneError = formatLabel(DONE_FAILED, action.Name, reduceErrors(error).join(' '));
        } finally {
            this.savingId = null;
        }
    }
}
