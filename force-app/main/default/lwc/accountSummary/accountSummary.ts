// The Account Summary at the top of an Account page: wallet, current business and sales goal,
// share of wallet from the map and as entered, open pipeline by deal health, the relationship
// map's red / amber / green, plan completeness and the top three risks, each opening where it is
// fixed. One GraphQL query; every figure comes from the records and helpers the tabs below use.
// It takes part in the page's view refresh (lightning/refresh): when a panel below saves a change
// and signals RefreshEvent, the summary reads its figures again.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import { ACCOUNT_SUMMARY_QUERY, accountSummaryFromGraphQL, todayIso } from 'c/atlasData';
import type { AccountSummaryData } from 'c/atlasData';
import { summaryView } from './summaryView';
import type { SummaryView } from './summaryView';
import { SUMMARY_LABELS as LABELS } from './summaryLabels';

export default class AccountSummary extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    labels = LABELS;
    data: AccountSummaryData | undefined;
    loadErrors: unknown;
    private refreshData: (() => Promise<void>) | undefined;
    private refreshHandlerId: string | undefined;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: ACCOUNT_SUMMARY_QUERY, variables: '$variables' })
    wiredSummary(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data && this.recordId) {
            this.data = accountSummaryFromGraphQL(result.data, this.recordId);
        }
    }

    override connectedCallback(): void {
        this.refreshHandlerId = registerRefreshHandler(this, this.refreshSummary);
    }

    override disconnectedCallback(): void {
        if (this.refreshHandlerId !== undefined) {
            unregisterRefreshHandler(this.refreshHandlerId);
        }
    }

    /** The page's view refresh: read the figures again; true lets the refresh go on. */
    private readonly refreshSummary = async (): Promise<boolean> => {
        try {
            await this.refreshData?.();
            return true;
        } catch (error) {
            this.loadErrors = error;
            return false;
        }
    };

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get view(): SummaryView | undefined {
        return this.data ? summaryView(this.data, todayIso()) : undefined;
    }

    /** A risk's link: the record page where it is fixed (the deal, buying center or plan item). */
    handleRisk(event: Event): void {
        const { id, object } = (event.currentTarget as HTMLElement).dataset;
        if (id && object) {
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId: id, objectApiName: object, actionName: 'view' }
            });
        }
    }
}
