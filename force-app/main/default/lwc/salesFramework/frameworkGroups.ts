// The active framework's groups in the form scoring uses, and which group a qualification question
// belongs to: its Framework_Group__c when that group is one of them, else the group whose label is
// its Category__c (questions written before frameworks existed keep working), else none.
import type { FrameworkGroupRecord, StageCriterionRecord } from 'c/atlasModel';
import { DEFAULT_TEMPLATE } from './templates';
import type { FrameworkTemplate } from './templates';

/** A group ready to score with. */
export interface FrameworkGroup {
    /** The record's id; a template's own groups (the default) have `template:<key>:<label>`. */
    readonly id: string;
    readonly key: string;
    readonly label: string;
    readonly order: number;
    /** Multiplies the importance of each question in the group: 0 or more. */
    readonly weight: number;
    readonly question: string | null;
}

/** A group's weight as scoring reads it: blank or unusable (negative, not a number) is 1. */
export function groupWeight(value: unknown): number {
    return isCountedWeight(value) ? value : 1;
}

/** A weight the score counts as saved: a finite number of 0 or more (the group edit refuses others). */
export function isCountedWeight(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const byOrder = (a: FrameworkGroup, b: FrameworkGroup): number =>
    a.order - b.order || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);

/** A template's groups as the framework that applies while none is saved. */
export function templateGroups(template: FrameworkTemplate): FrameworkGroup[] {
    return template.groups
        .map((group) => ({
            id: `template:${template.key}:${group.label}`,
            key: group.key,
            label: group.label,
            order: group.order,
            weight: group.weight,
            question: group.question
        }))
        .sort(byOrder);
}

const DEFAULT_GROUPS: readonly FrameworkGroup[] = Object.freeze(templateGroups(DEFAULT_TEMPLATE));

/**
 * The groups to score with, in their order: the records given (the active framework's), or the
 * default template's when none are given (no framework imported or active yet).
 */
export function frameworkGroupsOf(
    records: readonly FrameworkGroupRecord[] | null | undefined
): readonly FrameworkGroup[] {
    if (!Array.isArray(records) || records.length === 0) {
        return DEFAULT_GROUPS;
    }
    const chosen = chosenFrameworkId(records);
    return records
        .filter((record) => typeof record?.Id === 'string' && typeof record.Name === 'string')
        .filter((record) => chosen === null || record.Sales_Framework__c === chosen)
        .map((record) => ({
            id: record.Id,
            key: typeof record.Key__c === 'string' ? record.Key__c : '',
            label: record.Name,
            order:
                typeof record.Order__c === 'number' && Number.isFinite(record.Order__c)
                    ? record.Order__c
                    : Number.MAX_SAFE_INTEGER,
            weight: groupWeight(record.Weight__c),
            question: typeof record.Question__c === 'string' ? record.Question__c : null
        }))
        .sort(byOrder);
}

/**
 * The one framework to score with when the records given are groups of more than one active
 * framework: the one whose Id sorts first (any fixed rule would do: Salesforce does not promise
 * that Ids sort by creation), the same on every reader, as each reads the groups of every active
 * framework. The setup page's switch never leaves two active (it deactivates the old one before it
 * activates the new: c/salesFramework's frameworkSwitch.ts),
 * but a data load or another tool can; the setup page then warns and names this one.
 */
export function chosenFrameworkId(
    records: readonly Pick<FrameworkGroupRecord, 'Sales_Framework__c'>[]
): string | null {
    let chosen: string | null = null;
    for (const record of records) {
        const id = record?.Sales_Framework__c;
        if (typeof id === 'string' && (chosen === null || id < chosen)) {
            chosen = id;
        }
    }
    return chosen;
}

/** The group a criterion belongs to among `groups`, or null. */
export function groupOfCriterion(
    criterion: Pick<StageCriterionRecord, 'Framework_Group__c' | 'Category__c'>,
    groups: readonly FrameworkGroup[]
): FrameworkGroup | null {
    const id = criterion.Framework_Group__c;
    if (id) {
        const linked = groups.find((group) => group.id === id);
        if (linked) {
            return linked;
        }
    }
    const category = criterion.Category__c;
    return category ? (groups.find((group) => group.label === category) ?? null) : null;
}

/** Keys up to this long are letters (M, D, SSO) and are shown before the label; longer ones are names. */
const LETTER_LENGTH = 3;

/** "M · Metrics" for a lettered group; the label alone for a named one (TAS's questions). */
export function groupTitle(group: Pick<FrameworkGroup, 'key' | 'label'>): string {
    return group.key && group.key.length <= LETTER_LENGTH && group.key !== group.label
        ? `${group.key} · ${group.label}`
        : group.label;
}
