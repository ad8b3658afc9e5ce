/** @jest-environment node */
import type { OpportunityMapView } from 'c/atlasData';
import { chooseMap } from '../mapGridModel';
import { fy2026, fy2027 } from './mapFixtures';

describe('chooseMap', () => {
    const maps = [fy2027, fy2026];

    it('shows the map the user chose', () => {
        expect(chooseMap(maps, fy2026.Id, '2027-03-01')).toBe(fy2026);
    });

    it('else the Active map whose period includes today, its first and last days included', () => {
        const olderActive: OpportunityMapView = { ...fy2026, Status__c: 'Active' };
        expect(chooseMap([fy2027, olderActive], null, '2026-12-31')).toBe(olderActive);
        expect(chooseMap([fy2027, olderActive], null, '2027-01-01')).toBe(fy2027);
    });

    it('else the newest map; none when the account has no map', () => {
        expect(chooseMap(maps, 'a03Dn0000000099AAA', '2028-05-01')).toBe(fy2027);
        expect(chooseMap([], null, '2027-03-01')).toBeUndefined();
    });
});
