/** @jest-environment node */
import { flattenNode, nodesOf, recordsOf } from '../graphqlRecords';

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
});
