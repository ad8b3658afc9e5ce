// The customer network value of an account, shown on its Account Growth tab: the business that
// came through its people beside its own, and each deal with how it came. One GraphQL query; the
// figures come from c/networkValue.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { NETWORK_VALUE_QUERY, networkValueFromGraphQL, todayIso } from 'c/atlasData';
import type { NetworkValueData } from 'c/atlasData';
import { networkValue } from 'c/networkValue';
import { networkView } from './networkView';
import type { NetworkView } from './networkView';
import { NETWORK_LABELS as LABELS } from './networkLabels';

export default class AccountNetworkValue extends LightningElement {
    @api recordId: string | undefined;

    labels = LABELS;
    data: NetworkValueData | undefined;
    loadErrors: unknown;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: NETWORK_VALUE_QUERY, variables: '$variables' })
    wiredNetwork(result: GraphQLWireResult<unknown>): void {
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.data = networkValueFromGraphQL(result.data);
        }
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get view(): NetworkView | undefined {
        return this.data && this.recordId
            ? networkView(
                  networkValue({ ...this.data, accountId: this.recordId, today: todayIso() })
              )
            : undefined;
    }
}
