// Which of an account's maps is "the" map when the user has not chosen one: the Opportunity Map
// panel opens on it and the Account Summary reads its totals, so both show the same map.
import type { IsoDate, OpportunityMapRecord } from 'c/atlasModel';

/**
 * The map the user chose; else the Active map whose period includes today; else the first (the
 * panels' queries return maps by period start, newest first).
 */
export function chooseMap<M extends OpportunityMapRecord>(
    maps: readonly M[],
    chosenId: string | null,
    today: IsoDate
): M | undefined {
    return (
        maps.find((map) => map.Id === chosenId) ??
        maps.find(
            (map) =>
                map.Status__c === 'Active' &&
                (map.Period_Start__c ?? '') <= today &&
                today <= (map.Period_End__c ?? '')
        ) ??
        maps[0]
    );
}
