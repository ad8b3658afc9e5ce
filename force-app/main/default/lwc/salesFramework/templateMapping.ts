// Where a template puts the org's qualification questions: each question's group in the framework it
// is in now (or its Category__c) is looked up in the template's mapping from that framework. The same
// mapping serves the import (which writes it) and the preview (which scores with it unsaved).
import type { FrameworkGroupRecord, StageCriterionRecord } from 'c/atlasModel';
import { DEFAULT_TEMPLATE, TEMPLATES } from './templates';
import type { FrameworkTemplate } from './templates';
import { frameworkGroupsOf, groupOfCriterion } from './frameworkGroups';

/** A template laid over the org's criteria, unsaved: group records and the criteria pointing to them. */
export interface MappedFramework {
    template: FrameworkTemplate;
    /** The template's groups as Framework_Group__c records with stand-in ids (`new:<label>`). */
    groups: FrameworkGroupRecord[];
    /** Every criterion; a mapped qualification question's Framework_Group__c is its new group's id. */
    criteria: StageCriterionRecord[];
    /** The qualification questions the mapping has no group for (they keep no group). */
    unmapped: StageCriterionRecord[];
}

/** The template a key names (Sales_Framework__c.Template__c); undefined for an unknown key. */
export function templateOf(key: string | null | undefined): FrameworkTemplate | undefined {
    return TEMPLATES.find((template) => template.key === key);
}

export const newGroupId = (label: string): string => `new:${label}`;

/**
 * `template` over `criteria`, which today belong to the groups `fromGroups` (the active framework's
 * records; none: the default TAS template) of the framework imported from `fromTemplate`.
 */
export function mapCriteriaToTemplate(
    template: FrameworkTemplate,
    criteria: readonly StageCriterionRecord[],
    fromGroups: readonly FrameworkGroupRecord[] | null,
    fromTemplate: string | null = DEFAULT_TEMPLATE.key
): MappedFramework {
    const mapping = template.mapsFrom[fromTemplate ?? DEFAULT_TEMPLATE.key] ?? {};
    const current = frameworkGroupsOf(fromGroups);
    const groups: FrameworkGroupRecord[] = template.groups.map((group) => ({
        Id: newGroupId(group.label),
        Name: group.label,
        Sales_Framework__c: 'new:framework',
        Key__c: group.key,
        Order__c: group.order,
        Weight__c: group.weight,
        Question__c: group.question,
        Help__c: group.help
    }));
    const unmapped: StageCriterionRecord[] = [];
    const mapped = criteria.map((criterion) => {
        if (criterion.Stage__c) {
            return criterion;
        }
        const from = groupOfCriterion(criterion, current)?.label ?? criterion.Category__c ?? '';
        const to =
            from === ''
                ? undefined
                : (mapping[from] ??
                  (template.groups.some((g) => g.label === from) ? from : undefined));
        if (to === undefined) {
            unmapped.push(criterion);
            return { ...criterion, Framework_Group__c: null };
        }
        return { ...criterion, Framework_Group__c: newGroupId(to) };
    });
    return { template, groups, criteria: mapped, unmapped };
}
