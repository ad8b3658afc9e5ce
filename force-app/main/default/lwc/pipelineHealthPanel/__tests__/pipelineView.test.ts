/** @jest-environment node */
// Labels resolve to their names under Jest, so these check which label each count gets.
import { dealsText } from '../pipelineView';

describe('dealsText', () => {
    it('gives one deal a label of its own, with or without the number needed', () => {
        expect(dealsText(1, null)).toBe('c.Atlas_PH_Deal_Count_One');
        expect(dealsText(1, 6)).toBe('c.Atlas_PH_Deal_Count_One_Needed');
    });

    it('uses the plural labels for none and for several', () => {
        expect(dealsText(0, null)).toBe('c.Atlas_PH_Deals_Count');
        expect(dealsText(3, null)).toBe('c.Atlas_PH_Deals_Count');
        expect(dealsText(0, 4)).toBe('c.Atlas_PH_Deals_Count_Needed');
        expect(dealsText(2, 4)).toBe('c.Atlas_PH_Deals_Count_Needed');
    });
});
