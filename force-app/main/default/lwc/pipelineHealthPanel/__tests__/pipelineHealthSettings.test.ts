// The Pipeline Health panel uses the org's saved scoring settings: the activity limit decides which
// open deals are listed as stale, the same limit the Deal Score panel uses.
import PipelineHealthPanel from 'c/pipelineHealthPanel';
import {
    errorMessages,
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf
} from '../../dealScore/__tests__/panelTestUtils';
import pipelineFixture from './data/pipelineHealth.json';
import { endPanelTest, mountAnswered } from '../../../../../../jest/panelTests';

jest.mock('@salesforce/user/Id', () => ({ default: '005Dn0000000001AAA' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Atlas_SS_Saved_Invalid',
    () => ({ default: 'The saved scoring settings cannot be used: {0}' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SS_Problem_Range',
    () => ({ default: 'Enter a whole number from {0} to {1}.' }),
    { virtual: true }
);

function withStaleDays(days: number | null): unknown {
    const data = JSON.parse(JSON.stringify(pipelineFixture)) as {
        uiapi: { query: Record<string, unknown> };
    };
    data.uiapi.query.Scoring_Settings__c = {
        edges:
            days === null
                ? []
                : [{ node: { Id: 'a0GDn0000000001AAA', Stale_Activity_Days__c: { value: days } } }]
    };
    return data;
}

async function staleDeals(data: unknown): Promise<{ names: string[]; element: Element }> {
    const { element } = await mountAnswered(
        'c-pipeline-health-panel',
        PipelineHealthPanel,
        {},
        data
    );
    const list = shadowQuery(element, 'c-pipeline-integrity-list');
    const items = list ? shadowQueryAll(list, 'li') : [];
    return {
        names: items
            // The stale deals' sentence (labels read as their names in these tests).
            .filter((item) => /Atlas_PHM_Stale_/.test(textOf(item)))
            .map((item) => textOf(item.querySelector('a'))),
        element
    };
}

describe('c-pipeline-health-panel with saved scoring settings', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(endPanelTest);

    it('lists as stale the deals quiet for longer than the saved activity limit', async () => {
        const byDefault = await staleDeals(withStaleDays(null));
        document.body.removeChild(byDefault.element);
        // Most sample deals were last touched five days before the pinned day.
        const strict = await staleDeals(withStaleDays(4));
        document.body.removeChild(strict.element);
        const lenient = await staleDeals(withStaleDays(9999));

        expect(strict.names.length).toBeGreaterThan(byDefault.names.length);
        expect(strict.names).toEqual(expect.arrayContaining(byDefault.names));
        expect(lenient.names).toEqual([]);
    });

    it('refuses a saved activity limit that cannot be used, saying why', async () => {
        const { element } = await staleDeals(withStaleDays(0));

        expect(shadowQuery(element, 'c-pipeline-integrity-list')).toBeNull();
        expect(errorMessages(shadowQuery(element, 'c-error-panel'))).toEqual([
            'The saved scoring settings cannot be used: Enter a whole number from 1 to 9999.'
        ]);
    });
});
