// The questions a manager asks in a deal review, one or more per gap in the deal's scoring result:
// questions that make the rep think about what the customer has and has not said, never verdicts.
import { dateOf } from 'c/atlasMessages';
import type { AgreedActionRecord, IsoDate, RecordId, StageCriterionRecord } from 'c/atlasModel';
import type { DealScore, RiskCode } from 'c/dealScoring';
import { say } from './coachingLabels';
import type { CoachingLabel } from './coachingLabels';
import type { CoachingQuestion, GapCode, StageQuestion } from './types';
import { overdueActionsOf } from './agreedActions';

export interface CoachingInput {
    score: Pick<DealScore, 'risks' | 'stageGate' | 'factors'>;
    criteria: readonly StageCriterionRecord[];
    /** The deal's current stage (StageName). */
    stage: string | null;
    closeDate: IsoDate | null;
    /** Buying-center member id → the person's name, to name people in questions. */
    people: ReadonlyMap<RecordId, string>;
    /** Questions sales ops added; those of other stages and inactive ones are left out here. */
    stageQuestions: readonly StageQuestion[];
    /** The deal's agreed actions (all reviews); open ones past their due date raise a question. */
    actions: readonly AgreedActionRecord[];
    asOf: IsoDate;
}

/** At most this many questions about criteria: a review is a conversation, not an audit. */
export const MAX_CRITERION_QUESTIONS = 4;

const CRITERION_GAPS: readonly string[] = ['not met', 'in progress', 'not yet assessed'];

/** Risks whose question needs no more than the risk itself; in the order they are asked. */
const RISK_QUESTIONS: readonly [RiskCode, Exclude<GapCode, 'STAGE_QUESTION'>, CoachingLabel][] = [
    ['NO_DECISION_MAKER', 'NO_DECISION_MAKER', 'Atlas_DRQ_Decision_Maker'],
    ['NO_COACH', 'NO_COACH', 'Atlas_DRQ_Coach'],
    ['NO_CHAMPION', 'NO_CHAMPION', 'Atlas_DRQ_No_Champion'],
    ['NO_ECONOMIC_BUYER', 'NO_ECONOMIC_BUYER', 'Atlas_DRQ_No_Economic_Buyer'],
    ['NO_OPPOSITION_IDENTIFIED', 'NO_OPPOSITION_IDENTIFIED', 'Atlas_DRQ_No_Opposition'],
    ['ROLE_NOT_COVERED', 'ROLE_NOT_COVERED', 'Atlas_DRQ_Role_Not_Covered'],
    ['RELATIONSHIPS_UNKNOWN', 'PEOPLE_UNKNOWN', 'Atlas_DRQ_People_Unknown'],
    ['NO_RECENT_ACTIVITY', 'GONE_QUIET', 'Atlas_DRQ_Quiet'],
    ['TOO_LONG_IN_STAGE', 'STUCK_IN_STAGE', 'Atlas_DRQ_Stuck'],
    ['STAGE_WENT_BACKWARDS', 'WENT_BACKWARDS', 'Atlas_DRQ_Went_Back'],
    ['NO_AMOUNT', 'NO_AMOUNT', 'Atlas_DRQ_Amount'],
    ['NO_BUYING_CENTER', 'NO_BUYING_CENTER', 'Atlas_DRQ_Buying_Center']
];

/** Risks about people, whose question names them. */
const PEOPLE_QUESTIONS: readonly [RiskCode, Exclude<GapCode, 'STAGE_QUESTION'>, CoachingLabel][] = [
    [
        'NO_SUPPORTIVE_DECISION_MAKER',
        'NO_SUPPORTIVE_DECISION_MAKER',
        'Atlas_DRQ_Supportive_Decider'
    ],
    ['ENEMY_WITH_HIGH_INFLUENCE', 'OPPOSITION', 'Atlas_DRQ_Opposition'],
    ['SINGLE_THREADED', 'SINGLE_THREADED', 'Atlas_DRQ_Single_Thread'],
    // A decision maker or coach not touched for too long (c/dealScoring staleRelationships.ts).
    ['STALE_RELATIONSHIP', 'STALE_RELATIONSHIP', 'Atlas_DRQ_Stale_Relationship'],
    ['CHAMPION_FAILED', 'CHAMPION_FAILED', 'Atlas_DRQ_Champion_Failed'],
    ['CHAMPION_UNTESTED', 'CHAMPION_UNTESTED', 'Atlas_DRQ_Champion_Untested']
];

function criterionQuestions(input: CoachingInput): CoachingQuestion[] {
    const byId = new Map(input.criteria.map((criterion) => [criterion.Id, criterion]));
    const questions: CoachingQuestion[] = [];
    const asked = new Set<string>();
    const ask = (criterionId: string, gap: 'GATE_CRITERION' | 'UNMET_CRITERION'): void => {
        const criterion = byId.get(criterionId);
        if (criterion === undefined || asked.has(criterionId) || !criterion.Question__c) {
            return;
        }
        asked.add(criterionId);
        questions.push({
            key: `${gap}:${criterionId}`,
            gap,
            message: say('Atlas_DRQ_Criterion', criterion.Question__c)
        });
    };
    // What blocks the stage gate first, then the current stage's other open criteria.
    input.score.stageGate.blocking.forEach((blocker) => ask(blocker.criterionId, 'GATE_CRITERION'));
    const evidence = input.score.factors.find((factor) => factor.key === 'evidence');
    for (const detail of evidence?.details ?? []) {
        const criterion = byId.get(detail.key);
        if (criterion?.Stage__c === input.stage && CRITERION_GAPS.includes(detail.status)) {
            ask(detail.key, 'UNMET_CRITERION');
        }
    }
    return questions.slice(0, MAX_CRITERION_QUESTIONS);
}

function saidNoQuestions(input: CoachingInput): CoachingQuestion[] {
    const byId = new Map(input.criteria.map((criterion) => [criterion.Id, criterion]));
    const questions: CoachingQuestion[] = [];
    for (const risk of input.score.risks) {
        const criterion = risk.criterionId === undefined ? undefined : byId.get(risk.criterionId);
        if (!criterion?.Question__c) {
            continue;
        }
        if (risk.code === 'CUSTOMER_SAID_NO') {
            questions.push({
                key: `CUSTOMER_SAID_NO:${criterion.Id}`,
                gap: 'CUSTOMER_SAID_NO',
                message: say('Atlas_DRQ_Customer_Said_No', criterion.Question__c)
            });
        } else if (risk.code === 'QUALIFICATION_ANSWERED_NO') {
            questions.push({
                key: `QUALIFICATION_NO:${criterion.Id}`,
                gap: 'QUALIFICATION_NO',
                message: say('Atlas_DRQ_Qualification_No', criterion.Question__c)
            });
        }
    }
    return questions;
}

function peopleNamed(input: CoachingInput, memberIds: readonly RecordId[] | undefined): string {
    return (memberIds ?? [])
        .map((id) => input.people.get(id))
        .filter((name): name is string => name !== undefined && name !== '')
        .join(', ');
}

function riskQuestions(input: CoachingInput): CoachingQuestion[] {
    const codes = new Set(input.score.risks.map((risk) => risk.code));
    const questions: CoachingQuestion[] = [];
    for (const [code, gap, label] of PEOPLE_QUESTIONS) {
        // Every risk of the code: a stale decision maker and a stale coach are asked about together.
        const risks = input.score.risks.filter((candidate) => candidate.code === code);
        const named = peopleNamed(
            input,
            risks.flatMap((risk) => risk.memberIds ?? [])
        );
        if (named !== '') {
            questions.push({ key: gap, gap, message: say(label, named) });
        }
    }
    if (codes.has('NO_CLOSE_DATE') || codes.has('CLOSE_DATE_PAST')) {
        // Nothing the customer said holds a date: ask what doing nothing would cost them.
        questions.push({
            key: 'NO_COMPELLING_EVENT',
            gap: 'NO_COMPELLING_EVENT',
            message: say('Atlas_DRQ_Compelling_Event')
        });
        if (codes.has('CLOSE_DATE_PAST') && input.closeDate) {
            questions.push({
                key: 'NO_COMPELLING_EVENT:date',
                gap: 'NO_COMPELLING_EVENT',
                message: say('Atlas_DRQ_Close_Date_Past', dateOf(input.closeDate))
            });
        }
    }
    for (const [code, gap, label] of RISK_QUESTIONS) {
        if (codes.has(code)) {
            questions.push({ key: gap, gap, message: say(label) });
        }
    }
    return questions;
}

function actionQuestions(input: CoachingInput): CoachingQuestion[] {
    return overdueActionsOf(input.actions, input.asOf).map((action) => ({
        key: `OVERDUE_ACTION:${action.Id ?? action.Name}`,
        gap: 'OVERDUE_ACTION',
        message: say('Atlas_DRQ_Overdue_Action', action.Name, dateOf(action.Due_Date__c ?? ''))
    }));
}

/** Sales ops' own questions for the deal's stage (and for every stage), in their order. */
export function stageQuestionsFor(
    questions: readonly StageQuestion[],
    stage: string | null
): CoachingQuestion[] {
    return questions
        .filter(
            (question) =>
                question.Active__c !== false &&
                (question.Question__c ?? '').trim() !== '' &&
                (!question.Stage__c || question.Stage__c === stage)
        )
        .sort((a, b) => (a.Sort_Order__c ?? 0) - (b.Sort_Order__c ?? 0))
        .map((question) => ({
            key: `STAGE_QUESTION:${question.Id}`,
            gap: 'STAGE_QUESTION',
            text: (question.Question__c ?? '').trim()
        }));
}

/**
 * The review's questions: overdue agreed actions first (what was promised), then what blocks the
 * stage gate and the stage's open criteria, what the customer said no to, the people, the close
 * date and the hygiene gaps, then the questions sales ops set for the stage. Each is tied to its gap.
 */
export function coachingQuestions(input: CoachingInput): CoachingQuestion[] {
    return [
        ...actionQuestions(input),
        ...criterionQuestions(input),
        ...saidNoQuestions(input),
        ...riskQuestions(input),
        ...stageQuestionsFor(input.stageQuestions, input.stage)
    ];
}
