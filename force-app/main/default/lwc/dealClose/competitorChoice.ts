// Who won a competitive loss, as the closing form asks it: a choice of the competitors the deal lists
// (named as every other panel names them: the account's name, else the typed name) plus "another
// competitor" with its own text field; a deal that lists none asks for the name as text. The value
// saved to Competitor_Won__c is spelled as the list spells it, because Pipeline Health counts losses
// by competitor on that exact text (pipelineHealth/rates.ts): "helix data" typed for a listed
// "Helix Data" is saved as "Helix Data", so the two do not count as two competitors.
import { isRecord, text } from 'c/atlasValues';
import { competitorNameOf } from 'c/dealScoring';

/** The choice that opens the text field. Record Ids, the other choices' values, never read so. */
export const ANOTHER_COMPETITOR = 'another';

export interface CompetitorOption {
    label: string;
    value: string;
}

/** The deal's competitors' names, each once (first record wins), in the list's order. */
export function listedCompetitors(
    competitors: readonly unknown[] | null | undefined
): CompetitorOption[] {
    const options: CompetitorOption[] = [];
    const seen = new Set<string>();
    for (const record of competitors ?? []) {
        const name = competitorNameOf(record);
        const id = isRecord(record) ? text(record.Id) : null;
        const key = name?.toLocaleLowerCase() ?? '';
        if (!name || !id || seen.has(key)) {
            continue;
        }
        seen.add(key);
        options.push({ label: name, value: id });
    }
    return options;
}

/** The combobox's options: the listed competitors, then "another competitor" (its label given). */
export function competitorOptions(
    listed: readonly CompetitorOption[],
    anotherLabel: string
): CompetitorOption[] {
    return listed.length > 0 ? [...listed, { label: anotherLabel, value: ANOTHER_COMPETITOR }] : [];
}

/** Whether the typed-name field shows: no list to choose from, or "another competitor" chosen. */
export function typesCompetitor(listed: readonly CompetitorOption[], choice: string): boolean {
    return listed.length === 0 || choice === ANOTHER_COMPETITOR;
}

/**
 * The name to save for the choice and the typed text: the listed name chosen; else the typed name,
 * trimmed, in the list's spelling when it names a listed competitor; null when nothing is named.
 */
export function competitorWonOf(
    listed: readonly CompetitorOption[],
    choice: string,
    typed: string
): string | null {
    if (!typesCompetitor(listed, choice)) {
        return listed.find((option) => option.value === choice)?.label ?? null;
    }
    const name = typed.trim();
    if (!name) {
        return null;
    }
    const key = name.toLocaleLowerCase();
    return listed.find((option) => option.label.toLocaleLowerCase() === key)?.label ?? name;
}
