// The deal's competitors (Deal_Competitor__c) and our position against each on the two competition
// questions. A competitor can only pull a "Can we compete?" or "Can we win?" answer down: the score
// counts the weakest of the deal's own answer and our position against every listed competitor.
import { COMPETITION_CATEGORIES } from 'c/atlasModel';
import type { DealEvidenceRecord, EvidenceState, StageCriterionRecord } from 'c/atlasModel';
import { TAS } from 'c/salesFramework';
import type { FrameworkGroup } from 'c/salesFramework';
import type { DealCompetitorInput, DealScoringConfig } from './types';

export type { DealCompetitorInput };
import { isRecord, text } from './values';
import { yesFallsShortOf } from './prepareEvidence';
import type { Answers } from './prepareEvidence';
import type { WeighedCriterion } from './prepareCriteria';

/** The two TAS questions a competitor is assessed on. */
export type CompetitionQuestion = keyof typeof COMPETITION_CATEGORIES;

/** One competitor as scored: its name and our position against it on each question. */
export interface CompetitorPosition {
    id: string;
    name: string;
    /** Null = not yet assessed: such a competitor never moves the answer. */
    compete: EvidenceState | null;
    win: EvidenceState | null;
}

const STATES: readonly string[] = ['No', 'In Progress', 'Yes'];

/** The state the score uses: a Yes without its evidence or its verifier counts as In Progress. */
function positionOf(state: unknown, evidence: unknown, verifiedBy: unknown): EvidenceState | null {
    if (typeof state !== 'string' || !STATES.includes(state)) {
        return null;
    }
    const short = yesFallsShortOf({
        State__c: state,
        Evidence__c: evidence,
        Verified_By__c: verifiedBy
    });
    return short === null ? (state as EvidenceState) : 'In Progress';
}

/** The name a competitor is shown by: its account's, else the typed name; null when it has none. */
export function competitorNameOf(record: unknown): string | null {
    if (!isRecord(record)) {
        return null;
    }
    return (
        text(record.Competitor_Account_Name)?.trim() ||
        text(record.Competitor_Name__c)?.trim() ||
        null
    );
}

/** The competitors as scored, in id order (input order never matters); records with no id are skipped. */
export function competitorPositions(value: unknown): CompetitorPosition[] {
    const positions: CompetitorPosition[] = [];
    for (const raw of Array.isArray(value) ? (value as unknown[]) : []) {
        const id = isRecord(raw) ? text(raw.Id) : null;
        if (!isRecord(raw) || !id) {
            continue;
        }
        positions.push({
            id,
            name: competitorNameOf(raw) ?? id,
            compete: positionOf(raw.Can_We_Compete__c, raw.Compete_Evidence__c, raw.Verified_By__c),
            win: positionOf(raw.Can_We_Win__c, raw.Win_Evidence__c, raw.Verified_By__c)
        });
    }
    return positions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Which competition question each category asks (the categories live in c/atlasModel). */
const CATEGORIES: ReadonlyMap<string, CompetitionQuestion> = new Map(
    (Object.keys(COMPETITION_CATEGORIES) as CompetitionQuestion[]).map((question) => [
        COMPETITION_CATEGORIES[question],
        question
    ])
);
/** The TAS template's groups of the two questions, by key (their labels are the categories). */
const GROUP_KEYS: ReadonlyMap<string, CompetitionQuestion> = new Map(
    TAS.groups.flatMap((group) => {
        const question = CATEGORIES.get(group.label);
        return question ? [[group.key, question] as const] : [];
    })
);

/**
 * Which competition question a qualification question asks, if any: its Category, which stays when
 * sales ops move it into another framework's group, else its TAS group.
 */
export function competitionQuestionOf(
    record: Pick<StageCriterionRecord, 'Stage__c' | 'Category__c'>,
    group: FrameworkGroup | null
): CompetitionQuestion | null {
    if (record.Stage__c) {
        return null;
    }
    const byCategory = record.Category__c ? CATEGORIES.get(record.Category__c) : undefined;
    return byCategory ?? (group ? (GROUP_KEYS.get(group.key) ?? null) : null);
}

/** Tie order among states of equal worth: a stated No reads weaker than a blank, a blank than more. */
const RANK: Readonly<Record<EvidenceState | 'blank', number>> = {
    No: 0,
    blank: 1,
    'In Progress': 2,
    Yes: 3
};

/**
 * Of two states, the one worth less (null = not yet assessed, worth nothing); states of equal worth
 * by RANK, so the weakest of several is the same in any order.
 */
function weaker(
    own: EvidenceState | null,
    theirs: EvidenceState | null,
    config: DealScoringConfig
): EvidenceState | null {
    if (theirs === null) {
        return own;
    }
    const key = (state: EvidenceState | null) =>
        (state === null ? 0 : config.stateValues[state]) * 10 + RANK[state ?? 'blank'];
    return key(theirs) < key(own) ? theirs : own;
}

/** The competitor our answer to `question` is weakest against, when it pulls the deal's answer down. */
export interface CappedAnswer {
    state: EvidenceState | null;
    /** The competitor whose position set the state; null when the deal's own answer stands. */
    by: CompetitorPosition | null;
}

/** The deal's answer to a competition question against its competitors: the weakest of them all. */
export function answerAgainstCompetitors(
    own: EvidenceState | null,
    question: CompetitionQuestion,
    competitors: readonly CompetitorPosition[],
    config: DealScoringConfig
): CappedAnswer {
    let result: CappedAnswer = { state: own, by: null };
    for (const competitor of competitors) {
        const theirs = competitor[question];
        const state = weaker(result.state, theirs, config);
        // Only a strictly weaker position moves the answer: the first in id order names it.
        if (state !== result.state) {
            result = { state, by: competitor };
        }
    }
    return result;
}

/**
 * The deal's answers with each competition question capped by its competitors (`answers` itself when
 * the deal lists none). A capped answer keeps the deal's own evidence record, or stands in for the
 * missing one, and names the competitor (Answer.against) for the line that shows it.
 */
export function answersAgainstCompetitors(
    answers: Answers,
    qualification: readonly WeighedCriterion[],
    competitors: readonly CompetitorPosition[],
    dealId: string,
    config: DealScoringConfig
): Answers {
    if (competitors.length === 0) {
        return answers;
    }
    const capped: Answers = answers.slice();
    for (const criterion of qualification) {
        const question = competitionQuestionOf(criterion.record, criterion.group);
        if (question === null) {
            continue;
        }
        const own = answers[criterion.index];
        const result = answerAgainstCompetitors(own?.state ?? null, question, competitors, config);
        if (result.by === null) {
            continue;
        }
        const record: DealEvidenceRecord = own?.record ?? {
            Id: result.by.id,
            Opportunity__c: dealId,
            Stage_Criterion__c: criterion.record.Id
        };
        capped[criterion.index] = { record, state: result.state, against: result.by.name };
    }
    return capped;
}
