// Each buying center's red / amber / green map status and coaching flags, from buyingCenterCoverage.
import type { BuyingCenterMemberRecord, BuyingCenterRecord } from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { BuyingCenterStatus, RelationshipWarning } from './types';
import * as say from './messages';
import { text } from './values';

export function coverageOf(
    centers: readonly BuyingCenterRecord[],
    membersByCenter: ReadonlyMap<string, BuyingCenterMemberRecord[]>,
    warnings: RelationshipWarning[]
): BuyingCenterStatus[] {
    const statuses: BuyingCenterStatus[] = [];
    for (const center of centers) {
        const name = text(center.Name) ?? center.Id;
        try {
            const coverage = assessBuyingCenterCoverage(membersByCenter.get(center.Id) ?? []);
            statuses.push({
                buyingCenterId: center.Id,
                name,
                mapStatus: coverage.mapStatus,
                flags: coverage.flags,
                memberCount: coverage.memberCount
            });
        } catch {
            // The status comes from another module: a failure there must not lose the map.
            warnings.push({
                code: 'COVERAGE_FAILED',
                message: say.coverageFailed(name),
                recordId: center.Id
            });
        }
    }
    return statuses;
}
