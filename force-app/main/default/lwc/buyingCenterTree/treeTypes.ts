// The row shape the buying center tree renders (built by the container).
import type { RecordId } from 'c/atlasModel';

export interface BuyingCenterRow {
    id: RecordId;
    name: string;
    level: number;
    indentStyle: string;
    walletSize: number | null;
    walletShare: number | null;
    salesGoal: number | null;
    relationshipStatus: string;
    desiredStatus: string;
    statusClass: string;
    growthTrend: string;
    growthIcon: string;
    memberCount: number;
    memberCountText: string;
    actionsLabel: string;
}
