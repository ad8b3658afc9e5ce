// What makes a set of scoring settings usable, as problems with a code and the numbers to show:
// the panels render them with custom labels, the atlas command with settingsMessages' English.
import {
    MAX_UNKNOWN_RELATIONSHIPS_CREDIT,
    SETTING_DEFINITIONS,
    WEIGHT_FIELDS,
    WEIGHTS_TOTAL
} from './settingFields';
import type { SettingField, SettingGroup } from './settingFields';

export type SettingProblemCode =
    'RANGE' | 'WEIGHTS_TOTAL' | 'BANDS_ORDER' | 'UNKNOWN_RELATIONSHIPS_CREDIT';

export interface SettingProblem {
    code: SettingProblemCode;
    /** The field the problem shows under; null for a group's problem (the weights' total). */
    field: SettingField | null;
    group: SettingGroup;
    /**
     * RANGE: [min, max]; WEIGHTS_TOTAL: [total, required total]; BANDS_ORDER: [at risk, watch];
     * UNKNOWN_RELATIONSHIPS_CREDIT: [the most it may be].
     */
    params: number[];
}

/** The values as typed or read: a number, or null when blank or not a number. */
export type SettingDraft = Partial<Record<SettingField, number | null>>;

function inRange(value: number | null | undefined, min: number, max: number): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Every problem of a set of settings, in the order the form shows the fields; none when they can
 * be used. Totals and order are only judged once each value involved is in range, so one typo
 * gives one message.
 */
export function settingProblems(values: SettingDraft): SettingProblem[] {
    const problems: SettingProblem[] = [];
    for (const { field, group, min, max } of SETTING_DEFINITIONS) {
        if (!inRange(values[field], min, max)) {
            problems.push({ code: 'RANGE', field, group, params: [min, max] });
        }
    }
    const wrong = new Set(problems.map((problem) => problem.field));
    if (!WEIGHT_FIELDS.some((field) => wrong.has(field))) {
        const total = WEIGHT_FIELDS.reduce((sum, field) => sum + (values[field] ?? 0), 0);
        if (total !== WEIGHTS_TOTAL) {
            problems.push({
                code: 'WEIGHTS_TOTAL',
                field: null,
                group: 'weights',
                params: [total, WEIGHTS_TOTAL]
            });
        }
    }
    const atRisk = values.At_Risk_Below__c ?? null;
    const watch = values.Watch_Below__c ?? null;
    if (!wrong.has('At_Risk_Below__c') && !wrong.has('Watch_Below__c')) {
        // Equal limits would leave no Watch band: a deal would jump from At Risk to Healthy.
        if (atRisk !== null && watch !== null && atRisk >= watch) {
            problems.push({
                code: 'BANDS_ORDER',
                field: 'At_Risk_Below__c',
                group: 'bands',
                params: [atRisk, watch]
            });
        }
    }
    const credit = values.Unknown_Relationships_Credit__c ?? null;
    if (
        !wrong.has('Unknown_Relationships_Credit__c') &&
        credit !== null &&
        credit > MAX_UNKNOWN_RELATIONSHIPS_CREDIT
    ) {
        // Nobody mapped would earn more than mapping one person who does not oppose us.
        problems.push({
            code: 'UNKNOWN_RELATIONSHIPS_CREDIT',
            field: 'Unknown_Relationships_Credit__c',
            group: 'unknown',
            params: [MAX_UNKNOWN_RELATIONSHIPS_CREDIT]
        });
    }
    return problems;
}

/** A typed value as a setting: a whole or decimal number, or null when blank or not a number. */
export function parseSettingInput(text: unknown): number | null {
    if (typeof text === 'number') {
        return Number.isFinite(text) ? text : null;
    }
    if (typeof text !== 'string' || text.trim() === '') {
        return null;
    }
    const value = Number(text.trim());
    return Number.isFinite(value) ? value : null;
}
