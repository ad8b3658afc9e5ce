/** @jest-environment node */
import type { BuyingCenterMemberRecord, ContactRecord } from 'c/atlasModel';
import { layoutRelationshipMap } from 'c/relationshipGraph';
import type { GraphNode, RelationshipLayout } from 'c/relationshipGraph';
import { CENTERS, CONTACTS, MEMBERS, overlappingPairs, outside } from './fixtures';

const node = (layout: RelationshipLayout, id: string): GraphNode =>
    layout.nodes.find((n) => n.contactId === id)!;

describe('layoutRelationshipMap: the worked example', () => {
    let layout: RelationshipLayout;
    beforeAll(() => {
        layout = layoutRelationshipMap(CONTACTS, MEMBERS, CENTERS);
    });

    it('places every person exactly where the tidy layout puts them', () => {
        // Slots are 224 wide (the largest box, 200, plus a gap of 24) and rows 118 high (70 + 48).
        // Leaves take slots left to right: Cy 0, Di 1, Ed 2; Ben sits over Cy, Ada over Ben and Di.
        // A box is centred at slot × 224 − 12 and in its row; High influence boxes are 200 × 70.
        expect(
            layout.nodes.map((n) => [n.contactId, n.x, n.y, n.width, n.height, n.layer])
        ).toEqual([
            ['c1', 112, 0, 200, 70, 0],
            ['c2', 20, 125, 160, 56, 1],
            ['c3', 20, 243, 160, 56, 2],
            ['c4', 224, 118, 200, 70, 1],
            ['c5', 468, 7, 160, 56, 0]
        ]);
        expect([layout.width, layout.height]).toEqual([648, 306]);
        expect(overlappingPairs(layout.nodes)).toEqual([]);
        expect(outside(layout)).toEqual([]);
    });

    it('draws reporting lines from manager to report and influence lines between members', () => {
        expect(layout.reportingEdges).toEqual([
            { from: 'c1', to: 'c2' },
            { from: 'c1', to: 'c4' },
            { from: 'c2', to: 'c3' }
        ]);
        expect(layout.influenceEdges).toEqual([
            { from: 'c3', to: 'c1', fromMemberId: 'm2', toMemberId: 'm1' }
        ]);
    });

    it('gives each person a role badge, support, influence and relationship owner', () => {
        expect(node(layout, 'c1')).toMatchObject({
            name: 'Ada CFO',
            title: 'CFO',
            roles: ['Decision Maker'],
            badge: 'Decision Maker',
            support: 'Supporter',
            supportMixed: false,
            influence: 'High',
            relationshipOwnerId: 'u1',
            memberIds: ['m1'],
            buyingCenterIds: ['bc1'],
            context: false
        });
        expect(node(layout, 'c2')).toMatchObject({
            roles: [],
            badge: null,
            support: null,
            influence: null,
            relationshipOwnerId: null
        });
    });

    it('gives each buying center its map status and coaching flags', () => {
        expect(
            layout.buyingCenters.map((c) => [
                c.name,
                c.mapStatus,
                c.memberCount,
                c.flags.map((f) => f.code)
            ])
        ).toEqual([
            ['Finance', 'Green', 2, ['ROLE_NOT_COVERED']],
            [
                'Treasury',
                'Red',
                1,
                [
                    'NO_DECISION_MAKER',
                    'NO_COACH',
                    'ENEMY_WITH_HIGH_INFLUENCE',
                    'SINGLE_THREADED',
                    'ROLE_NOT_COVERED'
                ]
            ]
        ]);
    });

    it('warns that Ed\u2019s manager is not among the contacts and draws Ed at the top', () => {
        expect(layout.warnings).toEqual([
            {
                code: 'MANAGER_NOT_FOUND',
                message:
                    "Ed Outside reports to c-not-here, who is not among this account's contacts; Ed Outside is drawn at the top of a tree.",
                recordId: 'c5'
            }
        ]);
    });
});

describe('layoutRelationshipMap: people in several buying centers', () => {
    const members: BuyingCenterMemberRecord[] = [
        ...MEMBERS,
        {
            Id: 'm4',
            Buying_Center__c: 'bc2',
            Contact__c: 'c3',
            Buying_Role__c: 'Decision Maker',
            Support__c: 'Enemy',
            Influence__c: 'Medium',
            Relationship_Owner__c: 'u2'
        }
    ];

    it('shows the most decisive role, the least supportive stance and the highest influence', () => {
        const cy = node(layoutRelationshipMap(CONTACTS, members, CENTERS), 'c3');
        expect(cy).toMatchObject({
            roles: ['Decision Maker', 'Coach'],
            badge: 'Decision Maker',
            support: 'Enemy',
            supportMixed: true,
            influence: 'Medium',
            relationshipOwnerId: 'u2',
            memberIds: ['m2', 'm4'],
            buyingCenterIds: ['bc1', 'bc2']
        });
    });

    it('shows one buying center\u2019s view of a person when filtered', () => {
        const finance = layoutRelationshipMap(CONTACTS, members, CENTERS, {
            buyingCenterId: 'bc1'
        });
        expect(node(finance, 'c3')).toMatchObject({
            roles: ['Coach'],
            support: 'Mentor',
            supportMixed: false,
            influence: 'Low',
            context: false
        });
    });
});

describe('layoutRelationshipMap: filtering by buying center', () => {
    it('keeps the buying center\u2019s people and their managers, marked as context', () => {
        const treasury = layoutRelationshipMap(CONTACTS, MEMBERS, CENTERS, {
            buyingCenterId: 'bc2'
        });
        expect(treasury.nodes.map((n) => [n.contactId, n.context, n.layer])).toEqual([
            ['c1', true, 0],
            ['c4', false, 1]
        ]);
        expect(treasury.reportingEdges).toEqual([{ from: 'c1', to: 'c4' }]);
        expect(treasury.influenceEdges).toEqual([]);
        expect(treasury.buyingCenters.map((c) => c.name)).toEqual(['Treasury']);
        // Ada is context here: her Finance membership does not colour her.
        expect(node(treasury, 'c1')).toMatchObject({ roles: [], support: null, influence: null });
    });

    it('shows nobody, with a warning, for a buying center that is not on the list', () => {
        const none = layoutRelationshipMap(CONTACTS, MEMBERS, CENTERS, { buyingCenterId: 'bc9' });
        expect(none.nodes).toEqual([]);
        expect(none.buyingCenters).toEqual([]);
        expect([none.width, none.height]).toEqual([0, 0]);
        expect(none.warnings.map((w) => w.code)).toEqual(['FILTER_NOT_FOUND']);
    });
});

describe('layoutRelationshipMap: loops, chains and bad records', () => {
    it('breaks a reporting loop at its first member by name, with a warning', () => {
        const loop = layoutRelationshipMap(
            [
                { Id: 'x2', Name: 'X Two', ReportsToId: 'x1' },
                { Id: 'x1', Name: 'X One', ReportsToId: 'x2' },
                { Id: 'x3', Name: 'A Tail', ReportsToId: 'x1' }
            ],
            [],
            []
        );
        expect(loop.nodes.map((n) => [n.contactId, n.layer])).toEqual([
            ['x1', 0],
            ['x2', 1],
            ['x3', 1]
        ]);
        expect(loop.warnings).toEqual([
            {
                code: 'REPORTING_LOOP',
                message: 'Reporting lines form a loop (X One, X Two); X One is drawn at the top.',
                recordId: 'x1'
            }
        ]);
    });

    it('treats someone who reports to themselves as the top of a tree', () => {
        const self = layoutRelationshipMap([{ Id: 's1', Name: 'Sam', ReportsToId: 's1' }], [], []);
        expect(self.nodes.map((n) => n.layer)).toEqual([0]);
        expect(self.warnings).toEqual([]);
    });

    it('lays out a chain of 5,000 managers without running out of stack', () => {
        const chain: ContactRecord[] = Array.from({ length: 5000 }, (_, i) => ({
            Id: `k${String(i).padStart(4, '0')}`,
            Name: `K ${i}`,
            ReportsToId: i === 0 ? null : `k${String(i - 1).padStart(4, '0')}`
        }));
        const layout = layoutRelationshipMap(chain, [], []);
        expect(layout.nodes).toHaveLength(5000);
        expect(Math.max(...layout.nodes.map((n) => n.layer))).toBe(4999);
        expect(layout.width).toBe(200);
    });

    it.each<[string, ContactRecord[], BuyingCenterMemberRecord[], string[]]>([
        [
            'records that are not contacts',
            [...CONTACTS, null, { Name: 'no id' }] as never,
            [],
            ['INVALID_RECORD', 'MANAGER_NOT_FOUND']
        ],
        [
            'the same contact twice',
            [...CONTACTS, CONTACTS[0]!],
            [],
            ['DUPLICATE_RECORD', 'MANAGER_NOT_FOUND']
        ],
        [
            'a member whose contact is not in the list',
            CONTACTS,
            [{ Id: 'mx', Buying_Center__c: 'bc1', Contact__c: 'c9' }],
            ['MEMBER_CONTACT_NOT_FOUND', 'MANAGER_NOT_FOUND']
        ],
        [
            'a member of a buying center that is not in the list',
            CONTACTS,
            [{ Id: 'mx', Buying_Center__c: 'bc9', Contact__c: 'c1' }],
            ['MEMBER_BUYING_CENTER_NOT_FOUND', 'MANAGER_NOT_FOUND']
        ],
        [
            'a support value this version does not know',
            CONTACTS,
            [{ Id: 'mx', Buying_Center__c: 'bc1', Contact__c: 'c1', Support__c: 'Fan' as never }],
            ['UNKNOWN_VALUE', 'MANAGER_NOT_FOUND']
        ],
        [
            'an influence line to a member not on the map',
            CONTACTS,
            [{ Id: 'mx', Buying_Center__c: 'bc1', Contact__c: 'c1', Influences_Member__c: 'gone' }],
            ['INFLUENCE_TARGET_NOT_FOUND', 'MANAGER_NOT_FOUND']
        ],
        [
            'an influence line from a person to themselves',
            CONTACTS,
            [
                { Id: 'mx', Buying_Center__c: 'bc1', Contact__c: 'c1', Influences_Member__c: 'my' },
                { Id: 'my', Buying_Center__c: 'bc2', Contact__c: 'c1' }
            ],
            ['INFLUENCE_ON_SELF', 'MANAGER_NOT_FOUND']
        ]
    ])('warns about %s and still draws the map', (_case, contacts, members, codes) => {
        const layout = layoutRelationshipMap(contacts, members, CENTERS);
        expect(layout.warnings.map((w) => w.code)).toEqual(codes);
        expect(layout.nodes).toHaveLength(5);
        expect(overlappingPairs(layout.nodes)).toEqual([]);
    });

    it('survives arguments that are not lists at all', () => {
        const layout = layoutRelationshipMap(
            null as never,
            7 as never,
            'x' as never,
            null as never
        );
        expect(layout).toEqual({
            nodes: [],
            reportingEdges: [],
            influenceEdges: [],
            introductionEdges: [],
            buyingCenters: [],
            width: 0,
            height: 0,
            warnings: []
        });
    });
});

describe('layoutRelationshipMap: advocacy and introductions', () => {
    const [first, second, third] = MEMBERS as BuyingCenterMemberRecord[];

    it('draws an introduction from the introducer to the introduced, and skips one from off the map', () => {
        const members = MEMBERS.map((member) =>
            member.Id === second?.Id
                ? { ...member, Introduced_By__c: first?.Id }
                : member.Id === third?.Id
                  ? { ...member, Introduced_By__c: 'a member of another account' }
                  : member
        );
        const layout = layoutRelationshipMap(CONTACTS, members, CENTERS);
        expect(layout.introductionEdges).toEqual([
            {
                from: first?.Contact__c,
                to: second?.Contact__c,
                fromMemberId: first?.Id,
                toMemberId: second?.Id
            }
        ]);
        // An introducer from another account is no mistake: no warning.
        expect(layout.warnings).toEqual(layoutRelationshipMap(CONTACTS, MEMBERS, CENTERS).warnings);
    });

    it('marks a detractor over any advocacy the person has in another buying center', () => {
        const contactId = first?.Contact__c ?? '';
        const members = [
            ...MEMBERS.map((member) =>
                member.Id === first?.Id ? { ...member, Advocacy__c: 'Reference' as const } : member
            ),
            {
                Id: 'm-detractor',
                Buying_Center__c:
                    CENTERS.find((center) => center.Id !== first?.Buying_Center__c)?.Id ?? '',
                Contact__c: contactId,
                Advocacy__c: 'Detractor' as const
            }
        ];
        const reference = layoutRelationshipMap(
            CONTACTS,
            MEMBERS.map((member) =>
                member.Id === first?.Id ? { ...member, Advocacy__c: 'Reference' as const } : member
            ),
            CENTERS
        );
        expect(reference.nodes.find((n) => n.contactId === contactId)?.advocacy).toBe('Reference');
        const layout = layoutRelationshipMap(CONTACTS, members, CENTERS);
        expect(layout.nodes.find((n) => n.contactId === contactId)?.advocacy).toBe('Detractor');
    });
});
