// The scoring settings helper: defaults when nothing is saved, blanks take the defaults, what makes
// settings unusable (with the numbers the message shows), and the mapping the scoring cores take.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, resolveConfig, scoreDeal } from 'c/dealScoring';
import { DEFAULT_PIPELINE_CONFIG } from 'c/pipelineHealth';
import {
    PROBLEM_TEXTS,
    SCORING_SETTINGS_FIELDS,
    dealScoringOverridesOf,
    defaultSettingValues,
    describeProblem,
    parseSettingInput,
    pipelineOverridesOf,
    scoringSettingsOf,
    settingProblems,
    settingsFieldsToSave
} from 'c/scoringSettings';
import { sampleOpenDeals } from '../../dealScoring/__tests__/sampleDeals';

const SAVED = {
    Id: 'a0FDn0000000001AAA',
    Evidence_Weight__c: 30,
    Qualification_Weight__c: 20,
    Relationships_Weight__c: 30,
    Hygiene_Weight__c: 20,
    At_Risk_Below__c: 50,
    Watch_Below__c: 80,
    Stale_Activity_Days__c: 14,
    Stale_Relationship_Days__c: 120,
    Days_In_Stage__c: 60,
    History_Quarters__c: 6,
    Unknown_Evidence_Credit__c: 40,
    Unknown_Qualification_Credit__c: 25,
    Unknown_Relationships_Credit__c: 10
};

describe('scoring settings: defaults', () => {
    it('with no saved record, uses the built-in defaults and scores exactly as the scoring core does alone', () => {
        const settings = scoringSettingsOf(null);
        expect(settings).toEqual({
            recordId: null,
            values: {
                Evidence_Weight__c: DEFAULT_CONFIG.weights.evidence,
                Qualification_Weight__c: DEFAULT_CONFIG.weights.qualification,
                Relationships_Weight__c: DEFAULT_CONFIG.weights.relationships,
                Hygiene_Weight__c: DEFAULT_CONFIG.weights.hygiene,
                At_Risk_Below__c: DEFAULT_CONFIG.bandLimits.atRisk,
                Watch_Below__c: DEFAULT_CONFIG.bandLimits.watch,
                Stale_Activity_Days__c: DEFAULT_CONFIG.staleActivityDays,
                Stale_Relationship_Days__c: DEFAULT_CONFIG.staleRelationshipDays,
                Days_In_Stage__c: DEFAULT_CONFIG.defaultDaysInStage,
                History_Quarters__c: DEFAULT_PIPELINE_CONFIG.historyQuarters,
                Unknown_Evidence_Credit__c: 50,
                Unknown_Qualification_Credit__c: 50,
                Unknown_Relationships_Credit__c: 20
            },
            problems: []
        });
        expect(dealScoringOverridesOf(settings)).toBeNull();
        expect(pipelineOverridesOf(settings)).toBeNull();
    });

    it('the defaults are themselves valid settings, and one activity limit serves the deal score and the pipeline', () => {
        expect(settingProblems(defaultSettingValues())).toEqual([]);
        expect(DEFAULT_PIPELINE_CONFIG.staleActivityDays).toBe(DEFAULT_CONFIG.staleActivityDays);
    });

    it('a saved record holding the default values scores every sample deal as the defaults do', () => {
        const saved = scoringSettingsOf({ Id: 'a0FDn0000000001AAA', ...defaultSettingValues() });
        const overrides = dealScoringOverridesOf(saved);
        expect(overrides).not.toBeNull();
        for (const input of sampleOpenDeals()) {
            const plain = scoreDeal(input, null, { nextActions: false });
            const withSettings = scoreDeal(input, overrides, { nextActions: false });
            expect([withSettings.score, withSettings.band]).toEqual([plain.score, plain.band]);
        }
    });

    it('blank fields of a saved record take their defaults', () => {
        const settings = scoringSettingsOf({
            Id: 'a0FDn0000000001AAA',
            Watch_Below__c: 65,
            At_Risk_Below__c: null,
            Days_In_Stage__c: ''
        });
        expect(settings.values).toEqual({ ...defaultSettingValues(), Watch_Below__c: 65 });
        expect(settings.problems).toEqual([]);
    });
});

describe('scoring settings: mapping', () => {
    it('maps a saved record to the deal score and pipeline configuration', () => {
        const settings = scoringSettingsOf(SAVED);
        expect(settings.problems).toEqual([]);
        expect(dealScoringOverridesOf(settings)).toEqual({
            weights: { evidence: 30, qualification: 20, relationships: 30, hygiene: 20 },
            bandLimits: { atRisk: 50, watch: 80 },
            staleActivityDays: 14,
            staleRelationshipDays: 120,
            defaultDaysInStage: 60,
            unknownCredits: { evidence: 0.4, qualification: 0.25, relationships: 0.1 }
        });
        expect(pipelineOverridesOf(settings)).toEqual({
            staleActivityDays: 14,
            historyQuarters: 6
        });
    });

    it('refuses a "nobody mapped" credit above what one mapped person who does not oppose us earns', () => {
        const settings = scoringSettingsOf({ ...SAVED, Unknown_Relationships_Credit__c: 21 });
        expect(settings.problems.map(describeProblem)).toEqual([
            'Unknown_Relationships_Credit__c: Enter at most 20: one mapped person who does not oppose us earns 20%, and nobody mapped must not earn more, or mapping them would lower the score.'
        ]);
        expect(
            scoringSettingsOf({ ...SAVED, Unknown_Relationships_Credit__c: 20 }).problems
        ).toEqual([]);
    });

    it('reads numbers the REST and Bulk APIs give as text', () => {
        const settings = scoringSettingsOf({
            ...SAVED,
            Watch_Below__c: '75',
            At_Risk_Below__c: '45.0'
        });
        expect(settings.values.Watch_Below__c).toBe(75);
        expect(settings.values.At_Risk_Below__c).toBe(45);
        expect(settings.problems).toEqual([]);
    });

    it('moves a deal between bands when the band thresholds move', () => {
        const deal = sampleOpenDeals().find(
            (input) => scoreDeal(input, null, { nextActions: false }).band === 'Healthy'
        )!;
        const { score } = scoreDeal(deal, null, { nextActions: false });
        const settings = scoringSettingsOf({
            Id: SAVED.Id,
            ...defaultSettingValues(),
            Watch_Below__c: score + 1
        });
        const moved = scoreDeal(deal, dealScoringOverridesOf(settings), { nextActions: false });
        expect([moved.score, moved.band]).toEqual([score, 'Watch']);
    });

    it('hands the scoring core frozen settings it resolves once for a whole bulk run', () => {
        const overrides = dealScoringOverridesOf(scoringSettingsOf(SAVED))!;
        expect(Object.isFrozen(overrides) && Object.isFrozen(overrides.weights)).toBe(true);
        expect(resolveConfig(overrides)).toBe(resolveConfig(overrides));
        expect(resolveConfig(overrides)).toEqual(
            resolveConfig(JSON.parse(JSON.stringify(overrides)) as typeof overrides)
        );
    });

    it('saves every setting, never only the changed ones', () => {
        expect(Object.keys(settingsFieldsToSave(defaultSettingValues())).sort()).toEqual(
            [...SCORING_SETTINGS_FIELDS].sort()
        );
    });
});

describe('scoring settings: validation', () => {
    it('refuses weights that do not add up to 100, saying what they add up to', () => {
        const problems = settingProblems({ ...defaultSettingValues(), Hygiene_Weight__c: 10 });
        expect(problems).toEqual([
            { code: 'WEIGHTS_TOTAL', field: null, group: 'weights', params: [95, 100] }
        ]);
        expect(problems.map(describeProblem)).toEqual([
            'The weights add up to 95; make them add up to 100.'
        ]);
    });

    it('refuses band thresholds out of order, and equal ones (no Watch band would be left)', () => {
        for (const [atRisk, watch] of [
            [70, 40],
            [60, 60]
        ] as const) {
            const problems = settingProblems({
                ...defaultSettingValues(),
                At_Risk_Below__c: atRisk,
                Watch_Below__c: watch
            });
            expect(problems.map(describeProblem)).toEqual([
                `At_Risk_Below__c: At Risk below (${atRisk}) must be lower than Watch below (${watch}).`
            ]);
        }
    });

    it('refuses blanks, fractions, negatives and values past the field range, one message per field', () => {
        const problems = settingProblems({
            ...defaultSettingValues(),
            Evidence_Weight__c: null,
            Watch_Below__c: 101,
            Stale_Activity_Days__c: 0,
            Days_In_Stage__c: 2.5
        });
        expect(problems.map(describeProblem)).toEqual([
            'Evidence_Weight__c: Enter a whole number from 0 to 100.',
            'Watch_Below__c: Enter a whole number from 0 to 100.',
            'Stale_Activity_Days__c: Enter a whole number from 1 to 9999.',
            'Days_In_Stage__c: Enter a whole number from 1 to 9999.'
        ]);
    });

    it('names a saved value that is not a number at all', () => {
        const settings = scoringSettingsOf({ ...SAVED, Watch_Below__c: 'seventy' });
        expect(settings.problems.map(describeProblem)).toEqual([
            'Watch_Below__c: Enter a whole number from 0 to 100.'
        ]);
    });

    it('reads typed input: numbers, blanks and words', () => {
        expect(['42', ' 7 ', '', '  ', 'abc', '1e2', 3].map(parseSettingInput)).toEqual([
            42,
            7,
            null,
            null,
            null,
            100,
            3
        ]);
    });
});

describe('scoring settings: wording', () => {
    it('the English texts the atlas command prints are the custom labels the panels show', () => {
        const labelsDir = join(__dirname, '../../../labels');
        const labelOf = (name: string): string => {
            const xml = readFileSync(join(labelsDir, `${name}.label-meta.xml`), 'utf8');
            return /<value>(.*)<\/value>/.exec(xml)?.[1] ?? '';
        };
        expect({
            RANGE: labelOf('Atlas_SS_Problem_Range'),
            WEIGHTS_TOTAL: labelOf('Atlas_SS_Problem_Weights_Total'),
            BANDS_ORDER: labelOf('Atlas_SS_Problem_Bands_Order'),
            UNKNOWN_RELATIONSHIPS_CREDIT: labelOf('Atlas_SS_Problem_Unknown_Relationships_Credit')
        }).toEqual(PROBLEM_TEXTS);
    });
});
