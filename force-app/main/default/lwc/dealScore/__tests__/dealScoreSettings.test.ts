// The Deal Score panel scores with the org's saved scoring settings (Scoring_Settings__c, read in the
// panel's one GraphQL request): other band thresholds move the shown band, other weights the shown
// score, and settings that cannot be used are refused with a message saying who can fix them.
import DealScore from 'c/dealScore';
import { updateRecord, createRecord } from 'lightning/uiRecordApi';
import { scoreDeal } from 'c/dealScoring';
import { dealScoreFromGraphQL, dealScoringInputOf } from 'c/atlasData';
import { errorMessages, pinClock, shadowQuery, textOf } from './panelTestUtils';
import dealScoreFixture from './data/dealScore.json';
import { endPanelTest, mountAnswered } from '../../../../../../jest/panelTests';

jest.mock(
    '@salesforce/label/c.Atlas_SS_Saved_Invalid',
    () => ({
        default:
            'The saved scoring settings cannot be used: {0} Sales ops can fix them on the Stage Criteria Setup page.'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SS_Problem_Weights_Total',
    () => ({ default: 'The weights add up to {0}; make them add up to {1}.' }),
    { virtual: true }
);

jest.mock('@salesforce/label/c.Atlas_DS_Factor_Points', () => ({ default: '{0} of {1} points' }), {
    virtual: true
});

const OPPORTUNITY_ID = '006Dn0000000026AAA';
const BANDS = {
    'At Risk': 'c.Atlas_DS_Band_At_Risk',
    Watch: 'c.Atlas_DS_Band_Watch',
    Healthy: 'c.Atlas_DS_Band_Healthy'
};

const DEFAULTS = {
    Evidence_Weight__c: 40,
    Qualification_Weight__c: 20,
    Relationships_Weight__c: 25,
    Hygiene_Weight__c: 15,
    At_Risk_Below__c: 40,
    Watch_Below__c: 70,
    Stale_Activity_Days__c: 30,
    Days_In_Stage__c: 45
};

function withSettings(values: Record<string, number> | null): unknown {
    const data = JSON.parse(JSON.stringify(dealScoreFixture)) as {
        uiapi: { query: Record<string, unknown> };
    };
    data.uiapi.query.Scoring_Settings__c = {
        edges: values
            ? [
                  {
                      node: {
                          Id: 'a0GDn0000000001AAA',
                          ...Object.fromEntries(
                              Object.entries(values).map(([field, value]) => [field, { value }])
                          )
                      }
                  }
              ]
            : []
    };
    return data;
}

async function shown(data: unknown): Promise<{ score: string; band: string; element: Element }> {
    const { element } = await mountAnswered(
        'c-deal-score',
        DealScore,
        { recordId: OPPORTUNITY_ID },
        data
    );
    const summary = shadowQuery(element, 'c-deal-score-summary');
    return {
        score: textOf(summary ? shadowQuery(summary, '[data-value="score"]') : null),
        band: textOf(summary ? shadowQuery(summary, '[data-value="band"]') : null),
        element
    };
}

describe('c-deal-score with saved scoring settings', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
        (updateRecord as unknown as jest.Mock).mockResolvedValue({});
        (createRecord as unknown as jest.Mock).mockResolvedValue({ id: 'a0EDn0000000999AAA' });
    });

    afterEach(endPanelTest);

    it('shows the same score with no settings saved as with the defaults saved', async () => {
        const none = await shown(withSettings(null));
        document.body.removeChild(none.element);
        const defaults = await shown(withSettings(DEFAULTS));
        expect(defaults.score).toBe(none.score);
        expect(defaults.band).toBe(none.band);
        expect(none.score).toMatch(/^\d+$/);
    });

    it('moves the deal to another band when the thresholds move, with the same score', async () => {
        const before = await shown(withSettings(null));
        const score = Number(before.score);
        document.body.removeChild(before.element);
        // Thresholds either side of the deal's own score put it in each band in turn.
        const cases: [number, number, keyof typeof BANDS][] = [
            [score + 1, score + 2, 'At Risk'],
            [score - 1, score + 1, 'Watch'],
            [score - 2, score - 1, 'Healthy']
        ];
        for (const [atRisk, watch, band] of cases) {
            const after = await shown(
                withSettings({ ...DEFAULTS, At_Risk_Below__c: atRisk, Watch_Below__c: watch })
            );
            expect([after.score, after.band]).toEqual([String(score), BANDS[band]]);
            document.body.removeChild(after.element);
        }
    });

    it('weighs the factors as saved', async () => {
        const weights = {
            ...DEFAULTS,
            Evidence_Weight__c: 70,
            Qualification_Weight__c: 10,
            Relationships_Weight__c: 10,
            Hygiene_Weight__c: 10
        };
        const input = dealScoringInputOf(dealScoreFromGraphQL(dealScoreFixture), '2026-11-22')!;
        const expected = scoreDeal(input, {
            weights: { evidence: 70, qualification: 10, relationships: 10, hygiene: 10 }
        });
        expect(expected.score).not.toBe(scoreDeal(input).score);

        const after = await shown(withSettings(weights));
        expect(after.score).toBe(String(expected.score));
        // Each factor is out of its saved weight.
        const factors = shadowQuery(after.element, 'c-deal-score-factors')!.shadowRoot!;
        expect(factors.textContent!.match(/of \d+ points/g)).toEqual([
            'of 70 points',
            'of 10 points',
            'of 10 points',
            'of 10 points'
        ]);
    });

    it('refuses saved settings that cannot be used, saying why and who can fix them', async () => {
        const after = await shown(withSettings({ ...DEFAULTS, Hygiene_Weight__c: 25 }));

        expect(after.score).toBe('');
        expect(errorMessages(shadowQuery(after.element, 'c-error-panel'))).toEqual([
            'The saved scoring settings cannot be used: The weights add up to 110; make them add up to 100. Sales ops can fix them on the Stage Criteria Setup page.'
        ]);
        expect(updateRecord).not.toHaveBeenCalled();
    });
});
