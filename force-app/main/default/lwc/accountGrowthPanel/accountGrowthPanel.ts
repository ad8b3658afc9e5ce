// The Account Growth tab of an Account page: net growth (at-risk revenue kept plus new business
// won) for the account and each buying center, what puts current business at risk, and progress
// against the plan's growth targets. One GraphQL query; the figures come from c/accountGrowth.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { ACCOUNT_GROWTH_QUERY, accountGrowthFromGraphQL, todayIso } from 'c/atlasData';
import type { AccountGrowthData } from 'c/atlasData';
import { accountGrowth, growthInputFrom } from 'c/accountGrowth';
import { growthView } from './growthView';
import type { GrowthView } from './growthView';
import { GROWTH_LABELS as LABELS } from './growthLabels';

export default class AccountGrowthPanel extends LightningElement {
    private readonly timing = new PanelTiming('accountGrowth');
    @api recordId: string | undefined;

    labels = LABELS;
    data: AccountGrowthData | undefined;
    /**
     * What the tab shows, worked out once per answer: the template reads it some twenty times per
     * render, and a getter would re-run the growth helper for each read.
     */
    view: GrowthView | undefined;
    loadErrors: unknown;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: ACCOUNT_GROWTH_QUERY, variables: '$variables' })
    wiredGrowth(result: GraphQLWireResult<unknown>): void {
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.timing.answered();
            const data = accountGrowthFromGraphQL(result.data);
            this.data = data;
            this.view = growthView(accountGrowth(growthInputFrom({ ...data, today: todayIso() })));
            this.timing.helpersDone();
        }
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    override renderedCallback(): void {
        this.timing.rendered();
    }
}
