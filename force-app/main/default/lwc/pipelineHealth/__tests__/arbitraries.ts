// Generated pipelines for the laws: records some of them wrong in the ways real data is wrong
// (inputArb), and sound ones whose figures are all measured, amounts in cents (shownInputArb).
import fc from 'fast-check';
import type { OpportunityRecord, StageChange } from 'c/atlasModel';
import type { PipelineInput } from 'c/pipelineHealth';
import { AS_OF, STAGES, TARGET } from './fixtures';

const dateArb = fc.oneof(
    fc
        .date({
            min: new Date('2025-01-01T00:00:00Z'),
            max: new Date('2027-12-31T00:00:00Z'),
            noInvalidDate: true
        })
        .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(null, undefined, '', 'not a date', '2026-13-45')
);
const amountArb = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.constantFrom(null, undefined, -100, Number.NaN, Number.POSITIVE_INFINITY, 0)
);
const stageArb = fc.constantFrom(...STAGES, 'Closed Won', 'Closed Lost', 'Discovery', null);

/** Opportunity-shaped records, some of them wrong in the ways real data is wrong. */
export const opportunityArb: fc.Arbitrary<OpportunityRecord> = fc.record(
    {
        Id: fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `o${i}`)),
        Name: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)),
        StageName: stageArb,
        Amount: amountArb,
        CloseDate: dateArb,
        CreatedDate: dateArb,
        LastActivityDate: dateArb,
        IsClosed: fc.constantFrom(true, false, null, undefined),
        IsWon: fc.constantFrom(true, false, null, undefined),
        Loss_Reason__c: fc.constantFrom(
            'Outsold',
            'Not Qualified',
            'No Decision',
            'Other',
            'Price',
            null
        )
    },
    { requiredKeys: ['Id'] }
) as fc.Arbitrary<OpportunityRecord>;

/** Stage changes, some with dates that are missing or not dates (cast: the junk is the point). */
export const historyArb = (stages: readonly string[]): fc.Arbitrary<StageChange[]> =>
    fc.array(fc.record({ StageName: fc.constantFrom(...stages), EnteredAt: dateArb }), {
        maxLength: 4
    }) as fc.Arbitrary<StageChange[]>;

const historiesArb: fc.Arbitrary<Record<string, StageChange[]>> = fc.dictionary(
    fc.constantFrom(...Array.from({ length: 45 }, (_, i) => `o${i}`)),
    historyArb([...STAGES, 'Discovery'])
);

export const inputArb: fc.Arbitrary<PipelineInput> = fc.record({
    opportunities: fc.array(opportunityArb, { maxLength: 40 }),
    stageHistories: historiesArb,
    stageOrder: fc.constant(STAGES),
    target: fc.constantFrom(TARGET, { ...TARGET, amount: 1_000_000 }),
    asOf: fc.constant(AS_OF)
});

/** A day in 2025-10-01 … 2026-09-30, the history window of a 2026-Q4 target. */
const windowDayArb = fc
    .integer({ min: 0, max: 364 })
    .map((offset) => new Date(Date.UTC(2025, 9, 1 + offset)).toISOString().slice(0, 10));

/** Amounts as a currency field holds them: cents, from a few units to millions. */
const centsArb = fc
    .oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 100_000, max: 500_000_000 }))
    .map((cents) => cents / 100);

/** Sound pipelines: open deals in every stage and closed deals in the window, won and lost. */
export const shownInputArb: fc.Arbitrary<PipelineInput> = fc
    .record({
        open: fc.array(
            fc.record({
                stage: fc.constantFrom(...STAGES),
                amount: centsArb,
                close: fc.constantFrom('2026-11-30', '2026-12-31', '2027-02-15')
            }),
            { minLength: 1, maxLength: 30 }
        ),
        closed: fc.array(
            fc.record({
                won: fc.boolean(),
                amount: centsArb,
                created: windowDayArb,
                lengthDays: fc.integer({ min: 0, max: 400 }),
                reason: fc.constantFrom('Outsold', 'No Decision', 'Not Qualified', null)
            }),
            { minLength: 1, maxLength: 30 }
        ),
        target: fc.oneof(fc.integer({ min: 1, max: 50_000_000 }), centsArb)
    })
    .map(({ open, closed, target }) => ({
        opportunities: [
            ...open.map((deal, i): OpportunityRecord => ({
                Id: `open${i}`,
                Name: `Open ${i}`,
                StageName: deal.stage,
                Amount: deal.amount,
                CloseDate: deal.close,
                CreatedDate: '2026-09-01',
                LastActivityDate: '2026-11-20',
                IsClosed: false,
                IsWon: false
            })),
            ...closed.map((deal, i): OpportunityRecord => {
                const start = Date.parse(`${deal.created}T00:00:00Z`);
                const close = new Date(
                    Math.min(start + deal.lengthDays * 86_400_000, Date.UTC(2026, 8, 30))
                )
                    .toISOString()
                    .slice(0, 10);
                return {
                    Id: `closed${i}`,
                    Name: `Closed ${i}`,
                    StageName: deal.won ? 'Closed Won' : 'Closed Lost',
                    Amount: deal.amount,
                    CloseDate: close,
                    CreatedDate: deal.created,
                    IsClosed: true,
                    IsWon: deal.won,
                    Loss_Reason__c: deal.won ? null : deal.reason
                };
            })
        ],
        stageHistories: {},
        stageOrder: STAGES,
        target: { ...TARGET, amount: target },
        asOf: AS_OF
    }));
