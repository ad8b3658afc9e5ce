// What the Account Plan panel shows besides the tree: what the user may add and edit at each level,
// and which of its states and messages apply.
import { accessTo } from 'c/atlasData';
import type { AccountPlanData, ObjectAccess, PlanLevel } from 'c/atlasData';

const LEVEL_OBJECTS: Record<PlanLevel, string> = {
    objective: 'Marketing_Objective__c',
    strategy: 'Marketing_Strategy__c',
    action: 'Marketing_Action__c'
};

export interface PlanPermissions {
    canAdd: Record<PlanLevel, boolean>;
    canEdit: Record<PlanLevel, boolean>;
    canDelete: Record<PlanLevel, boolean>;
}

export interface PlanPanelView extends PlanPermissions {
    isLoading: boolean;
    /** The card's New Objective button. */
    showNewObjective: boolean;
    hasObjectives: boolean;
    isEmpty: boolean;
    isReadOnly: boolean;
}

export function planPermissions(access: Record<string, ObjectAccess>): PlanPermissions {
    const of = (level: PlanLevel) => accessTo(access, LEVEL_OBJECTS[level]);
    return {
        canAdd: {
            objective: of('objective').canCreate,
            strategy: of('strategy').canCreate,
            action: of('action').canCreate
        },
        canEdit: {
            objective: of('objective').canEdit,
            strategy: of('strategy').canEdit,
            action: of('action').canEdit
        },
        canDelete: {
            objective: of('objective').canDelete,
            strategy: of('strategy').canDelete,
            action: of('action').canDelete
        }
    };
}

export function planPanelView(
    data: AccountPlanData | undefined,
    loadErrors: unknown,
    access: Record<string, ObjectAccess>
): PlanPanelView {
    const permissions = planPermissions(access);
    const loaded = data !== undefined;
    const hasObjectives = (data?.objectives.length ?? 0) > 0;
    return {
        ...permissions,
        isLoading: !loaded && !loadErrors,
        showNewObjective: loaded && permissions.canAdd.objective,
        hasObjectives,
        isEmpty: loaded && !hasObjectives,
        isReadOnly: loaded && !permissions.canEdit.objective && !permissions.canAdd.objective
    };
}
