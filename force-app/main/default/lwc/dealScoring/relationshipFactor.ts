// Relationships, from the buying-center coverage of the people involved: a supportive decision maker
// we engage, a coach, no influential opposition left unaddressed, more than one thread.
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { DealScoringConfig, Factor, FactorDetail, Risk } from './types';
import type { PreparedDeal } from './prepare';
import type { RelationshipPeople } from './relationshipMessages';
import {
    coachLine,
    deciderLine,
    oppositionLine,
    relationshipsReason,
    relationshipsUnknown,
    relationshipsUnknownRisk,
    threadsLine
} from './relationshipMessages';
import { defineFactor, unknownCreditOf, weightOf } from './factor';
import { relationshipCandidates } from './relationshipActions';
import type { Message, MessageParam } from 'c/atlasMessages';
import { listOf } from 'c/atlasMessages';
import { say } from './messageLabels';
import { personWording } from './wording';
import { championCandidates, championRisks } from './championRisks';

/** The factor's name: "Relationships". */
const factorName = (): Message => say('Atlas_DSM_Factor_Relationships');

// Shares of the relationship points. The economic buyer's support weighs most (MEDDICC's E, Miller
// Heiman's economic buying influence); a tested champion next (MEDDICC's C: access to the economic
// buyer, sells for us, gains from our success); then no unaddressed influential enemy, and more than
// one thread (a deal that hangs on one person dies with their departure). Knowing who decides, even
// unconvinced, earns a little of the decider's share; a coach, or a champion not (yet) tested, earns
// two thirds of the champion's: "a champion without power and influence is just a coach".
export const RELATIONSHIP_SHARES = Object.freeze({
    supportiveDecider: 0.4,
    knownDecider: 0.16,
    coach: 0.24,
    coachNotChampion: 0.16,
    noUnaddressedOpposition: 0.2,
    multiThreaded: 0.16
});

/**
 * The last coverage worked out, with the prepared people it was worked out from. Next actions
 * re-score copies of a deal that share its prepared members and names when an action leaves the
 * people alone (evidence, the opportunity's fields: prepare.ts's preparation), and the coverage
 * reads nothing else; prepared lists are never edited, so the same lists give the same coverage.
 */
let lastCoverage: {
    members: PreparedDeal['members'];
    contactNames: PreparedDeal['contactNames'];
    buyingCenterName: PreparedDeal['buyingCenterName'];
    coverage: BuyingCenterCoverage;
} | null = null;

export function coverageOf(deal: PreparedDeal): BuyingCenterCoverage {
    const { members, contactNames, buyingCenterName } = deal;
    const memo = lastCoverage;
    if (
        memo !== null &&
        memo.members === members &&
        memo.contactNames === contactNames &&
        memo.buyingCenterName === buyingCenterName
    ) {
        return memo.coverage;
    }
    const coverage = assessBuyingCenterCoverage(members, { buyingCenterName, contactNames });
    lastCoverage = { members, contactNames, buyingCenterName, coverage };
    return coverage;
}

/** The people with these ids, by name where known (a handful of ids among a handful of members). */
function namesOf(ids: readonly string[], deal: PreparedDeal): MessageParam[] {
    const names: MessageParam[] = [];
    for (const id of ids) {
        const member = deal.members.find((m) => m.Id === id);
        if (member) {
            names.push(personWording(member, deal.contactNames));
        }
    }
    return names;
}

/** The coach line: a tested champion by name, else who coaches us and that no champion is tested. */
function coachingLine(
    coverage: BuyingCenterCoverage,
    people: RelationshipPeople,
    deal: PreparedDeal
): Message {
    if (coverage.champions.tested.length > 0) {
        return say(
            'Atlas_DSM_Line_Champion_Tested',
            listOf(namesOf(coverage.champions.tested, deal))
        );
    }
    return coverage.hasCoach
        ? say('Atlas_DSM_Line_Coach_Untested', listOf(people.coaches))
        : coachLine(people);
}

/** One line of the factor: in order earns its points (the decider line may earn a part). */
function detail(
    key: string,
    ok: boolean,
    text: Message,
    possible: number,
    earned = ok ? possible : 0
): FactorDetail {
    return {
        key,
        status: ok ? 'in order' : 'problem',
        text,
        earned,
        possible
    };
}

/** A tested champion earns the coach share; a coach or an untested or failed champion a part. */
function coachShare(coverage: BuyingCenterCoverage): number {
    if (coverage.champions.tested.length > 0) {
        return RELATIONSHIP_SHARES.coach;
    }
    return coverage.hasCoach ? RELATIONSHIP_SHARES.coachNotChampion : 0;
}

function deciderShare(coverage: BuyingCenterCoverage): number {
    if (coverage.supportiveDecisionMakerEngaged) {
        return RELATIONSHIP_SHARES.supportiveDecider;
    }
    return coverage.hasDecisionMaker ? RELATIONSHIP_SHARES.knownDecider : 0;
}

/** The points of a factor worth `points` that the coverage earns (the factor, and re-scoring). */
export function relationshipPoints(
    points: number,
    coverage: BuyingCenterCoverage,
    config: DealScoringConfig
): number {
    if (coverage.memberCount === 0) {
        // Nobody mapped: unknown, not bad (a setting, at most the no-opposition share: below).
        return points * unknownCreditOf(config, 'relationships');
    }
    const share = RELATIONSHIP_SHARES;
    return (
        points *
        (deciderShare(coverage) +
            coachShare(coverage) +
            (coverage.unaddressedOpposition.length === 0 ? share.noUnaddressedOpposition : 0) +
            (coverage.engagedMemberCount >= 2 ? share.multiThreaded : 0))
    );
}

function relationshipFactor(
    deal: PreparedDeal,
    config: DealScoringConfig,
    coverage: BuyingCenterCoverage
): { factor: Factor; risks: Risk[] } {
    const points = weightOf(config, 'relationships');
    const earned = relationshipPoints(points, coverage, config);
    if (coverage.memberCount === 0) {
        return {
            factor: {
                key: 'relationships',
                label: factorName(),
                earned,
                possible: points,
                reason: relationshipsUnknown(),
                details: [
                    {
                        key: 'RELATIONSHIPS_UNKNOWN',
                        status: 'unknown',
                        text: relationshipsUnknown(),
                        earned,
                        possible: points
                    }
                ]
            },
            risks: [
                {
                    code: 'RELATIONSHIPS_UNKNOWN',
                    severity: 'medium',
                    message: relationshipsUnknownRisk()
                }
            ]
        };
    }
    const people: RelationshipPeople = {
        supportiveDeciders: namesOf(coverage.supportiveDecisionMakerIds, deal),
        deciders: namesOf(coverage.decisionMakerIds, deal),
        coaches: namesOf(coverage.coachIds, deal)
    };
    const share = RELATIONSHIP_SHARES;
    const noEnemy = coverage.unaddressedOpposition.length === 0;
    const details: FactorDetail[] = [
        detail(
            'DECISION_MAKER',
            coverage.supportiveDecisionMakerEngaged,
            deciderLine(coverage, people),
            points * share.supportiveDecider,
            points * deciderShare(coverage)
        ),
        detail(
            'COACH',
            coverage.champions.tested.length > 0,
            coachingLine(coverage, people, deal),
            points * share.coach,
            points * coachShare(coverage)
        ),
        detail(
            'OPPOSITION',
            noEnemy,
            oppositionLine(coverage.unaddressedOpposition.length, coverage.oppositionIds.length),
            points * share.noUnaddressedOpposition
        ),
        detail(
            'THREADS',
            coverage.engagedMemberCount >= 2,
            threadsLine(coverage.engagedMemberCount),
            points * share.multiThreaded
        )
    ];
    // Unknown picklist values are warnings already (prepare); the rest are coaching risks.
    const risks: Risk[] = coverage.flags
        .filter((flag) => flag.code !== 'UNKNOWN_VALUES')
        .map((flag) => ({
            code: flag.code as Risk['code'],
            severity: flag.severity,
            message: flag.message,
            ...(flag.memberIds.length > 0 ? { memberIds: flag.memberIds } : {})
        }));
    risks.push(...championRisks(deal, coverage));
    return {
        factor: {
            key: 'relationships',
            label: factorName(),
            earned,
            possible: points,
            reason: relationshipsReason(coverage, people),
            details
        },
        risks
    };
}

export const RELATIONSHIPS = defineFactor({
    key: 'relationships',
    // 25 of 100: people decide, not companies. Miller Heiman's buying influences (economic,
    // technical and user buyers, the coach) and MEDDICC's Economic buyer and Champion are two of
    // the strongest predictors of a win; an unaddressed influential enemy is how deals are "outsold".
    weight: { field: 'Relationships_Weight__c', defaultValue: 25 },
    // Nobody mapped: the share one mapped person who does not oppose us earns at least (no
    // unaddressed opposition), and no more, or mapping them would lower the score; well below what
    // one supportive, engaged decision maker earns (0.4 + 0.2), so mapping who decides always pays.
    unknownCredit: {
        field: 'Unknown_Relationships_Credit__c',
        defaultValue: RELATIONSHIP_SHARES.noUnaddressedOpposition,
        most: RELATIONSHIP_SHARES.noUnaddressedOpposition
    },
    points(deal, config) {
        return relationshipPoints(weightOf(config, 'relationships'), coverageOf(deal), config);
    },
    assess(deal, config) {
        const coverage = coverageOf(deal);
        const { factor, risks } = relationshipFactor(deal, config, coverage);
        return {
            factor,
            risks,
            actions: () => [
                ...relationshipCandidates(deal, coverage),
                ...championCandidates(deal, coverage)
            ]
        };
    }
});
