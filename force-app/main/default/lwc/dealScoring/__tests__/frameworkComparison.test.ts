/** @jest-environment node */
// The closing comparison of issue #22: every open sample deal scored under TAS (the sample's active
// framework) and under the MEDDICC template, its qualification questions mapped to MEDDICC's letters
// by the template's own mapping. Prints both scores per deal; only the qualification factor may
// differ, and each difference is the one the letters' weights give.
import type { FrameworkGroupRecord, StageCriterionRecord } from 'c/atlasModel';
import { FACTORS, resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput } from 'c/dealScoring';
import { prepareDeal } from '../prepare';
import { MEDDICC, mapCriteriaToTemplate } from 'c/salesFramework';
import { loadSamplePlan, sampleOpenDeals } from './sampleDeals';

const plan = loadSamplePlan();
const tasGroups = (plan.get('Framework_Group__c') ?? []) as unknown as FrameworkGroupRecord[];
const criteria = (plan.get('Stage_Criterion__c') ?? []) as unknown as StageCriterionRecord[];
const meddicc = mapCriteriaToTemplate(MEDDICC, criteria, tasGroups, 'TAS');

const factor = (result: DealScore, key: string) => result.factors.find((f) => f.key === key);
const config = resolveConfig();
/** The states of the four mapped questions, in I, D, C, M order ('-': not yet assessed). */
const answers = (result: DealScore): string =>
    ['Identify Pain', 'Decision Criteria', 'Champion', 'Metrics']
        .map((label) => {
            const id = meddicc.criteria.find(
                (c) => c.Framework_Group__c === meddicc.groups.find((g) => g.Name === label)?.Id
            )?.Id;
            const line = factor(result, 'qualification')?.details.find((d) => d.key === id);
            return line ? line.status : '-';
        })
        .join(', ');
/** Each factor's points before they are rounded to tenths for show. */
const rawPoints = (input: DealScoringInput): Record<string, number> => {
    const deal = prepareDeal(input, config);
    return Object.fromEntries(FACTORS.map((f) => [f.key, f.points(deal, config)]));
};

describe('TAS against MEDDICC on the open sample deals', () => {
    const rows = sampleOpenDeals().map((deal) => {
        const tas = scoreDeal({ ...deal, frameworkGroups: tasGroups });
        const letters = scoreDeal({
            ...deal,
            criteria: meddicc.criteria,
            frameworkGroups: meddicc.groups
        });
        const raw = rawPoints({ ...deal, frameworkGroups: tasGroups });
        const rawLetters = rawPoints({
            ...deal,
            criteria: meddicc.criteria,
            frameworkGroups: meddicc.groups
        });
        return { name: deal.opportunity.Name, tas, letters, raw, rawLetters };
    });

    it('maps every qualification question of the sample to a MEDDICC letter', () => {
        expect(meddicc.unmapped).toEqual([]);
        const letters = meddicc.criteria
            .filter((c) => !c.Stage__c)
            .map((c) => [
                c.Category__c,
                meddicc.groups.find((g) => g.Id === c.Framework_Group__c)?.Name
            ]);
        expect(letters).toEqual([
            ['Is there an opportunity?', 'Identify Pain'],
            ['Can we compete?', 'Decision Criteria'],
            ['Can we win?', 'Champion'],
            ['Is it worth winning?', 'Metrics']
        ]);
    });

    it('changes only the qualification factor, and prints both scores per deal', () => {
        const lines = [
            'deal | TAS | MEDDICC | qualification TAS → MEDDICC (of 20) | I, D, C, M answered'
        ];
        for (const { name, tas, letters, raw, rawLetters } of rows) {
            for (const key of ['evidence', 'relationships', 'hygiene']) {
                expect(rawLetters[key]).toBe(raw[key]);
            }
            lines.push(
                `${name} | ${tas.score} | ${letters.score} | ${factor(tas, 'qualification')?.earned} → ${factor(letters, 'qualification')?.earned} | ${answers(letters)}`
            );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        expect(rows.length).toBeGreaterThanOrEqual(12);
    });

    it('names MEDDICC’s letters in the qualification reason, the unasked ones too', () => {
        const reason = rows[0]?.letters.factors.find((f) => f.key === 'qualification')?.details;
        expect(reason?.filter((d) => d.status === 'not configured').map((d) => d.key)).toEqual([
            'Economic Buyer',
            'Decision Process',
            'Competition'
        ]);
    });
});
