// Turns the account's buying centers into the rows the tree shows: tree order and depth, the
// figures, the relationship status beside the desired one, and the parent choices of the form.
import type { BuyingCenterView } from 'c/atlasData';
import { formatLabel } from 'c/atlasData';
import type { GrowthTrend, RecordId } from 'c/atlasModel';
import type { BuyingCenterRow } from 'c/buyingCenterTree';
import { descendantIds, inTreeOrder } from './buyingCenterHierarchy';

const GROWTH_ICONS: Record<GrowthTrend, string> = {
    Growing: 'utility:arrowup',
    Stable: 'utility:right',
    Declining: 'utility:arrowdown'
};

export interface RowLabels {
    notSet: string;
    memberCount: string;
    memberCountOne: string;
    actionsFor: string;
}

export function buyingCenterRows(
    buyingCenters: readonly BuyingCenterView[],
    labels: RowLabels
): BuyingCenterRow[] {
    return inTreeOrder(buyingCenters).map(({ record, level }) => {
        const current = record.Relationship_Status__c ?? null;
        const desired = record.Desired_Relationship_Status__c ?? null;
        const trend = record.Growth_Trend__c ?? null;
        return {
            id: record.Id,
            name: record.Name,
            level,
            // Each level steps in by 1.5rem; the sidebar still fits four levels.
            indentStyle: `margin-left: ${(level - 1) * 1.5}rem`,
            walletSize: record.Wallet_Size__c ?? null,
            walletShare: record.Wallet_Share__c ?? null,
            salesGoal: record.Sales_Goal__c ?? null,
            relationshipStatus: current ?? labels.notSet,
            desiredStatus: desired ?? labels.notSet,
            // Short of the desired status is worth the eye: the account plan exists to close it.
            statusClass:
                current !== null && current === desired
                    ? 'slds-badge slds-theme_success'
                    : 'slds-badge slds-badge_lightest',
            growthTrend: trend ?? labels.notSet,
            growthIcon: (trend && GROWTH_ICONS[trend]) || 'utility:dash',
            memberCount: record.members.length,
            memberCountText:
                record.members.length === 1
                    ? labels.memberCountOne
                    : formatLabel(labels.memberCount, record.members.length),
            actionsLabel: formatLabel(labels.actionsFor, record.Name)
        };
    });
}

/** The buying centers a center may hang under: any but itself and those below it. */
export function parentOptions(
    buyingCenters: readonly BuyingCenterView[],
    editingId: RecordId | null
): { label: string; value: string }[] {
    const excluded = editingId ? descendantIds(buyingCenters, editingId) : new Set<RecordId>();
    return inTreeOrder(buyingCenters)
        .filter(({ record }) => record.Id !== editingId && !excluded.has(record.Id))
        .map(({ record }) => ({ label: record.Name, value: record.Id }));
}
