/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "check*"] }] */
// Home's figures add up as shown: the law reads the sentences as the user reads them (English as
// `atlas pipeline` prints it and as the panel words it for en-US), takes the numbers out of the text
// and does the arithmetic by hand, in whole numbers — the velocity a day from open deals × win rate
// × average won ÷ cycle, the velocity per period from the velocity a day, and each stage's value
// factor, value needed, coverage and shortfall — for the sample and for generated pipelines.
import fc from 'fast-check';
import { join } from 'node:path';
import { localeStyle } from 'c/atlasMessages';
import type { MessageStyle } from 'c/atlasMessages';
import { assessPipeline, showPipelineHealth } from 'c/pipelineHealth';
import type { PipelineInput, ShownPipelineHealth } from 'c/pipelineHealth';
import { readLabels } from '../../../../../../local/preview/labels';
import { englishStyle } from '../../../../../../scripts/messages/englishMessages';
import { shownInputArb } from './arbitraries';
import { SAMPLE_AS_OF, SAMPLE_STAGES, loadSamplePlan } from './samplePlan';

const LABELS = Object.fromEntries(readLabels(join(__dirname, '..', '..', '..', '..', '..', '..')));
const STYLES: [string, MessageStyle][] = [
    ['the CLI', englishStyle()],
    ['the panel in en-US', localeStyle(LABELS, 'en-US')]
];
/** A money figure as the panel's tile shows it (lightning-formatted-number, no decimals). */
const TILE = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0
});

const whole = (text: string): bigint => BigInt(text.replace(/[^\d]/g, ''));
/** a ÷ b rounded half up, as a reader rounds by hand. */
const rounded = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

const VELOCITY =
    /^([\d,]+) open deals? × (\d+)% win rate × ([\d,]+) average won ÷ ([\d,]+) days?\.$/;
const PER_PERIOD = /^([\d,]+) a day × ([\d,]+) days in the period\.$/;
const STAGE =
    /^([\d,]+) of the ([\d,]+) that passed (.+) was won: value factor ([\d,]+) ÷ ([\d,]+) = ([\d,]+)\.(\d\d)\. Needed in this stage: target ([\d,]+) × ([\d,]+)\.(\d\d) = ([\d,]+)\. In it now: ([\d,]+), ([\d,]+)% of that\.(?: Short by ([\d,]+)\.)? Learnt from /;

/** The problems a reader multiplying the shown figures would find; none when they add up. */
function arithmeticProblems(health: ShownPipelineHealth): string[] {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
        if (!ok) {
            problems.push(what);
        }
    };
    const perDay = health.velocityPerDay;
    if (perDay.value !== null) {
        const parts = VELOCITY.exec(perDay.message);
        check(parts !== null, `velocity reads "${perDay.message}"`);
        if (parts) {
            const [open, percent, won, days] = parts.slice(1).map((part) => whole(part!));
            const byHand = rounded(open! * percent! * won!, 100n * days!);
            const tile = TILE.format(perDay.value);
            check(
                whole(tile) === byHand,
                `"${perDay.message}" is ${byHand} by hand; ${tile} shown`
            );
        }
    }
    const perPeriod = health.velocityPerPeriod;
    if (perPeriod.value !== null && perDay.value !== null) {
        const parts = PER_PERIOD.exec(perPeriod.message);
        check(parts !== null, `velocity per period reads "${perPeriod.message}"`);
        if (parts) {
            const [aDay, days] = parts.slice(1).map((part) => whole(part!));
            const dayTile = TILE.format(perDay.value);
            check(aDay === whole(dayTile), `"${perPeriod.message}" but ${dayTile} a day shown`);
            const tile = TILE.format(perPeriod.value);
            check(
                whole(tile) === aDay! * days!,
                `"${perPeriod.message}" is ${aDay! * days!}; ${tile} shown`
            );
        }
    }
    for (const stage of health.stages.filter((s) => s.code === 'THIN' || s.code === 'COVERED')) {
        const parts = STAGE.exec(stage.message);
        check(parts !== null, `stage reads "${stage.message}"`);
        if (!parts) {
            continue;
        }
        const [won, passed, , passed2, won2, f1, f2, target, g1, g2, needed, there, percent] =
            parts.slice(1);
        const short = parts[14];
        const factor = whole(f1! + f2!);
        check(passed === passed2 && won === won2, `"${stage.message}": the factor divides others`);
        check(
            rounded(100n * whole(passed!), whole(won!)) === factor,
            `"${stage.message}": ${passed} ÷ ${won} is not ${f1}.${f2}`
        );
        check(f1 + f2! === g1! + g2!, `"${stage.message}": two factors`);
        check(
            rounded(whole(target!) * factor, 100n) === whole(needed!),
            `"${stage.message}": ${target} × ${f1}.${f2} is not ${needed}`
        );
        check(
            rounded(100n * whole(there!), whole(needed!)) === whole(percent!),
            `"${stage.message}": ${there} of ${needed} is not ${percent}%`
        );
        const gap = whole(needed!) - whole(there!);
        check(
            gap > 0n ? short !== undefined && whole(short) === gap : short === undefined,
            `"${stage.message}": short by ${gap}`
        );
        // The chart beside it shows the same value needed.
        check(
            stage.valueNeeded === Number(whole(needed!)),
            `"${stage.message}": chart needs ${stage.valueNeeded}`
        );
    }
    return problems;
}

function checkAddsUp(input: PipelineInput): void {
    const health = assessPipeline(input);
    for (const [, style] of STYLES) {
        expect(arithmeticProblems(showPipelineHealth(health, style))).toEqual([]);
    }
}

describe('Home’s figures add up as shown', () => {
    it('on the sample pipeline, for every target', () => {
        const plan = loadSamplePlan();
        let velocities = 0;
        let stages = 0;
        for (const target of plan.targets) {
            const input = {
                opportunities: plan.opportunities,
                stageHistories: plan.stageHistories,
                stageOrder: SAMPLE_STAGES,
                target,
                asOf: SAMPLE_AS_OF
            };
            checkAddsUp(input);
            const health = assessPipeline(input);
            velocities += health.velocityPerPeriod.value === null ? 0 : 1;
            stages += health.stages.filter((s) => s.valueNeeded !== null).length;
        }
        // The law had something to read: velocities and stages with a value needed.
        expect(velocities).toBeGreaterThan(0);
        expect(stages).toBeGreaterThan(5);
        // The tester's sum: 15 open deals × 53% × 329,000 ÷ 59 days = 44,331.36 a day.
        const q4 = showPipelineHealth(
            assessPipeline({
                opportunities: plan.opportunities,
                stageHistories: plan.stageHistories,
                stageOrder: SAMPLE_STAGES,
                target: plan.targets.find((t) => t.Name === 'Strategic Accounts 2026-Q4')!,
                asOf: SAMPLE_AS_OF
            }),
            englishStyle()
        );
        expect(q4.velocityPerDay.message).toBe(
            '15 open deals × 53% win rate × 329,000 average won ÷ 59 days.'
        );
        expect(TILE.format(q4.velocityPerDay.value!)).toBe('$44,331');
    });

    it('on 2,000 generated pipelines with amounts in cents', () => {
        let measured = 0;
        fc.assert(
            fc.property(shownInputArb, (input) => {
                checkAddsUp(input);
                measured += assessPipeline(input).velocityPerDay.value === null ? 0 : 1;
            }),
            { numRuns: 2000 }
        );
        // Most generated pipelines have a velocity to check, not only stages.
        expect(measured).toBeGreaterThan(600);
    });

    it('catches a sentence that does not multiply', () => {
        const health = showPipelineHealth(
            assessPipeline({
                ...loadSampleQ4()
            }),
            englishStyle()
        );
        const wrong = {
            ...health,
            velocityPerDay: { ...health.velocityPerDay, value: 44_180.84 }
        };
        expect(arithmeticProblems(wrong)).toEqual([
            '"15 open deals × 53% win rate × 329,000 average won ÷ 59 days." is 44331 by hand; $44,181 shown',
            '"44,331 a day × 92 days in the period." but $44,181 a day shown'
        ]);
    });
});

function loadSampleQ4(): PipelineInput {
    const plan = loadSamplePlan();
    return {
        opportunities: plan.opportunities,
        stageHistories: plan.stageHistories,
        stageOrder: SAMPLE_STAGES,
        target: plan.targets.find((t) => t.Name === 'Strategic Accounts 2026-Q4')!,
        asOf: SAMPLE_AS_OF
    };
}
