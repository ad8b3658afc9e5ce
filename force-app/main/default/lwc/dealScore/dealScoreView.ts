// Turns the scoring core's result and the deal's records into what the Deal Score panel's parts
// show: no scoring here, only wording (custom labels) and arrangement.
import type { CriterionImportance, EvidenceState, ScoreBand } from 'c/atlasModel';
import type { DealScore, DetailStatus } from 'c/dealScoring';
import { formatLabel } from 'c/atlasData';
import type { DealScoreData, StageCriterionView } from 'c/atlasData';
import type { EvidenceItemView } from 'c/stageEvidenceItem';
import type { ChecklistSection } from 'c/stageEvidenceChecklist';
import type { FactorView } from 'c/dealScoreFactors';
import type { RiskView } from 'c/dealRisks';
import type { NextActionView } from 'c/dealNextActions';
import type { GateBlocker, GateStatus } from 'c/stageGate';
import type { TrendPoint } from 'c/dealScoreTrend';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';

const IMPORTANCE_LABELS: Record<CriterionImportance, string> = {
    'Nice to Have': LABELS.importanceNiceToHave,
    Important: LABELS.importanceImportant,
    'Very Important': LABELS.importanceVeryImportant,
    Essential: LABELS.importanceEssential
};

const STATE_LABELS: Record<EvidenceState | 'Not yet assessed', string> = {
    No: LABELS.stateNo,
    'In Progress': LABELS.stateInProgress,
    Yes: LABELS.stateYes,
    'Not yet assessed': LABELS.notAssessed
};

const STATUS_LABELS: Record<DetailStatus, string> = {
    met: LABELS.statusMet,
    'in progress': LABELS.statusInProgress,
    'not met': LABELS.statusNotMet,
    'not yet assessed': LABELS.notAssessed,
    'not configured': LABELS.statusNotConfigured,
    unknown: LABELS.statusUnknown,
    'in order': LABELS.statusInOrder,
    problem: LABELS.statusProblem,
    'not applicable': LABELS.statusNotApplicable
};

const BAND_LABELS: Record<ScoreBand, string> = {
    'At Risk': LABELS.bandAtRisk,
    Watch: LABELS.bandWatch,
    Healthy: LABELS.bandHealthy
};

export function bandLabel(band: string | null | undefined): string {
    return band ? (BAND_LABELS[band as ScoreBand] ?? band) : '';
}

export function stageLabel(deal: DealScoreData, stage: string | null | undefined): string {
    return stage ? (deal.stageLabels[stage] ?? stage) : '';
}

/** Points with at most one decimal, as the scoring core rounds them. */
const points = (value: number): string => String(Math.round(value * 10) / 10);

export function factorViews(result: DealScore): FactorView[] {
    return result.factors.map((factor) => ({
        key: factor.key,
        label: factor.label,
        pointsText: formatLabel(
            LABELS.factorPoints,
            points(factor.earned),
            points(factor.possible)
        ),
        percent: factor.possible > 0 ? Math.round((100 * factor.earned) / factor.possible) : 0,
        reason: factor.reason,
        details: factor.details.map((detail, index) => ({
            key: `${detail.key}-${index}`,
            text: detail.text,
            statusLabel: STATUS_LABELS[detail.status] ?? detail.status,
            pointsText: formatLabel(
                LABELS.detailPoints,
                points(detail.earned),
                points(detail.possible)
            )
        }))
    }));
}

export function riskViews(result: DealScore): RiskView[] {
    return result.risks.map((risk, index) => ({
        key: `${risk.code}-${index}`,
        severity: risk.severity,
        message: risk.message
    }));
}

/** The actions, each pointing at its criterion when the checklist shows that criterion. */
export function actionViews(
    result: DealScore,
    shownCriteria: ReadonlySet<string>
): NextActionView[] {
    return result.nextActions.map((action, index) => ({
        key: `${action.code}-${action.criterionId ?? action.memberId ?? index}`,
        message: action.message,
        gainText:
            action.gain === 1
                ? LABELS.actionGainOne
                : formatLabel(LABELS.actionGain, points(action.gain)),
        criterionId:
            action.criterionId && shownCriteria.has(action.criterionId) ? action.criterionId : null
    }));
}

export interface GateView {
    status: GateStatus;
    currentStageLabel: string;
    nextStageLabel: string;
    blocking: GateBlocker[];
}

export function gateView(result: DealScore, deal: DealScoreData): GateView {
    const gate = result.stageGate;
    let status: GateStatus = 'unknown';
    if (result.closed) {
        status = 'closed';
    } else if (gate.blocking.length > 0) {
        status = 'blocked';
    } else if (gate.canAdvance) {
        status = 'ready';
    } else if (gate.currentStage && deal.stageOrder.includes(gate.currentStage)) {
        status = 'last';
    }
    return {
        status,
        currentStageLabel: stageLabel(deal, gate.currentStage ?? deal.opportunity?.StageName),
        nextStageLabel: stageLabel(deal, gate.nextStage),
        blocking: gate.blocking.map((blocker) => ({
            criterionId: blocker.criterionId,
            question: blocker.question,
            stateLabel: STATE_LABELS[blocker.state] ?? blocker.state
        }))
    };
}

const bySortOrder = (a: StageCriterionView, b: StageCriterionView): number =>
    (a.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) - (b.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) ||
    a.Question__c.localeCompare(b.Question__c);

function itemOf(deal: DealScoreData, criterion: StageCriterionView): EvidenceItemView {
    const evidence = deal.evidence.find((record) => record.Stage_Criterion__c === criterion.Id);
    return {
        criterionId: criterion.Id,
        evidenceId: evidence?.Id ?? null,
        question: criterion.Question__c,
        guidance: criterion.Guidance__c ?? null,
        importanceLabel:
            IMPORTANCE_LABELS[criterion.Importance__c ?? 'Important'] ?? LABELS.importanceImportant,
        required: criterion.Required__c === true,
        state: evidence?.State__c ?? null,
        evidence: evidence?.Evidence__c ?? null,
        verifiedById: evidence?.Verified_By__c ?? null,
        verifiedByName: evidence?.verifiedByName ?? null,
        verifiedOn: evidence?.Verified_On__c ?? null,
        locked: evidence ? !deal.access.canEditEvidence : !deal.access.canRecordEvidence
    };
}

function criteriaOf(deal: DealScoreData, stage: string | null): EvidenceItemView[] {
    return deal.criteria
        .filter((criterion) => criterion.Active__c !== false)
        .filter((criterion) => (stage ? criterion.Stage__c === stage : !criterion.Stage__c))
        .sort(bySortOrder)
        .map((criterion) => itemOf(deal, criterion));
}

/** The current stage's criteria, the next stage's, and the qualification questions. */
export function checklistSections(result: DealScore, deal: DealScoreData): ChecklistSection[] {
    const current = deal.opportunity?.StageName ?? null;
    const sections: ChecklistSection[] = [];
    if (current && deal.stageOrder.includes(current)) {
        sections.push({
            key: 'current',
            heading: formatLabel(LABELS.sectionCurrent, stageLabel(deal, current)),
            items: criteriaOf(deal, current)
        });
    }
    const next = result.stageGate.nextStage;
    if (next && !result.closed) {
        sections.push({
            key: 'next',
            heading: formatLabel(LABELS.sectionNext, stageLabel(deal, next)),
            items: criteriaOf(deal, next)
        });
    }
    sections.push({
        key: 'qualification',
        heading: LABELS.sectionQualification,
        items: criteriaOf(deal, null)
    });
    return sections;
}

export function trendPoints(deal: DealScoreData): TrendPoint[] {
    return deal.snapshots
        .filter((snapshot) => typeof snapshot.Score__c === 'number')
        .map((snapshot, index) => ({
            key: snapshot.Id ?? `snapshot-${index}`,
            takenAt: snapshot.Taken_At__c ?? '',
            score: snapshot.Score__c ?? 0,
            stageLabel: stageLabel(deal, snapshot.Stage__c),
            bandLabel: bandLabel(snapshot.Band__c)
        }));
}

export function contactOptions(deal: DealScoreData): { label: string; value: string }[] {
    return deal.contacts.map((contact) => ({
        label: contact.Title ? `${contact.Name} (${contact.Title})` : contact.Name,
        value: contact.Id
    }));
}
