// The deal score's rules written for json-rules-engine, the library a team would otherwise reach
// for: one rule per criterion state, per relationship test and per hygiene problem. It computes the
// same score as dealScoring's core (no next actions) under BENCH_CONFIG, so the benchmark compares
// like with like: a scoring factor these rules do not model weighs 0 on both sides.
import { Engine } from 'json-rules-engine';
import type {
    BuyingCenterMemberRecord,
    StageCriterionRecord
} from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import type {
    DealScoringInput,
    DealScoringOverrides
} from '../../force-app/main/default/lwc/dealScoring/types';
import { DEFAULT_CONFIG, resolveConfig } from '../../force-app/main/default/lwc/dealScoring/config';
import { FACTORS } from '../../force-app/main/default/lwc/dealScoring/factors';

type Members = BuyingCenterMemberRecord[];
interface MemberTest {
    roles?: string[];
    supports?: string[];
    coverages?: (string | null)[];
    influences?: string[];
}

const matches = (member: BuyingCenterMemberRecord, test: MemberTest): boolean =>
    (!test.roles || test.roles.includes(member.Buying_Role__c ?? '')) &&
    (!test.supports || test.supports.includes(member.Support__c ?? '')) &&
    (!test.coverages || test.coverages.includes(member.Coverage__c ?? null)) &&
    (!test.influences || test.influences.includes(member.Influence__c ?? ''));

const ENGAGED = ['Multiple', 'In Depth'];
const DECIDERS = ['Decision Maker', 'Approver'];

export function buildEngine(
    criteria: readonly StageCriterionRecord[],
    stageOrder: readonly string[]
): Engine {
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addOperator('hasMember', (members: Members, test: MemberTest) =>
        members.some((m) => matches(m, test))
    );
    engine.addOperator(
        'lacksMember',
        (members: Members, test: MemberTest) => !members.some((m) => matches(m, test))
    );
    engine.addOperator(
        'engagedAtLeast',
        (members: Members, count: number) =>
            members.filter((m) => ENGAGED.includes(m.Coverage__c ?? '')).length >= count
    );
    engine.addOperator(
        'isEmpty',
        (members: Members, empty: boolean) => (members.length === 0) === empty
    );

    const { importanceWeights } = DEFAULT_CONFIG;
    for (const criterion of criteria) {
        const weight = importanceWeights[criterion.Importance__c ?? 'Important'] ?? 2;
        const kind = criterion.Stage__c ? 'evidence' : 'qualification';
        const applies = criterion.Stage__c
            ? [
                  {
                      fact: 'stageIndex',
                      operator: 'greaterThanInclusive',
                      value: stageOrder.indexOf(criterion.Stage__c)
                  }
              ]
            : [{ fact: 'stageIndex', operator: 'greaterThanInclusive', value: -1 }];
        engine.addRule({
            conditions: { all: applies },
            event: { type: `${kind}Possible`, params: { points: 2 * weight } }
        });
        for (const [state, value] of [
            ['Yes', 2],
            ['In Progress', 1]
        ] as const) {
            engine.addRule({
                conditions: {
                    all: [
                        ...applies,
                        {
                            fact: 'states',
                            path: `$.${criterion.Id}`,
                            operator: 'equal',
                            value: state
                        }
                    ]
                },
                event: { type: kind, params: { points: value * weight } }
            });
        }
    }
    const known = { fact: 'members', operator: 'isEmpty', value: false };
    const supportiveDecider = {
        roles: DECIDERS,
        supports: ['Mentor', 'Supporter'],
        coverages: ENGAGED
    };
    const share = (conditions: object[], points: number) =>
        engine.addRule({
            conditions: { all: [known, ...conditions] } as never,
            event: { type: 'relationships', params: { points } }
        });
    share([{ fact: 'members', operator: 'hasMember', value: supportiveDecider }], 0.4);
    share(
        [
            { fact: 'members', operator: 'lacksMember', value: supportiveDecider },
            { fact: 'members', operator: 'hasMember', value: { roles: DECIDERS } }
        ],
        0.16
    );
    engine.addRule({
        conditions: {
            any: [
                {
                    all: [
                        known,
                        { fact: 'members', operator: 'hasMember', value: { roles: ['Coach'] } }
                    ]
                },
                {
                    all: [
                        known,
                        { fact: 'members', operator: 'hasMember', value: { supports: ['Mentor'] } }
                    ]
                }
            ]
        } as never,
        event: { type: 'relationshipsCoach', params: { points: 0.24 } }
    });
    share(
        [
            {
                fact: 'members',
                operator: 'lacksMember',
                value: {
                    supports: ['Enemy', 'Non-Supporter'],
                    influences: ['High'],
                    coverages: ['No Contact', 'Brief', null]
                }
            }
        ],
        0.2
    );
    share([{ fact: 'members', operator: 'engagedAtLeast', value: 2 }], 0.16);
    engine.addRule({
        conditions: { all: [{ fact: 'members', operator: 'isEmpty', value: true }] },
        event: {
            type: 'relationships',
            params: { points: DEFAULT_CONFIG.unknownCredits.relationships }
        }
    });

    const lose = (conditions: object[], points: number) =>
        engine.addRule({
            conditions: { all: conditions } as never,
            event: { type: 'hygieneLost', params: { points } }
        });
    lose([{ fact: 'daysPastClose', operator: 'greaterThan', value: 0 }], 1 / 3);
    lose(
        [{ fact: 'idleDays', operator: 'greaterThan', value: DEFAULT_CONFIG.staleActivityDays }],
        0.2
    );
    lose([{ fact: 'hasAmount', operator: 'equal', value: false }], 2 / 15);
    lose([{ fact: 'hasBuyingCenter', operator: 'equal', value: false }], 1 / 15);
    return engine;
}

type Sum = (type: string) => number;
const ratio = (earned: number, possible: number) => (possible > 0 ? earned / possible : 0.5);

/** The share of each factor's points these rules give, from the events they fired, by factor key. */
const MODELLED: Readonly<Record<string, (sum: Sum) => number>> = {
    evidence: (sum) => ratio(sum('evidence'), sum('evidencePossible')),
    qualification: (sum) => ratio(sum('qualification'), sum('qualificationPossible')),
    relationships: (sum) => Math.min(1, sum('relationships') + sum('relationshipsCoach')),
    hygiene: (sum) => Math.max(0, 1 - sum('hygieneLost'))
};

/**
 * The settings both sides score with: the defaults, with every registered factor these rules do not
 * model weighed 0 (a new factor is left out of the comparison rather than miscounted).
 */
export const BENCH_SETTINGS: DealScoringOverrides = Object.freeze({
    weights: Object.freeze(
        Object.fromEntries(
            FACTORS.map((factor) => [
                factor.key,
                factor.key in MODELLED ? factor.weight.defaultValue : 0
            ])
        )
    )
});

/** The registered factors these rules leave out (weighed 0 on both sides), for the report. */
export const UNMODELLED_FACTORS: readonly string[] = FACTORS.map((factor) => factor.key).filter(
    (key) => !(key in MODELLED)
);

const day = (value: string | null | undefined): number =>
    Math.floor(Date.parse(`${String(value).slice(0, 10)}T00:00:00Z`) / 86_400_000);

export async function scoreWithEngine(engine: Engine, deal: DealScoringInput): Promise<number> {
    const states: Record<string, string> = {};
    for (const record of deal.evidence) {
        states[record.Stage_Criterion__c] = record.State__c ?? 'No';
    }
    const opportunity = deal.opportunity;
    const today = day(deal.asOf);
    const { events } = await engine.run({
        stageIndex: deal.stageOrder.indexOf(opportunity.StageName ?? ''),
        states,
        members: deal.members,
        daysPastClose: today - day(opportunity.CloseDate),
        idleDays: today - day(opportunity.LastActivityDate),
        hasAmount: !!opportunity.Amount,
        hasBuyingCenter: !!opportunity.Buying_Center__c
    });
    const sum: Sum = (type) =>
        events
            .filter((e) => e.type === type)
            .reduce((total, e) => total + Number(e.params?.points), 0);
    let earned = 0;
    let possible = 0;
    // Frozen settings resolve once (dealScoring caches them), for the engine as for the core.
    for (const [key, weight] of Object.entries(resolveConfig(BENCH_SETTINGS).weights)) {
        earned += weight * (MODELLED[key]?.(sum) ?? 0);
        possible += weight;
    }
    return Math.round((100 * earned) / possible);
}
