/** @jest-environment node */
import { rememberLastResult } from '../lastResult';

describe('rememberLastResult', () => {
    it('builds again only when a property of the state is a different value', () => {
        const builds: string[] = [];
        const data = { maps: ['FY2027'] };
        const view = rememberLastResult((state: { data: object; chosen: string | null }) => {
            builds.push(String(state.chosen));
            return { shown: state.chosen };
        });

        const first = view({ data, chosen: null });
        expect(view({ data, chosen: null })).toBe(first);
        const second = view({ data, chosen: 'FY2026' });
        expect(second).toEqual({ shown: 'FY2026' });
        expect(view({ data: { maps: ['FY2027'] }, chosen: 'FY2026' })).not.toBe(second);
        expect(builds).toEqual(['null', 'FY2026', 'FY2026']);
    });

    it('is not fooled by the caller changing the state object it passed', () => {
        const view = rememberLastResult((state: { chosen: string }) => state.chosen.length);
        const state = { chosen: 'FY2027' };
        expect(view(state)).toBe(6);
        state.chosen = 'FY27';
        expect(view(state)).toBe(4);
    });
});
