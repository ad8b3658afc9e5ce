// The queue's page state: the address Pipeline Health links to reads back as the same focus, owner
// and deals; a state that names no known focus opens the whole queue.
import {
    dealFromState,
    focusedQueueReference,
    focusedQueueUrl,
    focusFromState,
    ownerFromState,
    reviewOfDealUrl
} from 'c/dealCoaching';

function stateOf(url: string): Record<string, string> {
    return Object.fromEntries(new URL(url, 'https://example.my.salesforce.com').searchParams);
}

describe('the queue page state', () => {
    it('reads back the stage, deals and owner a Pipeline Health link names', () => {
        const url = focusedQueueUrl(
            { kind: 'stage', dealIds: ['006A', '006B'], stage: 'Proposal/Price Quote' },
            '005X'
        );
        expect(url.startsWith('/lightning/n/Deal_Review_Queue?')).toBe(true);
        const state = stateOf(url);
        const focus = focusFromState(state);
        expect(focus?.kind).toBe('stage');
        expect(focus?.stage).toBe('Proposal/Price Quote');
        expect([...(focus?.dealIds ?? [])]).toEqual(['006A', '006B']);
        expect(ownerFromState(state)).toBe('005X');
    });

    it('names the queue tab and the same state for navigation as its address carries', () => {
        const focus = { kind: 'stones' as const, dealIds: ['006A', '006C'] };
        const reference = focusedQueueReference(focus, '005X');
        expect(reference.type).toBe('standard__navItemPage');
        expect(reference.attributes.apiName).toBe('Deal_Review_Queue');
        expect(reference.state).toEqual(stateOf(focusedQueueUrl(focus, '005X')));
        expect([...(focusFromState(reference.state)?.dealIds ?? [])]).toEqual(['006A', '006C']);
    });

    it('opens on no deal when the part Pipeline Health counted is empty', () => {
        const focus = focusFromState(
            stateOf(focusedQueueUrl({ kind: 'rocks', dealIds: [] }, null))
        );
        expect(focus?.kind).toBe('rocks');
        expect(focus?.dealIds.size).toBe(0);
    });

    it('ignores an unknown focus and a blank owner', () => {
        expect(focusFromState({ c__focus: 'boulders', c__dealIds: '006A' })).toBeNull();
        expect(focusFromState(undefined)).toBeNull();
        expect(ownerFromState({ c__ownerId: '  ' })).toBeNull();
    });

    it('opens one deal’s review from the deal page', () => {
        expect(dealFromState(stateOf(reviewOfDealUrl('006K')))).toBe('006K');
    });
});
