// Importing a template and switching the active framework, as pure plans: the records an import
// creates, where the qualification questions go when a framework becomes active, the writes a
// switch makes in their order, and the two-active warning. c/atlasData runs the writes.
import type {
    FrameworkGroupRecord,
    SalesFrameworkRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { DEFAULT_TEMPLATE } from './templates';
import type { FrameworkTemplate, TemplateGroup } from './templates';
import { chosenFrameworkId } from './frameworkGroups';
import { mapCriteriaToTemplate, newGroupId, templateOf } from './templateMapping';

type Fields = Record<string, string | number | boolean | null>;

/** The name an import of `template` gets: its own, or, imported before, "MEDDICC (2)". */
export function importedName(
    template: FrameworkTemplate,
    existingNames: readonly string[]
): string {
    let name = template.name;
    for (let n = 2; existingNames.includes(name); n++) {
        name = `${template.name} (${n})`;
    }
    return name;
}

/** What importing `template` creates: the framework (inactive) and its groups, in order. */
export function importRecords(
    template: FrameworkTemplate,
    existingNames: readonly string[]
): { framework: Fields; groups: Fields[] } {
    const name = importedName(template, existingNames);
    return {
        framework: {
            Name: name,
            Template__c: template.key,
            Description__c: template.description,
            Active__c: false
        },
        groups: template.groups.map((group) => ({
            Name: group.label,
            Key__c: group.key,
            Order__c: group.order,
            Weight__c: group.weight,
            Question__c: group.question,
            Help__c: group.help
        }))
    };
}

/**
 * The record of `framework` that stands for a template group: the one with its label; failing that
 * (sales ops renamed it) the one with its key and order; failing that, the one with its order.
 * Keys alone are not enough: MEDDICC has two D's and two C's.
 */
function recordOfTemplateGroup(
    group: TemplateGroup,
    records: readonly FrameworkGroupRecord[]
): FrameworkGroupRecord | undefined {
    return (
        records.find((record) => record.Name === group.label) ??
        records.find((record) => record.Key__c === group.key && record.Order__c === group.order) ??
        records.find((record) => record.Order__c === group.order)
    );
}

/**
 * Where each qualification question goes when `frameworkId` becomes active: a question already in
 * one of its groups stays; any other goes by the framework's template's mapping from TAS (every
 * question's Category__c is a TAS question or none), to the group that stands for it. Returns only
 * the questions that move (to null: the template has no group for it). Stage criteria never move.
 *
 * The mapping is written when a framework becomes active, not when it is imported: an import then
 * never changes how the framework in force scores (its questions stay where they are), and the
 * setup shows each imported group's questions by this same function before anything is written.
 */
export function criteriaMoves(
    criteria: readonly StageCriterionRecord[],
    frameworks: readonly SalesFrameworkRecord[],
    groups: readonly FrameworkGroupRecord[],
    frameworkId: string
): { Id: string; Framework_Group__c: string | null }[] {
    const own = groups.filter((group) => group.Sales_Framework__c === frameworkId);
    const ownIds = new Set(own.map((group) => group.Id));
    const framework = frameworks.find((candidate) => candidate.Id === frameworkId);
    const template = templateOf(framework?.Template__c) ?? null;
    const mapped = template ? mapCriteriaToTemplate(template, criteria, null) : null;
    const moves: { Id: string; Framework_Group__c: string | null }[] = [];
    criteria.forEach((criterion, index) => {
        const current = criterion.Framework_Group__c ?? null;
        if (criterion.Stage__c || (current !== null && ownIds.has(current))) {
            return;
        }
        let target: string | null = null;
        if (template && mapped) {
            const stand = mapped.criteria[index]?.Framework_Group__c ?? null;
            const group = template.groups.find((g) => newGroupId(g.label) === stand);
            target = group ? (recordOfTemplateGroup(group, own)?.Id ?? null) : null;
        } else {
            // A framework built by hand: a question goes to the group named as its category.
            target = own.find((group) => group.Name === criterion.Category__c)?.Id ?? null;
        }
        if (target !== current) {
            moves.push({ Id: criterion.Id, Framework_Group__c: target });
        }
    });
    return moves;
}

/** The criteria with the moves applied: how they will read once the framework is active. */
export function withMoves<T extends StageCriterionRecord>(
    criteria: readonly T[],
    moves: readonly { Id: string; Framework_Group__c: string | null }[]
): T[] {
    const to = new Map(moves.map((move) => [move.Id, move.Framework_Group__c]));
    return criteria.map((criterion) => {
        return to.has(criterion.Id)
            ? { ...criterion, Framework_Group__c: to.get(criterion.Id) }
            : criterion;
    });
}

/**
 * The criteria as they read with `frameworkId` in force: as saved when it is the one in force
 * (`inForceId`), else with the moves its activation would write.
 */
export function criteriaOnceActive<T extends StageCriterionRecord>(
    criteria: readonly T[],
    frameworks: readonly SalesFrameworkRecord[],
    groups: readonly FrameworkGroupRecord[],
    frameworkId: string,
    inForceId: string | null
): readonly T[] {
    return frameworkId === inForceId
        ? criteria
        : withMoves(criteria, criteriaMoves(criteria, frameworks, groups, frameworkId));
}

/** One write of a switch: moving questions, or one framework's Active__c. */
export type SwitchStep =
    | { kind: 'move'; moves: { Id: string; Framework_Group__c: string | null }[] }
    | { kind: 'deactivate'; frameworkId: string }
    | { kind: 'activate'; frameworkId: string };

/**
 * The writes that make `frameworkId` the one active framework, in order. Without Apex the writes
 * cannot share a transaction, so the order decides what a failure leaves: questions move first
 * (while the old framework is active a moved question still scores there by its category, or not
 * at all if its label changed; a retry finishes the move); every other active framework is
 * deactivated next; the new one is activated last. A failure at any step therefore never leaves
 * two frameworks active: at worst none is, and deals score with the built-in TAS template until
 * the retry (the setup says so). Readers that still find two active (a data load, another tool)
 * pick one the same way everywhere (chosenFrameworkId) and the setup warns.
 */
export function switchSteps(
    criteria: readonly StageCriterionRecord[],
    frameworks: readonly SalesFrameworkRecord[],
    groups: readonly FrameworkGroupRecord[],
    frameworkId: string
): SwitchStep[] {
    const moves = criteriaMoves(criteria, frameworks, groups, frameworkId);
    return [
        ...(moves.length > 0 ? [{ kind: 'move' as const, moves }] : []),
        ...frameworks
            .filter((framework) => framework.Active__c === true && framework.Id !== frameworkId)
            .map((framework) => ({ kind: 'deactivate' as const, frameworkId: framework.Id })),
        ...(frameworks.find((framework) => framework.Id === frameworkId)?.Active__c === true
            ? []
            : [{ kind: 'activate' as const, frameworkId }])
    ];
}

/** The active frameworks, and the one scoring uses (null: none active, the built-in TAS). */
export function activeFrameworkOf(
    frameworks: readonly SalesFrameworkRecord[],
    groups: readonly FrameworkGroupRecord[]
): { active: SalesFrameworkRecord[]; inForce: SalesFrameworkRecord | null } {
    const active = frameworks.filter((framework) => framework.Active__c === true);
    const activeIds = new Set(active.map((framework) => framework.Id));
    // Scoring reads the active frameworks' groups and picks one by chosenFrameworkId; a framework
    // with no groups is invisible to it.
    const chosen = chosenFrameworkId(groups.filter((g) => activeIds.has(g.Sales_Framework__c)));
    return { active, inForce: active.find((framework) => framework.Id === chosen) ?? null };
}

/** The TAS framework to go back to: an imported TAS (the active one first), if any. */
export function tasFrameworkOf(
    frameworks: readonly SalesFrameworkRecord[]
): SalesFrameworkRecord | null {
    const tas = frameworks.filter((framework) => framework.Template__c === DEFAULT_TEMPLATE.key);
    return tas.find((framework) => framework.Active__c === true) ?? tas[0] ?? null;
}
