// The review queue: which open deals need a conversation, why (each reason worded as the manager
// reads it), and in what order.
import { join } from 'node:path';
import { plainStyle, renderMessage } from 'c/atlasMessages';
import { todayIso } from 'c/atlasData';
import type { SalesTargetRecord } from 'c/atlasModel';
import { daysBetween, isTalkFirst, quarterEnd, reviewQueue } from 'c/dealCoaching';
import type { QueueDeal, QueueReasonCode, QueueRow } from 'c/dealCoaching';
import { currentTargetPeriod } from 'c/pipelineHealth';
import { readLabels } from '../../../../../../local/preview/labels';

const STYLE = plainStyle(Object.fromEntries(readLabels(join(__dirname, '../../../../../..'))));
const AS_OF = '2026-12-07';

function deal(id: string, changes: Partial<QueueDeal> = {}): QueueDeal {
    return {
        id,
        name: `Deal ${id}`,
        ownerId: 'u1',
        ownerName: 'Avery Brooks',
        stage: 'Qualification',
        amount: 100000,
        closeDate: '2027-03-31',
        lastActivityDate: '2026-12-01',
        score: 60,
        band: 'Watch',
        gateBlocked: false,
        blockingCount: 0,
        earlierScore: null,
        lastReview: {
            Id: `r-${id}`,
            Reviewed_On__c: '2026-11-30',
            Score__c: 60,
            Close_Date__c: '2027-03-31'
        },
        actions: [],
        ...changes
    };
}

const reasonsOf = (row: QueueRow | undefined): string[] =>
    (row?.reasons ?? []).map((reason) => renderMessage(reason.message, STYLE));

describe('the review queue', () => {
    it('leaves out a deal with nothing to talk about', () => {
        expect(reviewQueue([deal('calm')], AS_OF)).toEqual([]);
    });

    it('says why each deal is there, the most pressing reason first', () => {
        const [row] = reviewQueue(
            [
                deal('fell', {
                    score: 44,
                    closeDate: '2026-11-30',
                    gateBlocked: true,
                    blockingCount: 2,
                    lastReview: {
                        Id: 'r1',
                        Reviewed_On__c: '2026-11-02',
                        Score__c: 60,
                        Close_Date__c: '2026-10-30'
                    },
                    actions: [
                        {
                            Id: 'a1',
                            Name: 'Ask for a date',
                            Deal_Review__c: 'r1',
                            Due_Date__c: '2026-11-13',
                            Status__c: 'Open'
                        }
                    ]
                })
            ],
            AS_OF
        );
        expect(reasonsOf(row)).toEqual([
            'Score fell from 60 to 44 since the review on 2026-11-02.',
            'Agreed action overdue: Ask for a date.',
            'Close date 2026-11-30 has passed.',
            'Stage gate blocked: 2 required criteria not met.',
            'Close date moved from 2026-10-30 to 2026-11-30 since the last review.',
            'Not reviewed for 35 days (last on 2026-11-02).'
        ]);
        expect(row?.slipDays).toBe(31);
    });

    it('puts the deal with more reasons first, and among equals the lower score', () => {
        const rows = reviewQueue(
            [
                deal('never-a', { lastReview: null, score: 70 }),
                deal('never-b', { lastReview: null, score: 40 }),
                deal('both', { lastReview: null, closeDate: '2026-12-20' })
            ],
            AS_OF
        );
        expect(rows.map((row) => row.deal.id)).toEqual(['both', 'never-b', 'never-a']);
        expect(reasonsOf(rows[0])).toEqual([
            'Never reviewed.',
            'Closes this period, on 2026-12-20 (the period ends 2026-12-31).'
        ]);
    });

    it('calls a deal large when it is a rock: twice the median open deal or more', () => {
        const rows = reviewQueue(
            [
                deal('a', { amount: 100000 }),
                deal('b', { amount: 120000 }),
                deal('rock', { amount: 240000 })
            ],
            AS_OF
        );
        expect(rows.map((row) => [row.deal.id, reasonsOf(row)])).toEqual([
            ['rock', ['Large deal: 240,000.']]
        ]);
    });

    it('says when the agreed next review is due, and when the customer has gone quiet', () => {
        const [row] = reviewQueue(
            [
                deal('quiet', {
                    lastActivityDate: '2026-10-01',
                    lastReview: {
                        Id: 'r',
                        Reviewed_On__c: '2026-11-20',
                        Next_Review_On__c: '2026-12-04'
                    }
                })
            ],
            AS_OF
        );
        expect(reasonsOf(row)).toEqual([
            'Next review was due on 2026-12-04.',
            'No customer activity for 67 days (last on 2026-10-01).'
        ]);
    });

    it('shows the trend against the earlier score', () => {
        const [row] = reviewQueue(
            [
                deal('t', {
                    lastReview: null,
                    score: 52,
                    earlierScore: { score: 55, on: '2026-11-22' }
                })
            ],
            AS_OF
        );
        expect(row?.trend).toBe(-3);
    });

    it('talks first about deals where something went wrong or fell due, ahead of more reasons that describe most deals', () => {
        const rows = reviewQueue(
            [
                // Never reviewed, blocked: urgency 5 to the quiet deal's 1, yet nothing pressing.
                deal('routine', {
                    lastReview: null,
                    gateBlocked: true,
                    blockingCount: 2,
                    closeDate: '2027-02-01'
                }),
                deal('quiet', { lastActivityDate: '2026-10-01' }),
                deal('blocked-near', {
                    lastReview: null,
                    gateBlocked: true,
                    blockingCount: 1,
                    closeDate: '2026-12-20'
                }),
                deal('never', { lastReview: null })
            ],
            AS_OF
        );
        expect(rows.map((row) => [row.deal.id, row.talkFirst])).toEqual([
            ['blocked-near', true],
            ['quiet', true],
            ['routine', false],
            ['never', false]
        ]);
    });

    it.each([
        [['SCORE_FELL'], true],
        [['ACTIONS_OVERDUE'], true],
        [['CLOSE_DATE_PASSED'], true],
        [['CLOSE_DATE_SLIPPED'], true],
        [['REVIEW_DUE'], true],
        [['GONE_QUIET'], true],
        [['GATE_BLOCKED', 'LARGE_AMOUNT'], true],
        [['GATE_BLOCKED', 'CLOSES_THIS_QUARTER'], true],
        [['GATE_BLOCKED', 'NEVER_REVIEWED'], false],
        [['NEVER_REVIEWED', 'LARGE_AMOUNT', 'CLOSES_THIS_QUARTER'], false],
        [['NOT_REVIEWED_LATELY'], false]
    ] as [QueueReasonCode[], boolean][])('%j is talked about first: %s', (codes, first) => {
        expect(isTalkFirst(codes)).toBe(first);
    });

    it("says 'closes this period' by the owner's fiscal target period, as Home does, not the calendar quarter", () => {
        // A fiscal year that starts on 1 February: quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan,
        // none ending with a calendar quarter. Today is the queue's own clock.
        const today = todayIso();
        const day = (year: number, month: number, date: number): string =>
            new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
        const year = Number(today.slice(0, 4));
        const month = Number(today.slice(5, 7)) - 1;
        const startMonth = month - ((((month - 1) % 3) + 3) % 3);
        const quarter = (offset: number) => ({
            start: day(year, startMonth + 3 * offset, 1),
            end: day(year, startMonth + 3 * offset + 3, 0)
        });
        const targets: SalesTargetRecord[] = [-1, 0, 1].map((offset, index) => ({
            Id: `t${index}`,
            Name: `FY quarter ${offset}`,
            OwnerId: 'u1',
            Target_Amount__c: 500000,
            Period_Start__c: quarter(offset).start,
            Period_End__c: quarter(offset).end
        }));
        const period = currentTargetPeriod(targets, ['u1'], today);
        expect(period).toEqual(expect.objectContaining(quarter(0)));
        expect(Number(quarter(0).start.slice(5, 7)) % 3).toBe(2);
        expect(period?.end).not.toBe(quarterEnd(today));

        const periodEnd = quarter(0).end;
        const dayAfter = quarter(1).start;
        const rows = reviewQueue(
            [deal('at-end', { closeDate: periodEnd }), deal('day-after', { closeDate: dayAfter })],
            today,
            undefined,
            period
        );
        const closing = (id: string) =>
            rows
                .find((row) => row.deal.id === id)
                ?.reasons.filter((reason) => reason.code === 'CLOSES_THIS_QUARTER')
                .map((reason) => renderMessage(reason.message, STYLE));
        expect(closing('at-end')).toEqual([
            `Closes this period, on ${periodEnd} (the period ends ${periodEnd}).`
        ]);
        expect(closing('day-after') ?? []).toEqual([]);
    });

    it('falls back to the calendar quarter when no target period includes today', () => {
        const rows = reviewQueue(
            [deal('dec', { lastReview: null, closeDate: '2026-12-31' })],
            AS_OF,
            undefined,
            {
                start: '2027-01-01',
                end: '2027-03-31'
            }
        );
        expect(reasonsOf(rows[0])).toContain(
            'Closes this period, on 2026-12-31 (the period ends 2026-12-31).'
        );
    });

    it('counts days and finds the quarter’s end in calendar days', () => {
        expect(daysBetween('2026-11-30', '2026-12-07')).toBe(7);
        expect(daysBetween('2027-03-31', '2026-12-07')).toBe(-114);
        expect(quarterEnd('2026-12-07')).toBe('2026-12-31');
        expect(quarterEnd('2027-02-15')).toBe('2027-03-31');
        expect(quarterEnd('2028-05-01')).toBe('2028-06-30');
    });
});
