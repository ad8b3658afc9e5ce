// Everything the Deal Score panel shows, worked out once per score from the deal and its result:
// pure arrangement of dealScoreView / checklistView pieces, so the component only loads and saves.
import type { DealScore as DealScoreResult } from 'c/dealScoring';
import type { DealScoreData } from 'c/atlasData';
import type { FactorView } from 'c/dealScoreFactors';
import type { RiskView } from 'c/dealRisks';
import type { NextActionView } from 'c/dealNextActions';
import type { TrendPoint } from 'c/dealScoreTrend';
import {
    actionViews,
    bandLabel,
    contactOptions,
    factorViews,
    gateView,
    headlineOf,
    riskViews,
    stageLabel,
    totalText,
    trendPoints
} from './dealScoreView';
import type { GateView, Headline } from './dealScoreView';
import { checklistSections } from './checklistView';
import { overdueActionRisks, reviewSummaryView } from './reviewView';
import { planRiskViews } from './planView';
import { followUpViews, referenceViews } from './followUpView';
import type { ReviewSummaryView } from 'c/dealReviewSummary';
import { todayIso } from 'c/atlasData';
import type { ChecklistSection } from 'c/stageEvidenceChecklist';

export interface DealFactsView {
    amount: number | null;
    closeDate: string | null;
    ownerName: string | null;
    stageLabel: string;
    accountId: string | null;
    accountName: string | null;
}

export interface StoredScoreView {
    score: number | null;
    bandLabel: string;
    scoredAt: string | null;
    /** The newest snapshot: what the trend ends at, said when nothing is stored on the deal. */
    snapshotScore: number | null;
    snapshotBandLabel: string;
    snapshotTakenAt: string | null;
    liveBandLabel: string;
}

export interface DealPanelView {
    headline: Headline;
    facts: DealFactsView;
    factors: FactorView[];
    factorsTotal: string;
    stored: StoredScoreView;
    sections: ChecklistSection[];
    /** A closed deal with no evidence recorded: says so rather than showing an empty checklist. */
    closedWithoutEvidence: boolean;
    /** The scoring core's risks, an overdue agreed action's, then the mutual plan's slipping steps. */
    risks: RiskView[];
    review: ReviewSummaryView;
    /** The scored next actions, most points first, then the follow-ups and references (no points). */
    actions: NextActionView[];
    gate: GateView;
    trend: TrendPoint[];
    contacts: { label: string; value: string }[];
}

function factsOf(deal: DealScoreData): DealFactsView {
    const opportunity = deal.opportunity;
    return {
        amount: opportunity?.Amount ?? null,
        closeDate: opportunity?.CloseDate ?? null,
        ownerName: deal.ownerName ?? null,
        stageLabel: stageLabel(deal, opportunity?.StageName),
        accountId: opportunity?.AccountId ?? null,
        accountName: deal.accountName ?? null
    };
}

function storedOf(
    deal: DealScoreData,
    result: DealScoreResult,
    trend: readonly TrendPoint[]
): StoredScoreView {
    const opportunity = deal.opportunity;
    const score = opportunity?.Deal_Score__c;
    const newest = trend.at(-1);
    return {
        score: typeof score === 'number' ? score : null,
        bandLabel: bandLabel(opportunity?.Deal_Score_Band__c),
        scoredAt: opportunity?.Deal_Scored_At__c ?? null,
        snapshotScore: newest?.score ?? null,
        snapshotBandLabel: newest?.bandLabel ?? '',
        snapshotTakenAt: newest?.takenAt || null,
        liveBandLabel: bandLabel(result.band)
    };
}

export function dealPanelView(
    result: DealScoreResult,
    deal: DealScoreData,
    mayWaive = false
): DealPanelView {
    const sections = checklistSections(result, deal, mayWaive);
    const trend = trendPoints(deal);
    const asOf = todayIso();
    // Risks and actions link only to criteria the checklist shows.
    const shownCriteria = new Set(
        sections.flatMap((section) => section.items.map((item) => item.criterionId))
    );
    return {
        headline: headlineOf(result, deal),
        facts: factsOf(deal),
        factors: factorViews(result),
        factorsTotal: totalText(result),
        stored: storedOf(deal, result, trend),
        sections,
        closedWithoutEvidence: result.closed && sections.length === 0,
        risks: [
            ...riskViews(result, deal, shownCriteria),
            ...overdueActionRisks(deal, asOf),
            ...planRiskViews(deal, asOf)
        ],
        review: reviewSummaryView(deal, asOf),
        actions: [
            ...actionViews(result, deal, shownCriteria),
            ...followUpViews(deal, asOf),
            ...referenceViews(deal)
        ],
        gate: gateView(result, deal),
        trend,
        contacts: contactOptions(deal)
    };
}
