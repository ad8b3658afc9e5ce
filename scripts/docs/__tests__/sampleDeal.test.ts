/** @jest-environment node */
import { inEnglish } from '../../messages/englishMessages';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig, scoreDeal, stageHistoryFromSnapshots } from 'c/dealScoring';
import { formatBreakdown } from '../breakdown';
import { DEFAULT_DEAL, loadSamplePlan, sampleDealInput, SAMPLE_TODAY } from '../sampleDeal';

const DATA_DIR = resolve(__dirname, '..', '..', '..', 'data');

function record(
    type: string,
    referenceId: string,
    fields: Record<string, unknown>
): Record<string, unknown> {
    return { attributes: { type, referenceId }, ...fields };
}

describe('a tiny data plan', () => {
    let dir: string;

    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
        const files: Record<string, unknown[]> = {
            'Contact.json': [
                record('Contact', 'C1', { FirstName: 'Ada', LastName: 'Lovelace' }),
                record('Contact', 'C2', { LastName: 'Outsider' })
            ],
            'Buying_Center__c.json': [record('Buying_Center__c', 'B1', { Name: 'Finance' })],
            'Buying_Center_Member__c.json': [
                record('Buying_Center_Member__c', 'M1', {
                    Buying_Center__c: '@B1',
                    Contact__c: '@C1'
                })
            ],
            'Opportunity.json': [
                record('Opportunity', 'O1', {
                    Name: 'Deal One',
                    StageName: 'Qualification',
                    Buying_Center__c: '@B1'
                }),
                record('Opportunity', 'O2', { Name: 'Deal Two', StageName: 'Prospecting' }),
                record('Opportunity', 'O3', { Name: 'Old Deal', StageName: 'Closed Won' })
            ],
            'Deal_Evidence__c.json': [
                record('Deal_Evidence__c', 'E1', { Opportunity__c: '@O1', State__c: 'Yes' }),
                record('Deal_Evidence__c', 'E2', { Opportunity__c: '@O2', State__c: 'No' })
            ]
        };
        const plan = Object.keys(files).map((file) => ({
            sobject: file.replace('.json', ''),
            files: [file]
        }));
        writeFileSync(join(dir, 'sample-data-plan.json'), JSON.stringify(plan));
        for (const [file, records] of Object.entries(files)) {
            writeFileSync(join(dir, file), JSON.stringify({ records }));
        }
    });

    afterAll(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it('resolves @references to the referenced record ids', () => {
        const member = loadSamplePlan(dir).get('Buying_Center_Member__c')?.[0];
        expect(member).toEqual({ Id: 'M1', Buying_Center__c: 'B1', Contact__c: 'C1' });
    });

    it("builds the named deal's input: its own evidence, its buying center's members, their names", () => {
        const input = sampleDealInput(loadSamplePlan(dir), 'Deal One', '2026-01-01');
        expect(input.opportunity).toMatchObject({ Id: 'O1', IsClosed: false });
        expect(input.evidence.map((evidence) => evidence.Id)).toEqual(['E1']);
        expect(input.members.map((member) => member.Id)).toEqual(['M1']);
        expect(input.contacts).toEqual([{ Id: 'C1', Name: 'Ada Lovelace' }]);
        expect(input.buyingCenterName).toBe('Finance');
        expect(input.asOf).toBe('2026-01-01');
    });

    it('names the open deals when the deal asked for is not there', () => {
        expect(() => sampleDealInput(loadSamplePlan(dir), 'Nope', '2026-01-01')).toThrow(
            'No deal called "Nope" in the sample data. Open deals: Deal One; Deal Two.'
        );
    });
});

describe('stage history from snapshots', () => {
    it('keeps the first snapshot of each new stage, in time order', () => {
        const history = stageHistoryFromSnapshots([
            {
                Id: 'S3',
                Opportunity__c: 'O',
                Stage__c: 'B',
                Taken_At__c: '2026-11-15T06:00:00.000Z'
            },
            {
                Id: 'S1',
                Opportunity__c: 'O',
                Stage__c: 'A',
                Taken_At__c: '2026-11-01T06:00:00.000Z'
            },
            {
                Id: 'S2',
                Opportunity__c: 'O',
                Stage__c: 'A',
                Taken_At__c: '2026-11-08T06:00:00.000Z'
            }
        ]);
        expect(history).toEqual([
            { StageName: 'A', EnteredAt: '2026-11-01T06:00:00.000Z' },
            { StageName: 'B', EnteredAt: '2026-11-15T06:00:00.000Z' }
        ]);
    });
});

describe('the breakdown on the real sample data', () => {
    it('prints factor totals whose share is the score scoreDeal gives, with no warnings', () => {
        const input = sampleDealInput(
            loadSamplePlan(DATA_DIR),
            'Kestrel - Aftermarket Field Service Mobile',
            SAMPLE_TODAY
        );
        const result = scoreDeal(input);
        const text = formatBreakdown(input, result, resolveConfig());
        const match = /Score: round\(100 × ([\d.]+) \/ ([\d.]+)\) = (\d+)/.exec(text);
        expect(match).not.toBeNull();
        const [, earned, possible, score] = match!;
        expect(Math.round((100 * Number(earned)) / Number(possible))).toBe(Number(score));
        expect(Number(score)).toBe(result.score);
        expect(result.warnings).toEqual([]);
        for (const factor of result.factors) {
            expect(text).toContain(`${inEnglish(factor.label)}: `);
        }
    });

    it('is what docs/deal-scoring.md quotes as the worked example, to the digit', () => {
        const input = sampleDealInput(loadSamplePlan(DATA_DIR), DEFAULT_DEAL, SAMPLE_TODAY);
        const printed = formatBreakdown(input, scoreDeal(input), resolveConfig());
        const doc = readFileSync(resolve(DATA_DIR, '..', 'docs', 'deal-scoring.md'), 'utf8');
        const quoted = /It printed:\n\n```text\n([\s\S]*?)\n```/.exec(doc);
        expect(quoted?.[1]).toBe(printed);
    });
});
