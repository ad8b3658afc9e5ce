/** @jest-environment node */
// Laws of sales frameworks in the score: a group's weight changes the qualification points exactly as
// configured (doubling it doubles its share against the others, 0 earns nothing), the groups' order
// never changes a point, and the TAS template scores exactly as the score did before frameworks.
import fc from 'fast-check';
import type { FrameworkGroupRecord, StageCriterionRecord } from 'c/atlasModel';
import { resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { TAS } from 'c/salesFramework';
import { prepareDeal } from '../prepare';
import { QUALIFICATION } from '../qualificationFactor';
import { dealArb } from './arbitraries';
import { baseDeal, criterion, evidence } from './fixtures';
import { loadSamplePlan, sampleOpenDeals } from './sampleDeals';

const config = resolveConfig();
/** The qualification points before any rounding for show. */
const qualificationPoints = (input: DealScoringInput): number =>
    QUALIFICATION.points(prepareDeal(input, config), config);

const GROUP_IDS = ['g0', 'g1', 'g2', 'g3'];
const IMPORTANCES = ['Nice to Have', 'Important', 'Very Important', 'Essential'] as const;

interface Framed {
    input: DealScoringInput;
    groups: FrameworkGroupRecord[];
    /** Each qualification question's group id. */
    groupOf: Map<string, string>;
}

/** A deal whose qualification questions sit in four groups of any weight and order. */
const framedArb: fc.Arbitrary<Framed> = fc
    .record({
        weights: fc.array(
            fc.integer({ min: 0, max: 8 }).map((w) => w / 2),
            {
                minLength: 4,
                maxLength: 4
            }
        ),
        orders: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
        questions: fc.array(
            fc.record({
                group: fc.constantFrom(...GROUP_IDS),
                importance: fc.constantFrom(...IMPORTANCES),
                state: fc.option(
                    fc.constantFrom('Yes' as const, 'In Progress' as const, 'No' as const)
                )
            }),
            { minLength: 1, maxLength: 8 }
        )
    })
    .map(({ weights, orders, questions }) => {
        const groups = GROUP_IDS.map((Id, index) => ({
            Id,
            Name: `Group ${index}`,
            Sales_Framework__c: 'f1',
            Key__c: String.fromCharCode(65 + index),
            Order__c: orders[index] ?? index,
            Weight__c: weights[index] ?? 1
        }));
        const groupOf = new Map<string, string>();
        const criteria: StageCriterionRecord[] = questions.map((question, index) => {
            groupOf.set(`q${index}`, question.group);
            return criterion(`q${index}`, null, question.importance, {
                Framework_Group__c: question.group
            });
        });
        const base = baseDeal();
        return {
            groups,
            groupOf,
            input: {
                ...base,
                criteria: [...base.criteria.filter((c) => c.Stage__c), ...criteria],
                evidence: questions.flatMap((question, index) =>
                    question.state ? [evidence(`eq${index}`, `q${index}`, question.state)] : []
                ),
                frameworkGroups: groups
            }
        };
    });

/** The deal with the questions of `groupId` met and every other question answered No. */
function onlyGroupMet(framed: Framed, groupId: string): DealScoringInput {
    const questions = [...framed.groupOf.keys()];
    return {
        ...framed.input,
        evidence: questions.map((id) =>
            evidence(`e-${id}`, id, framed.groupOf.get(id) === groupId ? 'Yes' : 'No')
        )
    };
}

const withWeight = (framed: Framed, groupId: string, weight: number): Framed => ({
    ...framed,
    groups: framed.groups.map((g) => (g.Id === groupId ? { ...g, Weight__c: weight } : g)),
    input: {
        ...framed.input,
        frameworkGroups: framed.groups.map((g) =>
            g.Id === groupId ? { ...g, Weight__c: weight } : g
        )
    }
});

describe('a sales framework in the score', () => {
    it('doubling a group’s weight doubles its share against the other groups (its odds)', () => {
        fc.assert(
            fc.property(framedArb, fc.constantFrom(...GROUP_IDS), (framed, groupId) => {
                const points = config.weights.qualification ?? 0;
                const weightOf = (id: string | undefined) =>
                    Number(framed.groups.find((g) => g.Id === id)?.Weight__c);
                const weight = weightOf(groupId);
                const groupsAsked = [...framed.groupOf.values()];
                // A share needs questions in the group and in another group that weighs something.
                fc.pre(
                    weight > 0 &&
                        groupsAsked.includes(groupId) &&
                        groupsAsked.some((id) => id !== groupId && weightOf(id) > 0)
                );
                const share = qualificationPoints(onlyGroupMet(framed, groupId)) / points;
                const doubled = withWeight(framed, groupId, 2 * weight);
                const after = qualificationPoints(onlyGroupMet(doubled, groupId)) / points;
                expect(after / (1 - after)).toBeCloseTo((2 * share) / (1 - share), 9);
            })
        );
    });

    it('a group with weight 0 earns nothing: its answers never change a point', () => {
        fc.assert(
            fc.property(framedArb, fc.constantFrom(...GROUP_IDS), (framed, groupId) => {
                const zero = withWeight(framed, groupId, 0);
                const questions = [...zero.groupOf.keys()];
                const answered = (state: 'Yes' | 'No'): DealScoringInput => ({
                    ...zero.input,
                    evidence: questions.map((id) =>
                        evidence(`e-${id}`, id, zero.groupOf.get(id) === groupId ? state : 'No')
                    )
                });
                expect(qualificationPoints(answered('Yes'))).toBe(
                    qualificationPoints(answered('No'))
                );
                expect(scoreDeal(answered('Yes')).score).toBe(scoreDeal(answered('No')).score);
            })
        );
    });

    it('the groups’ order never changes a point', () => {
        fc.assert(
            fc.property(
                framedArb,
                fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }),
                (framed, orders) => {
                    const reordered = {
                        ...framed.input,
                        frameworkGroups: framed.groups.map((g, i) => ({
                            ...g,
                            Order__c: orders[i] ?? 0
                        }))
                    };
                    const before = scoreDeal(framed.input);
                    const after = scoreDeal(reordered);
                    expect(after.score).toBe(before.score);
                    expect(after.points).toEqual(before.points);
                    expect(after.factors.map((f) => [f.key, f.earned, f.possible])).toEqual(
                        before.factors.map((f) => [f.key, f.earned, f.possible])
                    );
                }
            )
        );
    });

    it('the TAS template’s records score any deal exactly as no framework does', () => {
        const tasRecords: FrameworkGroupRecord[] = TAS.groups.map((group) => ({
            Id: `tas-${group.key}`,
            Name: group.label,
            Sales_Framework__c: 'tas',
            Key__c: group.key,
            Order__c: group.order,
            Weight__c: group.weight,
            Question__c: group.question
        }));
        fc.assert(
            fc.property(dealArb, (deal) => {
                expect(scoreDeal({ ...deal, frameworkGroups: tasRecords })).toEqual(
                    scoreDeal(deal)
                );
            }),
            { numRuns: 60 }
        );
    });
});

describe('the TAS framework of the sample data', () => {
    const plan = loadSamplePlan();
    const framework = (plan.get('Sales_Framework__c') ?? []).find((f) => f.Active__c === true);
    const groups = (plan.get('Framework_Group__c') ?? []).filter(
        (g) => g.Sales_Framework__c === framework?.Id
    ) as unknown as FrameworkGroupRecord[];

    it('is the one active framework, and is the TAS template record for record', () => {
        expect(
            (plan.get('Sales_Framework__c') ?? []).filter((f) => f.Active__c === true)
        ).toHaveLength(1);
        expect(framework?.Template__c).toBe('TAS');
        expect(
            groups.map((g) => ({
                key: g.Key__c,
                label: g.Name,
                order: g.Order__c,
                weight: g.Weight__c,
                question: g.Question__c,
                help: g.Help__c
            }))
        ).toEqual(TAS.groups.map((group) => ({ ...group })));
    });

    it('links each qualification question to its group, and scores every open deal as before', () => {
        const questions = (plan.get('Stage_Criterion__c') ?? []).filter((c) => !c.Stage__c);
        for (const question of questions) {
            expect(groups.find((g) => g.Id === question.Framework_Group__c)?.Name).toBe(
                question.Category__c
            );
        }
        for (const deal of sampleOpenDeals()) {
            expect(scoreDeal({ ...deal, frameworkGroups: groups })).toEqual(scoreDeal(deal));
        }
    });
});
