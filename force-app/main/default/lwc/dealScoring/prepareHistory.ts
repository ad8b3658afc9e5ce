// The deal's stage history, in date order: when it entered its current stage, the last open stage it
// reached, and whether it ever moved back.
import type { DealWarning } from './types';
import { identifiedRecords } from './canonical';
import { dayNumber } from './dates';
import { compareText, text } from './values';
import {
    historyAfterAsOf,
    historyBadEntry,
    historyDisagrees,
    historyUnknownStage
} from './warningMessages';

export interface PreparedHistory {
    /** Whether any stage history was given. */
    known: boolean;
    /** The day the deal last entered its current stage, if the history says. */
    enteredCurrentDay: number | null;
    /** The furthest-on stage of the process the history shows last, or -1. */
    lastOpenStageIndex: number;
    /** The stages that were followed by an earlier stage ("from → to"). */
    backwardMoves: string[];
}

interface Entry {
    stage: string;
    day: number;
    index: number;
}

export function prepareHistory(
    value: unknown,
    stageOrder: readonly string[],
    currentStage: string | null,
    closed: boolean,
    asOfDay: number | null,
    warnings: DealWarning[]
): PreparedHistory {
    const entries: Entry[] = [];
    const raw = identifiedRecords(value, 'stage history', null, warnings, true);
    for (const change of raw) {
        const stage = text(change.StageName);
        const day = dayNumber(change.EnteredAt);
        if (!stage || day === null) {
            warnings.push({ code: 'HISTORY_BAD_ENTRY', message: historyBadEntry(stage) });
            continue;
        }
        if (asOfDay !== null && day > asOfDay) {
            warnings.push({
                code: 'HISTORY_AFTER_AS_OF',
                message: historyAfterAsOf(stage, String(change.EnteredAt))
            });
            continue;
        }
        const index = stageOrder.indexOf(stage);
        if (index < 0 && stage !== currentStage) {
            warnings.push({ code: 'HISTORY_UNKNOWN_STAGE', message: historyUnknownStage(stage) });
            continue;
        }
        entries.push({ stage, day, index });
    }
    // Same day: assume the deal moved forward, so a same-day hop is never read as a step back.
    entries.sort((a, b) => a.day - b.day || a.index - b.index || compareText(a.stage, b.stage));

    let enteredCurrentDay: number | null = null;
    let lastOpenStageIndex = -1;
    const backwardMoves: string[] = [];
    let previous: Entry | null = null;
    let previousOpen: Entry | null = null;
    for (const entry of entries) {
        if (entry.stage === currentStage && previous?.stage !== currentStage) {
            enteredCurrentDay = entry.day;
        }
        if (entry.index >= 0) {
            if (previousOpen && entry.index < previousOpen.index) {
                backwardMoves.push(`${previousOpen.stage} → ${entry.stage}`);
            }
            lastOpenStageIndex = entry.index;
            previousOpen = entry;
        }
        previous = entry;
    }
    const last = entries[entries.length - 1];
    if (!closed && last && currentStage && last.stage !== currentStage) {
        // The history is behind the record: how long the deal has been in its stage is unknown.
        warnings.push({
            code: 'HISTORY_DISAGREES',
            message: historyDisagrees(last.stage, currentStage)
        });
        enteredCurrentDay = null;
    }
    return {
        known: entries.length > 0,
        enteredCurrentDay,
        lastOpenStageIndex,
        backwardMoves
    };
}
