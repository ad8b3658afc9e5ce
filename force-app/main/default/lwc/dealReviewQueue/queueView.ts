// What the queue shows: each open deal scored by the one scoring core, ranked by c/dealCoaching,
// and worded for the user (labels, the user's locale); the questions of the deal under review.
import { localeStyle, moneyFormatter, renderMessage } from 'c/atlasMessages';
import type { MessageStyle } from 'c/atlasMessages';
import { formatLabel, queueDealScoringInput } from 'c/atlasData';
import type { QueueDealData, ReviewQueueData } from 'c/atlasData';
import { coachingQuestions, DEFAULT_QUEUE_SETTINGS, reviewQueue } from 'c/dealCoaching';
import type { QueueDeal, QueueRow } from 'c/dealCoaching';
import { scoreDeal } from 'c/dealScoring';
import { currentTargetPeriod } from 'c/pipelineHealth';
import type { SalesTargetRecord } from 'c/atlasModel';
import type { DealScore } from 'c/dealScoring';
import { dealScoringConfigFor } from 'c/scoringSettingsText';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import type { QueueRowView } from 'c/dealReviewQueueTable';
import { COACHING_TEXTS, GAP_TEXTS, QUEUE_LABELS as LABELS } from './queueLabels';

export type { QueueRowView };

/**
 * The queue's wording for the user's locale, money in the user's currency with no cents, as the
 * Deal Score and Pipeline Health panels show it (lightning-formatted-number, format-style currency).
 */
export function queueStyle(
    texts: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
    locale: string,
    currency: string
): MessageStyle {
    const money = moneyFormatter(locale, currency);
    return { ...localeStyle(texts, locale), amount: (value) => money(Math.round(value)) };
}

export const QUEUE_STYLE: MessageStyle = queueStyle(COACHING_TEXTS, LOCALE, CURRENCY);

/** The trend's base: the latest snapshot at least this many days before today. */
const TREND_DAYS = 7;

export interface ScoredQueueDeal {
    data: QueueDealData;
    result: DealScore;
    deal: QueueDeal;
}

function earlierScoreOf(data: QueueDealData, asOf: string): QueueDeal['earlierScore'] {
    const cutoff = new Date(Date.parse(`${asOf}T00:00:00Z`) - TREND_DAYS * 86400000)
        .toISOString()
        .slice(0, 10);
    const earlier = data.snapshots
        .filter((snapshot) => typeof snapshot.Score__c === 'number' && snapshot.Taken_At__c)
        .filter((snapshot) => String(snapshot.Taken_At__c).slice(0, 10) <= cutoff)
        .pop();
    return earlier
        ? { score: earlier.Score__c as number, on: String(earlier.Taken_At__c).slice(0, 10) }
        : null;
}

/** Every open deal scored as of today, with the saved scoring settings. */
export function scoredDeals(queue: ReviewQueueData, asOf: string): ScoredQueueDeal[] {
    const config = dealScoringConfigFor(queue.settings) ?? undefined;
    return queue.deals.map((data) => {
        const result = scoreDeal(queueDealScoringInput(data, queue, asOf), config, {
            nextActions: false
        });
        const opportunity = data.opportunity;
        return {
            data,
            result,
            deal: {
                id: opportunity.Id,
                name: opportunity.Name,
                ownerId: opportunity.OwnerId ?? null,
                ownerName: data.ownerName,
                stage: opportunity.StageName ?? null,
                amount: opportunity.Amount ?? null,
                closeDate: opportunity.CloseDate ?? null,
                lastActivityDate: opportunity.LastActivityDate ?? null,
                score: result.score,
                band: result.band,
                gateBlocked: !result.stageGate.canAdvance,
                blockingCount: result.stageGate.blocking.length,
                earlierScore: earlierScoreOf(data, asOf),
                lastReview: data.lastReview,
                actions: data.actions
            }
        };
    });
}

function trendText(row: QueueRow): string {
    const earlier = row.deal.earlierScore;
    if (row.trend === null || earlier === null) {
        return LABELS.trendNone;
    }
    const signed = row.trend > 0 ? `+${row.trend}` : String(row.trend);
    return formatLabel(LABELS.trendSince, signed, QUEUE_STYLE.date(earlier.on));
}

export function rowViews(rows: readonly QueueRow[]): (QueueRowView & { talkFirst: boolean })[] {
    return rows.map((row) => ({
        key: row.deal.id,
        talkFirst: row.talkFirst,
        url: `/lightning/r/Opportunity/${row.deal.id}/view`,
        name: row.deal.name,
        openLabel: formatLabel(LABELS.openDeal, row.deal.name),
        reviewLabel: formatLabel(LABELS.reviewButton, row.deal.name),
        ownerName: row.deal.ownerName ?? '',
        score: row.deal.score,
        trendText: trendText(row),
        band: row.deal.band,
        gateText: row.deal.gateBlocked ? LABELS.gateBlocked : LABELS.gateOpen,
        closeText: row.deal.closeDate ? QUEUE_STYLE.date(row.deal.closeDate) : '',
        slipText: row.slipDays > 0 ? formatLabel(LABELS.slipped, row.slipDays) : '',
        reasons: row.reasons.map((reason) => ({
            key: reason.code,
            text: renderMessage(reason.message, QUEUE_STYLE)
        }))
    }));
}

/**
 * The ranked queue of the deals of `ownerId` (everyone's when null). "Closes this period" is the
 * period Home opens on for the same people: their target period (c/pipelineHealth's rule).
 */
export function queueRowsFor(
    deals: readonly ScoredQueueDeal[],
    ownerId: string | null,
    asOf: string,
    staleActivityDays: number | null,
    targets: readonly SalesTargetRecord[] = []
): QueueRow[] {
    const chosen = deals.filter((scored) => ownerId === null || scored.deal.ownerId === ownerId);
    const owners = ownerId === null ? chosen.map((scored) => scored.deal.ownerId) : [ownerId];
    return reviewQueue(
        chosen.map((scored) => scored.deal),
        asOf,
        {
            ...DEFAULT_QUEUE_SETTINGS,
            ...(staleActivityDays ? { staleActivityDays } : {})
        },
        currentTargetPeriod(
            targets,
            owners.filter((owner): owner is string => typeof owner === 'string' && owner !== ''),
            asOf
        )
    );
}

export interface QuestionView {
    key: string;
    text: string;
    gapText: string;
}

/** The questions for one deal, worded, each with the gap it comes from. */
export function questionViews(
    scored: ScoredQueueDeal,
    queue: ReviewQueueData,
    asOf: string
): QuestionView[] {
    return coachingQuestions({
        score: scored.result,
        criteria: queue.criteria,
        stage: scored.deal.stage,
        closeDate: scored.deal.closeDate,
        people: queue.people,
        stageQuestions: queue.coachingQuestions,
        actions: scored.data.actions,
        asOf
    }).map((question) => ({
        key: question.key,
        text:
            question.gap === 'STAGE_QUESTION'
                ? question.text
                : renderMessage(question.message, QUEUE_STYLE),
        gapText: GAP_TEXTS[question.gap]
    }));
}

/** The people who own the open deals the user can see, by name: the queue's choice of whose. */
export function ownerOptions(
    deals: readonly ScoredQueueDeal[]
): { label: string; value: string }[] {
    const owners = new Map<string, string>();
    for (const scored of deals) {
        if (scored.deal.ownerId) {
            owners.set(scored.deal.ownerId, scored.deal.ownerName ?? scored.deal.ownerId);
        }
    }
    return [
        { label: LABELS.everyone, value: '' },
        ...[...owners]
            .sort((a, b) => a[1].localeCompare(b[1]))
            .map(([value, label]) => ({ label, value }))
    ];
}
