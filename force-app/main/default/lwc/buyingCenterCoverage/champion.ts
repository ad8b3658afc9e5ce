// MEDDICC's champion and economic buyer as the buying roles record them. A champion is tested on
// three questions (access to the economic buyer, sells for us inside, gains from our success), each
// recorded with the colleague who verified it and when (the member form fills both in). "A champion
// without power and influence is just a coach": only one who passed all three is more.
import type { BuyingCenterMemberRecord, ChampionTestResult, RecordId } from 'c/atlasModel';

export type ChampionTestKey = 'access' | 'sells' | 'gains';

/** tested: all three passed; failed: any test failed; untested: anything else. */
export type ChampionStatus = 'tested' | 'untested' | 'failed';

/** The tests in the order MEDDICC asks them, with the member fields that record each one. */
export const CHAMPION_TESTS: readonly {
    readonly key: ChampionTestKey;
    readonly result:
        'Champion_Access_Test__c' | 'Champion_Sells_Test__c' | 'Champion_Gains_Test__c';
    readonly verifiedBy:
        | 'Champion_Access_Verified_By__c'
        | 'Champion_Sells_Verified_By__c'
        | 'Champion_Gains_Verified_By__c';
    readonly verifiedOn:
        | 'Champion_Access_Verified_On__c'
        | 'Champion_Sells_Verified_On__c'
        | 'Champion_Gains_Verified_On__c';
}[] = [
    {
        key: 'access',
        result: 'Champion_Access_Test__c',
        verifiedBy: 'Champion_Access_Verified_By__c',
        verifiedOn: 'Champion_Access_Verified_On__c'
    },
    {
        key: 'sells',
        result: 'Champion_Sells_Test__c',
        verifiedBy: 'Champion_Sells_Verified_By__c',
        verifiedOn: 'Champion_Sells_Verified_On__c'
    },
    {
        key: 'gains',
        result: 'Champion_Gains_Test__c',
        verifiedBy: 'Champion_Gains_Verified_By__c',
        verifiedOn: 'Champion_Gains_Verified_On__c'
    }
];

export function isChampion(member: BuyingCenterMemberRecord): boolean {
    return member.Buying_Role__c === 'Champion';
}

/**
 * The economic buyer: role Economic Buyer, or Approver, its earlier name ("Approver holds the
 * budget"), which stays in orgs that recorded it (see the Buying_Role__c field's description).
 */
export function isEconomicBuyer(member: BuyingCenterMemberRecord): boolean {
    return member.Buying_Role__c === 'Economic Buyer' || member.Buying_Role__c === 'Approver';
}

/** A test's recorded result; blank, or a value this version does not know, is not tested yet. */
export function championTestResult(
    member: BuyingCenterMemberRecord,
    key: ChampionTestKey
): ChampionTestResult | null {
    const test = CHAMPION_TESTS.find((candidate) => candidate.key === key);
    const result: unknown = test ? member[test.result] : null;
    return result === 'Passed' || result === 'Failed' ? result : null;
}

/** The tests of a member with this result (null: not tested yet). */
export function championTestsWith(
    member: BuyingCenterMemberRecord,
    result: ChampionTestResult | null
): ChampionTestKey[] {
    return CHAMPION_TESTS.map((test) => test.key).filter(
        (key) => championTestResult(member, key) === result
    );
}

export function championStatus(member: BuyingCenterMemberRecord): ChampionStatus {
    if (championTestsWith(member, 'Failed').length > 0) {
        return 'failed';
    }
    return championTestsWith(member, 'Passed').length === CHAMPION_TESTS.length
        ? 'tested'
        : 'untested';
}

/** The champions among the members, by status (ids sorted). */
export function championsByStatus(
    members: readonly BuyingCenterMemberRecord[]
): Record<ChampionStatus, RecordId[]> {
    const byStatus: Record<ChampionStatus, RecordId[]> = { tested: [], untested: [], failed: [] };
    for (const member of members) {
        if (isChampion(member)) {
            byStatus[championStatus(member)].push(member.Id);
        }
    }
    for (const ids of Object.values(byStatus)) {
        ids.sort();
    }
    return byStatus;
}

/** What the member cards and the relationship map mark about one person. */
export interface ChampionMark {
    /** null: not named champion in any of their memberships. */
    champion: ChampionStatus | null;
    /** The tests a failed champion failed, in MEDDICC's order (else empty). */
    failedTests: ChampionTestKey[];
    /**
     * How far an untested champion got: the most tests one of their champion memberships passed
     * (0 to 2; the mark says "2 of 3 tests passed"). 0 when tested, failed or not a champion.
     */
    passedTests: number;
    economicBuyer: boolean;
}

/**
 * One person's mark from their memberships (a person may sit in several buying centers): a failed
 * test anywhere marks them failed, else one champion membership that passed all three marks them
 * tested, else a champion is untested. The same judgement as the deal score's (championStatus).
 */
export function championMarkOf(memberships: readonly BuyingCenterMemberRecord[]): ChampionMark {
    const champions = memberships.filter(isChampion);
    const failed = champions.find((member) => championStatus(member) === 'failed');
    let champion: ChampionStatus | null = null;
    if (failed) {
        champion = 'failed';
    } else if (champions.some((member) => championStatus(member) === 'tested')) {
        champion = 'tested';
    } else if (champions.length > 0) {
        champion = 'untested';
    }
    const passedTests =
        champion === 'untested'
            ? Math.max(...champions.map((member) => championTestsWith(member, 'Passed').length))
            : 0;
    return {
        champion,
        failedTests: failed ? championTestsWith(failed, 'Failed') : [],
        passedTests,
        economicBuyer: memberships.some(isEconomicBuyer)
    };
}
