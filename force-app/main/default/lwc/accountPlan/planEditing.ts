// Finds a plan item to edit (its values and its parent) and the choices its form offers.
import type { AccountPlanData, PlanLevel } from 'c/atlasData';
import type { PlanFieldChoices } from './planItemFields';

export function findPlanItem(
    data: AccountPlanData,
    level: PlanLevel,
    id: string
): { parentId: string; values: Record<string, unknown> } | undefined {
    for (const objective of data.objectives) {
        if (level === 'objective' && objective.Id === id) {
            return { parentId: objective.Account__c, values: withoutChildren(objective) };
        }
        for (const strategy of objective.strategies) {
            if (level === 'strategy' && strategy.Id === id) {
                return { parentId: objective.Id, values: withoutChildren(strategy) };
            }
            const action = strategy.actions.find((candidate) => candidate.Id === id);
            if (level === 'action' && action) {
                return { parentId: strategy.Id, values: { ...action } };
            }
        }
    }
    return undefined;
}

/** A record's own fields, without the child lists the reader nests in it. */
function withoutChildren(record: object): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(record).filter(([key]) => key !== 'strategies' && key !== 'actions')
    );
}

export function planChoices(data: AccountPlanData): PlanFieldChoices {
    return {
        buyingCenters: data.buyingCenters.map((center) => ({
            label: center.Name,
            value: center.Id
        })),
        maps: data.maps.map((map) => ({ label: map.Name, value: map.Id })),
        // Actions support deals still being won; a closed deal stays offered only if linked.
        opportunities: data.opportunities
            .filter((opportunity) => !opportunity.IsClosed)
            .map((opportunity) => ({ label: opportunity.Name, value: opportunity.Id }))
    };
}
