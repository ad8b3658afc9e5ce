// A generated account far bigger than the sample ones, for the timing test: 50 buying centers (10
// top-level, 40 nested under them), 300 members over 120 contacts in three reporting levels, 20
// solutions and an opportunity map with a cell for every buying center × solution. Everything
// goes into the test org through composite/tree, as `sf data import tree` would load it.
import { insertTree, type OrgEndpoint, type TreeRecord } from './orgApi';

export interface LargeAccountShape {
    readonly buyingCenters: number;
    readonly topLevelCenters: number;
    readonly members: number;
    readonly solutions: number;
    readonly executives: number;
    readonly managers: number;
    readonly staff: number;
}

export const LARGE_ACCOUNT: LargeAccountShape = {
    buyingCenters: 50,
    topLevelCenters: 10,
    members: 300,
    solutions: 20,
    executives: 10,
    managers: 30,
    staff: 80
};

export interface LargeAccount {
    readonly accountId: string;
    readonly name: string;
    readonly counts: Record<string, number>;
}

const ROLES = ['Decision Maker', 'Approver', 'Evaluator', 'Influencer', 'User', 'Coach'];
const INFLUENCES = ['High', 'Medium', 'Low'];
const SUPPORTS = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'];
const COVERAGES = ['No Contact', 'Brief', 'Multiple', 'In Depth'];
const RELATIONSHIPS = ['Vendor', 'Credible Source', 'Problem Solver', 'Trusted Advisor'];
const CELL_STATUSES = ['Current', 'Potential', 'Competitor', 'Not a Fit', 'Blocked'];

function pick<T>(values: readonly T[], index: number): T {
    return values[index % values.length]!;
}

function pad(value: number): string {
    return String(value).padStart(3, '0');
}

function tree(type: string, referenceId: string, fields: Record<string, unknown>): TreeRecord {
    return { attributes: { type, referenceId }, ...fields };
}

function required(ids: Map<string, string>, ref: string): string {
    const id = ids.get(ref);
    if (id === undefined) {
        throw new Error(`composite/tree returned no id for ${ref}`);
    }
    return id;
}

export async function insertLargeAccount(
    org: OrgEndpoint,
    name = 'Atlas Scale Test Holdings',
    shape: LargeAccountShape = LARGE_ACCOUNT
): Promise<LargeAccount> {
    const accountIds = await insertTree(org, 'Account', [
        tree('Account', 'Account', {
            Name: name,
            Industry: 'Financial Services',
            AnnualRevenue: 90_000_000_000,
            NumberOfEmployees: 250_000
        })
    ]);
    const accountId = required(accountIds, 'Account');

    // Contacts in three levels, each level pointing at the one before (ReportsToId).
    const contact = (ref: string, index: number, title: string, managerId?: string) =>
        tree('Contact', ref, {
            FirstName: `Person${pad(index)}`,
            LastName: `Scale`,
            Title: title,
            Email: `person${pad(index)}@scale.example`,
            AccountId: accountId,
            ...(managerId === undefined ? {} : { ReportsToId: managerId })
        });
    const contactIds: string[] = [];
    const executives = await insertTree(
        org,
        'Contact',
        Array.from({ length: shape.executives }, (_, i) =>
            contact(`Exec${i}`, i, 'Executive Vice President')
        )
    );
    const executiveIds = [...executives.values()];
    contactIds.push(...executiveIds);
    const managers = await insertTree(
        org,
        'Contact',
        Array.from({ length: shape.managers }, (_, i) =>
            contact(`Mgr${i}`, shape.executives + i, 'Head of Division', pick(executiveIds, i))
        )
    );
    const managerIds = [...managers.values()];
    contactIds.push(...managerIds);
    const staff = await insertTree(
        org,
        'Contact',
        Array.from({ length: shape.staff }, (_, i) =>
            contact(
                `Staff${i}`,
                shape.executives + shape.managers + i,
                'Director',
                pick(managerIds, i)
            )
        )
    );
    contactIds.push(...staff.values());

    const solutionIds = [
        ...(
            await insertTree(
                org,
                'Solution__c',
                Array.from({ length: shape.solutions }, (_, i) =>
                    tree('Solution__c', `Solution${i}`, {
                        Name: `Scale Solution ${pad(i + 1)}`,
                        Family__c: 'Data',
                        Active__c: true,
                        Sort_Order__c: 1000 + i
                    })
                )
            )
        ).values()
    ];

    const center = (ref: string, index: number, parentId?: string) =>
        tree('Buying_Center__c', ref, {
            Name: `Division ${pad(index + 1)}`,
            Account__c: accountId,
            Wallet_Size__c: 1_000_000 + index * 50_000,
            Wallet_Share__c: (index * 7) % 60,
            Sales_Goal__c: 250_000 + index * 10_000,
            Key_Initiatives__c: `Initiative ${index + 1}: consolidate platforms.`,
            Relationship_Status__c: pick(RELATIONSHIPS, index),
            Desired_Relationship_Status__c: 'Trusted Advisor',
            Growth_Trend__c: pick(['Growing', 'Stable', 'Declining'], index),
            Competitive_Environment__c: 'Two incumbents.',
            ...(parentId === undefined ? {} : { Parent_Buying_Center__c: parentId })
        });
    const topIds = [
        ...(
            await insertTree(
                org,
                'Buying_Center__c',
                Array.from({ length: shape.topLevelCenters }, (_, i) => center(`Top${i}`, i))
            )
        ).values()
    ];
    const nestedIds = [
        ...(
            await insertTree(
                org,
                'Buying_Center__c',
                Array.from({ length: shape.buyingCenters - shape.topLevelCenters }, (_, i) =>
                    center(`Nested${i}`, shape.topLevelCenters + i, pick(topIds, i))
                )
            )
        ).values()
    ];
    const centerIds = [...topIds, ...nestedIds];

    // Members spread evenly; consecutive contacts per center, so no contact is in a center twice.
    const perCenter = Math.ceil(shape.members / centerIds.length);
    const members: TreeRecord[] = [];
    for (let i = 0; i < shape.members; i++) {
        const centerIndex = Math.floor(i / perCenter);
        members.push(
            tree('Buying_Center_Member__c', `Member${i}`, {
                Buying_Center__c: centerIds[centerIndex],
                Contact__c: pick(contactIds, centerIndex * perCenter + (i % perCenter)),
                Buying_Role__c: pick(ROLES, i),
                Influence__c: pick(INFLUENCES, i),
                Support__c: pick(SUPPORTS, i),
                Coverage__c: pick(COVERAGES, i),
                Decision_Orientation__c: 'Business'
            })
        );
    }
    await insertTree(org, 'Buying_Center_Member__c', members);

    const mapIds = await insertTree(org, 'Opportunity_Map__c', [
        tree('Opportunity_Map__c', 'Map', {
            Name: `${name} FY2027`,
            Account__c: accountId,
            Period_Start__c: '2027-01-01',
            Period_End__c: '2027-12-31',
            Status__c: 'Active'
        })
    ]);
    const mapId = required(mapIds, 'Map');
    const cells: TreeRecord[] = [];
    centerIds.forEach((centerId, row) =>
        solutionIds.forEach((solutionId, column) => {
            const status = pick(CELL_STATUSES, row + column);
            cells.push(
                tree('Opportunity_Map_Cell__c', `Cell${row}x${column}`, {
                    Opportunity_Map__c: mapId,
                    Buying_Center__c: centerId,
                    Solution__c: solutionId,
                    Status__c: status,
                    ...(status === 'Current' ? { Current_Value__c: 100_000 + row * 1000 } : {}),
                    ...(status === 'Potential'
                        ? { Potential_Value__c: 200_000 + column * 1000 }
                        : {}),
                    ...(status === 'Competitor' ? { Competitor__c: 'Orbis Software' } : {}),
                    ...(status === 'Blocked'
                        ? { Blocked_Reason__c: 'Group-wide vendor freeze.' }
                        : {})
                })
            );
        })
    );
    await insertTree(org, 'Opportunity_Map_Cell__c', cells);

    return {
        accountId,
        name,
        counts: {
            contacts: contactIds.length,
            buyingCenters: centerIds.length,
            members: members.length,
            solutions: solutionIds.length,
            cells: cells.length
        }
    };
}
