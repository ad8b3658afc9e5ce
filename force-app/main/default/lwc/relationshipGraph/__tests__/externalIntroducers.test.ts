/** @jest-environment node */
// Introducers from other accounts on the relationship map: a card each in a column at the map's
// right edge, a line to every person they introduced, and the map's own layout left as it was.
import {
    EXTERNAL_CARD,
    GAP,
    layoutRelationshipMap,
    placeExternalIntroducers
} from 'c/relationshipGraph';
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { IntroducedMember } from 'c/relationshipGraph';
import { CENTERS, CONTACTS, MEMBERS } from './fixtures';

const FROM_KESTREL = {
    Introduced_By__c: 'mk1',
    introducerName: 'Lukas Brandt',
    introducerAccountName: 'Kestrel Precision Manufacturing'
};

function membersWith(
    changes: Record<string, Omit<Partial<IntroducedMember>, 'Id' | 'Contact__c'>>
): (BuyingCenterMemberRecord & IntroducedMember)[] {
    return MEMBERS.map((member) => ({ ...member, ...(changes[member.Id] ?? {}) }));
}

describe('placeExternalIntroducers', () => {
    const layout = layoutRelationshipMap(CONTACTS, MEMBERS, CENTERS);
    const di = layout.nodes.find((node) => node.contactId === 'c4');

    it('draws an introducer from another account as a card at the right edge, beside the person introduced', () => {
        const external = placeExternalIntroducers(layout, membersWith({ m3: FROM_KESTREL }));
        expect(external.introducers).toEqual([
            {
                memberId: 'mk1',
                name: 'Lukas Brandt',
                accountName: 'Kestrel Precision Manufacturing',
                x: layout.width + GAP.x,
                y: di?.y,
                ...EXTERNAL_CARD
            }
        ]);
        expect(external.edges).toEqual([{ fromMemberId: 'mk1', to: 'c4', toMemberId: 'm3' }]);
        expect(external.width).toBe(layout.width + GAP.x + EXTERNAL_CARD.width);
        expect(external.height).toBe(layout.height);
    });

    it('leaves the map alone when nobody came through another account', () => {
        const external = placeExternalIntroducers(layout, MEMBERS);
        expect(external).toEqual({
            introducers: [],
            edges: [],
            width: layout.width,
            height: layout.height
        });
    });

    it('gives no card to an introducer who is one of this account’s members, or whose name the org did not return', () => {
        const inside = placeExternalIntroducers(
            layout,
            membersWith({ m3: { ...FROM_KESTREL, Introduced_By__c: 'm1' } })
        );
        expect(inside.introducers).toEqual([]);
        const nameless = placeExternalIntroducers(
            layout,
            membersWith({ m3: { ...FROM_KESTREL, introducerName: null } })
        );
        expect(nameless.introducers).toEqual([]);
    });

    it('draws one card for a person who introduced two people, with a line to each', () => {
        const external = placeExternalIntroducers(
            layout,
            membersWith({ m1: FROM_KESTREL, m3: FROM_KESTREL })
        );
        expect(external.introducers.map((card) => card.memberId)).toEqual(['mk1']);
        expect(external.edges.map((edge) => edge.to)).toEqual(['c1', 'c4']);
    });

    it('stacks cards without overlap, in the order of the people they introduced', () => {
        const external = placeExternalIntroducers(
            layout,
            membersWith({
                m1: { ...FROM_KESTREL, Introduced_By__c: 'mk2', introducerName: 'Zoe Park' },
                m2: FROM_KESTREL,
                m3: { ...FROM_KESTREL, Introduced_By__c: 'mk3', introducerName: 'Amy Chen' }
            })
        );
        const cards = external.introducers;
        expect(cards.map((card) => card.name)).toEqual(['Zoe Park', 'Amy Chen', 'Lukas Brandt']);
        cards.slice(1).forEach((card, index) => {
            const above = cards[index];
            expect(card.y).toBeGreaterThanOrEqual((above?.y ?? 0) + EXTERNAL_CARD.height);
        });
        expect(external.height).toBeGreaterThanOrEqual(
            Math.max(...cards.map((card) => card.y + card.height))
        );
    });

    it('never moves the people: the layout is the same with or without the introducers', () => {
        const before = JSON.stringify(layout);
        placeExternalIntroducers(layout, membersWith({ m3: FROM_KESTREL }));
        expect(JSON.stringify(layout)).toBe(before);
        expect(layoutRelationshipMap(CONTACTS, membersWith({ m3: FROM_KESTREL }), CENTERS)).toEqual(
            layout
        );
    });
});
