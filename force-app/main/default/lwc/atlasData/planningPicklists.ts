// The restricted picklist values of the account-planning objects (DATA_MODEL.md; value API name =
// label), as form options. Typed by the atlasModel unions, so a value the model does not know fails
// to compile.
import type {
    ActionStatus,
    BuyingRole,
    Coverage,
    DecisionOrientation,
    GrowthTrend,
    Influence,
    MapCellStatus,
    MapStatus,
    ObjectiveStatus,
    RelationshipStatus,
    StrategyStatus,
    Support
} from 'c/atlasModel';

export const RELATIONSHIP_STATUSES: readonly RelationshipStatus[] = [
    'Vendor',
    'Credible Source',
    'Problem Solver',
    'Trusted Advisor'
];
export const GROWTH_TRENDS: readonly GrowthTrend[] = ['Growing', 'Stable', 'Declining'];
export const BUYING_ROLES: readonly BuyingRole[] = [
    'Decision Maker',
    'Approver',
    'Evaluator',
    'Influencer',
    'User',
    'Gatekeeper',
    'Coach'
];
export const INFLUENCES: readonly Influence[] = ['High', 'Medium', 'Low'];
export const SUPPORTS: readonly Support[] = [
    'Mentor',
    'Supporter',
    'Neutral',
    'Non-Supporter',
    'Enemy'
];
export const COVERAGES: readonly Coverage[] = ['No Contact', 'Brief', 'Multiple', 'In Depth'];
export const DECISION_ORIENTATIONS: readonly DecisionOrientation[] = [
    'Financial',
    'Technical',
    'Relationship',
    'Business'
];
export const MAP_STATUSES: readonly MapStatus[] = ['Draft', 'Active', 'Archived'];
export const MAP_CELL_STATUSES: readonly MapCellStatus[] = [
    'Current',
    'Pursuing',
    'Potential',
    'Competitor',
    'Blocked',
    'Not a Fit'
];
export const OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = [
    'Not Started',
    'In Progress',
    'Achieved',
    'At Risk',
    'Abandoned'
];
export const STRATEGY_STATUSES: readonly StrategyStatus[] = [
    'Not Started',
    'In Progress',
    'Completed',
    'At Risk',
    'Abandoned'
];
export const ACTION_STATUSES: readonly ActionStatus[] = [
    'Not Started',
    'In Progress',
    'Completed',
    'Blocked',
    'Cancelled'
];

/** Picklist values as combobox options. */
export function picklistOptions(values: readonly string[]): { label: string; value: string }[] {
    return values.map((value) => ({ label: value, value }));
}
