// A history learnt once from every closed deal and stored gives the same factors and rates as a full
// assessment, even when the records at hand are one query page of 2,000 (issue #18, item 2).
import {
    assessPipeline,
    learnPipelineHistory,
    readStoredHistory,
    storedHistoryText
} from 'c/pipelineHealth';
import type { PipelineHealth, PipelineInput } from 'c/pipelineHealth';
import type { LossReason, OpportunityRecord, StageChange } from 'c/atlasModel';
import { AS_OF, STAGES, TARGET, deal, lost, won } from './fixtures';

/** The most records one GraphQL query page holds: what the panel reads in one request. */
const PAGE = 2000;
const LEARNT_AT = '2026-11-01T06:00:00.000Z';

/** The same pseudo-random value for the same deal and purpose. */
function hash(n: number, salt: number): number {
    let t = (n * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const REASONS: (LossReason | null)[] = ['Outsold', 'No Decision', 'Not Qualified', 'Other', null];
const COMPETITORS = ['Helix Data', 'Orbis Software', null];

/** A team's year: `closed` deals closed in the history window (2025-10-01 – 2026-09-30), 40 open. */
function bigPipeline(closed: number): PipelineInput {
    const opportunities: OpportunityRecord[] = [];
    const stageHistories: Record<string, StageChange[]> = {};
    for (let n = 0; n < closed; n++) {
        const id = `c${String(n).padStart(6, '0')}`;
        const closeDay = new Date(Date.UTC(2025, 9, 1) + Math.floor(hash(n, 1) * 365) * 864e5);
        const fields = {
            Amount: n % 17 === 0 ? null : Math.round(1_000 + hash(n, 2) * 99_000),
            CloseDate: closeDay.toISOString().slice(0, 10),
            CreatedDate: new Date(closeDay.getTime() - Math.floor(hash(n, 3) * 200) * 864e5)
                .toISOString()
                .replace('Z', '+0000')
        };
        if (hash(n, 4) < 0.3) {
            opportunities.push(won(id, fields));
        } else {
            const reason = REASONS[n % REASONS.length] ?? null;
            opportunities.push(
                lost(id, {
                    ...fields,
                    Loss_Reason__c: reason,
                    Competitor_Won__c:
                        reason === 'Outsold' ? (COMPETITORS[n % COMPETITORS.length] ?? null) : null
                })
            );
        }
        const reached = Math.floor(hash(n, 5) * (STAGES.length + 1)) - 1;
        if (reached >= 0) {
            stageHistories[id] = STAGES.slice(0, reached + 1).map((stage) => ({
                StageName: stage,
                EnteredAt: fields.CreatedDate.slice(0, 10)
            }));
        }
    }
    for (let n = 0; n < 40; n++) {
        opportunities.push(
            deal(`o${n}`, {
                StageName: STAGES[n % STAGES.length],
                Amount: 5_000 + n * 1_000,
                CloseDate: '2026-12-15'
            })
        );
    }
    return { opportunities, stageHistories, stageOrder: STAGES, target: TARGET, asOf: AS_OF };
}

/** What the panel's query returns: the latest close dates first, one page. */
function onePage(input: PipelineInput): PipelineInput {
    const latest = [...input.opportunities]
        .sort((a, b) => String(b.CloseDate).localeCompare(String(a.CloseDate)))
        .slice(0, PAGE);
    return { ...input, opportunities: latest };
}

/** The figures a user reads on the panel: each stage's factors and every rate with its basis. */
function factorsOf(health: PipelineHealth) {
    return {
        stages: health.stages.map((stage) => ({
            stage: stage.stage,
            pvf: stage.pvf,
            valueNeeded: stage.valueNeeded,
            dealsNeeded: stage.dealsNeeded,
            coverage: stage.coverage,
            history: stage.history,
            message: stage.message
        })),
        rates: [
            health.winRate,
            health.noDecisionRate,
            health.competitiveLossRate,
            health.averageCycleDays,
            health.averageWonAmount,
            health.velocityPerDay,
            health.velocityPerPeriod
        ],
        outcomes: health.outcomes,
        balance: health.balance
    };
}

describe('a history learnt from every closed deal and stored', () => {
    const input = bigPipeline(20_000);
    const full = assessPipeline(input);
    const stored = readStoredHistory(storedHistoryText(learnPipelineHistory(input)), LEARNT_AT);

    it('gives one page of records the factors of all 20,000 closed deals', () => {
        expect(full.outcomes.closed).toBe(20_000);
        expect(stored).not.toBeNull();
        const paged = assessPipeline({ ...onePage(input), storedHistory: stored });
        expect(factorsOf(paged)).toEqual(factorsOf(full));
        expect(paged.historySource).toEqual({
            kind: 'stored',
            learntAt: LEARNT_AT,
            closedDeals: 20_000,
            storedIgnored: false
        });
    });

    it('is what one page alone gets wrong: its win rate rests on fewer deals', () => {
        const pageOnly = assessPipeline(onePage(input));
        expect(pageOnly.outcomes.closed).toBeLessThan(PAGE);
        expect(pageOnly.historySource).toEqual({
            kind: 'records',
            learntAt: null,
            closedDeals: pageOnly.outcomes.closed,
            storedIgnored: false
        });
        expect(factorsOf(pageOnly).rates).not.toEqual(factorsOf(full).rates);
    });

    it('is set aside, and the records used, when it was learnt for another period', () => {
        const lastYear = readStoredHistory(
            storedHistoryText(
                learnPipelineHistory({
                    ...input,
                    target: { ...TARGET, periodStart: '2025-10-01', periodEnd: '2025-12-31' }
                })
            ),
            LEARNT_AT
        );
        const health = assessPipeline({ ...input, storedHistory: lastYear });
        expect(health.historySource.kind).toBe('records');
        expect(health.historySource.storedIgnored).toBe(true);
        expect(factorsOf(health)).toEqual(factorsOf(full));
    });

    it('is set aside when the sales process has other stages now', () => {
        const health = assessPipeline({
            ...input,
            stageOrder: [...STAGES, 'Commit'],
            storedHistory: stored
        });
        expect(health.historySource).toMatchObject({ kind: 'records', storedIgnored: true });
    });
});

describe('reading a stored history', () => {
    const text = storedHistoryText(
        learnPipelineHistory({
            opportunities: [won('w', { Amount: 10 }), lost('l', { Amount: 5 })],
            stageOrder: STAGES,
            target: TARGET,
            asOf: AS_OF
        })
    );

    it('reads back what was stored', () => {
        expect(readStoredHistory(text, LEARNT_AT)?.history.outcomes).toMatchObject({
            closed: 2,
            won: 1
        });
    });

    it('reads nothing from an empty field, text that is not JSON, a cut-off field or another shape', () => {
        for (const junk of [null, '', 'factors', text.slice(0, -10), '{"window":null}', '[]']) {
            expect(readStoredHistory(junk, LEARNT_AT)).toBeNull();
        }
        const noTallies = JSON.stringify({ ...JSON.parse(text), tallies: [] });
        expect(readStoredHistory(noTallies, LEARNT_AT)).toBeNull();
    });

    it('reads nothing without the time it was learnt', () => {
        expect(readStoredHistory(text, null)).toBeNull();
    });
});
