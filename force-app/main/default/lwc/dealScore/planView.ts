// The mutual plan's risks on the Deal Score panel, worded like the scoring core's: a step due after
// the close date or open past its due date (c/dealScoring planStepRisks), listed with the others.
import { planStepRisks } from 'c/dealScoring';
import type { DealScoreData } from 'c/atlasData';
import type { RiskView } from 'c/dealRisks';
import { words } from './dealScoreView';

export function planRiskViews(deal: DealScoreData, asOf: string): RiskView[] {
    const opportunity = deal.opportunity;
    return planStepRisks(
        deal.planSteps,
        opportunity?.CloseDate,
        asOf,
        opportunity?.IsClosed === true
    ).map((risk, index) => ({
        key: `${risk.code}:${risk.planStepId ?? index}`,
        severity: risk.severity,
        message: words(risk.message),
        criterionId: null,
        linkLabel: ''
    }));
}
