// What the Deal Competitors list shows, worked out from its data: per competitor its name, whether
// it is the incumbent, and per question where we stand in the user's words ("Can we win: No — …"),
// with why a Yes does not count yet. Pure arrangement over c/competitorStanding's codes: the
// component only loads, saves and renders.
import { formatLabel } from 'c/atlasData';
import type { DealCompetitorsData, PicklistEntry } from 'c/atlasData';
import { competitorStandings } from 'c/competitorStanding';
import type { CompetitorStanding, QuestionStanding } from 'c/competitorStanding';
import { COMPETITOR_LABELS as LABELS, STATE_LABELS } from './competitorLabels';

/** What a line says: where we stand on a question, why a Yes does not count yet, or a detail. */
export type LineKind = 'standing' | 'warning' | 'detail';

export interface LineView {
    key: string;
    kind: LineKind;
    /** The question ('compete', 'win') or the detail ('verified', 'strengths', 'weaknesses'). */
    about: string;
    text: string;
    className: string;
}

const LINE_CLASSES: Readonly<Record<LineKind, string>> = {
    standing: 'competitors__text',
    warning: 'competitors__text slds-text-color_error',
    detail: 'competitors__text slds-text-body_small'
};

function line(kind: LineKind, about: string, text: string): LineView {
    return { key: `${kind}-${about}`, kind, about, text, className: LINE_CLASSES[kind] };
}

export interface CompetitorRow {
    key: string;
    id: string;
    name: string;
    incumbent: boolean;
    /** The competitor a closed deal was lost to (Competitor_Won__c names it as the list does). */
    won: boolean;
    /** One line per question, why a Yes does not count yet (if one does not), then the details. */
    lines: LineView[];
    editLabel: string;
    removeLabel: string;
}

/**
 * A state in the panel's words (STATE_LABELS: one case for every line); a value the org added
 * beyond Yes, In Progress and No as its picklist entry words it, else the value itself.
 */
function stateLabel(entries: readonly PicklistEntry[], value: string): string {
    return (
        (STATE_LABELS as Readonly<Record<string, string>>)[value] ??
        entries.find((entry) => entry.value === value)?.label ??
        value
    );
}

function standingText(standing: QuestionStanding, entries: readonly PicklistEntry[]): string {
    const question = standing.question === 'compete' ? LABELS.questionCompete : LABELS.questionWin;
    if (standing.state === null) {
        return formatLabel(LABELS.standingNone, question);
    }
    const state = stateLabel(entries, standing.state);
    return standing.evidence
        ? formatLabel(LABELS.standingEvidence, question, state, standing.evidence)
        : formatLabel(LABELS.standing, question, state);
}

function rowOf(standing: CompetitorStanding, data: DealCompetitorsData): CompetitorRow {
    const name = standing.name ?? LABELS.unnamed;
    const [compete, win] = standing.questions;
    const lines = [
        line('standing', 'compete', standingText(compete, data.competeValues)),
        line('standing', 'win', standingText(win, data.winValues))
    ];
    for (const question of standing.questions) {
        if (question.shortOf !== null) {
            const text =
                question.shortOf === 'evidence' ? LABELS.shortEvidence : LABELS.shortVerifier;
            lines.push(line('warning', question.question, text));
        }
    }
    const details: [string, string | null, string][] = [
        ['verified', standing.verifiedByName, LABELS.verifiedBy],
        ['strengths', standing.strengths, LABELS.strengths],
        ['weaknesses', standing.weaknesses, LABELS.weaknesses]
    ];
    for (const [about, value, label] of details) {
        if (value) {
            lines.push(line('detail', about, formatLabel(label, value)));
        }
    }
    return {
        key: standing.id,
        id: standing.id,
        name,
        incumbent: standing.incumbent,
        won: standing.name !== null && standing.name === data.deal?.competitorWon,
        lines,
        editLabel: formatLabel(LABELS.editTitle, name),
        removeLabel: formatLabel(LABELS.removeTitle, name)
    };
}

/** The list's rows: the incumbent first, then by name (c/competitorStanding). */
export function competitorRows(data: DealCompetitorsData): CompetitorRow[] {
    return competitorStandings(data.competitors).map((standing) => rowOf(standing, data));
}
