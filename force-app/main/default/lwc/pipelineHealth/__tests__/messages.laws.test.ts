/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "check*"] }] */
// Every sentence Home's pipeline assessment says is a custom label with its parameters: each label
// the helper can name exists (both forms of a counted one), every placeholder is filled and every
// parameter placed, and nothing shown keeps a "{0}" — over the sample, generated pipelines (sound
// and malformed) and bad settings, in English and German.
import fc from 'fast-check';
import { join } from 'node:path';
import { localeStyle, renderMessage } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import { assessPipeline, PIPELINE_MESSAGE_LABELS } from 'c/pipelineHealth';
import type { PipelineHealth } from 'c/pipelineHealth';
import { readLabels } from '../../../../../../local/preview/labels';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import {
    messageProblems,
    placeholdersOf,
    withPlainRecordTexts
} from '../../../../../../scripts/messages/messageProblems';
import { inputArb, shownInputArb } from './arbitraries';
import { workedExample } from './fixtures';
import { SAMPLE_AS_OF, SAMPLE_STAGES, loadSamplePlan } from './samplePlan';

const LABELS = readLabels(join(__dirname, '..', '..', '..', '..', '..', '..'));
const LISTED: ReadonlySet<string> = new Set(PIPELINE_MESSAGE_LABELS);
const GERMAN = localeStyle(Object.fromEntries(LABELS), 'de-DE');

/** Every message an assessment carries: the panel shows each of them. */
function messagesOf(health: PipelineHealth): Message[] {
    return [
        ...health.stages.map((stage) => stage.message),
        health.balance.message,
        health.sizeMix.message,
        ...health.integrity.map((issue) => issue.message),
        ...health.warnings.map((warning) => warning.message),
        ...[
            health.winRate,
            health.noDecisionRate,
            health.competitiveLossRate,
            health.averageCycleDays,
            health.averageWonAmount,
            health.velocityPerDay,
            health.velocityPerPeriod
        ].map((figure) => figure.message)
    ];
}

function checkHealth(health: PipelineHealth): void {
    for (const message of messagesOf(health)) {
        expect(messageProblems(message, LISTED, LABELS)).toEqual([]);
        // A placeholder left unfilled would be {0}, {1}… (record text, which may read "{0}" too,
        // is put as a plain word first).
        const plain = withPlainRecordTexts(message);
        expect(inEnglish(plain)).not.toMatch(/\{\d+\}/);
        expect(renderMessage(plain, GERMAN)).not.toMatch(/\{\d+\}/);
    }
}

describe('pipeline health messages', () => {
    it('has a custom label file for every label the helper can name', () => {
        expect([...LISTED].filter((label) => !LABELS.has(label))).toEqual([]);
    });

    it('numbers each label’s placeholders {0}, {1}… without a gap', () => {
        for (const label of LISTED) {
            const used = placeholdersOf(LABELS.get(label) ?? '');
            expect([label, used]).toEqual([label, used.map((_, index) => index)]);
        }
    });

    it('words the sample pipeline and the worked example with listed labels, one placeholder per parameter', () => {
        const plan = loadSamplePlan();
        for (const target of plan.targets) {
            checkHealth(
                assessPipeline({
                    opportunities: plan.opportunities,
                    stageHistories: plan.stageHistories,
                    stageOrder: SAMPLE_STAGES,
                    target,
                    asOf: SAMPLE_AS_OF
                })
            );
        }
        checkHealth(assessPipeline(workedExample()));
    });

    it('words every setting out of range', () => {
        const health = assessPipeline(workedExample(), {
            rockMultiple: 1,
            pebbleMultiple: 2,
            rockHeavyShare: 0,
            staleActivityDays: 1.5,
            lookAheadPeriods: -1,
            mediumConfidenceDeals: 20,
            highConfidenceDeals: 5,
            maxStages: 0,
            thinCoverage: 0,
            historyQuarters: 0.5
        });
        // Nine warnings, one per rule (medium 20 is valid; high 5 is then below it).
        const rules = health.warnings
            .filter((w) => w.code === 'INVALID_CONFIG')
            .map((w) => (w.message.params[1] as Message).label);
        expect(new Set(rules).size).toBe(9);
        checkHealth(health);
    });

    it('names only listed labels and fills every placeholder of generated pipelines, in English and German', () => {
        fc.assert(
            fc.property(fc.oneof(inputArb, shownInputArb), (input) => {
                checkHealth(assessPipeline(input));
            }),
            { numRuns: 300 }
        );
    });
});
