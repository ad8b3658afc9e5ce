// The Pipeline Health panel for a user whose profile hides Amount and Loss Reason on Opportunity:
// the platform answers the query without them (they are @optional), and the panel still shows the
// pipeline and says which fields it cannot show.
import PipelineHealthPanel from 'c/pipelineHealthPanel';
import {
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf
} from '../../dealScore/__tests__/panelTestUtils';
import pipelineFixture from './data/pipelineHealth.json';
import { endPanelTest, mountAnswered } from '../../../../../../jest/panelTests';

jest.mock('@salesforce/user/Id', () => ({ default: '005Dn0000000001AAA' }), { virtual: true });

const HIDDEN_ON_OPPORTUNITY = ['Amount', 'Loss_Reason__c'];

/** The response a user without read access to those fields gets: the fields are simply absent. */
function responseWithoutAccess(): typeof pipelineFixture {
    const data = JSON.parse(JSON.stringify(pipelineFixture)) as typeof pipelineFixture;
    for (const edge of data.uiapi.query.Opportunity.edges as { node: object }[]) {
        edge.node = Object.fromEntries(
            Object.entries(edge.node).filter(([key]) => !HIDDEN_ON_OPPORTUNITY.includes(key))
        );
    }
    return data;
}

async function mountPanel(data: unknown): Promise<HTMLElement> {
    const { element } = await mountAnswered(
        'c-pipeline-health-panel',
        PipelineHealthPanel,
        {},
        data
    );
    return element;
}

describe('c-pipeline-health-panel for a user field-level security hides fields from', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(endPanelTest);

    it('still shows the pipeline and names the fields it cannot show', async () => {
        const element = await mountPanel(responseWithoutAccess());

        expect(element.shadowRoot!.querySelector('c-error-panel')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).not.toBeNull();
        expect(textOf(shadowQuery(element, 'c-hidden-fields-notice', '[data-notice]'))).toContain(
            'c.Atlas_Hidden_Fields_Notice'
        );
        expect(
            shadowQueryAll(element, 'c-hidden-fields-notice', '[data-hidden-field]').map(textOf)
        ).toEqual(['Opportunity.Amount', 'Opportunity.Loss_Reason__c']);
        await expect(element).toBeAccessible();
    });

    it('shows no notice to a user who can read every field', async () => {
        const element = await mountPanel(pipelineFixture);

        expect(shadowQuery(element, 'c-hidden-fields-notice', '[data-notice]')).toBeNull();
    });
});
