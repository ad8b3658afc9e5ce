// Where we stand against each competitor of a deal, as the list shows it: per question the answer
// recorded, the customer's evidence, and whether the score counts a Yes (a Yes without its evidence
// or its verifier counts as In Progress: c/dealScoring yesFallsShortOf). Codes and record text only;
// the panel words them with its labels.
import type { DealCompetitorRecord, EvidenceState, RecordId } from 'c/atlasModel';
import { compareText } from 'c/atlasValues';
import { competitorNameOf, yesFallsShortOf } from 'c/dealScoring';

export type StandingQuestion = 'compete' | 'win';

/** Our position on one question against one competitor. */
export interface QuestionStanding {
    question: StandingQuestion;
    /** The answer recorded; null = not assessed yet (the score ignores it). */
    state: EvidenceState | null;
    evidence: string | null;
    /** What a recorded Yes lacks to count: the score reads it as In Progress until then. */
    shortOf: 'evidence' | 'verifier' | null;
}

/** One competitor as the list shows it. */
export interface CompetitorStanding {
    id: RecordId;
    /** Its account's name, else the typed name; null when neither is readable. */
    name: string | null;
    incumbent: boolean;
    questions: [QuestionStanding, QuestionStanding];
    verifiedByName: string | null;
    strengths: string | null;
    weaknesses: string | null;
}

/** A competitor as the panel's reader gives it (c/atlasRecords DealCompetitorView). */
export type StandingInput = DealCompetitorRecord & {
    Id: RecordId;
    Competitor_Account_Name?: string | null;
    verifiedByName: string | null;
};

const textOrNull = (value: string | null | undefined): string | null => value?.trim() || null;

function questionStanding(
    question: StandingQuestion,
    state: EvidenceState | null | undefined,
    evidence: string | null | undefined,
    verifiedBy: RecordId | null | undefined
): QuestionStanding {
    return {
        question,
        state: state ?? null,
        evidence: textOrNull(evidence),
        shortOf: yesFallsShortOf({
            State__c: state,
            Evidence__c: evidence,
            Verified_By__c: verifiedBy
        })
    };
}

/** Where we stand against one competitor. */
export function standingOf(competitor: StandingInput): CompetitorStanding {
    return {
        id: competitor.Id,
        name: competitorNameOf(competitor),
        incumbent: competitor.Incumbent__c === true,
        questions: [
            questionStanding(
                'compete',
                competitor.Can_We_Compete__c,
                competitor.Compete_Evidence__c,
                competitor.Verified_By__c
            ),
            questionStanding(
                'win',
                competitor.Can_We_Win__c,
                competitor.Win_Evidence__c,
                competitor.Verified_By__c
            )
        ],
        verifiedByName: textOrNull(competitor.verifiedByName),
        strengths: textOrNull(competitor.Strengths__c),
        weaknesses: textOrNull(competitor.Weaknesses__c)
    };
}

/**
 * The deal's competitors as the list shows them: the incumbent first (the one to displace), then
 * by name, so the order does not depend on record numbers.
 */
export function competitorStandings(competitors: readonly StandingInput[]): CompetitorStanding[] {
    return competitors
        .map(standingOf)
        .sort(
            (a, b) =>
                Number(b.incumbent) - Number(a.incumbent) ||
                compareText(a.name ?? '', b.name ?? '') ||
                compareText(a.id, b.id)
        );
}
