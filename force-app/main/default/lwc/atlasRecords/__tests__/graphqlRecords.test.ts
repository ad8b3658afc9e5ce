/** @jest-environment node */
import {
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    recordsOf,
    uniqueHiddenFields
} from '../graphqlRecords';

// Shaped like a lightning/graphql response for an account's buying centers.
const buyingCenters = {
    edges: [
        {
            node: {
                Id: 'a01000000000001AAA',
                Name: { value: 'Finance', displayValue: null },
                Wallet_Size__c: { value: 4200000, displayValue: '$4,200,000.00' },
                Parent_Buying_Center__c: { value: null, displayValue: null },
                Account__r: { Id: '001000000000001AAA', Name: { value: 'Global Bank' } },
                Members: {
                    edges: [{ node: { Id: 'a02000000000001AAA' } }],
                    totalCount: 1
                }
            },
            cursor: 'v1:0'
        },
        null
    ],
    pageInfo: { hasNextPage: false, endCursor: 'v1:0' },
    totalCount: 1
};

describe('graphqlRecords', () => {
    it('flattens field values and parent records, and leaves child connections to nodesOf', () => {
        const [node] = nodesOf(buyingCenters);
        expect(flattenNode(node!)).toEqual({
            Id: 'a01000000000001AAA',
            Name: 'Finance',
            Wallet_Size__c: 4200000,
            Parent_Buying_Center__c: null,
            Account__r: { Id: '001000000000001AAA', Name: 'Global Bank' }
        });
        expect(nodesOf(node!.Members as never)).toEqual([{ Id: 'a02000000000001AAA' }]);
    });

    it('skips null edges and treats a missing connection as empty', () => {
        expect(recordsOf(buyingCenters)).toHaveLength(1);
        expect(recordsOf(undefined)).toEqual([]);
        expect(nodesOf({ edges: null })).toEqual([]);
    });

    it('tells a field field-level security hides (absent) from one that is empty (null)', () => {
        // Amount is @optional: the platform leaves it out for a user who cannot read it.
        const hidden = { Id: '006A', Name: { value: 'Big deal' } };
        const empty = { Id: '006B', Name: { value: 'Small deal' }, Amount: { value: null } };
        expect(flattenNode(hidden)).not.toHaveProperty('Amount');
        expect(flattenNode(empty)).toHaveProperty('Amount', null);
        expect(hiddenFieldsOf([hidden], 'Opportunity', ['Amount'])).toEqual([
            { objectApiName: 'Opportunity', fieldApiName: 'Amount' }
        ]);
        expect(hiddenFieldsOf([empty], 'Opportunity', ['Amount'])).toEqual([]);
        // With no records nothing can be told.
        expect(hiddenFieldsOf([], 'Opportunity', ['Amount'])).toEqual([]);
    });

    it('names each hidden field once, ordered by object and field', () => {
        const amount = { objectApiName: 'Opportunity', fieldApiName: 'Amount' };
        const title = { objectApiName: 'Contact', fieldApiName: 'Title' };
        expect(uniqueHiddenFields([amount, title], [amount])).toEqual([title, amount]);
    });
});
