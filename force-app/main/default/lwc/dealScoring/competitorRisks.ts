// Risks of the deal's competitors: a listed competitor we cannot compete with, or cannot win against,
// yet. Each asks a coaching question rather than giving a verdict; neither moves the score by itself
// (the capped answers do, see competitorPositions.ts).
import type { Risk } from './types';
import type { PreparedDeal } from './prepare';
import { say } from './messageLabels';
import type { CompetitionQuestion } from './competitorPositions';

/** One risk per competitor we cannot win against, else cannot compete with; a closed deal has none. */
export function competitorRisks(deal: PreparedDeal): Risk[] {
    if (deal.closed) {
        return [];
    }
    const risks: Risk[] = [];
    for (const competitor of deal.competitors) {
        if (competitor.win === 'No') {
            risks.push({
                code: 'COMPETITOR_CANNOT_WIN',
                severity: 'high',
                message: say('Atlas_DSM_Risk_Competitor_Cannot_Win', competitor.name),
                competitorId: competitor.id
            });
        } else if (competitor.compete === 'No') {
            risks.push({
                code: 'COMPETITOR_CANNOT_COMPETE',
                severity: 'high',
                message: say('Atlas_DSM_Risk_Competitor_Cannot_Compete', competitor.name),
                competitorId: competitor.id
            });
        }
    }
    return risks;
}

/** The competition questions these risks already report a No on, naming the competitor. */
export function questionsReportedBy(risks: readonly Risk[]): ReadonlySet<CompetitionQuestion> {
    const reported = new Set<CompetitionQuestion>();
    for (const risk of risks) {
        if (risk.code === 'COMPETITOR_CANNOT_WIN') {
            reported.add('win');
        } else if (risk.code === 'COMPETITOR_CANNOT_COMPETE') {
            reported.add('compete');
        }
    }
    return reported;
}
