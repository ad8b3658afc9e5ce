// What each node of the plan tree shows, worked out once for all three levels: its move buttons,
// its menu (by the user's permissions) and its facts, as descriptors the node component draws.
import type { PlanLevel } from 'c/atlasData';
import type { PlanActionNode, PlanObjectiveNode, PlanStrategyNode } from './planTreeTypes';
import { TREE_LABELS } from './treeLabels';

export interface TreePermissions {
    canAdd: Partial<Record<PlanLevel, boolean>>;
    canEdit: Partial<Record<PlanLevel, boolean>>;
    canDelete: Partial<Record<PlanLevel, boolean>>;
}

/** One fact under a node's name; the kind says how it is drawn. */
export interface NodeFact {
    key: string;
    label: string;
    value: string | number | null;
    isDate?: boolean;
    isNumber?: boolean;
    /** A record the fact opens (an action's opportunity). */
    recordId?: string | null;
    /** A level's own fact shows only when the node has it. */
    shown?: boolean;
}

const CHILD_LEVEL: Record<PlanLevel, PlanLevel | null> = {
    objective: 'strategy',
    strategy: 'action',
    action: null
};

type PlanNode = PlanObjectiveNode | PlanStrategyNode | PlanActionNode;

function menuOf(node: PlanNode, permissions: TreePermissions) {
    const child = CHILD_LEVEL[node.level];
    const items = [
        { value: 'edit', label: TREE_LABELS.edit, shown: permissions.canEdit[node.level] },
        { value: 'add', label: node.addChildLabel, shown: child && permissions.canAdd[child] },
        { value: 'delete', label: TREE_LABELS.delete, shown: permissions.canDelete[node.level] }
    ];
    return items
        .filter((item) => item.shown === true)
        .map(({ value, label }) => ({ value, label }));
}

function movesOf(node: PlanNode, permissions: TreePermissions) {
    if (permissions.canEdit[node.level] !== true) {
        return [];
    }
    return [
        {
            direction: 'up',
            icon: 'utility:arrowup',
            label: node.moveUpLabel,
            disabled: node.isFirst
        },
        {
            direction: 'down',
            icon: 'utility:arrowdown',
            label: node.moveDownLabel,
            disabled: node.isLast
        }
    ];
}

/** Facts every level has, then the level's own that this node has. */
function factsOf(node: PlanNode, own: NodeFact[]): NodeFact[] {
    const common: NodeFact[] = [
        { key: 'owner', label: TREE_LABELS.owner, value: node.ownerName },
        { key: 'due', label: TREE_LABELS.due, value: node.dueDate, isDate: true }
    ];
    return [...common, ...own.filter((fact) => fact.shown)];
}

function nodeView<T extends PlanNode>(node: T, permissions: TreePermissions, own: NodeFact[]) {
    const menuItems = menuOf(node, permissions);
    return {
        ...node,
        overdueText: node.overdue ? TREE_LABELS.overdue : '',
        moves: movesOf(node, permissions),
        menuItems,
        hasMenu: menuItems.length > 0,
        facts: factsOf(node, own)
    };
}

export type PlanNodeView = ReturnType<typeof nodeView>;

function actionView(action: PlanActionNode, permissions: TreePermissions) {
    return nodeView(action, permissions, [
        {
            key: 'opportunity',
            label: TREE_LABELS.opportunity,
            value: action.opportunityName,
            recordId: action.opportunityId,
            shown: Boolean(action.opportunityId)
        },
        {
            key: 'campaign',
            label: TREE_LABELS.campaign,
            value: action.campaignName,
            shown: Boolean(action.campaignName)
        }
    ]);
}

function strategyView(strategy: PlanStrategyNode, permissions: TreePermissions) {
    return {
        ...nodeView(strategy, permissions, []),
        actions: strategy.actions.map((action) => actionView(action, permissions))
    };
}

/** The tree as the template draws it. */
export function treeView(objectives: PlanObjectiveNode[], permissions: TreePermissions) {
    return objectives.map((objective) => ({
        ...nodeView(objective, permissions, [
            {
                key: 'measure',
                label: TREE_LABELS.measure,
                value: objective.measure,
                shown: Boolean(objective.measure)
            },
            {
                key: 'target',
                label: TREE_LABELS.target,
                value: objective.targetValue,
                isNumber: true,
                shown: objective.hasTarget
            },
            {
                key: 'buying-center',
                label: TREE_LABELS.buyingCenter,
                value: objective.buyingCenterName,
                shown: Boolean(objective.buyingCenterName)
            },
            {
                key: 'map',
                label: TREE_LABELS.map,
                value: objective.mapName,
                shown: Boolean(objective.mapName)
            }
        ]),
        strategies: objective.strategies.map((strategy) => strategyView(strategy, permissions))
    }));
}
