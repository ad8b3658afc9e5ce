// A small account laid out by hand (see layoutRelationshipMap.test.ts), a checker for overlapping
// boxes, and a generator for big accounts.
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import type { GraphNode, RelationshipLayout } from 'c/relationshipGraph';

export const CONTACTS: ContactRecord[] = [
    { Id: 'c1', Name: 'Ada CFO', Title: 'CFO' },
    { Id: 'c2', Name: 'Ben Controller', ReportsToId: 'c1' },
    { Id: 'c3', Name: 'Cy Analyst', ReportsToId: 'c2' },
    { Id: 'c4', Name: 'Di Treasurer', ReportsToId: 'c1' },
    { Id: 'c5', Name: 'Ed Outside', ReportsToId: 'c-not-here' }
];

export const CENTERS: BuyingCenterRecord[] = [
    { Id: 'bc1', Name: 'Finance', Account__c: 'a1' },
    { Id: 'bc2', Name: 'Treasury', Account__c: 'a1' }
];

export const MEMBERS: BuyingCenterMemberRecord[] = [
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

/** Pairs of boxes that overlap, by contact id; sweeps boxes by x so big maps stay quick. */
export function overlappingPairs(nodes: readonly GraphNode[]): [string, string][] {
    const sorted = [...nodes].sort((a, b) => a.x - b.x);
    const pairs: [string, string][] = [];
    for (let i = 0; i < sorted.length; i++) {
        const a = sorted[i]!;
        for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++) {
            if (overlaps(a, sorted[j]!)) {
                pairs.push([a.contactId, sorted[j]!.contactId]);
            }
        }
    }
    return pairs;
}

/** Every box inside the layout's width and height. */
export function outside(layout: RelationshipLayout): string[] {
    return layout.nodes
        .filter(
            (n) =>
                n.x < 0 || n.y < 0 || n.x + n.width > layout.width || n.y + n.height > layout.height
        )
        .map((n) => n.contactId);
}

const pad = (i: number) => String(i).padStart(3, '0');

/**
 * An account of 300 people in 50 buying centers: a CEO, then each manager with up to four
 * reports, every person a member of one buying center (and every seventh of a second one), every
 * eleventh influencing someone.
 */
export function bigAccount(): {
    contacts: ContactRecord[];
    members: BuyingCenterMemberRecord[];
    centers: BuyingCenterRecord[];
} {
    const contacts: ContactRecord[] = Array.from({ length: 300 }, (_, i) => ({
        Id: `p${pad(i)}`,
        Name: `Person ${pad((i * 37) % 300)}`,
        ReportsToId: i === 0 ? null : `p${pad(Math.floor((i - 1) / 4))}`
    }));
    const roles = [
        'Decision Maker',
        'Approver',
        'Evaluator',
        'Influencer',
        'User',
        'Coach'
    ] as const;
    const supports = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'] as const;
    const influences = ['High', 'Medium', 'Low'] as const;
    const members: BuyingCenterMemberRecord[] = [];
    contacts.forEach((contact, i) => {
        const centers = i % 7 === 0 ? [i % 50, (i + 1) % 50] : [i % 50];
        for (const center of centers) {
            members.push({
                Id: `mm${pad(members.length)}`,
                Buying_Center__c: `b${center}`,
                Contact__c: contact.Id,
                Buying_Role__c: roles[i % roles.length],
                Support__c: supports[(i + center) % supports.length],
                Influence__c: influences[i % influences.length],
                Coverage__c: 'Multiple',
                Influences_Member__c: i % 11 === 0 && i > 0 ? `mm${pad(i - 1)}` : null
            });
        }
    });
    const centers = Array.from({ length: 50 }, (_, i) => ({
        Id: `b${i}`,
        Name: `Center ${String(i).padStart(2, '0')}`,
        Account__c: 'a1'
    }));
    return { contacts, members, centers };
}
