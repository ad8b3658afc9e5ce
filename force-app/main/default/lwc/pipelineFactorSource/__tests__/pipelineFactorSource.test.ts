// What the Pipeline Health panel says about where its stage factors and rates come from.
import type { readFileSync as ReadFile } from 'node:fs';
import { createElement } from 'lwc';
import PipelineFactorSource from 'c/pipelineFactorSource';
import type { HistorySource } from 'c/pipelineHealth';
import { flushPromises, shadowQuery, textOf } from '../../dealScore/__tests__/panelTestUtils';

// The labels read as they do on the platform: their text from force-app's label files.
function mockLabel(name: string): { default: string } {
    const { readFileSync } = jest.requireActual<{ readFileSync: typeof ReadFile }>('node:fs');
    const xml = readFileSync(`${__dirname}/../../../labels/${name}.label-meta.xml`, 'utf8');
    return { default: /<value>(.*)<\/value>/.exec(xml)?.[1] ?? name };
}
jest.mock(
    '@salesforce/label/c.Atlas_PH_Factors_Stored',
    () => mockLabel('Atlas_PH_Factors_Stored'),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Atlas_PH_Factors_Read', () => mockLabel('Atlas_PH_Factors_Read'), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_PH_Factors_Page_Full',
    () => mockLabel('Atlas_PH_Factors_Page_Full'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_PH_Factors_Stored_Other',
    () => mockLabel('Atlas_PH_Factors_Stored_Other'),
    { virtual: true }
);

async function render(source: HistorySource, pageFull: boolean): Promise<Element> {
    const element = createElement('c-pipeline-factor-source', { is: PipelineFactorSource });
    Object.assign(element, { source, pageFull, pageSize: 2000 });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const text = (element: Element, value: string): string =>
    textOf(shadowQuery(element, `[data-value="${value}"]`));

describe('c-pipeline-factor-source', () => {
    afterEach(() => {
        document.body.innerHTML = '';
    });

    it('says stored factors come from every closed deal and when atlas pipeline learnt them', async () => {
        const element = await render(
            {
                kind: 'stored',
                learntAt: '2026-11-01T06:00:00.000Z',
                closedDeals: 20000,
                storedIgnored: false
            },
            true
        );
        expect(text(element, 'factor-source')).toContain(
            'learnt by atlas pipeline --learn from every deal closed in the window (20,000) on'
        );
        const when = shadowQuery(element, 'lightning-formatted-date-time') as unknown as {
            value: string;
        };
        expect(when.value).toBe('2026-11-01T06:00:00.000Z');
        // A full page does not matter when the figures did not come from the page.
        expect(shadowQuery(element, '[data-value="factor-page-full"]')).toBeNull();
    });

    it('warns that older closed deals are left out when the figures rest on a full page', async () => {
        const element = await render(
            { kind: 'records', learntAt: null, closedDeals: 1960, storedIgnored: false },
            true
        );
        expect(text(element, 'factor-source')).toContain('that this page read (1,960)');
        expect(shadowQuery(element, 'lightning-formatted-date-time')).toBeNull();
        expect(text(element, 'factor-page-full')).toContain(
            'This page reads the latest 2,000 deals only'
        );
        expect(text(element, 'factor-page-full')).toContain('Run atlas pipeline --learn');
    });

    it('says why stored factors were not used', async () => {
        const element = await render(
            { kind: 'records', learntAt: null, closedDeals: 12, storedIgnored: true },
            false
        );
        expect(text(element, 'factor-stored-other')).toContain(
            'learnt for another history window or other stages'
        );
        expect(shadowQuery(element, '[data-value="factor-page-full"]')).toBeNull();
    });
});
