// Arranges the criteria for the setup page: grouped by stage in the sales process's order (the
// qualification questions first, criteria of stages the process no longer has last), each group
// in its sort order; and works out the sort orders a move up or down leaves.
import type { RecordId } from 'c/atlasModel';
import type { RecordFields, StageCriterionView } from 'c/atlasData';

export interface CriteriaGroup {
    /** '' for the qualification questions. */
    stage: string;
    known: boolean;
    criteria: StageCriterionView[];
}

const bySortOrder = (a: StageCriterionView, b: StageCriterionView): number =>
    (a.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) - (b.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) ||
    a.Question__c.localeCompare(b.Question__c) ||
    a.Id.localeCompare(b.Id);

export function criteriaGroups(
    criteria: readonly StageCriterionView[],
    stageOrder: readonly string[]
): CriteriaGroup[] {
    const stageOf = (criterion: StageCriterionView): string => criterion.Stage__c ?? '';
    const inStage = (stage: string) =>
        criteria.filter((c) => stageOf(c) === stage).sort(bySortOrder);
    const unknown = [
        ...new Set(
            criteria.map(stageOf).filter((stage) => stage !== '' && !stageOrder.includes(stage))
        )
    ].sort();
    return [
        { stage: '', known: true, criteria: inStage('') },
        ...stageOrder.map((stage) => ({ stage, known: true, criteria: inStage(stage) })),
        ...unknown.map((stage) => ({ stage, known: false, criteria: inStage(stage) }))
    ];
}

/**
 * The sort orders after moving a criterion one place up or down in its stage: the stage is
 * numbered 1, 2, 3… and only the criteria whose number changed are returned.
 */
export function reorderChanges(
    criteria: readonly StageCriterionView[],
    criterionId: RecordId,
    direction: 'up' | 'down'
): { Id: RecordId; Sort_Order__c: number }[] {
    const moved = criteria.find((criterion) => criterion.Id === criterionId);
    if (!moved) {
        return [];
    }
    const stage = moved.Stage__c ?? '';
    const siblings = criteria.filter((c) => (c.Stage__c ?? '') === stage).sort(bySortOrder);
    const from = siblings.indexOf(moved);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) {
        return [];
    }
    const reordered = [...siblings];
    reordered.splice(from, 1);
    reordered.splice(to, 0, moved);
    return reordered
        .map((criterion, index) => ({ criterion, order: index + 1 }))
        .filter(({ criterion, order }) => criterion.Sort_Order__c !== order)
        .map(({ criterion, order }) => ({ Id: criterion.Id, Sort_Order__c: order }));
}

/** The next free sort order in a stage, for a new criterion. */
export function nextSortOrder(criteria: readonly StageCriterionView[], stage: string): number {
    const orders = criteria
        .filter((criterion) => (criterion.Stage__c ?? '') === stage)
        .map((criterion) => criterion.Sort_Order__c ?? 0);
    return orders.length > 0 ? Math.max(...orders) + 1 : 1;
}

/** The criteria as they would be with the draft saved: the edited one replaced, or a new one added. */
export function withDraft(
    criteria: readonly StageCriterionView[],
    recordId: RecordId | null,
    draft: Partial<StageCriterionView>
): StageCriterionView[] {
    if (recordId) {
        return criteria.map((criterion) => {
            return criterion.Id === recordId ? { ...criterion, ...draft, Id: recordId } : criterion;
        });
    }
    return [
        ...criteria,
        { Active__c: true, ...draft, Id: 'draft-criterion', Question__c: draft.Question__c ?? '' }
    ];
}

/** What a save writes: only the changed fields of an edit; a new criterion goes last in its stage. */
export function criterionFieldsToSave(
    criteria: readonly StageCriterionView[],
    recordId: RecordId | null,
    values: RecordFields,
    changed: RecordFields
): RecordFields {
    if (recordId) {
        return { ...changed };
    }
    return { ...values, Sort_Order__c: nextSortOrder(criteria, String(values.Stage__c ?? '')) };
}
