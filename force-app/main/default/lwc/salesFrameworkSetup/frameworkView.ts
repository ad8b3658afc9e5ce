// What the framework setup shows, worked out from the setup page's data: the frameworks to pick
// from, which one scores, and each group with the questions it holds (or will hold once active).
import type { FrameworkGroupRecord } from 'c/atlasModel';
import { formatLabel } from 'c/atlasData';
import type { StageCriteriaSetupData } from 'c/atlasData';
import type { FrameworkTemplate } from 'c/salesFramework';
import {
    activeFrameworkOf,
    importedName,
    criteriaOnceActive,
    frameworkGroupsOf,
    groupOfCriterion,
    groupTitle
} from 'c/salesFramework';
import { FRAMEWORK_LABELS as LABELS } from './frameworkLabels';

export type SetupData = StageCriteriaSetupData;

export interface GroupRow {
    id: string;
    title: string;
    weightText: string;
    question: string | null;
    editLabel: string;
    questions: { id: string; text: string }[];
    empty: boolean;
}

const groupsOfFramework = (setup: SetupData, frameworkId: string): FrameworkGroupRecord[] =>
    setup.frameworkGroups.filter((group) => group.Sales_Framework__c === frameworkId);

const nameOf = (setup: SetupData, frameworkId: string | null): string =>
    setup.frameworks.find((framework) => framework.Id === frameworkId)?.Name ?? '';

/** The framework scoring uses (null: none active) and the warning when several are active. */
export function statusOf(setup: SetupData): {
    inForceId: string | null;
    status: string;
    warning: string | null;
} {
    const { active, inForce } = activeFrameworkOf(setup.frameworks, setup.frameworkGroups);
    return {
        inForceId: inForce?.Id ?? null,
        status: inForce ? formatLabel(LABELS.active, inForce.Name) : LABELS.noneActive,
        warning:
            active.length > 1
                ? formatLabel(
                      LABELS.twoActive,
                      active.length,
                      active.map((framework) => framework.Name).join(', '),
                      inForce?.Name ?? LABELS.builtIn
                  )
                : null
    };
}

export function frameworkOptions(
    setup: SetupData,
    inForceId: string | null
): { label: string; value: string }[] {
    return setup.frameworks.map((framework) => ({
        label:
            framework.Id === inForceId
                ? formatLabel(LABELS.optionActive, framework.Name)
                : framework.Name,
        value: framework.Id
    }));
}

/** Each group of the framework with the active qualification questions it holds. */
export function groupRows(
    setup: SetupData,
    frameworkId: string,
    inForceId: string | null
): { rows: GroupRow[]; unmapped: string | null } {
    const groups = frameworkGroupsOf(groupsOfFramework(setup, frameworkId));
    const saved = setup.criteria;
    const once = criteriaOnceActive(
        saved,
        setup.frameworks,
        setup.frameworkGroups,
        frameworkId,
        inForceId
    );
    const questions = once.filter(
        (criterion) => !criterion.Stage__c && criterion.Active__c !== false
    );
    const held = questions.map((criterion) => groupOfCriterion(criterion, groups)?.id ?? null);
    const rows = groups.map((group) => {
        const own = questions.filter((_criterion, index) => held[index] === group.id);
        return {
            id: group.id,
            title: groupTitle(group),
            weightText: formatLabel(LABELS.groupWeight, group.weight),
            question: group.question,
            editLabel: formatLabel(LABELS.editGroup, group.label),
            questions: own.map((criterion) => ({ id: criterion.Id, text: criterion.Question__c })),
            empty: own.length === 0
        };
    });
    const loose = questions.filter((_criterion, index) => held[index] === null);
    return {
        rows,
        unmapped:
            loose.length > 0
                ? formatLabel(
                      LABELS.unmapped,
                      nameOf(setup, frameworkId),
                      loose.map((criterion) => criterion.Question__c).join('; ')
                  )
                : null
    };
}

/** The group being edited, as the group form starts from it. */
export function groupFormValues(setup: SetupData, groupId: string | null) {
    const record = setup.frameworkGroups.find((group) => group.Id === groupId);
    return record
        ? {
              id: record.Id,
              label: record.Name,
              order: record.Order__c ?? null,
              weight: record.Weight__c ?? 1,
              question: record.Question__c ?? null
          }
        : null;
}

/**
 * What an import says once done: "MEDDICC imported. …", or, when the template was imported
 * before, that this is another copy and its name ("MEDDICC (2)"), so a second click is not silent.
 */
export function importedMessage(
    template: FrameworkTemplate,
    existingNames: readonly string[]
): string {
    const name = importedName(template, existingNames);
    return name === template.name
        ? formatLabel(LABELS.imported, name)
        : formatLabel(LABELS.importedCopy, name, template.name);
}
