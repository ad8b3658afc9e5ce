// MEDDICC's people risks of a deal: a champion who failed a test or is not tested yet, a coach but
// nobody named champion, and no economic buyer once the deal is past its first stage. They are
// risks with words, questions for the review (c/dealCoaching) and, for the tests, a next action.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import { CHAMPION_TESTS, championTestsWith } from 'c/buyingCenterCoverage';
import type { BuyingCenterCoverage, ChampionTestKey } from 'c/buyingCenterCoverage';
import { listOf } from 'c/atlasMessages';
import type { MessageParam } from 'c/atlasMessages';
import type { Candidate } from './factor';
import type { PreparedDeal } from './prepare';
import type { Risk } from './types';
import { say } from './messageLabels';
import type { DealMessageLabel } from './messageLabels';
import { personWording } from './wording';
import { SIMULATED_PREFIX } from './applyActionChange';

const TEST_LABELS: Readonly<Record<ChampionTestKey, DealMessageLabel>> = {
    access: 'Atlas_DSM_Champion_Test_Access',
    sells: 'Atlas_DSM_Champion_Test_Sells',
    gains: 'Atlas_DSM_Champion_Test_Gains'
};

/** "access to the economic buyer and gains from our success". */
export function championTestsWording(keys: readonly ChampionTestKey[]): MessageParam {
    return listOf(keys.map((key) => say(TEST_LABELS[key])));
}

function membersOf(deal: PreparedDeal, ids: readonly string[]): BuyingCenterMemberRecord[] {
    return ids
        .map((id) => deal.members.find((member) => member.Id === id))
        .filter((member): member is BuyingCenterMemberRecord => member !== undefined);
}

export function championRisks(deal: PreparedDeal, coverage: BuyingCenterCoverage): Risk[] {
    if (coverage.memberCount === 0) {
        return []; // RELATIONSHIPS_UNKNOWN says it: nobody is mapped yet.
    }
    const risks: Risk[] = [];
    for (const member of membersOf(deal, coverage.champions.failed)) {
        risks.push({
            code: 'CHAMPION_FAILED',
            severity: 'high',
            message: say(
                'Atlas_DSM_Risk_Champion_Failed',
                personWording(member, deal.contactNames),
                championTestsWording(championTestsWith(member, 'Failed'))
            ),
            memberIds: [member.Id]
        });
    }
    for (const member of membersOf(deal, coverage.champions.untested)) {
        risks.push({
            code: 'CHAMPION_UNTESTED',
            severity: 'medium',
            message: say(
                'Atlas_DSM_Risk_Champion_Untested',
                personWording(member, deal.contactNames),
                championTestsWording(championTestsWith(member, null))
            ),
            memberIds: [member.Id]
        });
    }
    const champions =
        coverage.champions.tested.length +
        coverage.champions.untested.length +
        coverage.champions.failed.length;
    // With nobody coaching us at all, NO_COACH says it already.
    if (champions === 0 && coverage.hasCoach) {
        risks.push({
            code: 'NO_CHAMPION',
            severity: 'medium',
            message: say('Atlas_DSM_Risk_No_Champion'),
            memberIds: [...coverage.coachIds]
        });
    }
    // In the first stage the deal is still finding its people; after it, who pays must be known.
    if (coverage.economicBuyerIds.length === 0 && deal.stageIndex > 0) {
        risks.push({
            code: 'NO_ECONOMIC_BUYER',
            severity: 'high',
            message: say('Atlas_DSM_Risk_No_Economic_Buyer')
        });
    }
    return risks;
}

/**
 * Test each untested champion: the change passes their open tests (verified, as the score counts
 * them), so re-scoring measures what a tested champion adds. Failed champions get no action: a
 * failed test is not passed by asking again; the risk asks who else could champion us.
 */
export function championCandidates(
    deal: PreparedDeal,
    coverage: BuyingCenterCoverage
): Candidate[] {
    return membersOf(deal, coverage.champions.untested).map((member) => {
        const open = championTestsWith(member, null);
        const fields: Partial<BuyingCenterMemberRecord> = {};
        for (const test of CHAMPION_TESTS) {
            if (open.includes(test.key)) {
                fields[test.result] = 'Passed';
                fields[test.verifiedBy] = member[test.verifiedBy] ?? `${SIMULATED_PREFIX}verifier`;
            }
        }
        return {
            code: 'TEST_CHAMPION',
            message: say(
                'Atlas_DSM_Action_Test_Champion',
                personWording(member, deal.contactNames),
                championTestsWording(open)
            ),
            change: { kind: 'updateMember', memberId: member.Id, fields },
            memberId: member.Id
        };
    });
}
