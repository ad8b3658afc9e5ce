/** @jest-environment node */
import type { BuyingCenterRecord } from 'c/atlasModel';
import { descendantIds, inTreeOrder } from '../buyingCenterHierarchy';

const ACCOUNT = '001Dn00000Kes01AAE';

function center(Id: string, Name: string, parent: string | null = null): BuyingCenterRecord {
    return { Id, Name, Account__c: ACCOUNT, Parent_Buying_Center__c: parent };
}

// Kestrel Precision Manufacturing, with Quality Engineering under Plant Operations.
const kestrel = [
    center('a01Dn0000000009AAA', 'Aftermarket Service'),
    center('a01Dn0000000015AAA', 'Plant Operations - Quality Engineering', 'a01Dn0000000006AAA'),
    center('a01Dn0000000008AAA', 'Finance'),
    center('a01Dn0000000006AAA', 'Plant Operations'),
    center('a01Dn0000000007AAA', 'Supply Chain')
];

describe('buyingCenterHierarchy', () => {
    it('puts each buying center right under its parent, siblings by name', () => {
        expect(inTreeOrder(kestrel).map(({ record, level }) => [record.Name, level])).toEqual([
            ['Aftermarket Service', 1],
            ['Finance', 1],
            ['Plant Operations', 1],
            ['Plant Operations - Quality Engineering', 2],
            ['Supply Chain', 1]
        ]);
    });

    it('shows a center whose parent the user cannot see at the top instead of hiding it', () => {
        const orphan = center('a01Dn0000000020AAA', 'Logistics', 'a01Dn0000000099AAA');
        const ordered = inTreeOrder([...kestrel, orphan]);
        expect(ordered).toHaveLength(6);
        expect(ordered.find(({ record }) => record.Name === 'Logistics')!.level).toBe(1);
    });

    it('shows every center of a parent loop in bad data exactly once', () => {
        const loop = [
            center('a01Dn0000000031AAA', 'North', 'a01Dn0000000032AAA'),
            center('a01Dn0000000032AAA', 'South', 'a01Dn0000000031AAA')
        ];
        const ordered = inTreeOrder([...kestrel, ...loop]);
        expect(ordered.map(({ record }) => record.Name).sort()).toEqual(
            [...kestrel, ...loop].map((record) => record.Name).sort()
        );
    });

    it('finds every center below a given one, at any depth', () => {
        const deeper = center('a01Dn0000000040AAA', 'Dayton Quality Lab', 'a01Dn0000000015AAA');
        expect([...descendantIds([...kestrel, deeper], 'a01Dn0000000006AAA')].sort()).toEqual([
            'a01Dn0000000015AAA',
            'a01Dn0000000040AAA'
        ]);
        expect(descendantIds(kestrel, 'a01Dn0000000007AAA').size).toBe(0);
    });
});
