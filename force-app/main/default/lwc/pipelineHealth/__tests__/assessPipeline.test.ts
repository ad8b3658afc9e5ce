/** @jest-environment node */
import { assessPipeline as assess } from 'c/pipelineHealth';
import { pipelineHealthInEnglish } from '../../../../../../scripts/messages/englishMessages';
import type { OpportunityRecord, StageChange } from 'c/atlasModel';
import type { ShownPipelineHealth as PipelineHealth } from 'c/pipelineHealth';
import {
    AS_OF,
    CLOSED,
    HISTORIES,
    OPEN,
    STAGES,
    TARGET,
    deal,
    lost,
    won,
    workedExample
} from './fixtures';

/** The assessment as `atlas pipeline` and the docs word it: these tests read its English. */
const assessPipeline = (...args: Parameters<typeof assess>): PipelineHealth =>
    pipelineHealthInEnglish(assess(...args));

describe('assessPipeline: the worked example', () => {
    let health: PipelineHealth;
    beforeAll(() => {
        health = assessPipeline(workedExample());
    });

    it('learns each stage\u2019s value factor from the value that passed it and was won', () => {
        // Qualify: w1, w2, l1, l2, l3 passed: 600, of which 200 won → PVF 3.
        // Propose: w1, w2, l1, l2 passed: 400, 200 won → 2. Negotiate: w1, w2: 200, 200 won → 1.
        expect(
            health.stages.map((s) => [s.stage, s.position, s.pvf, s.valueNeeded, s.history])
        ).toEqual([
            ['Qualify', 1, 3, 300, { deals: 5, wonDeals: 2, passedValue: 600, wonValue: 200 }],
            ['Propose', 2, 2, 200, { deals: 4, wonDeals: 2, passedValue: 400, wonValue: 200 }],
            ['Negotiate', 3, 1, 100, { deals: 2, wonDeals: 2, passedValue: 200, wonValue: 200 }]
        ]);
    });

    it('counts open deals closing by the end of the next period, and says which it left out', () => {
        // The period has 92 days, so deals closing by 2027-04-02 count; o5 (500 in Propose) closes
        // on 2027-06-01 and does not.
        expect(health.period).toEqual({
            target: 100,
            start: '2026-10-01',
            end: '2026-12-31',
            days: 92,
            countsCloseDatesThrough: '2027-04-02'
        });
        expect(
            health.stages.map((s) => [s.valueThere, s.dealCount, s.coverage, s.notCounted, s.code])
        ).toEqual([
            [300, 1, 1, { count: 0, value: 0 }, 'COVERED'],
            [150, 1, 0.75, { count: 1, value: 500 }, 'THIN'],
            [10, 2, 0.1, { count: 0, value: 0 }, 'THIN']
        ]);
    });

    it('explains each stage in a sentence with the history behind it', () => {
        expect(health.stages[0]!.message).toBe(
            '200 of the 600 that passed Qualify was won: value factor 600 ÷ 200 = 3.00. Needed in this stage: target 100 × 3.00 = 300. In it now: 300, 100% of that. Learnt from 5 closed deals: low confidence.'
        );
        expect(health.stages[1]!.message).toBe(
            '200 of the 400 that passed Propose was won: value factor 400 ÷ 200 = 2.00. Needed in this stage: target 100 × 2.00 = 200. In it now: 150, 75% of that. Short by 50. Learnt from 4 closed deals: low confidence.'
        );
        expect(health.stages.map((s) => s.confidence)).toEqual(['low', 'low', 'low']);
    });

    it('counts the deals each stage needs from deals passed per deal won', () => {
        // One win of 100 (the average won deal) makes the target of 100. Qualify: 5 passed per 2
        // won → 2.5 deals, rounded up to 3; Propose 4 per 2 → 2; Negotiate 2 per 2 → 1.
        expect(health.stages.map((s) => s.dealsNeeded)).toEqual([3, 2, 1]);
    });

    it('finds the thin stages and measures how evenly the need is met', () => {
        // Capped coverages 1, 0.75, 0.1: pair differences 0.25 + 0.9 + 0.65 = 1.8; evenness =
        // 1 − 1.8 ÷ (2 × 1.85) = 19/37.
        expect(health.balance).toEqual({
            evenness: expect.closeTo(19 / 37, 12),
            spread: expect.closeTo(0.9, 12),
            thinStages: ['Propose', 'Negotiate'],
            emptyStages: [],
            weakestStage: 'Negotiate',
            strongestStage: 'Qualify',
            code: 'THIN_STAGES',
            message:
                'Short of value in Propose, Negotiate: fill these stages now or the gap shows up later in the period. Negotiate is the weakest at 10% of what it needs.'
        });
    });

    it('sorts open deals into rocks, stones and pebbles around the median deal', () => {
        // Open amounts 10, 150, 300, 500 → median 225; rocks ≥ 450, pebbles ≤ 112.5; o4 has none.
        expect(health.sizeMix).toEqual({
            medianAmount: 225,
            rockThreshold: 450,
            pebbleThreshold: 112.5,
            rocks: { count: 1, value: 500, share: 500 / 960, opportunityIds: ['o5'] },
            stones: { count: 2, value: 450, share: 450 / 960, opportunityIds: ['o1', 'o2'] },
            pebbles: { count: 1, value: 10, share: 10 / 960, opportunityIds: ['o3'] },
            code: 'MIXED',
            message: '1 rock, 2 stones and 1 pebble around a median deal of 225.'
        });
    });

    it('lists the data to fix with the opportunity id and a sentence', () => {
        expect(health.integrity).toEqual([
            {
                opportunityId: 'o3',
                opportunityName: 'Deal o3',
                dealStatus: 'open',
                code: 'CLOSE_DATE_PAST',
                message:
                    'Deal o3 was due to close on 2026-11-01, which has passed: close it or move the date.'
            },
            {
                opportunityId: 'o4',
                opportunityName: 'Deal o4',
                dealStatus: 'open',
                code: 'NO_AMOUNT',
                message:
                    'Deal o4 has no amount, so it adds nothing to the pipeline value: estimate one.'
            },
            {
                opportunityId: 'o4',
                opportunityName: 'Deal o4',
                dealStatus: 'open',
                code: 'STALE',
                message: 'Deal o4 has had no activity for 82 days: is it still alive?'
            }
        ]);
    });

    it('measures win rate, no-decision rate, cycle, average won deal and velocity', () => {
        expect(health.winRate).toEqual({
            key: 'winRate',
            value: 0.4,
            confidence: 'low',
            basedOn: 5,
            code: 'MEASURED',
            message:
                '2 won of the 5 deals closed in the window (lost: 1 no decision, 1 to a competitor, 1 for another reason).'
        });
        expect(health.noDecisionRate).toMatchObject({
            basedOn: 5,
            message: '1 of the 5 deals closed in the window ended with no decision.'
        });
        expect(health.noDecisionRate.value).toBeCloseTo(0.2, 12);
        // w1 and w2: 60 days from created to closed. l1 and l2 have no created date; their stage
        // history starts on 2026-01-01, 180 days before they closed on 2026-06-30. l3 has neither.
        expect(health.averageCycleDays).toMatchObject({
            value: 120,
            basedOn: 4,
            message:
                'Average from start (the earlier of created date and first stage change) to close over 4 deals closed in the window (1 without usable dates left out).'
        });
        expect(health.averageWonAmount.value).toBe(100);
        // 5 open deals × 40% × 100 ÷ 120 days; the velocity a day as shown (2) × 92 days in the
        // period, so the sentence multiplies as it reads.
        expect(health.velocityPerDay.value).toBeCloseTo(200 / 120, 12);
        expect(health.velocityPerDay.message).toBe(
            '5 open deals × 40% win rate × 100 average won ÷ 120 days.'
        );
        expect(health.velocityPerDay.confidence).toBe('low');
        expect(health.velocityPerPeriod.value).toBe(2 * 92);
        expect(health.velocityPerPeriod.message).toBe('2 a day × 92 days in the period.');
    });

    it('warns that lost deals without history make later factors optimistic', () => {
        expect(health.warnings).toEqual([
            {
                code: 'LOST_WITHOUT_HISTORY',
                message:
                    '1 lost deal has no stage history, so it is counted as lost in Qualify only; the factors of later stages may be optimistic.'
            }
        ]);
    });
});

describe('assessPipeline: how the closed deals in the window ended', () => {
    const competitive = (Id: string, competitor: string | null, CloseDate = '2026-05-15') =>
        lost(Id, {
            Amount: 50,
            CloseDate,
            Loss_Reason__c: 'Outsold',
            Competitor_Won__c: competitor
        });
    const health = assessPipeline({
        opportunities: [
            ...CLOSED,
            competitive('c1', 'Northwind Analytics'),
            competitive('c2', ' Northwind Analytics '),
            competitive('c3', 'Contoso'),
            competitive('c4', null),
            // Outside the window (2025-10-01 to 2026-09-30): a loss years ago, and a close date
            // typed far in the future, count in no rate.
            competitive('old', 'Fabrikam', '2024-03-31'),
            won('future', {
                Amount: 100,
                CreatedDate: '2026-01-01T09:00:00.000Z',
                CloseDate: '2099-12-31'
            }),
            ...OPEN
        ],
        stageHistories: HISTORIES,
        stageOrder: STAGES,
        target: TARGET,
        asOf: AS_OF
    });

    it('gives the competitive-loss rate of the same closed deals as the win rate, naming who won', () => {
        // 9 closed in the window: w1, w2 won; l2 no decision; l1 and c1–c4 outsold; l3 not qualified.
        expect(health.competitiveLossRate).toEqual({
            key: 'competitiveLossRate',
            value: 5 / 9,
            confidence: 'low',
            basedOn: 9,
            code: 'MEASURED',
            message:
                '5 of the 9 deals closed in the window went to a competitor: Northwind Analytics (2), Contoso (1), 2 not named.'
        });
        expect(health.winRate.basedOn).toBe(9);
        expect(health.noDecisionRate.basedOn).toBe(9);
    });

    it('counts outcomes that add up to the closed deals the rates rest on', () => {
        const { outcomes } = health;
        expect(outcomes).toEqual({
            closed: 9,
            won: 2,
            noDecision: 1,
            competitive: 5,
            otherLost: 1,
            competitors: [
                { name: 'Northwind Analytics', deals: 2 },
                { name: 'Contoso', deals: 1 }
            ],
            competitorUnnamed: 2
        });
        expect(outcomes.won + outcomes.noDecision + outcomes.competitive + outcomes.otherLost).toBe(
            outcomes.closed
        );
        expect(health.winRate.message).toBe(
            '2 won of the 9 deals closed in the window (lost: 1 no decision, 5 to a competitor, 1 for another reason).'
        );
    });

    it('leaves a far-future close date out of the cycle length and the velocity', () => {
        // w1 and w2 (60 days each), l1 and l2 (180 days each): the 2099 win would add 26,000 days.
        expect(health.averageCycleDays.value).toBe(120);
        expect(health.averageWonAmount).toMatchObject({ value: 100, basedOn: 2 });
    });
});

describe('assessPipeline: thin and missing history', () => {
    it('says there is not enough history instead of inventing factors', () => {
        const health = assessPipeline({
            opportunities: OPEN,
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(
            health.stages.map((s) => [s.pvf, s.valueNeeded, s.coverage, s.confidence, s.code])
        ).toEqual([
            [null, null, null, 'none', 'NOT_ENOUGH_HISTORY'],
            [null, null, null, 'none', 'NOT_ENOUGH_HISTORY'],
            [null, null, null, 'none', 'NOT_ENOUGH_HISTORY']
        ]);
        expect(health.stages[0]!.message).toBe(
            'Not enough history: no closed deal with an amount has passed Qualify yet, so the value it needs is unknown.'
        );
        expect(health.winRate).toEqual({
            key: 'winRate',
            value: null,
            confidence: 'none',
            basedOn: 0,
            code: 'NOT_ENOUGH_HISTORY',
            message: 'Not enough history: no deals closed in the window to measure the win rate.'
        });
        expect(health.velocityPerDay.code).toBe('MISSING_INPUTS');
        expect(health.balance.code).toBe('UNKNOWN');
        // The value there is still known: it does not depend on history.
        expect(health.stages.map((s) => s.valueThere)).toEqual([300, 150, 10]);
    });

    it('says so when nothing that passed a stage was ever won', () => {
        const health = assessPipeline({
            opportunities: [lost('x1', { Amount: 50 }), lost('x2', { Amount: 70 })],
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.stages[0]).toMatchObject({
            pvf: null,
            code: 'NEVER_WON',
            confidence: 'none'
        });
        expect(health.stages[0]!.message).toBe(
            'None of the 2 deals that passed Qualify and closed was won, so no multiple of the target is enough; the value needed is unknown.'
        );
        expect(health.winRate.value).toBe(0);
    });

    it.each([
        [9, 'low'],
        [10, 'medium'],
        [29, 'medium'],
        [30, 'high']
    ])('trusts a win rate learnt from %i closed deals with %s confidence', (count, confidence) => {
        const history = Array.from({ length: count }, (_, i) =>
            lost(`h${String(i).padStart(2, '0')}`, { Amount: 10 })
        );
        const health = assessPipeline({
            opportunities: history,
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.winRate).toMatchObject({ confidence, basedOn: count });
    });

    it('counts a deal as having passed every stage up to the furthest it reached, skipped or not', () => {
        // s1 (won, 100) skipped Propose on its way to Negotiate: it passed Propose all the same.
        // Qualify and Propose: s1 and s2 passed 200, 100 won → 2. Negotiate: s1, 100 of 100 → 1.
        const health = assessPipeline({
            opportunities: [won('s1', { Amount: 100 }), lost('s2', { Amount: 100 })],
            stageHistories: {
                s1: [
                    { StageName: 'Qualify', EnteredAt: '2026-01-01' },
                    { StageName: 'Negotiate', EnteredAt: '2026-02-01' }
                ],
                s2: [
                    { StageName: 'Qualify', EnteredAt: '2026-01-01' },
                    { StageName: 'Propose', EnteredAt: '2026-02-01' }
                ]
            },
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.stages.map((s) => [s.pvf, s.code, s.history.deals])).toEqual([
            [2, 'THIN', 2],
            [2, 'THIN', 2],
            [1, 'THIN', 1]
        ]);
    });
});

describe('assessPipeline: the history window', () => {
    // The period is 2026-Q4, so by default the factors are learnt from deals closed in the four
    // full quarters before it: 2025-10-01 to 2026-09-30.
    const closed = [
        won('old', { Amount: 1_000, CloseDate: '2024-05-31' }),
        won('edge-before', { Amount: 100, CloseDate: '2025-09-30' }),
        won('first-day', { Amount: 100, CloseDate: '2025-10-01' }),
        lost('lost-in', { Amount: 300, CloseDate: '2026-06-30' }),
        won('last-day', { Amount: 100, CloseDate: '2026-09-30' }),
        won('this-quarter', { Amount: 100, CloseDate: '2026-10-15' })
    ];
    const assess = (config?: Record<string, number>) =>
        assessPipeline(
            { opportunities: closed, stageOrder: STAGES, target: TARGET, asOf: AS_OF },
            config
        );

    it('learns only from deals closed in the last four full quarters before the period', () => {
        // By hand: first-day and last-day won 200; lost-in lost 300 in Qualify (no history: the
        // first stage only). Qualify: 500 passed, 200 won → 2.5; Propose and Negotiate: 200 of 200 → 1.
        // The win of 1,000 in 2024, the deal a day before the window and this quarter's do not count.
        const health = assess();
        expect(health.historyWindow).toEqual({ from: '2025-10-01', to: '2026-09-30', quarters: 4 });
        expect(health.stages.map((s) => [s.pvf, s.history.deals, s.history.passedValue])).toEqual([
            [2.5, 3, 500],
            [1, 2, 200],
            [1, 2, 200]
        ]);
    });

    it('takes another number of quarters from the configuration', () => {
        // Eight quarters: 2024-10-01 to 2026-09-30 adds edge-before; the 2024-05 win stays out.
        const health = assess({ historyQuarters: 8 });
        expect(health.historyWindow).toEqual({ from: '2024-10-01', to: '2026-09-30', quarters: 8 });
        expect(health.stages.map((s) => [s.pvf, s.history.deals])).toEqual([
            [2, 4],
            [1, 3],
            [1, 3]
        ]);
    });

    it('says what each factor rests on: how many closed deals and how much value passed the stage', () => {
        const [qualify] = assess().stages;
        expect(qualify!.message).toMatch(
            /^200 of the 500 that passed Qualify was won: .* Learnt from 3 closed deals: low confidence\.$/
        );
    });

    it('warns about a history window that is not a whole number of quarters, and uses four', () => {
        const health = assess({ historyQuarters: 0 });
        expect(health.historyWindow?.quarters).toBe(4);
        expect(health.warnings.map((w) => w.code)).toContain('INVALID_CONFIG');
    });
});

describe('assessPipeline: a deal starts at the earlier of its created date and its first stage change', () => {
    // One closed deal at a time, so the average cycle is that deal's cycle. A deal imported after
    // it closed has a created date (set by the platform on insert) later than its close date; its
    // stage history still says when it began.
    const cases: [string, Partial<OpportunityRecord>, StageChange[] | undefined, number | null][] =
        [
            [
                'imported after it closed: the history starts it',
                { CreatedDate: '2026-11-21T09:00:00.000Z', CloseDate: '2026-06-30' },
                [
                    { StageName: 'Qualify', EnteredAt: '2026-03-01T06:00:00.000Z' },
                    { StageName: 'Propose', EnteredAt: '2026-04-05T06:00:00.000Z' }
                ],
                121
            ],
            [
                'created before its first stage change: the created date starts it',
                { CreatedDate: '2026-01-10T09:00:00.000Z', CloseDate: '2026-04-11' },
                [{ StageName: 'Propose', EnteredAt: '2026-02-01' }],
                91
            ],
            [
                'history out of order: the earliest change counts, whatever its stage',
                { CreatedDate: '2026-11-21T09:00:00.000Z', CloseDate: '2026-06-30' },
                [
                    { StageName: 'Propose', EnteredAt: '2026-05-01' },
                    { StageName: 'Discovery', EnteredAt: '2026-04-01' },
                    { StageName: 'Qualify', EnteredAt: '2026-04-15' }
                ],
                90
            ],
            [
                'no created date: the history alone starts it',
                { CloseDate: '2026-05-31' },
                [{ StageName: 'Qualify', EnteredAt: '2026-05-01' }],
                30
            ],
            [
                'no history: the created date alone starts it',
                { CreatedDate: '2026-05-01T09:00:00.000Z', CloseDate: '2026-05-31' },
                undefined,
                30
            ],
            [
                'history without a usable date, created after close: left out',
                { CreatedDate: '2026-11-21T09:00:00.000Z', CloseDate: '2026-06-30' },
                [{ StageName: 'Qualify', EnteredAt: 'not a date' }],
                null
            ]
        ];

    it.each(cases)('%s', (_, fields, history, days) => {
        const health = assessPipeline({
            opportunities: [won('c1', { Amount: 100, ...fields })],
            stageHistories: history === undefined ? {} : { c1: history },
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.averageCycleDays.value).toBe(days);
        expect(health.averageCycleDays.code).toBe(days === null ? 'NO_DATED_DEALS' : 'MEASURED');
    });

    it('says how the start is chosen, and what it left out', () => {
        const health = assessPipeline({
            opportunities: [
                won('c1', { Amount: 100, CreatedDate: '2026-11-21', CloseDate: '2026-06-30' }),
                lost('c2', { Amount: 100, CreatedDate: '2026-11-21', CloseDate: '2026-06-30' })
            ],
            stageHistories: { c1: [{ StageName: 'Qualify', EnteredAt: '2026-04-01' }] },
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.averageCycleDays).toEqual({
            key: 'averageCycleDays',
            value: 90,
            confidence: 'low',
            basedOn: 1,
            code: 'MEASURED',
            message:
                'Average from start (the earlier of created date and first stage change) to close over 1 deal closed in the window (1 without usable dates left out).'
        });
        const none = assessPipeline({
            opportunities: [
                lost('c2', { Amount: 100, CreatedDate: '2026-11-21', CloseDate: '2026-06-30' })
            ],
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(none.averageCycleDays.message).toBe(
            'Cycle length unknown: none of the 1 deal closed in the window has both a start (created date or first stage change) and a close date on or after it.'
        );
    });

    it('keeps the created date for the integrity checks of open deals', () => {
        // An open deal created after its close date is still listed, whatever its history says.
        const health = assessPipeline({
            opportunities: [
                deal('z1', {
                    StageName: 'Qualify',
                    Amount: 10,
                    CreatedDate: '2026-12-20T00:00:00Z',
                    CloseDate: '2026-12-15'
                })
            ],
            stageHistories: { z1: [{ StageName: 'Qualify', EnteredAt: '2026-10-01' }] },
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        });
        expect(health.integrity.map((issue) => issue.code)).toEqual(['CLOSED_BEFORE_CREATED']);
    });
});

describe('assessPipeline: bad input gives warnings, never exceptions', () => {
    const base = workedExample();

    it.each<[string, () => PipelineHealth, string[]]>([
        [
            'a missing target',
            () => assessPipeline({ ...base, target: null }),
            ['NO_TARGET', 'INVALID_PERIOD']
        ],
        [
            'a negative target amount',
            () => assessPipeline({ ...base, target: { ...TARGET, amount: -5 } }),
            ['NO_TARGET']
        ],
        [
            'a period that ends before it starts',
            () =>
                assessPipeline({
                    ...base,
                    target: { amount: 100, periodStart: '2026-12-31', periodEnd: '2026-10-01' }
                }),
            ['INVALID_PERIOD']
        ],
        [
            'an "as of" that is not a date',
            () => assessPipeline({ ...base, asOf: 'today' }),
            ['INVALID_AS_OF']
        ],
        [
            'eight stages',
            () => assessPipeline({ ...base, stageOrder: ['1', '2', '3', '4', '5', '6', '7', '8'] }),
            ['TOO_MANY_STAGES']
        ],
        [
            'a stage listed twice',
            () => assessPipeline({ ...base, stageOrder: [...STAGES, 'Propose'] }),
            ['DUPLICATE_STAGE']
        ],
        ['no stages', () => assessPipeline({ ...base, stageOrder: [] }), ['NO_STAGES']],
        [
            'records that are not opportunities',
            () =>
                assessPipeline({
                    ...base,
                    opportunities: [...base.opportunities, null, 42, { Name: 'no id' }] as never
                }),
            ['INVALID_RECORD']
        ],
        [
            'the same opportunity twice',
            () =>
                assessPipeline({
                    ...base,
                    opportunities: [...base.opportunities, { ...OPEN[0]!, Amount: 1 }]
                }),
            ['DUPLICATE_OPPORTUNITY']
        ],
        [
            'an unknown loss reason',
            () =>
                assessPipeline({
                    ...base,
                    opportunities: [
                        ...base.opportunities,
                        lost('l9', { Loss_Reason__c: 'Price' as never })
                    ]
                }),
            ['UNKNOWN_LOSS_REASON']
        ],
        [
            'a history of an opportunity that is not there, naming an unknown stage',
            () =>
                assessPipeline({
                    ...base,
                    stageHistories: {
                        ...base.stageHistories,
                        ghost: [],
                        l1: [{ StageName: 'Discovery', EnteredAt: '2026-01-01' }]
                    }
                }),
            ['HISTORY_UNKNOWN_STAGE', 'HISTORY_UNKNOWN_OPPORTUNITY']
        ],
        [
            'configuration out of range',
            () => assessPipeline(base, { rockMultiple: 0.5, staleActivityDays: Number.NaN }),
            ['INVALID_CONFIG', 'INVALID_CONFIG']
        ]
    ])('warns about %s', (_what, run, codes) => {
        const health = run();
        const found = health.warnings.map((warning) => warning.code);
        for (const code of codes) {
            expect(found).toContain(code);
        }
        expect(found.filter((code) => codes.includes(code))).toHaveLength(codes.length);
        for (const warning of health.warnings) {
            expect(warning.message).toMatch(/^[A-Z"0-9].*[.]$/);
        }
    });

    it('counts every open deal when the period is unusable', () => {
        const health = assessPipeline({
            ...base,
            target: { amount: 100, periodStart: null, periodEnd: null }
        });
        expect(health.period.countsCloseDatesThrough).toBeNull();
        expect(health.stages[1]!.valueThere).toBe(650);
        expect(health.velocityPerPeriod.code).toBe('MISSING_INPUTS');
    });

    it('reads a Sales_Target__c record as the target', () => {
        const health = assessPipeline({
            ...base,
            target: {
                Id: 'a0T1',
                Name: 'Q4',
                Target_Amount__c: 200,
                Period_Start__c: '2026-10-01',
                Period_End__c: '2026-12-31'
            }
        });
        expect(health.period.target).toBe(200);
        expect(health.stages.map((s) => s.valueNeeded)).toEqual([600, 400, 200]);
    });

    it('counts a deal closing next period by default, and not when looking at this period only', () => {
        const input = {
            ...base,
            opportunities: [
                ...base.opportunities,
                deal('o6', { StageName: 'Propose', Amount: 40, CloseDate: '2027-02-01' })
            ]
        };
        expect(assessPipeline(input).stages[1]!.valueThere).toBe(190);
        const thisPeriod = assessPipeline(input, { lookAheadPeriods: 0 });
        expect(thisPeriod.period.countsCloseDatesThrough).toBe('2026-12-31');
        expect(thisPeriod.stages[1]!.valueThere).toBe(150);
        expect(thisPeriod.stages[1]!.notCounted).toEqual({ count: 2, value: 540 });
    });

    it('skips date checks when "as of" is unusable, but still assesses the rest', () => {
        const health = assessPipeline({ ...base, asOf: '' });
        expect(health.integrity.map((i) => i.code)).toEqual(['NO_AMOUNT']);
        expect(health.stages[0]!.pvf).toBe(3);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
        ['a negative amount', { Amount: -10 }, ['NEGATIVE_AMOUNT']],
        ['an amount that is not a number', { Amount: Number.NaN }, ['NO_AMOUNT']],
        ['no close date', { CloseDate: null }, ['NO_CLOSE_DATE']],
        ['a close date that is not a date', { CloseDate: '31/12/2026' }, ['NO_CLOSE_DATE']],
        ['an unknown stage', { StageName: 'Discovery' }, ['UNKNOWN_STAGE']],
        ['no stage', { StageName: null }, ['UNKNOWN_STAGE']],
        [
            'a close date before it was created',
            { CreatedDate: '2026-12-20T00:00:00Z', CloseDate: '2026-12-15' },
            ['CLOSED_BEFORE_CREATED']
        ],
        [
            'no activity since it was created long ago',
            { LastActivityDate: null, CreatedDate: '2026-01-01T00:00:00Z' },
            ['STALE']
        ]
    ])('flags an open deal with %s', (_what, fields, codes) => {
        const health = assessPipeline({
            ...base,
            opportunities: [
                {
                    Id: 'z1',
                    Name: 'Odd deal',
                    StageName: 'Qualify',
                    Amount: 10,
                    CloseDate: '2026-12-15',
                    LastActivityDate: '2026-11-20',
                    IsClosed: false,
                    ...fields
                }
            ]
        });
        expect(health.integrity.map((i) => i.code)).toEqual(codes);
        expect(health.integrity.every((i) => i.opportunityId === 'z1')).toBe(true);
    });

    it('lists a deal imported after it closed as no data to fix, and a past close date once', () => {
        const health = assessPipeline({
            ...base,
            opportunities: [
                // Loaded today with its history: the platform sets the created date.
                won('h1', { Amount: 50, CreatedDate: '2026-11-21T09:00:00Z' }),
                lost('h2', { Amount: 50, CreatedDate: '2026-11-21T09:00:00Z' }),
                deal('z2', {
                    StageName: 'Qualify',
                    Amount: 10,
                    CreatedDate: '2026-11-21T09:00:00Z',
                    CloseDate: '2026-11-01'
                })
            ]
        });
        expect(health.integrity.map((i) => [i.opportunityId, i.code])).toEqual([
            ['z2', 'CLOSE_DATE_PAST']
        ]);
    });

    it('survives an input that is not an input at all', () => {
        for (const junk of [null, undefined, 42, 'pipeline', [], { opportunities: 'x' }]) {
            const health = assessPipeline(junk as never, junk as never);
            expect(health.stages).toEqual([]);
            expect(health.warnings.map((w) => w.code)).toEqual(
                expect.arrayContaining(['NO_STAGES', 'NO_TARGET', 'INVALID_AS_OF'])
            );
        }
    });

    it('knows a closed stage from the closed records, whatever it is named', () => {
        // An org whose won stage is "Signed" and lost stage "Walked Away": the records' IsClosed
        // and IsWon say so, and the won deal's history reaches "Signed".
        const renamed = CLOSED.map((record) => ({
            ...record,
            StageName: record.IsWon ? 'Signed' : 'Walked Away'
        }));
        const health = assess({
            ...base,
            opportunities: [...renamed, ...OPEN],
            stageHistories: {
                ...base.stageHistories,
                w1: [
                    { StageName: 'Qualify', EnteredAt: '2026-01-01' },
                    { StageName: 'Signed', EnteredAt: '2026-03-02' }
                ],
                l3: [{ StageName: 'Walked Away', EnteredAt: '2026-06-30' }]
            }
        });
        expect(health.winRate.value).toBe(assess(base).winRate.value);
        expect(health.warnings.map((warning) => warning.code)).not.toContain(
            'HISTORY_UNKNOWN_STAGE'
        );
        // A stage no record says is closed is still unknown.
        const unknown = assess({
            ...base,
            stageHistories: {
                ...base.stageHistories,
                w1: [{ StageName: 'Signed', EnteredAt: '2026-03-02' }]
            }
        });
        expect(unknown.warnings.map((warning) => warning.code)).toContain('HISTORY_UNKNOWN_STAGE');
    });

    it('infers open, won and lost from the stage name when IsClosed and IsWon are missing', () => {
        const health = assessPipeline({
            ...base,
            opportunities: CLOSED.map(({ IsClosed: _c, IsWon: _w, ...rest }) => rest)
        });
        expect(health.winRate.value).toBe(0.4);
    });
});
