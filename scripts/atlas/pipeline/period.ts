// The period a pipeline report is for: --period START..END, else the owner's target period that
// contains today. The target is the owner's Sales_Target__c for that period; without one the report
// still shows the pipeline, and says so.
import type {
    IsoDate,
    SalesTargetRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { PipelineTarget } from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import { UsageError } from '../args';

export interface Period {
    readonly start: IsoDate;
    readonly end: IsoDate;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(text: string): boolean {
    const match = DAY.exec(text);
    if (match === null) {
        return false;
    }
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === text;
}

/** Parses "YYYY-MM-DD..YYYY-MM-DD" (both days included). */
export function parsePeriod(text: string): Period {
    const [start, end, extra] = text.split('..');
    if (start === undefined || end === undefined || extra !== undefined) {
        throw new UsageError(
            `atlas pipeline: --period takes START..END, e.g. 2026-10-01..2026-12-31 (got "${text}")`
        );
    }
    for (const day of [start, end]) {
        if (!isCalendarDay(day)) {
            throw new UsageError(
                `atlas pipeline: "${day}" in --period is not a calendar day written YYYY-MM-DD`
            );
        }
    }
    if (end < start) {
        throw new UsageError(`atlas pipeline: --period ends (${end}) before it starts (${start})`);
    }
    return { start, end };
}

export interface ChosenTarget {
    /** What the helper takes: the target record, the bare period, or null (no period at all). */
    readonly target: PipelineTarget | null;
    /** The Sales_Target__c used, when there is one. */
    readonly record: SalesTargetRecord | null;
    /** Said in the report when the target is missing. */
    readonly note: string | null;
}

export function chooseTarget(
    targets: readonly SalesTargetRecord[],
    period: Period | undefined,
    asOf: IsoDate,
    ownerName: string
): ChosenTarget {
    if (period !== undefined) {
        const record =
            targets.find(
                (target) =>
                    target.Period_Start__c === period.start && target.Period_End__c === period.end
            ) ?? null;
        if (record !== null) {
            return { target: record, record, note: null };
        }
        return {
            target: { amount: null, periodStart: period.start, periodEnd: period.end },
            record: null,
            note: `${ownerName} has no Sales_Target__c for ${period.start}..${period.end}: no value needed per stage, the rest is shown`
        };
    }
    const record =
        targets.find(
            (target) =>
                (target.Period_Start__c ?? '') <= asOf && asOf <= (target.Period_End__c ?? '')
        ) ?? null;
    if (record !== null) {
        return { target: record, record, note: null };
    }
    return {
        target: null,
        record: null,
        note: `${ownerName} has no Sales_Target__c whose period contains ${asOf}: no value needed per stage, every open deal counts (give --period START..END to pick one)`
    };
}
