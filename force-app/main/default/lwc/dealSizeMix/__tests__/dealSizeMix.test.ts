// The rocks / stones / pebbles counts as a manager reads them: "1 deal", never "1 deals".
import type { readFileSync as ReadFile } from 'node:fs';
import { createElement } from 'lwc';
import DealSizeMix from 'c/dealSizeMix';
import type { DealSizeMixView } from 'c/dealSizeMix';
import { flushPromises, shadowQuery, textOf } from '../../dealScore/__tests__/panelTestUtils';

// The labels read as they do on the platform: their text from force-app's label files.
function mockLabel(name: string): { default: string } {
    const { readFileSync } = jest.requireActual<{ readFileSync: typeof ReadFile }>('node:fs');
    const xml = readFileSync(`${__dirname}/../../../labels/${name}.label-meta.xml`, 'utf8');
    return { default: /<value>(.*)<\/value>/.exec(xml)?.[1] ?? name };
}
jest.mock('@salesforce/label/c.Atlas_PH_Deals_Count', () => mockLabel('Atlas_PH_Deals_Count'), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_PH_Deal_Count_One',
    () => mockLabel('Atlas_PH_Deal_Count_One'),
    {
        virtual: true
    }
);

const bucket = (count: number, value: number, share: number) => ({
    count,
    value,
    share,
    queueFocus: null
});

describe('c-deal-size-mix', () => {
    afterEach(() => {
        document.body.innerHTML = '';
    });

    it('counts one deal in the singular and others in the plural', async () => {
        const mix: DealSizeMixView = {
            rocks: bucket(1, 900000, 0.6),
            stones: bucket(3, 450000, 0.3),
            pebbles: bucket(0, 0, 0),
            message: ''
        };
        const element = createElement('c-deal-size-mix', { is: DealSizeMix });
        Object.assign(element, { mix, currencyCode: 'USD' });
        document.body.appendChild(element);
        await flushPromises();

        const count = (key: string): string =>
            textOf(shadowQuery(element, `li[data-bucket="${key}"] [data-value="count"]`));
        expect([count('rocks'), count('stones'), count('pebbles')]).toEqual([
            '1 deal',
            '3 deals',
            '0 deals'
        ]);
    });
});
