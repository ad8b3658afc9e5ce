// Relationships, from the buying-center coverage of the people involved: a supportive decision maker
// we engage, a coach, no influential opposition left unaddressed, more than one thread.
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { DealScoringConfig, Factor, FactorDetail, Risk } from './types';
import type { PreparedDeal } from './prepare';
import type { RelationshipPeople } from './messages';
import {
    coachLine,
    deciderLine,
    personName,
    oppositionLine,
    relationshipsReason,
    RELATIONSHIPS_UNKNOWN,
    RELATIONSHIPS_UNKNOWN_RISK,
    threadsLine
} from './messages';

import { RELATIONSHIP_SHARES } from './config';

export function coverageOf(deal: PreparedDeal): BuyingCenterCoverage {
    return assessBuyingCenterCoverage(deal.members, {
        buyingCenterName: deal.buyingCenterName,
        contactNames: deal.contactNameRecord
    });
}

/** The people with these ids, by name where known (a handful of ids among a handful of members). */
function namesOf(ids: readonly string[], deal: PreparedDeal): string[] {
    const names: string[] = [];
    for (const id of ids) {
        const member = deal.members.find((m) => m.Id === id);
        if (member) {
            names.push(personName(member, deal.contactNames));
        }
    }
    return names;
}

/** One line of the factor: in order earns its points (the decider line may earn a part). */
function detail(
    key: string,
    ok: boolean,
    text: string,
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
        // Nobody mapped: unknown, not bad (a setting, at most the no-opposition share; config.ts).
        return points * config.unknownCredits.relationships;
    }
    const share = RELATIONSHIP_SHARES;
    return (
        points *
        (deciderShare(coverage) +
            (coverage.hasCoach ? share.coach : 0) +
            (coverage.unaddressedOpposition.length === 0 ? share.noUnaddressedOpposition : 0) +
            (coverage.engagedMemberCount >= 2 ? share.multiThreaded : 0))
    );
}

export function relationshipFactor(
    deal: PreparedDeal,
    config: DealScoringConfig,
    coverage: BuyingCenterCoverage
): { factor: Factor; risks: Risk[] } {
    const points = config.weights.relationships;
    const earned = relationshipPoints(points, coverage, config);
    if (coverage.memberCount === 0) {
        return {
            factor: {
                key: 'relationships',
                label: 'Relationships',
                earned,
                possible: points,
                reason: RELATIONSHIPS_UNKNOWN,
                details: [
                    {
                        key: 'RELATIONSHIPS_UNKNOWN',
                        status: 'unknown',
                        text: RELATIONSHIPS_UNKNOWN,
                        earned,
                        possible: points
                    }
                ]
            },
            risks: [
                {
                    code: 'RELATIONSHIPS_UNKNOWN',
                    severity: 'medium',
                    message: RELATIONSHIPS_UNKNOWN_RISK
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
        detail('COACH', coverage.hasCoach, coachLine(people), points * share.coach),
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
    return {
        factor: {
            key: 'relationships',
            label: 'Relationships',
            earned,
            possible: points,
            reason: relationshipsReason(coverage, people),
            details
        },
        risks
    };
}
