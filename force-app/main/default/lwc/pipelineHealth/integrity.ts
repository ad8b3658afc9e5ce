// Integrity of data, the first factor of pipeline health: each deal whose data cannot be trusted,
// with the opportunity id so a panel can link to the fix, and a sentence saying what to do.
import type { IntegrityCode, IntegrityIssue, PipelineConfig } from './types';
import type { Deal } from './prepare';
import type { Message } from 'c/atlasMessages';
import * as say from './messages';
import { isoDay } from './values';

const CODE_ORDER: readonly IntegrityCode[] = [
    'UNKNOWN_STAGE',
    'NO_CLOSE_DATE',
    'CLOSE_DATE_PAST',
    'NO_AMOUNT',
    'NEGATIVE_AMOUNT',
    'STALE',
    'CLOSED_BEFORE_CREATED'
];

function issuesOf(
    deal: Deal,
    asOf: number | null,
    config: PipelineConfig
): [IntegrityCode, Message][] {
    const issues: [IntegrityCode, Message][] = [];
    const open = deal.status === 'open';
    if (open && deal.stageIndex < 0) {
        issues.push(['UNKNOWN_STAGE', say.unknownStage(deal.name, deal.stage)]);
    }
    const close = deal.close;
    const closeDatePast = open && asOf !== null && close !== null && close < asOf;
    if (close === null) {
        issues.push(['NO_CLOSE_DATE', say.noCloseDate(deal.name)]);
    } else if (closeDatePast) {
        issues.push(['CLOSE_DATE_PAST', say.closeDatePast(deal.name, isoDay(close))]);
    }
    if (deal.negativeAmount !== null) {
        issues.push(['NEGATIVE_AMOUNT', say.negativeAmount(deal.name, deal.negativeAmount)]);
    } else if (deal.amount === null || deal.amount === 0) {
        issues.push(['NO_AMOUNT', say.noAmount(deal.name, open)]);
    }
    if (open && asOf !== null) {
        const since = deal.lastActivity ?? deal.created;
        if (since !== null && asOf - since > config.staleActivityDays) {
            issues.push([
                'STALE',
                say.stale(
                    deal.name,
                    asOf - since,
                    deal.lastActivity !== null ? 'activity' : 'created'
                )
            ]);
        }
    }
    // A closed deal that closed before it was created is history loaded later (an import or a
    // migration): its created date is the platform's and nobody can fix it, so it is no "data to
    // fix"; the cycle length already says those deals are left out. An open deal whose past close
    // date comes before its creation needs one fix, the close date, and is listed for that.
    if (open && !closeDatePast && deal.created !== null && close !== null && close < deal.created) {
        issues.push([
            'CLOSED_BEFORE_CREATED',
            say.closedBeforeCreated(deal.name, isoDay(close), isoDay(deal.created))
        ]);
    }
    return issues;
}

/** Integrity issues of every deal, by opportunity id and then by how basic the problem is. */
export function findIntegrityIssues(
    deals: readonly Deal[],
    asOf: number | null,
    config: PipelineConfig
): IntegrityIssue[] {
    const issues: IntegrityIssue[] = [];
    for (const deal of deals) {
        const found = issuesOf(deal, asOf, config).sort(
            (a, b) => CODE_ORDER.indexOf(a[0]) - CODE_ORDER.indexOf(b[0])
        );
        for (const [code, message] of found) {
            issues.push({
                opportunityId: deal.id,
                opportunityName: deal.name,
                dealStatus: deal.status,
                code,
                message
            });
        }
    }
    return issues;
}
