/** @jest-environment node */
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { scoreDeal, resolveConfig } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';

const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis'];

function criterion(
    Id: string,
    Stage__c: string | null,
    Importance__c: StageCriterionRecord['Importance__c'],
    extra: Partial<StageCriterionRecord> = {}
): StageCriterionRecord {
    return {
        Id,
        Stage__c,
        Importance__c,
        Question__c: `Question ${Id}`,
        Active__c: true,
        ...extra
    };
}

function evidence(
    id: string,
    criterionId: string,
    State__c: DealEvidenceRecord['State__c']
): DealEvidenceRecord {
    return { Id: id, Opportunity__c: 'opp1', Stage_Criterion__c: criterionId, State__c };
}

function member(Id: string, fields: Partial<BuyingCenterMemberRecord>): BuyingCenterMemberRecord {
    return { Id, Buying_Center__c: 'bc1', Contact__c: `contact-${Id}`, ...fields };
}

/** A healthy deal in Qualification: worked out by hand below. */
function baseDeal(): DealScoringInput {
    return {
        opportunity: {
            Id: 'opp1',
            Name: 'Risk analytics platform',
            StageName: 'Qualification',
            Amount: 100000,
            CloseDate: '2026-12-31',
            LastActivityDate: '2026-11-15',
            Buying_Center__c: 'bc1',
            IsClosed: false
        },
        criteria: [
            criterion('c1', 'Prospecting', 'Essential', { Required__c: true }),
            criterion('c2', 'Qualification', 'Important', { Required__c: true }),
            criterion('c3', 'Qualification', 'Nice to Have'),
            criterion('c4', 'Needs Analysis', 'Essential', { Required__c: true }),
            criterion('q1', null, 'Important', { Category__c: 'Is there an opportunity?' }),
            criterion('q2', null, 'Very Important', { Category__c: 'Can we win?' })
        ],
        evidence: [
            evidence('e1', 'c1', 'Yes'),
            evidence('e2', 'c2', 'In Progress'),
            evidence('e3', 'q1', 'Yes')
        ],
        stageOrder: STAGES,
        members: [
            member('m1', {
                Buying_Role__c: 'Decision Maker',
                Support__c: 'Supporter',
                Coverage__c: 'Multiple',
                Influence__c: 'High'
            }),
            member('m2', {
                Buying_Role__c: 'Coach',
                Support__c: 'Mentor',
                Coverage__c: 'Brief',
                Influence__c: 'Medium'
            }),
            member('m3', {
                Buying_Role__c: 'Evaluator',
                Support__c: 'Neutral',
                Coverage__c: 'In Depth',
                Influence__c: 'Medium'
            })
        ],
        asOf: '2026-11-22'
    };
}

describe('scoreDeal: worked examples', () => {
    it('scores a well-covered deal with partial evidence at 77, Healthy, with every factor explained', () => {
        const result = scoreDeal(baseDeal());
        // Evidence: (4×2 + 2×1 + 1×0) / (7×2) = 10/14 of 40 = 28.6. Qualification: (2×2 + 3×0) / 10
        // of 20 = 8. Relationships: supportive DM, coach, no opposition, two engaged = 25. Hygiene 15.
        expect(
            result.factors.map((factor) => [factor.key, factor.earned, factor.possible])
        ).toEqual([
            ['evidence', 28.6, 40],
            ['qualification', 8, 20],
            ['relationships', 25, 25],
            ['hygiene', 15, 15]
        ]);
        expect(result.score).toBe(77);
        expect(result.band).toBe('Healthy');
        expect(result.factors[0]!.reason).toBe(
            '1 of 3 stage criteria met with customer evidence, 71% of their weight. 1 not yet assessed (unknown, counted as not met).'
        );
        expect(result.risks).toEqual([]);
        expect(result.warnings).toEqual([]);
    });

    it('blocks the stage gate on the unmet required criterion of the current stage and names it', () => {
        expect(scoreDeal(baseDeal()).stageGate).toEqual({
            currentStage: 'Qualification',
            nextStage: 'Needs Analysis',
            canAdvance: false,
            blocking: [{ criterionId: 'c2', question: 'Question c2' }],
            reason: '1 required criteria of Qualification are not met yet.'
        });
    });

    it('opens the stage gate once the required criterion is met', () => {
        const deal = baseDeal();
        deal.evidence = [
            ...deal.evidence.filter((e) => e.Id !== 'e2'),
            evidence('e2', 'c2', 'Yes')
        ];
        const gate = scoreDeal(deal).stageGate;
        expect(gate.canAdvance).toBe(true);
        expect(gate.blocking).toEqual([]);
    });

    it('ranks next actions by the points each would really add', () => {
        expect(scoreDeal(baseDeal()).nextActions).toEqual([
            // q2 Yes: qualification 10/10 → 20, score 89.
            {
                code: 'ANSWER_QUALIFICATION',
                message: 'Get customer evidence: Question q2',
                criterionId: 'q2',
                gain: 12
            },
            // c2 or c3 Yes: evidence 12/14 of 40 = 34.3, score 82.
            {
                code: 'MEET_CRITERION',
                message: 'Get customer evidence: Question c2',
                criterionId: 'c2',
                gain: 5
            },
            {
                code: 'MEET_CRITERION',
                message: 'Get customer evidence: Question c3',
                criterionId: 'c3',
                gain: 5
            }
        ]);
    });

    it('takes hygiene points for a past close date, a quiet deal, no amount and no buying center', () => {
        const deal = baseDeal();
        deal.opportunity = {
            ...deal.opportunity,
            CloseDate: '2026-11-01',
            LastActivityDate: null,
            CreatedDate: '2026-09-01T10:00:00.000Z',
            Amount: null,
            Buying_Center__c: null
        };
        const result = scoreDeal(deal);
        // Loses 1/3 + 1/5 + 2/15 + 1/15 = 11/15 of 15 → 4 left; 28.6 + 8 + 25 + 4 = 65.6.
        expect(result.factors[3]!.earned).toBe(4);
        expect(result.score).toBe(66);
        expect(result.band).toBe('Watch');
        expect(result.risks.map((risk) => [risk.severity, risk.code])).toEqual([
            ['high', 'CLOSE_DATE_PAST'],
            ['medium', 'STALE'],
            ['low', 'NO_AMOUNT'],
            ['low', 'NO_BUYING_CENTER']
        ]);
        expect(result.nextActions.map((action) => action.code)).toContain('UPDATE_CLOSE_DATE');
    });

    it('says relationships are unknown, not bad, when nobody is mapped', () => {
        const deal = baseDeal();
        deal.members = [];
        const relationships = scoreDeal(deal).factors[2]!;
        expect(relationships.earned).toBe(7.5);
        expect(relationships.reason).toMatch(/^Relationships unknown/);
    });

    it('flags a required criterion of an earlier stage that is still unmet as a serious risk', () => {
        const deal = baseDeal();
        deal.evidence = deal.evidence.filter((record) => record.Id !== 'e1');
        expect(scoreDeal(deal).risks[0]).toEqual({
            code: 'EARLIER_REQUIRED_CRITERION_UNMET',
            severity: 'high',
            message: 'Required in Prospecting but still not met: Question c1'
        });
    });

    it('flags an influential enemy we barely reach and turns the map red', () => {
        const deal = baseDeal();
        deal.members = [
            ...deal.members,
            member('m4', {
                Buying_Role__c: 'Evaluator',
                Support__c: 'Enemy',
                Coverage__c: 'Brief',
                Influence__c: 'High'
            })
        ];
        const result = scoreDeal(deal);
        expect(result.factors[2]!.earned).toBe(20);
        expect(result.factors[2]!.reason).toMatch(/^Relationship map is red/);
        expect(result.risks.map((risk) => risk.code)).toContain('ENEMY_WITH_HIGH_INFLUENCE');
        expect(result.nextActions.map((action) => action.code)).toContain('ADDRESS_OPPOSITION');
    });

    it('gives half credit, with the reason, when sales ops configured no criteria', () => {
        const deal = baseDeal();
        deal.criteria = [];
        deal.evidence = [];
        const [evidenceFactor, qualification] = scoreDeal(deal).factors;
        expect(evidenceFactor!.earned).toBe(20);
        expect(evidenceFactor!.reason).toMatch(/No stage criteria are configured/);
        expect(qualification!.earned).toBe(10);
    });

    it('scores a deal in an unknown stage with a warning and a closed gate', () => {
        const deal = baseDeal();
        deal.opportunity = { ...deal.opportunity, StageName: 'Id. Decision Makers' };
        const result = scoreDeal(deal);
        expect(result.warnings).toContain(
            'Stage "Id. Decision Makers" is not in the sales process; stage criteria could not be applied.'
        );
        expect(result.stageGate.canAdvance).toBe(false);
    });

    it('describes a closed deal without next actions and cannot advance it', () => {
        const deal = baseDeal();
        deal.opportunity = { ...deal.opportunity, IsClosed: true, StageName: 'Closed Won' };
        const result = scoreDeal(deal);
        expect(result.nextActions).toEqual([]);
        expect(result.stageGate.reason).toBe('The deal is closed.');
        expect(result.warnings).toContain(
            'The deal is closed: the score describes it as it stood, and it cannot advance.'
        );
    });

    it('honours configured band limits', () => {
        expect(scoreDeal(baseDeal(), { bandLimits: { atRisk: 50, watch: 80 } }).band).toBe('Watch');
    });

    it('refuses a configuration that cannot score, saying which setting and why', () => {
        expect(() => resolveConfig({ bandLimits: { atRisk: 80, watch: 40 } })).toThrow(
            'Deal scoring configuration: bandLimits must be atRisk ≤ watch ≤ 100.'
        );
        expect(() =>
            resolveConfig({
                weights: { evidence: -1, qualification: 20, relationships: 25, hygiene: 15 }
            })
        ).toThrow('Deal scoring configuration: weights.evidence must be a number of zero or more.');
    });

    it('uses the later evidence record when two answer the same criterion, and says so', () => {
        const deal = baseDeal();
        deal.evidence = [...deal.evidence, evidence('e9', 'c2', 'Yes')];
        const result = scoreDeal(deal);
        expect(result.stageGate.canAdvance).toBe(true);
        expect(result.warnings).toEqual([
            'Two evidence records answer the same criterion; e9 (the later id) is used.'
        ]);
    });
});
