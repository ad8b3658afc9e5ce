// The deal score's rules written for json-rules-engine, the library a team would otherwise reach
// for: one rule per criterion state, per relationship test and per hygiene check, over facts read
// from the same records. It gives the same score as dealScoring (no next actions) for an open deal
// under BENCH_SETTINGS; the benchmark and engineAgreement.test.ts check that deal by deal before any
// timing, so the ratio compares like with like. Closed deals are out of its scope (it refuses them).
import { Engine } from 'json-rules-engine';
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    StageCriterionRecord
} from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import {
    BUYING_ROLES,
    COVERAGES,
    INFLUENCES,
    SUPPORTS
} from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import type {
    DealScoringConfig,
    DealScoringInput,
    DealScoringOverrides
} from '../../force-app/main/default/lwc/dealScoring/types';
import { resolveConfig } from '../../force-app/main/default/lwc/dealScoring/config';
import { FACTORS } from '../../force-app/main/default/lwc/dealScoring/factors';
import { RELATIONSHIP_SHARES } from '../../force-app/main/default/lwc/dealScoring/relationshipFactor';
import { HYGIENE_SHARES } from '../../force-app/main/default/lwc/dealScoring/hygieneFactor';
import { CHAMPION_TESTS } from '../../force-app/main/default/lwc/buyingCenterCoverage/champion';

/** The settings both sides score with: the defaults, frozen so that each side resolves them once. */
export const BENCH_SETTINGS: DealScoringOverrides = Object.freeze({});
const CONFIG: DealScoringConfig = resolveConfig(BENCH_SETTINGS);

/** What the rules read of one deal's answer to one criterion. */
export interface AnswerFacts {
    state: string | null;
    /** The customer's words are recorded (or hidden from the reader, where the org requires them). */
    hasWords: boolean;
    hasVerifier: boolean;
}

/** Our position against one listed competitor on the two competition questions. */
export interface CompetitorFacts {
    compete: AnswerFacts;
    win: AnswerFacts;
}

/** The facts one run of the engine reads: the records of one open deal, read plainly. */
export interface DealFacts {
    stageIndex: number;
    answers: Record<string, AnswerFacts>;
    competitors: CompetitorFacts[];
    members: BuyingCenterMemberRecord[];
    closeDateKnown: boolean;
    daysPastClose: number | null;
    idleDays: number | null;
    hasAmount: boolean;
    hasBuyingCenter: boolean;
    daysInStage: number | null;
    wentBackwards: boolean;
}

type Members = BuyingCenterMemberRecord[];
interface MemberTest {
    roles?: string[];
    supports?: string[];
    coverages?: (string | null)[];
    influences?: string[];
    /** A champion who passed MEDDICC's three tests (access, sells for us, gains). */
    testedChampion?: boolean;
}

// The fields that record the three tests are the member form's (CHAMPION_TESTS); the rule on them
// (all three Passed) is stated here, on its own, so this baseline stays an independent reading.
const CHAMPION_TEST_FIELDS = CHAMPION_TESTS.map((test) => test.result);

const passedAllChampionTests = (member: BuyingCenterMemberRecord): boolean =>
    member.Buying_Role__c === 'Champion' &&
    CHAMPION_TEST_FIELDS.every((field) => member[field] === 'Passed');

const matches = (member: BuyingCenterMemberRecord, test: MemberTest): boolean =>
    (!test.roles || test.roles.includes(member.Buying_Role__c ?? '')) &&
    (!test.supports || test.supports.includes(member.Support__c ?? '')) &&
    (!test.coverages || test.coverages.includes(member.Coverage__c ?? null)) &&
    (!test.influences || test.influences.includes(member.Influence__c ?? '')) &&
    (test.testedChampion === undefined || passedAllChampionTests(member) === test.testedChampion);

const ENGAGED = ['Multiple', 'In Depth'];
// Approver is the economic buyer's earlier role name (Buying_Role__c's description).
const DECIDERS = ['Decision Maker', 'Approver', 'Economic Buyer'];
const STATES = ['No', 'In Progress', 'Yes'];

/** The event types the rules fire, each carrying the points it is worth in `params.points`. */
const EVENT = {
    evidence: 'evidence',
    evidencePossible: 'evidencePossible',
    qualification: 'qualification',
    qualificationPossible: 'qualificationPossible',
    relationships: 'relationships',
    hygieneLost: 'hygieneLost'
} as const;

/** The criteria a competitor is assessed on, by their Category (TAS's two competition questions). */
const COMPETITION_QUESTIONS: Readonly<Record<string, keyof CompetitorFacts>> = {
    'Can we compete?': 'compete',
    'Can we win?': 'win'
};

/** What an answer is worth, as its rules count it: a Yes without words or verifier is in progress. */
const LEVEL = { No: 0, 'In Progress': 1, Yes: 2 } as const;
const levelOf = (answer: AnswerFacts): number | null =>
    answer.state === null
        ? null
        : answer.state === 'Yes' && !(answer.hasWords && answer.hasVerifier)
          ? LEVEL['In Progress']
          : (LEVEL[answer.state as keyof typeof LEVEL] ?? null);

/** No listed competitor holds us below `state` on the question (a competitor not assessed never does). */
const noCompetitorBelow = (
    competitors: CompetitorFacts[],
    test: { question: keyof CompetitorFacts; state: keyof typeof LEVEL }
): boolean =>
    competitors.every((competitor) => {
        const level = levelOf(competitor[test.question]);
        return level === null || level >= LEVEL[test.state];
    });

const rule = (conditions: TopLevelCondition, type: string, points: number): RuleProperties => ({
    conditions,
    event: { type, params: { points } }
});

/** The rules of one criterion: worth 2 × its importance met, 1 × in progress (a Yes without the
 *  customer's words or verifier counts as in progress). */
function criterionRules(
    criterion: StageCriterionRecord,
    stageOrder: readonly string[]
): RuleProperties[] {
    const weight =
        CONFIG.importanceWeights[criterion.Importance__c ?? 'Important'] ??
        CONFIG.importanceWeights.Important;
    const staged = !!criterion.Stage__c;
    const stageIndex = staged ? stageOrder.indexOf(criterion.Stage__c ?? '') : -1;
    if (criterion.Active__c === false || (staged && stageIndex < 0)) {
        return [];
    }
    const kind = staged ? EVENT.evidence : EVENT.qualification;
    const possible = staged ? EVENT.evidencePossible : EVENT.qualificationPossible;
    const applies = staged
        ? [{ fact: 'stageIndex', operator: 'greaterThanInclusive', value: stageIndex }]
        : [];
    const answer = (field: keyof AnswerFacts, value: string | boolean) => ({
        fact: 'answers',
        path: `$['${criterion.Id}'].${field}`,
        operator: 'equal',
        value
    });
    const { Yes: yes, 'In Progress': inProgress } = CONFIG.stateValues;
    // A competition question counts the weakest of the deal's answer and each competitor's.
    const question = staged ? undefined : COMPETITION_QUESTIONS[criterion.Category__c ?? ''];
    const competitors = (operator: string, state: keyof typeof LEVEL) =>
        question ? [{ fact: 'competitors', operator, value: { question, state } }] : [];
    const fullYes = [answer('state', 'Yes'), answer('hasWords', true), answer('hasVerifier', true)];
    return [
        rule({ all: [...applies] }, possible, yes * weight),
        rule(
            { all: [...applies, ...fullYes, ...competitors('noCompetitorBelow', 'Yes')] },
            kind,
            yes * weight
        ),
        rule(
            {
                all: [
                    ...applies,
                    ...competitors('noCompetitorBelow', 'In Progress'),
                    {
                        any: [
                            // A verified Yes held to in progress by a competitor.
                            ...(question
                                ? [
                                      {
                                          all: [
                                              ...fullYes,
                                              ...competitors('someCompetitorBelow', 'Yes')
                                          ]
                                      }
                                  ]
                                : []),
                            answer('state', 'In Progress'),
                            {
                                all: [
                                    answer('state', 'Yes'),
                                    {
                                        any: [
                                            answer('hasWords', false),
                                            answer('hasVerifier', false)
                                        ]
                                    }
                                ]
                            }
                        ]
                    }
                ]
            },
            kind,
            inProgress * weight
        )
    ];
}

function relationshipRules(): RuleProperties[] {
    const points = RELATIONSHIP_SHARES;
    const known = { fact: 'members', operator: 'isEmpty', value: false };
    const supportiveDecider = {
        roles: DECIDERS,
        supports: ['Mentor', 'Supporter'],
        coverages: ENGAGED
    };
    const has = (test: MemberTest) => ({ fact: 'members', operator: 'hasMember', value: test });
    const lacks = (test: MemberTest) => ({ fact: 'members', operator: 'lacksMember', value: test });
    return [
        rule(
            { all: [known, has(supportiveDecider)] },
            EVENT.relationships,
            points.supportiveDecider
        ),
        rule(
            { all: [known, lacks(supportiveDecider), has({ roles: DECIDERS })] },
            EVENT.relationships,
            points.knownDecider
        ),
        // A tested champion earns the coach share; a coach, or a champion not (yet) tested, a part.
        rule({ all: [known, has({ testedChampion: true })] }, EVENT.relationships, points.coach),
        rule(
            {
                all: [
                    known,
                    lacks({ testedChampion: true }),
                    {
                        any: [has({ roles: ['Coach', 'Champion'] }), has({ supports: ['Mentor'] })]
                    }
                ]
            },
            EVENT.relationships,
            points.coachNotChampion
        ),
        rule(
            {
                all: [
                    known,
                    lacks({
                        supports: ['Enemy', 'Non-Supporter'],
                        influences: ['High'],
                        coverages: ['No Contact', 'Brief', null]
                    })
                ]
            },
            EVENT.relationships,
            points.noUnaddressedOpposition
        ),
        rule(
            { all: [known, { fact: 'members', operator: 'engagedPeopleAtLeast', value: 2 }] },
            EVENT.relationships,
            points.multiThreaded
        ),
        rule(
            { all: [{ fact: 'members', operator: 'isEmpty', value: true }] },
            EVENT.relationships,
            CONFIG.unknownCredits.relationships ?? 0
        )
    ];
}

function hygieneRules(): RuleProperties[] {
    const lost = HYGIENE_SHARES;
    const fact = (name: keyof DealFacts, operator: string, value: unknown) => ({
        fact: name,
        operator,
        value
    });
    return [
        rule(
            {
                any: [
                    fact('closeDateKnown', 'equal', false),
                    fact('daysPastClose', 'greaterThan', 0)
                ]
            },
            EVENT.hygieneLost,
            lost.closeDate
        ),
        rule(
            { all: [fact('idleDays', 'greaterThan', CONFIG.staleActivityDays)] },
            EVENT.hygieneLost,
            lost.activity
        ),
        // BENCH_SETTINGS set no per-stage norms: every stage has the default.
        rule(
            { all: [fact('daysInStage', 'greaterThan', CONFIG.defaultDaysInStage)] },
            EVENT.hygieneLost,
            lost.timeInStage
        ),
        rule({ all: [fact('hasAmount', 'equal', false)] }, EVENT.hygieneLost, lost.amount),
        rule(
            { all: [fact('hasBuyingCenter', 'equal', false)] },
            EVENT.hygieneLost,
            lost.buyingCenter
        ),
        rule({ all: [fact('wentBackwards', 'equal', true)] }, EVENT.hygieneLost, lost.direction)
    ];
}

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
    // People, not records: one contact in two buying centers is one thread.
    engine.addOperator(
        'engagedPeopleAtLeast',
        (members: Members, count: number) =>
            new Set(
                members
                    .filter((m) => ENGAGED.includes(m.Coverage__c ?? ''))
                    .map((m) => m.Contact__c ?? m.Id)
            ).size >= count
    );
    engine.addOperator('noCompetitorBelow', noCompetitorBelow);
    engine.addOperator(
        'someCompetitorBelow',
        (competitors: CompetitorFacts[], test: Parameters<typeof noCompetitorBelow>[1]) =>
            !noCompetitorBelow(competitors, test)
    );
    engine.addOperator(
        'isEmpty',
        (members: Members, empty: boolean) => (members.length === 0) === empty
    );
    for (const criterion of criteria) {
        criterionRules(criterion, stageOrder).forEach((r) => engine.addRule(r));
    }
    relationshipRules().forEach((r) => engine.addRule(r));
    hygieneRules().forEach((r) => engine.addRule(r));
    return engine;
}

const day = (value: unknown): number | null => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
        return null;
    }
    const ms = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
};
const nonBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const known = (value: unknown, allowed: readonly string[]) =>
    typeof value === 'string' && allowed.includes(value) ? value : null;

/** One answer per criterion: when two records answer it, the one verified last, then the higher id. */
function answersOf(deal: DealScoringInput): Record<string, AnswerFacts> {
    const chosen = new Map<string, DealEvidenceRecord>();
    for (const record of deal.evidence) {
        if (record.Opportunity__c && record.Opportunity__c !== deal.opportunity.Id) {
            continue;
        }
        const held = chosen.get(record.Stage_Criterion__c);
        const later =
            !held ||
            (day(record.Verified_On__c) ?? -Infinity) - (day(held.Verified_On__c) ?? -Infinity) >
                0 ||
            (day(record.Verified_On__c) === day(held.Verified_On__c) && record.Id > held.Id);
        if (later) {
            chosen.set(record.Stage_Criterion__c, record);
        }
    }
    const answers: Record<string, AnswerFacts> = {};
    for (const [criterionId, record] of chosen) {
        answers[criterionId] = {
            state: known(record.State__c, STATES),
            hasWords: deal.evidenceTextHidden === true || nonBlank(record.Evidence__c),
            hasVerifier: nonBlank(record.Verified_By__c)
        };
    }
    return answers;
}

/** Our position against each listed competitor, read as plainly as the evidence. */
function competitorsOf(deal: DealScoringInput): CompetitorFacts[] {
    return (deal.competitors ?? [])
        .filter((competitor) => typeof competitor?.Id === 'string')
        .map((competitor) => ({
            compete: {
                state: known(competitor.Can_We_Compete__c, STATES),
                hasWords: nonBlank(competitor.Compete_Evidence__c),
                hasVerifier: nonBlank(competitor.Verified_By__c)
            },
            win: {
                state: known(competitor.Can_We_Win__c, STATES),
                hasWords: nonBlank(competitor.Win_Evidence__c),
                hasVerifier: nonBlank(competitor.Verified_By__c)
            }
        }));
}

/** Days in the current stage and whether the deal ever stepped back, from its stage history. */
function historyOf(
    deal: DealScoringInput,
    today: number
): { daysInStage: number | null; wentBackwards: boolean } {
    const current = deal.opportunity.StageName ?? null;
    const entries = (deal.stageHistory ?? [])
        .map((change) => ({
            stage: change.StageName,
            day: day(change.EnteredAt),
            index: deal.stageOrder.indexOf(change.StageName)
        }))
        .filter(
            (entry): entry is { stage: string; day: number; index: number } =>
                !!entry.stage &&
                entry.day !== null &&
                entry.day <= today &&
                (entry.index >= 0 || entry.stage === current)
        )
        // Same day: read as a move forward.
        .sort((a, b) => a.day - b.day || a.index - b.index || (a.stage < b.stage ? -1 : 1));
    let entered: number | null = null;
    let wentBackwards = false;
    let furthestOpen = -1;
    entries.forEach((entry, i) => {
        if (entry.stage === current && entries[i - 1]?.stage !== current) {
            entered = entry.day;
        }
        if (entry.index >= 0) {
            wentBackwards ||= furthestOpen >= 0 && entry.index < furthestOpen;
            furthestOpen = entry.index;
        }
    });
    const last = entries[entries.length - 1];
    if (last && last.stage !== current) {
        entered = null; // the history is behind the record
    }
    return { daysInStage: entered === null ? null : today - entered, wentBackwards };
}

/** The facts of an open deal, read from the same records dealScoring is given. */
export function engineFacts(deal: DealScoringInput): DealFacts {
    const opportunity = deal.opportunity;
    const closedByName = ['Closed Won', 'Closed Lost'].includes(opportunity.StageName ?? '');
    if (
        opportunity.IsClosed === true ||
        (typeof opportunity.IsClosed !== 'boolean' && closedByName)
    ) {
        throw new Error(
            `The rules-engine baseline scores open deals only; ${opportunity.Id} is closed.`
        );
    }
    const today = day(deal.asOf);
    if (today === null) {
        throw new Error(`The rules-engine baseline needs an "as of" date; got ${deal.asOf}.`);
    }
    const closeDay = day(opportunity.CloseDate);
    const lastTouch = day(opportunity.LastActivityDate) ?? day(opportunity.CreatedDate);
    const amount = opportunity.Amount;
    return {
        stageIndex: deal.stageOrder.indexOf(opportunity.StageName ?? ''),
        answers: answersOf(deal),
        competitors: competitorsOf(deal),
        members: deal.members
            .filter((member) => typeof member?.Id === 'string')
            .map((member) => ({
                ...member,
                Contact__c: typeof member.Contact__c === 'string' ? member.Contact__c : member.Id,
                Buying_Role__c: known(member.Buying_Role__c, BUYING_ROLES) as never,
                Support__c: known(member.Support__c, SUPPORTS) as never,
                Coverage__c: known(member.Coverage__c, COVERAGES) as never,
                Influence__c: known(member.Influence__c, INFLUENCES) as never
            })),
        closeDateKnown: closeDay !== null,
        daysPastClose: closeDay === null ? null : today - closeDay,
        idleDays: lastTouch === null ? null : today - lastTouch,
        hasAmount: typeof amount === 'number' && Number.isFinite(amount) && amount > 0,
        hasBuyingCenter: nonBlank(opportunity.Buying_Center__c),
        ...historyOf(deal, today)
    };
}

/** Whole tenths of a point, without float noise (points are shown to the tenth). */
const tenths = (value: number): number => Math.round(Math.round(value * 1e6) / 1e5);

/** The score, 0–100, from the points the fired events carry: each factor's share of its weight. */
function scoreOfEvents(events: readonly { type: string; params?: Record<string, unknown> }[]) {
    const sum: Record<string, number> = {};
    for (const event of events) {
        sum[event.type] = (sum[event.type] ?? 0) + Number(event.params?.points);
    }
    const got = (type: string) => sum[type] ?? 0;
    const credit = (key: string) => CONFIG.unknownCredits[key] ?? 0;
    const ratio = (key: string, earned: string, possible: string) =>
        got(possible) > 0 ? got(earned) / got(possible) : credit(key);
    const shares: Record<string, number> = {
        evidence: ratio('evidence', EVENT.evidence, EVENT.evidencePossible),
        qualification: ratio('qualification', EVENT.qualification, EVENT.qualificationPossible),
        relationships: got(EVENT.relationships),
        hygiene: Math.max(0, 1 - got(EVENT.hygieneLost))
    };
    let earned = 0;
    let possible = 0;
    for (const factor of FACTORS) {
        const share = shares[factor.key];
        if (share === undefined) {
            throw new Error(
                `The rules-engine baseline has no rules for the factor "${factor.key}".`
            );
        }
        const weight = CONFIG.weights[factor.key] ?? 0;
        earned += weight * share;
        possible += weight;
    }
    // On the total's whole tenths, half up, as the panel rounds it.
    const [earnedTenths, possibleTenths] = [tenths(earned), tenths(possible)];
    return possibleTenths > 0
        ? Math.floor((200 * earnedTenths + possibleTenths) / (2 * possibleTenths))
        : 0;
}

export async function scoreWithEngine(engine: Engine, deal: DealScoringInput): Promise<number> {
    const { events } = await engine.run(engineFacts(deal) as unknown as Record<string, unknown>);
    return scoreOfEvents(events);
}
