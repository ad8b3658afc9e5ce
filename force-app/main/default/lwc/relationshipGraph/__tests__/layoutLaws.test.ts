/** @jest-environment node */
import fc from 'fast-check';
import { shuffled } from '../../../../../../jest/laws';
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import { layoutRelationshipMap } from 'c/relationshipGraph';
import type { RelationshipLayout } from 'c/relationshipGraph';
import { bigAccount, overlappingPairs, outside } from './fixtures';

/** Reports one layer below their manager, managers centred over their first and last report. */
function treeProblems(layout: RelationshipLayout): string[] {
    const byId = new Map(layout.nodes.map((n) => [n.contactId, n]));
    const centre = (id: string) => byId.get(id)!.x + byId.get(id)!.width / 2;
    const problems: string[] = [];
    const reports = new Map<string, string[]>();
    for (const edge of layout.reportingEdges) {
        reports.set(edge.from, [...(reports.get(edge.from) ?? []), edge.to]);
        if (byId.get(edge.to)!.layer !== byId.get(edge.from)!.layer + 1) {
            problems.push(`${edge.to} is not one layer below ${edge.from}`);
        }
    }
    for (const [manager, list] of reports) {
        const centres = list.map(centre);
        const middle = (Math.min(...centres) + Math.max(...centres)) / 2;
        if (Math.abs(centre(manager) - middle) > 1) {
            problems.push(`${manager} is not centred over its reports`);
        }
    }
    return problems;
}

describe('layoutRelationshipMap: a 50-buying-center, 300-person account', () => {
    const { contacts, members, centers } = bigAccount();
    let layout: RelationshipLayout;
    beforeAll(() => {
        layout = layoutRelationshipMap(contacts, members, centers);
    });

    it('draws all 300 people without a single overlap, inside the drawing', () => {
        expect(layout.nodes).toHaveLength(300);
        expect(overlappingPairs(layout.nodes)).toEqual([]);
        expect(outside(layout)).toEqual([]);
        expect(layout.reportingEdges).toHaveLength(299);
        expect(layout.buyingCenters).toHaveLength(50);
        expect(layout.warnings).toEqual([]);
    });

    it('keeps reports a layer below and managers centred over them', () => {
        expect(treeProblems(layout)).toEqual([]);
    });

    it('lays it out the same way whatever the order of the records', () => {
        expect(
            layoutRelationshipMap(
                shuffled(contacts, 7),
                shuffled(members, 11),
                shuffled(centers, 13)
            )
        ).toEqual(layout);
    });

    it('draws each buying center on its own without overlap', () => {
        for (const center of centers) {
            const one = layoutRelationshipMap(contacts, members, centers, {
                buyingCenterId: center.Id
            });
            expect(overlappingPairs(one.nodes)).toEqual([]);
            expect(one.nodes.filter((n) => !n.context).length).toBeGreaterThan(0);
            expect(one.buyingCenters.map((c) => c.buyingCenterId)).toEqual([center.Id]);
        }
    });
});

const ids = Array.from({ length: 40 }, (_, i) => `c${String(i).padStart(2, '0')}`);
const contactsArb: fc.Arbitrary<ContactRecord[]> = fc
    .uniqueArray(fc.constantFrom(...ids), { maxLength: 40 })
    .chain((chosen) =>
        fc.tuple(
            fc.constant(chosen),
            fc.array(fc.constantFrom(...ids, 'elsewhere', null), {
                minLength: chosen.length,
                maxLength: chosen.length
            }),
            fc.array(fc.constantFrom('Ann', 'Bo', 'Cy', 'Di', ''), {
                minLength: chosen.length,
                maxLength: chosen.length
            })
        )
    )
    .map(([chosen, managers, names]) =>
        chosen.map((Id, i) => ({ Id, Name: names[i] ?? '', ReportsToId: managers[i] ?? null }))
    );
const membersArb: fc.Arbitrary<BuyingCenterMemberRecord[]> = fc.array(
    fc.record({
        Id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `m${i}`)),
        Buying_Center__c: fc.constantFrom('b1', 'b2', 'b9'),
        Contact__c: fc.constantFrom(...ids),
        Buying_Role__c: fc.constantFrom('Decision Maker', 'Coach', 'User', 'Boss', null),
        Influence__c: fc.constantFrom('High', 'Medium', 'Low', null),
        Support__c: fc.constantFrom('Mentor', 'Enemy', 'Neutral', null),
        Influences_Member__c: fc.constantFrom('m1', 'm2', 'm40', null)
    }) as fc.Arbitrary<BuyingCenterMemberRecord>,
    { maxLength: 30 }
);
const CENTERS: BuyingCenterRecord[] = [
    { Id: 'b1', Name: 'One', Account__c: 'a' },
    { Id: 'b2', Name: 'Two', Account__c: 'a' }
];

describe('layoutRelationshipMap: laws', () => {
    it('never overlaps boxes, keeps them inside the drawing and keeps the tree tidy, loops and all', () => {
        fc.assert(
            fc.property(contactsArb, membersArb, (contacts, members) => {
                const layout = layoutRelationshipMap(contacts, members, CENTERS);
                expect(layout.nodes).toHaveLength(contacts.length);
                expect(overlappingPairs(layout.nodes)).toEqual([]);
                expect(outside(layout)).toEqual([]);
                expect(treeProblems(layout)).toEqual([]);
            })
        );
    });

    it('gives the same layout whatever the order of contacts, members and buying centers', () => {
        fc.assert(
            fc.property(contactsArb, membersArb, fc.integer(), (contacts, members, seed) => {
                const forward = layoutRelationshipMap(contacts, members, CENTERS);
                const other = layoutRelationshipMap(
                    shuffled(contacts, seed),
                    shuffled(members, seed + 1),
                    shuffled(CENTERS, seed + 2)
                );
                expect(other).toEqual(forward);
            })
        );
    });

    it('shows only people of the map and lines between people shown', () => {
        fc.assert(
            fc.property(
                contactsArb,
                membersArb,
                fc.constantFrom('b1', 'b2'),
                (contacts, members, filter) => {
                    const layout = layoutRelationshipMap(contacts, members, CENTERS, {
                        buyingCenterId: filter
                    });
                    const shown = new Set(layout.nodes.map((n) => n.contactId));
                    for (const edge of [...layout.reportingEdges, ...layout.influenceEdges]) {
                        expect(shown.has(edge.from) && shown.has(edge.to)).toBe(true);
                    }
                    for (const n of layout.nodes) {
                        expect(n.buyingCenterIds.every((id) => id === filter)).toBe(true);
                    }
                }
            )
        );
    });

    it('never throws, whatever it is given', () => {
        fc.assert(
            fc.property(
                fc.array(fc.anything()),
                fc.array(fc.anything()),
                fc.array(fc.anything()),
                fc.anything(),
                (contacts, members, centers, options) => {
                    expect(() =>
                        layoutRelationshipMap(
                            contacts as ContactRecord[],
                            members as BuyingCenterMemberRecord[],
                            centers as BuyingCenterRecord[],
                            options as never
                        )
                    ).not.toThrow();
                }
            )
        );
    });
});
