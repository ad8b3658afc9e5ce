// Turns the caller's records into clean, ordered deals, the stage list, the target period and
// "as of", with a warning for everything that had to be left out or guessed. Nothing here throws.
import type { LossReason } from 'c/atlasModel';
import { DEFAULT_CLOSED_STAGES, LOSS_REASONS, dealStateOf } from 'c/atlasModel';
import type { DealStatus, PipelineConfig, PipelineWarning } from './types';
import * as say from './messages';
import { compareText, dayNumber, isFiniteNumber, isoDay, text } from './values';
import { isRecord } from 'c/atlasValues';

export interface Deal {
    id: string;
    name: string;
    status: DealStatus;
    stage: string | null;
    /** Index of the deal's stage in the sales process, or -1. */
    stageIndex: number;
    /** A usable amount (finite, not negative), or null. */
    amount: number | null;
    /** The amount as given when it was a negative number (for the integrity message). */
    negativeAmount: number | null;
    close: number | null;
    closeText: string | null;
    created: number | null;
    createdText: string | null;
    /**
     * When the deal started, for its cycle length: the earlier of its created date and its first
     * dated stage change (either alone when the other is unknown), or null. Stage history older
     * than the record means the record was loaded later than the deal began — imported, with the
     * platform setting CreatedDate on insert — so the history tells the true start.
     */
    started: number | null;
    lastActivity: number | null;
    lossReason: string | null;
    /** Who won a lost deal (Competitor_Won__c), trimmed; null when nobody is named. */
    competitorWon: string | null;
    /** Stage indexes the deal is known to have entered, ascending; null without usable history. */
    history: number[] | null;
}

export interface Period {
    start: number;
    end: number;
    days: number;
}

export interface PreparedPipeline {
    deals: Deal[];
    stages: string[];
    target: number | null;
    period: Period | null;
    /** Open deals closing on or before this day count toward their stage; null: all of them. */
    windowEnd: number | null;
    asOf: number | null;
    warnings: PipelineWarning[];
}

function own(record: Record<string, unknown>, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function describe(value: unknown): string {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
}

function prepareStages(
    order: unknown,
    config: PipelineConfig,
    warnings: PipelineWarning[]
): string[] {
    const stages: string[] = [];
    for (const stage of Array.isArray(order) ? order : []) {
        if (typeof stage !== 'string' || stage.trim() === '') {
            continue;
        }
        if (stages.includes(stage)) {
            warnings.push({ code: 'DUPLICATE_STAGE', message: say.duplicateStage(stage) });
        } else {
            stages.push(stage);
        }
    }
    if (stages.length === 0) {
        warnings.push({ code: 'NO_STAGES', message: say.noStages() });
    } else if (stages.length > config.maxStages) {
        warnings.push({
            code: 'TOO_MANY_STAGES',
            message: say.tooManyStages(stages.length, config.maxStages)
        });
    }
    return stages;
}

function prepareTarget(
    target: unknown,
    warnings: PipelineWarning[]
): { amount: number | null; period: Period | null } {
    const given = isRecord(target) ? target : {};
    const isRecordShape =
        'Target_Amount__c' in given || 'Period_Start__c' in given || 'Period_End__c' in given;
    const rawAmount = isRecordShape ? given.Target_Amount__c : given.amount;
    const rawStart = isRecordShape ? given.Period_Start__c : given.periodStart;
    const rawEnd = isRecordShape ? given.Period_End__c : given.periodEnd;
    let amount: number | null = null;
    if (isFiniteNumber(rawAmount) && rawAmount > 0) {
        amount = rawAmount;
    } else {
        warnings.push({
            code: 'NO_TARGET',
            message: say.noTarget(isFiniteNumber(rawAmount) ? rawAmount : null)
        });
    }
    const start = dayNumber(rawStart);
    const end = dayNumber(rawEnd);
    if (start !== null && end !== null && end >= start) {
        return { amount, period: { start, end, days: end - start + 1 } };
    }
    warnings.push({
        code: 'INVALID_PERIOD',
        message: say.invalidPeriod(
            start === null ? null : isoDay(start),
            end === null ? null : isoDay(end)
        )
    });
    return { amount, period: null };
}

/**
 * The closed stages, whatever they are named: the org's defaults and each stage a closed record of
 * the input carries (the platform sets IsClosed from the stage).
 */
function closedStagesOf(records: readonly unknown[]): ReadonlySet<string> {
    const closed = new Set(DEFAULT_CLOSED_STAGES);
    for (const record of records) {
        const stage = isRecord(record) && record.IsClosed === true ? text(record.StageName) : null;
        if (stage !== null) {
            closed.add(stage);
        }
    }
    return closed;
}

function historyOf(
    raw: unknown,
    name: string,
    id: string,
    stages: readonly string[],
    closedStages: ReadonlySet<string>,
    warnings: PipelineWarning[]
): number[] | null {
    if (!Array.isArray(raw)) {
        return null;
    }
    const entered = new Set<number>();
    const unknown = new Set<string>();
    for (const change of raw) {
        const stage = isRecord(change) ? text(change.StageName) : null;
        if (stage === null) {
            continue;
        }
        const index = stages.indexOf(stage);
        if (index >= 0) {
            entered.add(index);
        } else if (!closedStages.has(stage)) {
            unknown.add(stage);
        }
    }
    for (const stage of [...unknown].sort(compareText)) {
        warnings.push({
            code: 'HISTORY_UNKNOWN_STAGE',
            message: say.historyUnknownStage(name, stage),
            recordId: id
        });
    }
    return entered.size > 0 ? [...entered].sort((a, b) => a - b) : null;
}

/** The day of the earliest dated stage change (any stage, open or closed), or null. */
function firstHistoryDay(raw: unknown): number | null {
    let first: number | null = null;
    for (const change of Array.isArray(raw) ? raw : []) {
        const day = isRecord(change) && text(change.StageName) ? dayNumber(change.EnteredAt) : null;
        if (day !== null && (first === null || day < first)) {
            first = day;
        }
    }
    return first;
}

function earlierOf(a: number | null, b: number | null): number | null {
    return a === null ? b : b === null ? a : Math.min(a, b);
}

function prepareDeal(
    record: Record<string, unknown>,
    id: string,
    stages: readonly string[],
    histories: Record<string, unknown>,
    closedStages: ReadonlySet<string>,
    warnings: PipelineWarning[]
): Deal {
    const name = text(record.Name)?.trim() || id;
    const stage = text(record.StageName);
    const rawAmount = record.Amount;
    const closeText = text(record.CloseDate);
    const createdText = text(record.CreatedDate);
    const created = dayNumber(createdText);
    const rawHistory = own(histories, id);
    return {
        id,
        name,
        status: dealStateOf(record),
        stage,
        stageIndex: stage === null ? -1 : stages.indexOf(stage),
        amount: isFiniteNumber(rawAmount) && rawAmount >= 0 ? rawAmount : null,
        negativeAmount: isFiniteNumber(rawAmount) && rawAmount < 0 ? rawAmount : null,
        close: dayNumber(closeText),
        closeText: closeText?.slice(0, 10) ?? null,
        created,
        createdText: createdText?.slice(0, 10) ?? null,
        started: earlierOf(created, firstHistoryDay(rawHistory)),
        lastActivity: dayNumber(record.LastActivityDate),
        lossReason:
            record.Loss_Reason__c === null || record.Loss_Reason__c === undefined
                ? null
                : describe(record.Loss_Reason__c),
        competitorWon: text(record.Competitor_Won__c)?.trim() || null,
        history: historyOf(rawHistory, name, id, stages, closedStages, warnings)
    };
}

/** A stable text of a prepared deal, to pick one of two records sharing an Id the same way always. */
function signature(deal: Deal): string {
    return JSON.stringify(deal);
}

export function preparePipeline(input: unknown, config: PipelineConfig): PreparedPipeline {
    const warnings: PipelineWarning[] = [];
    const given = isRecord(input) ? input : {};
    const stages = prepareStages(given.stageOrder, config, warnings);
    const { amount: target, period } = prepareTarget(given.target, warnings);
    const asOf = dayNumber(given.asOf);
    if (asOf === null) {
        warnings.push({ code: 'INVALID_AS_OF', message: say.invalidAsOf(given.asOf) });
    }
    const histories = isRecord(given.stageHistories) ? given.stageHistories : {};

    const byId = new Map<string, Deal>();
    const historyWarnings = new Map<string, PipelineWarning[]>();
    const duplicates = new Set<string>();
    let invalid = 0;
    const records: readonly unknown[] = Array.isArray(given.opportunities)
        ? given.opportunities
        : [];
    const closedStages = closedStagesOf(records);
    for (const record of records) {
        const id = isRecord(record) ? text(record.Id) : null;
        if (!isRecord(record) || !id) {
            invalid += 1;
            continue;
        }
        const scratch: PipelineWarning[] = [];
        const deal = prepareDeal(record, id, stages, histories, closedStages, scratch);
        const previous = byId.get(id);
        if (previous) {
            duplicates.add(id);
        }
        if (!previous || signature(deal) < signature(previous)) {
            byId.set(id, deal);
            historyWarnings.set(id, scratch);
        }
    }
    if (invalid > 0) {
        warnings.push({ code: 'INVALID_RECORD', message: say.invalidRecords(invalid) });
    }
    const deals = [...byId.values()].sort((a, b) => compareText(a.id, b.id));
    for (const id of [...duplicates].sort(compareText)) {
        warnings.push({
            code: 'DUPLICATE_OPPORTUNITY',
            message: say.duplicateOpportunity(id),
            recordId: id
        });
    }
    for (const deal of deals) {
        warnings.push(...(historyWarnings.get(deal.id) ?? []));
    }
    for (const id of Object.keys(histories).sort(compareText)) {
        if (!byId.has(id)) {
            warnings.push({
                code: 'HISTORY_UNKNOWN_OPPORTUNITY',
                message: say.historyUnknownOpportunity(id),
                recordId: id
            });
        }
    }
    for (const deal of deals) {
        if (
            deal.status === 'lost' &&
            deal.lossReason !== null &&
            !LOSS_REASONS.includes(deal.lossReason as LossReason)
        ) {
            warnings.push({
                code: 'UNKNOWN_LOSS_REASON',
                message: say.unknownLossReason(deal.name, deal.lossReason),
                recordId: deal.id
            });
        }
    }
    return {
        deals,
        stages,
        target,
        period,
        windowEnd: period === null ? null : period.end + config.lookAheadPeriods * period.days,
        asOf,
        warnings
    };
}
