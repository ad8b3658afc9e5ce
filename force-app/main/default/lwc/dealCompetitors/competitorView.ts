// What the Deal Competitors list shows, worked out from its data: per competitor its name, whether
// it is the incumbent, and per question where we stand in the user's words ("Can we win: No — …"),
// with why a Yes does not count yet. Pure arrangement over c/competitorStanding's codes: the
// component only loads, saves and renders.
import { formatLabel } from 'c/atlasData';
import type { DealCompetitorsData, PicklistEntry } from 'c/atlasData';
import { competitorStandings } from 'c/competitorStanding';
import type { CompetitorStanding, QuestionStanding } from 'c/competitorStanding';
import { COMPETITOR_LABELS as LABELS } from './competitorLabels';

export interface LineView {
    key: string;
    text: string;
}

export interface CompetitorRow {
    key: string;
    id: string;
    name: string;
    incumbent: boolean;
    /** One line per question, then why a Yes does not count yet (if one does not). */
    standing: LineView[];
    warnings: LineView[];
    details: LineView[];
    editLabel: string;
    removeLabel: string;
}

/** A state's label as the org words it (its picklist entry), else the value itself. */
function stateLabel(entries: readonly PicklistEntry[], value: string): string {
    return entries.find((entry) => entry.value === value)?.label ?? value;
}

function standingLine(standing: QuestionStanding, entries: readonly PicklistEntry[]): LineView {
    const question = standing.question === 'compete' ? LABELS.questionCompete : LABELS.questionWin;
    const key = standing.question;
    if (standing.state === null) {
        return { key, text: formatLabel(LABELS.standingNone, question) };
    }
    const state = stateLabel(entries, standing.state);
    return {
        key,
        text: standing.evidence
            ? formatLabel(LABELS.standingEvidence, question, state, standing.evidence)
            : formatLabel(LABELS.standing, question, state)
    };
}

function rowOf(standing: CompetitorStanding, data: DealCompetitorsData): CompetitorRow {
    const name = standing.name ?? LABELS.unnamed;
    const [compete, win] = standing.questions;
    const warnings: LineView[] = [];
    for (const question of standing.questions) {
        if (question.shortOf !== null) {
            warnings.push({
                key: question.question,
                text: question.shortOf === 'evidence' ? LABELS.shortEvidence : LABELS.shortVerifier
            });
        }
    }
    const details: LineView[] = [];
    if (standing.verifiedByName) {
        details.push({
            key: 'verified',
            text: formatLabel(LABELS.verifiedBy, standing.verifiedByName)
        });
    }
    if (standing.strengths) {
        details.push({
            key: 'strengths',
            text: formatLabel(LABELS.strengths, standing.strengths)
        });
    }
    if (standing.weaknesses) {
        details.push({
            key: 'weaknesses',
            text: formatLabel(LABELS.weaknesses, standing.weaknesses)
        });
    }
    return {
        key: standing.id,
        id: standing.id,
        name,
        incumbent: standing.incumbent,
        standing: [standingLine(compete, data.competeValues), standingLine(win, data.winValues)],
        warnings,
        details,
        editLabel: formatLabel(LABELS.editTitle, name),
        removeLabel: formatLabel(LABELS.removeTitle, name)
    };
}

/** The list's rows: the incumbent first, then by name (c/competitorStanding). */
export function competitorRows(data: DealCompetitorsData): CompetitorRow[] {
    return competitorStandings(data.competitors).map((standing) => rowOf(standing, data));
}
