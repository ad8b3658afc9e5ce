// Turns the scoring core's result and the deal's records into what the Deal Score panel's parts
// show: no scoring here, only wording (custom labels) and arrangement.
import type { EvidenceState, ScoreBand } from 'c/atlasModel';
import type { DealScore, DetailStatus } from 'c/dealScoring';
import { evidenceTextHidden, formatLabel } from 'c/atlasData';
import type { DealScoreData } from 'c/atlasData';
import type { DealScoreSnapshotRecord } from 'c/atlasModel';
import type { FactorView } from 'c/dealScoreFactors';
import type { RiskView } from 'c/dealRisks';
import type { NextActionView } from 'c/dealNextActions';
import type { GateBlocker, GateStatus } from 'c/stageGate';
import { waivedBlockers } from './waiverView';
import type { TrendPoint } from 'c/dealScoreTrend';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { localeStyle, renderMessage } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { DEAL_MESSAGE_TEXTS } from './dealMessageTexts';

/** The scoring core's messages in the user's words: custom labels, the user's locale. */
const MESSAGE_STYLE = localeStyle(DEAL_MESSAGE_TEXTS, LOCALE);

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

/** Points with at most one decimal, as the scoring core shows them (they add up as shown), in the
 * user's locale: 74.5 or 74,5. */
function points(value: number): string {
    const tenths = Math.round(value * 10);
    return MESSAGE_STYLE.decimal(tenths / 10, tenths % 10 === 0 ? 0 : 1);
}

export const words = (message: Message): string => renderMessage(message, MESSAGE_STYLE);

/** The factors' points in all and the score they round to: the sum a reader can check. */
export function totalText(result: DealScore): string {
    return formatLabel(
        LABELS.factorsTotal,
        points(result.points.earned),
        points(result.points.possible),
        String(result.score)
    );
}

export function factorViews(result: DealScore): FactorView[] {
    return result.factors.map((factor) => ({
        key: factor.key,
        label: words(factor.label),
        pointsText: formatLabel(
            LABELS.factorPoints,
            points(factor.earned),
            points(factor.possible)
        ),
        percent: factor.possible > 0 ? Math.round((100 * factor.earned) / factor.possible) : 0,
        reason: words(factor.reason),
        details: factor.details.map((detail, index) => ({
            key: `${detail.key}-${index}`,
            text: words(detail.text),
            statusLabel: STATUS_LABELS[detail.status] ?? detail.status,
            pointsText: formatLabel(
                LABELS.detailPoints,
                points(detail.earned),
                points(detail.possible)
            )
        }))
    }));
}

/** The question a risk or action is about, to name it on its link. */
function questionOf(deal: DealScoreData, criterionId: string | null | undefined): string {
    return deal.criteria.find((criterion) => criterion.Id === criterionId)?.Question__c ?? '';
}

/** The risks, each about a criterion linking to it when the checklist shows that criterion. */
export function riskViews(
    result: DealScore,
    deal: DealScoreData,
    shownCriteria: ReadonlySet<string>
): RiskView[] {
    return result.risks.map((risk, index) => {
        const criterionId =
            risk.criterionId && shownCriteria.has(risk.criterionId) ? risk.criterionId : null;
        return {
            key: `${risk.code}-${index}`,
            severity: risk.severity,
            message: words(risk.message),
            criterionId,
            linkLabel: criterionId
                ? formatLabel(LABELS.goToCriterionNamed, questionOf(deal, criterionId))
                : ''
        };
    });
}

/** The actions, each pointing at its criterion when the checklist shows that criterion. */
export function actionViews(
    result: DealScore,
    deal: DealScoreData,
    shownCriteria: ReadonlySet<string>
): NextActionView[] {
    return result.nextActions.map((action, index) => {
        const criterionId =
            action.criterionId && shownCriteria.has(action.criterionId) ? action.criterionId : null;
        return {
            key: `${action.code}-${action.criterionId ?? action.memberId ?? index}`,
            message: words(action.message),
            gainText:
                action.gain === 1
                    ? LABELS.actionGainOne
                    : formatLabel(LABELS.actionGain, points(action.gain)),
            criterionId,
            linkLabel: criterionId
                ? formatLabel(LABELS.goToCriterionNamed, questionOf(deal, criterionId))
                : ''
        };
    });
}

export interface GateView {
    status: GateStatus;
    currentStageLabel: string;
    nextStageLabel: string;
    blocking: GateBlocker[];
    /** Required criteria a manager waived, each with the waiver in words. */
    waived: GateBlocker[];
}

export function gateView(result: DealScore, deal: DealScoreData): GateView {
    const gate = result.stageGate;
    const describe = (stage: string, question: string, state: string): string =>
        formatLabel(
            LABELS.gateBlocker,
            stage ? stageLabel(deal, stage) : LABELS.sectionQualification,
            question,
            STATE_LABELS[state as keyof typeof STATE_LABELS] ?? state
        );
    let status: GateStatus = 'unknown';
    // At the last open stage there is no next stage to move to: leaving it means closing the deal.
    const lastOpenStage = !gate.nextStage;
    if (result.closed) {
        status = 'closed';
    } else if (gate.blocking.length > 0) {
        status = lastOpenStage ? 'close-blocked' : 'blocked';
    } else if (gate.canAdvance && !lastOpenStage) {
        status = 'ready';
    } else if (gate.currentStage && deal.stageOrder.includes(gate.currentStage)) {
        status = 'last';
    }
    return {
        status,
        currentStageLabel: stageLabel(deal, gate.currentStage ?? deal.opportunity?.StageName),
        nextStageLabel: stageLabel(deal, gate.nextStage),
        // Each blocker names its own stage: an earlier stage's criterion blocks this gate too.
        blocking: gate.blocking.map((blocker) => ({
            criterionId: blocker.criterionId,
            text: describe(blocker.stage, blocker.question, blocker.state)
        })),
        waived: waivedBlockers(result, deal.evidence, (_id, stage, question, state) =>
            describe(stage, question, state)
        )
    };
}

/**
 * The snapshots the trend draws: a closed deal's only up to its close, ending with its final
 * judgement (the snapshot taken in its closed stage as it closed, which may be dated after a close
 * date the user set in the past).
 */
function trendSnapshots(deal: DealScoreData): DealScoreSnapshotRecord[] {
    const opportunity = deal.opportunity;
    const closed = opportunity?.IsClosed === true;
    const closeDate = closed ? opportunity.CloseDate : null;
    return deal.snapshots.filter(
        (snapshot) =>
            typeof snapshot.Score__c === 'number' &&
            (!closed ||
                snapshot.Stage__c === opportunity.StageName ||
                !closeDate ||
                String(snapshot.Taken_At__c ?? '').slice(0, 10) <= closeDate)
    );
}

export function trendPoints(deal: DealScoreData): TrendPoint[] {
    return trendSnapshots(deal).map((snapshot, index) => ({
        key: snapshot.Id ?? `snapshot-${index}`,
        takenAt: snapshot.Taken_At__c ?? '',
        score: snapshot.Score__c ?? 0,
        stageLabel: stageLabel(deal, snapshot.Stage__c),
        bandLabel: bandLabel(snapshot.Band__c)
    }));
}

export interface Headline {
    score: number;
    band: ScoreBand;
    note: string | null;
}

/** Why a closed deal closed, in words: the stage, and for a loss the reason and who won. */
function closedNote(deal: DealScoreData): string {
    const opportunity = deal.opportunity;
    const stage = stageLabel(deal, opportunity?.StageName);
    const reason = opportunity?.IsWon === true ? null : (opportunity?.Loss_Reason__c ?? null);
    if (!reason) {
        return formatLabel(LABELS.closedNote, stage);
    }
    const competitor = opportunity?.Competitor_Won__c;
    return formatLabel(
        competitor ? LABELS.closedNoteCompetitor : LABELS.closedNoteLost,
        stage,
        deal.lossReasonLabels[reason] ?? reason,
        competitor
    );
}

/**
 * The score at the top. A closed deal's is the one stored as it closed (its last snapshot up to
 * the close, else the opportunity's stored score), so today's criteria never re-judge it and the
 * headline agrees with the trend; the scoring core's only when nothing was stored.
 */
export function headlineOf(result: DealScore, deal: DealScoreData): Headline {
    if (!result.closed) {
        return {
            score: result.score,
            band: result.band,
            note: result.note === null ? null : words(result.note)
        };
    }
    const last = trendSnapshots(deal).at(-1);
    const opportunity = deal.opportunity;
    const storedScore = last?.Score__c ?? opportunity?.Deal_Score__c;
    const storedBand = last ? last.Band__c : opportunity?.Deal_Score_Band__c;
    if (typeof storedScore === 'number' && storedBand) {
        return { score: storedScore, band: storedBand, note: closedNote(deal) };
    }
    // Closed elsewhere before any score was stored: say this one is worked out today.
    return {
        score: result.score,
        band: result.band,
        note: formatLabel(LABELS.closedNoteRescored, stageLabel(deal, opportunity?.StageName))
    };
}

export function contactOptions(deal: DealScoreData): { label: string; value: string }[] {
    return deal.contacts.map((contact) => ({
        label: contact.Title ? `${contact.Name} (${contact.Title})` : contact.Name,
        value: contact.Id
    }));
}

/**
 * What the user cannot see of the evidence: field-level security hides the customer's words, so the
 * Yes answers count as recorded (the score does not depend on who looks), and the panel says so.
 */
export function evidenceHiddenNote(deal: DealScoreData | undefined): string {
    if (!deal || !evidenceTextHidden(deal)) {
        return '';
    }
    const yes = deal.evidence.filter((answer) => answer.State__c === 'Yes').length;
    if (yes === 0) {
        return '';
    }
    const label =
        MESSAGE_STYLE.plural(yes) === 'one' ? LABELS.evidenceHiddenOne : LABELS.evidenceHiddenOther;
    return formatLabel(label, MESSAGE_STYLE.number(yes));
}
