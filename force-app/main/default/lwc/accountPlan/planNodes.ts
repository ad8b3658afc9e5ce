// Turns the account plan records into the tree's nodes: names for the linked records, the status
// badge, and the overdue flag (a due date before today on an item that is still open).
import { formatLabel } from 'c/atlasData';
import type { AccountPlanData, MarketingObjectiveView } from 'c/atlasData';
import type { IsoDate } from 'c/atlasModel';
import type { PlanObjectiveNode } from 'c/accountPlanTree';
import { isOverdue } from 'c/planCompleteness';

export { isOverdue };

export interface PlanNodeLabels {
    notSet: string;
    actionsFor: string;
    addStrategy: string;
    addAction: string;
    moveUp: string;
    moveDown: string;
}

/** The move buttons' names and whether each can move, from the item's place among its siblings. */
function placeOf(name: string, index: number, count: number, labels: PlanNodeLabels) {
    return {
        moveUpLabel: formatLabel(labels.moveUp, name),
        moveDownLabel: formatLabel(labels.moveDown, name),
        isFirst: index === 0,
        isLast: index === count - 1
    };
}

function statusClass(status: string | null | undefined): string {
    if (status === 'At Risk' || status === 'Blocked') {
        return 'slds-badge slds-theme_warning';
    }
    if (status === 'Achieved' || status === 'Completed') {
        return 'slds-badge slds-theme_success';
    }
    return 'slds-badge slds-badge_lightest';
}

export function planNodes(
    data: AccountPlanData,
    today: IsoDate,
    labels: PlanNodeLabels
): PlanObjectiveNode[] {
    const centerNames = new Map(data.buyingCenters.map((center) => [center.Id, center.Name]));
    const mapNames = new Map(data.maps.map((map) => [map.Id, map.Name]));
    const base = (
        item: { Id: string; Name: string; Due_Date__c?: IsoDate | null; Status__c?: string | null },
        ownerName: string | null,
        addChildLabel: string
    ) => ({
        id: item.Id,
        name: item.Name,
        status: item.Status__c ?? labels.notSet,
        statusClass: statusClass(item.Status__c),
        dueDate: item.Due_Date__c ?? null,
        overdue: isOverdue(item.Due_Date__c, item.Status__c, today),
        ownerName: ownerName ?? labels.notSet,
        actionsLabel: formatLabel(labels.actionsFor, item.Name),
        addChildLabel
    });
    const objectives = data.objectives;
    return objectives.map((objective: MarketingObjectiveView, objectiveIndex) => ({
        ...base(objective, objective.ownerName, labels.addStrategy),
        ...placeOf(objective.Name, objectiveIndex, objectives.length, labels),
        level: 'objective',
        measure: objective.Measure__c ?? null,
        targetValue: objective.Target_Value__c ?? null,
        hasTarget: typeof objective.Target_Value__c === 'number',
        buyingCenterName: centerNames.get(objective.Buying_Center__c ?? '') ?? null,
        mapName: mapNames.get(objective.Opportunity_Map__c ?? '') ?? null,
        hasStrategies: objective.strategies.length > 0,
        strategies: objective.strategies.map((strategy, strategyIndex) => ({
            ...base(strategy, strategy.ownerName, labels.addAction),
            ...placeOf(strategy.Name, strategyIndex, objective.strategies.length, labels),
            level: 'strategy',
            hasActions: strategy.actions.length > 0,
            actions: strategy.actions.map((action, actionIndex) => ({
                ...base(action, action.ownerName, ''),
                ...placeOf(action.Name, actionIndex, strategy.actions.length, labels),
                level: 'action',
                opportunityId: action.Opportunity__c ?? null,
                opportunityName: action.opportunityName,
                campaignName: action.campaignName
            }))
        }))
    }));
}
