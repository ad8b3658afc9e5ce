/** @jest-environment node */
// Moving plan items: the places written after a move, and the order siblings are shown in.
import { inPlanOrder } from 'c/atlasData';
import { movedOrder } from '../planOrder';

const unnumbered = [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }];

describe('movedOrder', () => {
    it('numbers every sibling in the new order the first time anything moves', () => {
        expect(movedOrder(unnumbered, 'c', 'up')).toEqual([
            { Id: 'a', Sort_Order__c: 1 },
            { Id: 'c', Sort_Order__c: 2 },
            { Id: 'b', Sort_Order__c: 3 }
        ]);
    });

    it('writes only the two that swap once the siblings are numbered', () => {
        const numbered = [
            { Id: 'a', Sort_Order__c: 1 },
            { Id: 'b', Sort_Order__c: 2 },
            { Id: 'c', Sort_Order__c: 3 }
        ];
        expect(movedOrder(numbered, 'a', 'down')).toEqual([
            { Id: 'b', Sort_Order__c: 1 },
            { Id: 'a', Sort_Order__c: 2 }
        ]);
    });

    it('cannot move the first up, the last down, or an item that is not there', () => {
        expect(movedOrder(unnumbered, 'a', 'up')).toBeNull();
        expect(movedOrder(unnumbered, 'c', 'down')).toBeNull();
        expect(movedOrder(unnumbered, 'x', 'down')).toBeNull();
    });

    it('shows the moved order once written: a move and its reading agree', () => {
        const changes = movedOrder(unnumbered, 'c', 'up')!;
        const written = unnumbered.map((item) => ({
            ...item,
            ...changes.find((change) => change.Id === item.Id)
        }));
        expect(inPlanOrder(written).map((item) => item.Id)).toEqual(['a', 'c', 'b']);
    });
});

describe('inPlanOrder', () => {
    it('puts numbered items first, lower first, and keeps the rest in the order given', () => {
        const items = [
            { Id: 'x' },
            { Id: 'y', Sort_Order__c: 2 },
            { Id: 'z', Sort_Order__c: null },
            { Id: 'w', Sort_Order__c: 1 }
        ];
        expect(inPlanOrder(items).map((item) => item.Id)).toEqual(['w', 'y', 'x', 'z']);
    });
});
