// The nodes the account plan tree renders (built by the Account Plan container).
import type { PlanLevel } from 'c/atlasData';
import type { RecordId } from 'c/atlasModel';

interface PlanNodeBase {
    id: RecordId;
    level: PlanLevel;
    name: string;
    status: string;
    statusClass: string;
    dueDate: string | null;
    overdue: boolean;
    ownerName: string;
    actionsLabel: string;
    /** The label of the "add a child" menu item, blank for actions. */
    addChildLabel: string;
    /** The move buttons' names ("Move … up"), and whether it is first or last of its siblings. */
    moveUpLabel: string;
    moveDownLabel: string;
    isFirst: boolean;
    isLast: boolean;
}

export interface PlanActionNode extends PlanNodeBase {
    opportunityId: RecordId | null;
    opportunityName: string | null;
    campaignName: string | null;
}

export interface PlanStrategyNode extends PlanNodeBase {
    actions: PlanActionNode[];
    hasActions: boolean;
}

export interface PlanObjectiveNode extends PlanNodeBase {
    measure: string | null;
    targetValue: number | null;
    hasTarget: boolean;
    buyingCenterName: string | null;
    mapName: string | null;
    strategies: PlanStrategyNode[];
    hasStrategies: boolean;
}
