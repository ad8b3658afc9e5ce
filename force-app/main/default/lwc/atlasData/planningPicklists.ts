// The restricted picklist values of the account-planning objects as form options. The value lists
// live in c/atlasModel (checked against the field metadata); this module re-exports them for the forms.
export {
    ACTION_STATUSES,
    ADVOCACIES,
    BUYING_ROLES,
    COVERAGES,
    DECISION_ORIENTATIONS,
    GROWTH_TRENDS,
    INFLUENCES,
    MAP_CELL_STATUSES,
    MAP_STATUSES,
    OBJECTIVE_STATUSES,
    RELATIONSHIP_STATUSES,
    STRATEGY_STATUSES,
    SUPPORTS
} from 'c/atlasModel';

/** Picklist values as combobox options. */
export function picklistOptions(values: readonly string[]): { label: string; value: string }[] {
    return values.map((value) => ({ label: value, value }));
}
