/** @jest-environment node */
import { scoreDeal as scoreDealCore } from 'c/dealScoring';
import type { DealScoringInput, ShownDealScore as DealScore } from 'c/dealScoring';
import { dealScoreInEnglish } from '../../../../../../scripts/messages/englishMessages';
import { baseDeal, criterion, dealWith, evidence, member, opportunityWith } from './fixtures';

/** The examples read the score as the CLI prints it: its messages in English. */
const scoreDeal = (...args: Parameters<typeof scoreDealCore>): DealScore =>
    dealScoreInEnglish(scoreDealCore(...args));

const points = (result: DealScore) =>
    result.factors.map((factor) => [factor.key, factor.earned, factor.possible]);
const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

describe('scoreDeal: the worked example', () => {
    const result = scoreDeal(baseDeal());

    it('scores 77, Healthy, from 28.6 + 8 + 25 + 15 points', () => {
        expect(points(result)).toEqual([
            ['evidence', 28.6, 40],
            ['qualification', 8, 20],
            ['relationships', 25, 25],
            ['hygiene', 15, 15]
        ]);
        expect(result.score).toBe(77);
        expect(result.band).toBe('Healthy');
        expect(result.closed).toBe(false);
        expect(result.note).toBeNull();
        expect(result.warnings).toEqual([]);
    });

    it('explains the evidence, and says an unassessed criterion is unknown rather than a No', () => {
        const [evidenceFactor] = result.factors;
        expect(evidenceFactor!.reason).toBe(
            '1 of 3 criteria up to Qualification met with customer evidence: 71% of their weight. 1 in progress, 1 not yet assessed (unknown, so no points yet).'
        );
        expect(evidenceFactor!.details).toEqual([
            {
                key: 'c1',
                status: 'met',
                text: 'Prospecting (required): Question c1. — met.',
                earned: 22.9,
                possible: 22.9
            },
            {
                key: 'c2',
                status: 'in progress',
                text: 'Qualification (required): Question c2. — in progress.',
                earned: 5.7,
                possible: 11.4
            },
            {
                key: 'c3',
                status: 'not yet assessed',
                text: 'Qualification: Question c3. — not yet assessed.',
                earned: 0,
                possible: 5.7
            }
        ]);
    });

    it('gives the four qualification questions their own verdicts, naming those not asked', () => {
        const qualification = result.factors[1]!;
        expect(qualification.reason).toBe(
            'Qualification at 40% of its weight: Is there an opportunity? 100%; Can we compete? not asked; Can we win? not yet assessed; Is it worth winning? not asked. 1 not yet assessed (unknown, so no points yet).'
        );
        expect(qualification.details.map((d) => [d.key, d.status, d.earned, d.possible])).toEqual([
            ['q1', 'met', 8, 8],
            ['q2', 'not yet assessed', 0, 12],
            ['Can we compete?', 'not configured', 0, 0],
            ['Is it worth winning?', 'not configured', 0, 0]
        ]);
    });

    it('lists only coaching risks, the mildest ones, for a well-covered deal', () => {
        expect(result.risks.map((risk) => [risk.severity, risk.code])).toEqual([
            ['low', 'NO_OPPOSITION_IDENTIFIED'],
            ['low', 'ROLE_NOT_COVERED']
        ]);
    });

    it('holds the stage gate on the required criterion still in progress, and names it', () => {
        expect(result.stageGate).toEqual({
            currentStage: 'Qualification',
            nextStage: 'Needs Analysis',
            canAdvance: false,
            blocking: [
                {
                    criterionId: 'c2',
                    stage: 'Qualification',
                    question: 'Question c2.',
                    state: 'In Progress'
                }
            ],
            reason: '1 required outcome still needs customer evidence before the deal can leave Qualification.'
        });
    });

    it('ranks next actions by the points each would really add', () => {
        // q2 met: qualification 10/10 → 20, score 88.57 → 89 (+12). c2 or c3 met: evidence 12/14
        // → 34.29, score 82.29 → 82 (+5).
        expect(result.nextActions).toEqual([
            {
                code: 'ANSWER_QUALIFICATION',
                message: 'Ask the customer and record the evidence: Can we win? Question q2.',
                gain: 12,
                change: { kind: 'evidence', criterionId: 'q2', state: 'Yes' },
                criterionId: 'q2'
            },
            {
                code: 'MEET_CRITERION',
                message:
                    'Finish this and record what the customer did or said (Qualification, required to leave it): Question c2.',
                gain: 5,
                change: { kind: 'evidence', criterionId: 'c2', state: 'Yes' },
                criterionId: 'c2'
            },
            {
                code: 'MEET_CRITERION',
                message: 'Ask the customer and record the evidence (Qualification): Question c3.',
                gain: 5,
                change: { kind: 'evidence', criterionId: 'c3', state: 'Yes' },
                criterionId: 'c3'
            }
        ]);
    });
});

describe('scoreDeal: a waived criterion in the next actions', () => {
    it('says a manager waived it, not that it is required to leave the stage', () => {
        const deal = baseDeal();
        const waived = dealWith({
            evidence: deal.evidence.map((record) =>
                record.Stage_Criterion__c === 'c2'
                    ? {
                          ...record,
                          Waived__c: true,
                          Waiver_Reason__c: 'The framework agreement covers it.',
                          Waived_By__c: 'u-manager',
                          Waived_On__c: '2026-11-20'
                      }
                    : record
            )
        });
        const action = scoreDeal(waived).nextActions.find((next) => next.criterionId === 'c2');
        expect(action?.message).toBe(
            'Finish this and record what the customer did or said (Qualification, waived by a manager): Question c2.'
        );
    });
});

describe('scoreDeal: worked variations', () => {
    // Each row changes the worked example and states the arithmetic behind the expected score.
    it.each<[string, DealScoringInput, number, DealScore['band'], [string, number][]]>([
        [
            'a past close date, a quiet deal, no amount and no buying center lose 11/15 of hygiene (4 left)',
            opportunityWith({
                CloseDate: '2026-11-01',
                LastActivityDate: null,
                CreatedDate: '2026-09-01T10:00:00.000Z',
                Amount: null,
                Buying_Center__c: null
            }),
            66,
            'Watch',
            [['hygiene', 4]]
        ],
        [
            // What a map with nobody opposing earns and nothing more, so mapping anyone who does
            // not oppose us never lowers the score (it was 0.3, 7.5 points: more than one neutral
            // person mapped earns).
            'nobody mapped: relationships unknown, the opposition share 0.2 of 25 = 5',
            dealWith({ members: [] }),
            57,
            'Watch',
            [['relationships', 5]]
        ],
        [
            'an influential enemy we barely know costs the opposition share (0.2 of 25)',
            dealWith({
                members: [
                    ...baseDeal().members,
                    member('m4', {
                        Buying_Role__c: 'Evaluator',
                        Support__c: 'Enemy',
                        Coverage__c: 'Brief',
                        Influence__c: 'High'
                    })
                ]
            }),
            72,
            'Healthy',
            [['relationships', 20]]
        ],
        [
            'a decision maker who is only neutral earns 0.16 instead of 0.4 of 25',
            dealWith({
                members: baseDeal().members.map((m) =>
                    m.Id === 'm1' ? { ...m, Support__c: 'Neutral' as const } : m
                )
            }),
            71,
            'Healthy',
            [['relationships', 19]]
        ],
        [
            'no criteria configured: half of evidence (20) and of qualification (10)',
            dealWith({ criteria: [], evidence: [] }),
            70,
            'Healthy',
            [
                ['evidence', 20],
                ['qualification', 10]
            ]
        ],
        [
            'an unknown stage applies no stage criteria: half of evidence (20)',
            opportunityWith({ StageName: 'Id. Decision Makers' }),
            68,
            'Watch',
            [['evidence', 20]]
        ],
        [
            '82 days in Qualification, beyond the usual 45, costs 1/5 of hygiene',
            dealWith({
                stageHistory: [
                    { StageName: 'Prospecting', EnteredAt: '2026-08-01' },
                    { StageName: 'Qualification', EnteredAt: '2026-09-01T08:00:00.000Z' }
                ]
            }),
            74,
            'Healthy',
            [['hygiene', 12]]
        ],
        [
            'a step back from Qualification to Prospecting costs 1/15 of hygiene',
            dealWith({
                stageHistory: [
                    { StageName: 'Prospecting', EnteredAt: '2026-08-01' },
                    { StageName: 'Qualification', EnteredAt: '2026-09-01' },
                    { StageName: 'Prospecting', EnteredAt: '2026-10-01' },
                    { StageName: 'Qualification', EnteredAt: '2026-11-10' }
                ]
            }),
            76,
            'Healthy',
            [['hygiene', 14]]
        ],
        [
            'a closed deal is judged on every stage: evidence 10 of 22 → 18.2',
            opportunityWith({ StageName: 'Closed Won', IsClosed: true, IsWon: true }),
            66,
            'Watch',
            [
                ['evidence', 18.2],
                ['hygiene', 15]
            ]
        ]
    ])('%s', (_, input, score, band, factorPoints) => {
        const result = scoreDeal(input);
        expect(result.score).toBe(score);
        expect(result.band).toBe(band);
        for (const [key, earned] of factorPoints) {
            expect(result.factors.find((factor) => factor.key === key)?.earned).toBe(earned);
        }
    });
});

describe('scoreDeal: reasons, risks and actions in the variations', () => {
    it('names each hygiene problem as a risk and offers the fixes, largest first', () => {
        const result = scoreDeal(
            opportunityWith({
                CloseDate: '2026-11-01',
                LastActivityDate: null,
                CreatedDate: '2026-09-01T10:00:00.000Z',
                Amount: null,
                Buying_Center__c: null
            })
        );
        expect(result.risks.map((risk) => [risk.severity, risk.code, risk.message])).toEqual([
            [
                'high',
                'CLOSE_DATE_PAST',
                'The close date 2026-11-01 has passed — update it or close the deal.'
            ],
            [
                'medium',
                'NO_RECENT_ACTIVITY',
                'No activity for 82 days (more than 30 days): the deal has gone quiet.'
            ],
            [
                'low',
                'NO_OPPOSITION_IDENTIFIED',
                'Nobody is marked as against us — ask who prefers another option; opposition you cannot see is still there.'
            ],
            [
                'low',
                'ROLE_NOT_COVERED',
                'Nobody is identified as a User — find out who will use it.'
            ],
            [
                'low',
                'NO_AMOUNT',
                'The deal has no amount, so it counts for nothing in the pipeline.'
            ],
            [
                'low',
                'NO_BUYING_CENTER',
                'The deal is not linked to a buying center, so it is missing from the account plan and the opportunity map.'
            ]
        ]);
        expect(result.nextActions.map((a) => [a.code, a.gain])).toEqual([
            ['ANSWER_QUALIFICATION', 12],
            ['MEET_CRITERION', 5],
            ['MEET_CRITERION', 5],
            ['UPDATE_CLOSE_DATE', 5],
            ['LOG_ACTIVITY', 3],
            ['SET_AMOUNT', 2],
            ['SET_BUYING_CENTER', 1]
        ]);
        expect(result.nextActions.find((a) => a.code === 'SET_BUYING_CENTER')?.change).toEqual({
            kind: 'opportunity',
            fields: { Buying_Center__c: 'bc1' }
        });
    });

    it('says relationships are unknown, not bad, when nobody is mapped, and offers to map the decision maker', () => {
        const result = scoreDeal(dealWith({ members: [] }));
        const relationships = result.factors[2]!;
        expect(relationships.reason).toBe(
            'Relationships unknown: nobody from the buying center is linked to this deal yet, so a small share of the points is given until the people are mapped.'
        );
        expect(relationships.details.map((d) => d.status)).toEqual(['unknown']);
        expect(codes(result.risks)).toEqual(['RELATIONSHIPS_UNKNOWN']);
        expect(result.nextActions.map((a) => [a.code, a.gain])).toEqual([
            ['ANSWER_QUALIFICATION', 12],
            // A supportive decision maker: 0.4 + 0.2 (no opposition) = 0.6 of 25 = 15, +10.
            ['MAP_DECISION_MAKER', 10],
            // From 56.57 (shown 56.6 → 57): evidence 12/14 adds 5.71 → 62.3 → 62 (+5).
            ['MEET_CRITERION', 5],
            ['MEET_CRITERION', 5],
            // A coach, not yet a tested champion: 0.16 + 0.2 = 0.36 of 25 = 9, +4: 56.6 → 60.6 → 61.
            ['FIND_COACH', 4]
        ]);
    });

    it('names the influential opponent, turns the map red and offers to address them', () => {
        const result = scoreDeal({
            ...dealWith({
                members: [
                    ...baseDeal().members,
                    member('m4', {
                        Buying_Role__c: 'Evaluator',
                        Support__c: 'Enemy',
                        Coverage__c: 'Brief',
                        Influence__c: 'High',
                        Contact__c: 'k4'
                    })
                ]
            }),
            contacts: [{ Id: 'k4', Name: 'Dana Reyes' }],
            buyingCenterName: 'Finance'
        });
        expect(result.factors[2]!.reason).toMatch(/^Relationship map: red, with 4 people mapped\./);
        expect(result.risks[0]).toEqual({
            code: 'ENEMY_WITH_HIGH_INFLUENCE',
            severity: 'high',
            message:
                'Dana Reyes (Evaluator) has high influence in Finance, is against us, and we have barely met them — meet them, learn the objection and address it.',
            memberIds: ['m4']
        });
        expect(result.nextActions).toContainEqual({
            code: 'ADDRESS_OPPOSITION',
            message:
                'Address the opposition of Dana Reyes (Evaluator), who has high influence: meet them more than once, learn the objection and answer it.',
            gain: 5,
            change: {
                kind: 'updateMember',
                memberId: 'm4',
                fields: {
                    Buying_Role__c: 'Evaluator',
                    Influence__c: 'High',
                    Support__c: 'Enemy',
                    Coverage__c: 'Multiple'
                }
            },
            memberId: 'm4'
        });
    });

    it('treats an explicit No and an unassessed question alike in points, but not in words', () => {
        const unassessed = scoreDeal(baseDeal());
        const saidNo = scoreDeal(
            dealWith({ evidence: [...baseDeal().evidence, evidence('e4', 'q2', 'No')] })
        );
        expect(saidNo.score).toBe(unassessed.score);
        expect(saidNo.factors[1]!.reason).toBe(
            'Qualification at 40% of its weight: Is there an opportunity? 100%; Can we compete? not asked; Can we win? 0%; Is it worth winning? not asked. 1 answered No.'
        );
        expect(saidNo.risks[0]).toEqual({
            code: 'QUALIFICATION_ANSWERED_NO',
            severity: 'high',
            message:
                "The customer's answer is No — Can we win? Question q2. Decide whether this deal is still worth pursuing, or qualify out.",
            criterionId: 'q2'
        });
        expect(codes(unassessed.risks)).not.toContain('QUALIFICATION_ANSWERED_NO');
    });

    it('flags a required criterion of an earlier stage that is still unmet, and keeps the gate shut on it', () => {
        const result = scoreDeal(
            dealWith({ evidence: baseDeal().evidence.filter((e) => e.Id !== 'e1') })
        );
        expect(result.risks[0]).toEqual({
            code: 'EARLIER_REQUIRED_CRITERION_UNMET',
            severity: 'high',
            message:
                'The deal left Prospecting without this required outcome (not yet assessed): Question c1.',
            criterionId: 'c1'
        });
        expect(result.stageGate.blocking.map((b) => [b.criterionId, b.stage, b.state])).toEqual([
            ['c1', 'Prospecting', 'Not yet assessed'],
            ['c2', 'Qualification', 'In Progress']
        ]);
    });

    it('opens the gate once every required criterion so far is met', () => {
        const result = scoreDeal(
            dealWith({
                evidence: [
                    ...baseDeal().evidence.filter((e) => e.Id !== 'e2'),
                    evidence('e2', 'c2', 'Yes')
                ]
            })
        );
        expect(result.stageGate).toEqual({
            currentStage: 'Qualification',
            nextStage: 'Needs Analysis',
            canAdvance: true,
            blocking: [],
            reason: 'Every required outcome so far is met: the deal can move from Qualification to Needs Analysis.'
        });
    });

    it('says a deal in the last stage with every required outcome met is ready to close', () => {
        const result = scoreDeal({
            ...opportunityWith({ StageName: 'Needs Analysis' }),
            evidence: [
                evidence('e1', 'c1', 'Yes'),
                evidence('e2', 'c2', 'Yes'),
                evidence('e5', 'c4', 'Yes')
            ]
        });
        expect(result.stageGate.canAdvance).toBe(true);
        expect(result.stageGate.nextStage).toBeNull();
        expect(result.stageGate.reason).toBe(
            'Every required outcome is met: Needs Analysis is the last stage, so the deal is ready to close.'
        );
    });

    it('describes a closed deal as it stood, with a note, no gate and no next steps', () => {
        const result = scoreDeal(
            opportunityWith({ StageName: 'Closed Lost', IsClosed: true, IsWon: false })
        );
        expect(result.closed).toBe(true);
        expect(result.note).toBe(
            'This deal is closed (Closed Lost): the score shows it as it stood when it was lost, judged on every stage it reached; it has no stage gate or next steps.'
        );
        expect(result.nextActions).toEqual([]);
        expect(result.stageGate).toEqual({
            currentStage: 'Closed Lost',
            nextStage: null,
            canAdvance: false,
            blocking: [],
            reason: 'The deal is closed.'
        });
        expect(result.warnings).toEqual([]);
    });

    it('judges a closed deal up to the last open stage its history shows', () => {
        const result = scoreDeal({
            ...opportunityWith({ StageName: 'Closed Lost', IsClosed: true }),
            stageHistory: [
                { StageName: 'Prospecting', EnteredAt: '2026-08-01' },
                { StageName: 'Qualification', EnteredAt: '2026-09-01' },
                { StageName: 'Closed Lost', EnteredAt: '2026-10-01' }
            ]
        });
        // Up to Qualification, as an open deal there: evidence 28.6.
        expect(result.factors[0]!.earned).toBe(28.6);
    });

    it('honours configured weights, band limits and stage norms', () => {
        expect(scoreDeal(baseDeal(), { bandLimits: { atRisk: 50, watch: 80 } }).band).toBe('Watch');
        // Evidence only: 10/14 of 100 = 71.4.
        expect(
            scoreDeal(baseDeal(), {
                weights: { evidence: 100, qualification: 0, relationships: 0, hygiene: 0 }
            }).score
        ).toBe(71);
        const longStay = dealWith({
            stageHistory: [{ StageName: 'Qualification', EnteredAt: '2026-09-01' }]
        });
        expect(scoreDeal(longStay).score).toBe(74);
        expect(scoreDeal(longStay, { daysInStage: { Qualification: 90 } }).score).toBe(77);
    });

    it('names who verified the evidence and when, from the contacts given', () => {
        const result = scoreDeal({
            ...dealWith({
                evidence: [
                    evidence('e1', 'c1', 'Yes', {
                        Evidence__c: 'Agreed a first meeting on the reporting backlog.',
                        Verified_By__c: 'k9',
                        Verified_On__c: '2026-10-02'
                    })
                ]
            }),
            contacts: [{ Id: 'k9', Name: 'Marcus Bell' }]
        });
        expect(result.factors[0]!.details[0]!.text).toBe(
            'Prospecting (required): Question c1. — met, verified by Marcus Bell on 2026-10-02.'
        );
    });

    it('uses the evidence verified last when two records answer the same criterion, and says so', () => {
        const result = scoreDeal(
            dealWith({
                evidence: [
                    ...baseDeal().evidence,
                    evidence('e0', 'c2', 'Yes', { Verified_On__c: '2026-11-20' })
                ]
            })
        );
        expect(result.stageGate.canAdvance).toBe(true);
        expect(result.warnings).toEqual([
            {
                code: 'DUPLICATE_EVIDENCE',
                message:
                    '2 evidence records answer criterion c2; the one verified last (e0) was used.',
                recordId: 'e0'
            }
        ]);
    });

    it('ignores inactive criteria and criteria of stages the process does not have', () => {
        const result = scoreDeal(
            dealWith({
                criteria: [
                    ...baseDeal().criteria,
                    criterion('c8', 'Qualification', 'Essential', { Active__c: false }),
                    criterion('c9', 'Discovery', 'Essential')
                ]
            })
        );
        expect(result.score).toBe(77);
        expect(result.warnings).toEqual([
            {
                code: 'CRITERION_STAGE_UNKNOWN',
                message:
                    'Criterion "Question c9." belongs to the stage "Discovery", which is not one of the sales stages; it was ignored.',
                recordId: 'c9'
            }
        ]);
    });
});
