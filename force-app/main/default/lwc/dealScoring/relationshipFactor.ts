// Relationships: do we reach a supportive decision maker, is someone coaching us, is influential
// opposition addressed, and are we talking to more than one person?
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { DealScoringConfig, Factor, Risk } from './types';
import type { PreparedDeal } from './prepare';
import { RELATIONSHIPS_UNKNOWN } from './messages';

// Shares of the relationship weight. A supportive, engaged decision maker matters most; an
// identified but unconvinced one earns a little for knowing who decides.
const SHARE = {
    supportiveDecider: 0.4,
    knownDecider: 0.16,
    coach: 0.24,
    noOpposition: 0.2,
    multiThreaded: 0.16
};
// With nobody mapped the answer is unknown, not zero: a small share, below what mapping anyone
// supportive would earn, so mapping the buying center is always worth it.
const UNKNOWN_SHARE = 0.3;

export function relationshipFactor(
    deal: PreparedDeal,
    config: DealScoringConfig
): { factor: Factor; risks: Risk[] } {
    const possible = config.weights.relationships;
    if (deal.members.length === 0) {
        return {
            factor: {
                key: 'relationships',
                label: 'Relationships',
                earned: possible * UNKNOWN_SHARE,
                possible,
                reason: RELATIONSHIPS_UNKNOWN,
                details: []
            },
            risks: [
                {
                    code: 'RELATIONSHIPS_UNKNOWN',
                    severity: 'medium',
                    message: 'No buying-center members are mapped to this deal.'
                }
            ]
        };
    }
    const coverage = assessBuyingCenterCoverage(deal.members);
    let share = 0;
    const details: string[] = [];
    if (coverage.supportiveDecisionMakerEngaged) {
        share += SHARE.supportiveDecider;
        details.push('A supportive decision maker or approver is engaged.');
    } else if (coverage.hasDecisionMaker) {
        share += SHARE.knownDecider;
        details.push('A decision maker is known but not yet a supporter we engage.');
    } else {
        details.push('No decision maker identified.');
    }
    if (coverage.hasCoach) {
        share += SHARE.coach;
        details.push('Someone inside is coaching us.');
    }
    if (coverage.unaddressedOpposition.length === 0) {
        share += SHARE.noOpposition;
        details.push('No influential opposition left unaddressed.');
    }
    if (coverage.engagedMemberCount >= 2) {
        share += SHARE.multiThreaded;
        details.push(`${coverage.engagedMemberCount} people engaged: the deal is multi-threaded.`);
    }
    const risks: Risk[] = coverage.flags
        .filter((flag) => flag.severity !== 'low')
        .map((flag) => ({ code: flag.code, severity: flag.severity, message: flag.message }));
    return {
        factor: {
            key: 'relationships',
            label: 'Relationships',
            earned: possible * Math.min(1, share),
            possible,
            reason: `Relationship map is ${coverage.mapStatus.toLowerCase()} across ${coverage.memberCount} people: ${details.join(' ')}`,
            details
        },
        risks
    };
}
