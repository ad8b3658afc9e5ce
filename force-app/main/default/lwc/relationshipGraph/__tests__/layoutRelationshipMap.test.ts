/** @jest-environment node */
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import { layoutRelationshipMap } from 'c/relationshipGraph';
import type { GraphNode } from 'c/relationshipGraph';
import { loadSamplePlan } from '../../dealScoring/__tests__/sampleDeals';

const contacts: ContactRecord[] = [
    { Id: 'c1', Name: 'Ada CFO', Title: 'CFO' },
    { Id: 'c2', Name: 'Ben Controller', ReportsToId: 'c1' },
    { Id: 'c3', Name: 'Cy Analyst', ReportsToId: 'c2' },
    { Id: 'c4', Name: 'Di Treasurer', ReportsToId: 'c1' },
    { Id: 'c5', Name: 'Ed Outside', ReportsToId: 'c-not-here' }
];
const centers: BuyingCenterRecord[] = [
    { Id: 'bc1', Name: 'Finance', Account__c: 'a1' },
    { Id: 'bc2', Name: 'Treasury', Account__c: 'a1' }
];
const members: BuyingCenterMemberRecord[] = [
    {
        Id: 'm1',
        Buying_Center__c: 'bc1',
        Contact__c: 'c1',
        Buying_Role__c: 'Decision Maker',
        Support__c: 'Supporter',
        Coverage__c: 'Multiple',
        Influence__c: 'High',
        Relationship_Owner__c: 'u1'
    },
    {
        Id: 'm2',
        Buying_Center__c: 'bc1',
        Contact__c: 'c3',
        Buying_Role__c: 'Coach',
        Support__c: 'Mentor',
        Coverage__c: 'In Depth',
        Influence__c: 'Low',
        Influences_Member__c: 'm1'
    },
    {
        Id: 'm3',
        Buying_Center__c: 'bc2',
        Contact__c: 'c4',
        Buying_Role__c: 'Evaluator',
        Support__c: 'Enemy',
        Coverage__c: 'Brief',
        Influence__c: 'High'
    }
];

function overlaps(a: GraphNode, b: GraphNode): boolean {
    return (
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    );
}

function expectNoOverlap(nodes: GraphNode[]): void {
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            expect(overlaps(nodes[i]!, nodes[j]!)).toBe(false);
        }
    }
}

describe('layoutRelationshipMap', () => {
    const layout = layoutRelationshipMap(contacts, members, centers);

    it('puts managers a layer above their reports, centred over them, and roots side by side', () => {
        const at = (id: string) => layout.nodes.find((node) => node.contactId === id)!;
        expect(
            [at('c1').y, at('c2').y, at('c3').y].every((y, i, ys) => i === 0 || y > ys[i - 1]!)
        ).toBe(true);
        expect(at('c1').x + at('c1').width / 2).toBeCloseTo(
            (at('c2').x + at('c2').width / 2 + at('c4').x + at('c4').width / 2) / 2,
            0
        );
        // Ed's manager is not on the map, so Ed is a root: same layer as Ada, beside her tree.
        expect(
            Math.abs(at('c5').y + at('c5').height / 2 - (at('c1').y + at('c1').height / 2))
        ).toBeLessThanOrEqual(1);
        expect(at('c5').x).toBeGreaterThan(at('c4').x);
        expectNoOverlap(layout.nodes);
    });

    it('draws reporting and influence lines between contacts', () => {
        expect(layout.reportingEdges).toEqual([
            { from: 'c1', to: 'c2' },
            { from: 'c1', to: 'c4' },
            { from: 'c2', to: 'c3' }
        ]);
        expect(layout.influenceEdges).toEqual([{ from: 'c3', to: 'c1' }]);
    });

    it('shows roles, support and influence, and sizes people by influence', () => {
        const ada = layout.nodes.find((node) => node.contactId === 'c1')!;
        const cy = layout.nodes.find((node) => node.contactId === 'c3')!;
        expect(ada).toMatchObject({
            roles: ['Decision Maker'],
            support: 'Supporter',
            influence: 'High',
            relationshipOwnerId: 'u1'
        });
        expect(ada.width).toBeGreaterThan(cy.width);
    });

    it('gives each buying center its map status and coaching flags', () => {
        expect(layout.buyingCenters.map((center) => [center.name, center.mapStatus])).toEqual([
            ['Finance', 'Green'],
            ['Treasury', 'Red']
        ]);
    });

    it('filters to one buying center, keeping its people and their managers', () => {
        const treasury = layoutRelationshipMap(contacts, members, centers, {
            buyingCenterId: 'bc2'
        });
        expect(treasury.nodes.map((node) => node.contactId)).toEqual(['c1', 'c4']);
        expect(treasury.buyingCenters.map((center) => center.name)).toEqual(['Treasury']);
    });

    it('breaks a reporting loop with a warning instead of failing', () => {
        const loop = layoutRelationshipMap(
            [
                { Id: 'x1', Name: 'X One', ReportsToId: 'x2' },
                { Id: 'x2', Name: 'X Two', ReportsToId: 'x1' }
            ],
            [],
            []
        );
        expect(loop.nodes).toHaveLength(2);
        expect(loop.warnings).toEqual([
            'Reporting lines form a loop (X One, X Two); X One is drawn at the top.'
        ]);
    });

    it('lays out 300 people in 50 buying centers without overlap, the same way every time', () => {
        const many: ContactRecord[] = Array.from({ length: 300 }, (_, i) => ({
            Id: `p${String(i).padStart(3, '0')}`,
            Name: `Person ${i}`,
            ReportsToId: i === 0 ? null : `p${String(Math.floor((i - 1) / 4)).padStart(3, '0')}`
        }));
        const manyMembers: BuyingCenterMemberRecord[] = many.map((contact, i) => ({
            Id: `mm${i}`,
            Buying_Center__c: `b${i % 50}`,
            Contact__c: contact.Id,
            Influence__c: (['High', 'Medium', 'Low'] as const)[i % 3]
        }));
        const manyCenters = Array.from({ length: 50 }, (_, i) => ({
            Id: `b${i}`,
            Name: `Center ${i}`,
            Account__c: 'a1'
        }));
        const big = layoutRelationshipMap(many, manyMembers, manyCenters);
        expect(big.nodes).toHaveLength(300);
        expectNoOverlap(big.nodes);
        expect(
            layoutRelationshipMap([...many].reverse(), [...manyMembers].reverse(), manyCenters)
        ).toEqual(big);
    });

    it('lays out every sample account without overlap, as frozen in the golden output', () => {
        const plan = loadSamplePlan();
        const rows = <T>(sobject: string): T[] => (plan.get(sobject) ?? []) as T[];
        const summary = rows<{ Id: string; Name: string }>('Account').map((account) => {
            const accountContacts = rows<ContactRecord>('Contact')
                .filter((c) => c.AccountId === account.Id)
                .map((c) => ({
                    ...c,
                    Name: `${(c as { FirstName?: string }).FirstName ?? ''} ${(c as { LastName?: string }).LastName ?? ''}`.trim()
                }));
            const accountCenters = rows<BuyingCenterRecord>('Buying_Center__c').filter(
                (b) => b.Account__c === account.Id
            );
            const ids = new Set(accountCenters.map((b) => b.Id));
            const result = layoutRelationshipMap(
                accountContacts,
                rows<BuyingCenterMemberRecord>('Buying_Center_Member__c').filter((m) =>
                    ids.has(m.Buying_Center__c)
                ),
                accountCenters
            );
            expectNoOverlap(result.nodes);
            return {
                account: account.Name,
                people: result.nodes.length,
                reportingLines: result.reportingEdges.length,
                influenceLines: result.influenceEdges.length,
                size: `${result.width}×${result.height}`,
                statuses: result.buyingCenters.map(
                    (b) => `${b.name}: ${b.mapStatus} (${b.flags.map((f) => f.code).join(', ')})`
                ),
                warnings: result.warnings
            };
        });
        expect(summary).toMatchSnapshot();
    });
});
