// References where deals need them. A deal needs one when it is open, its buying center names a
// primary competitor, its current stage asks "Can we compete?" (a stage criterion of that category:
// where sales ops put the competitive test, the buyer compares vendors) and no reference is lined up
// (Opportunity.Reference_Member__c). Then the advocates worth asking are those of other accounts in
// the same industry ("people like me") and of the account's other buying centers, never the deal's
// own buying center's people: at most three, least recently asked first, so nobody is over-asked.
// Pure: the records in, the suggestions out, whatever order they come in.
import type { Advocacy, IsoDate, RecordId, StageCriterionRecord } from 'c/atlasModel';

/** At most this many suggestions: a rep asks a few people, not a list. */
export const MAX_REFERENCE_SUGGESTIONS = 3;

/** The stage criterion category that marks a stage where the buyer compares us with others. */
export const COMPETITIVE_CATEGORY = 'Can we compete?';

/** The advocacy values of people who speak for us. */
const SPEAKS_FOR_US: readonly Advocacy[] = ['Advocate', 'Reference'];

/** A buying center member who might speak for us, with where they sit. */
export interface AdvocateCandidate {
    memberId: RecordId;
    contactId: RecordId;
    name: string;
    advocacy: Advocacy | null;
    lastReferenceDate: IsoDate | null;
    buyingCenterId: RecordId;
    buyingCenterName: string;
    accountId: RecordId;
    accountName: string;
    industry: string | null;
}

/** The deal a reference is for. */
export interface ReferenceDeal {
    isClosed: boolean;
    stage: string | null;
    accountId: RecordId | null;
    industry: string | null;
    buyingCenterId: RecordId | null;
    primaryCompetitor: string | null;
    /** Opportunity.Reference_Member__c: a reference is lined up. */
    referenceMemberId: RecordId | null;
    /** The contacts of the deal's buying center: they cannot vouch for us on their own deal. */
    dealContactIds: readonly RecordId[];
}

const blank = (value: string | null | undefined): boolean => !value || value.trim() === '';

/** The deal is open, faces a named competitor, and its stage asks whether we can compete. */
export function isCompetitiveDeal(
    deal: ReferenceDeal,
    criteria: readonly Pick<StageCriterionRecord, 'Stage__c' | 'Category__c' | 'Active__c'>[]
): boolean {
    return (
        !deal.isClosed &&
        !blank(deal.primaryCompetitor) &&
        !blank(deal.stage) &&
        criteria.some(
            (criterion) =>
                criterion.Active__c !== false &&
                criterion.Stage__c === deal.stage &&
                criterion.Category__c === COMPETITIVE_CATEGORY
        )
    );
}

/** Whether the deal needs suggestions: competitive, and no reference lined up. */
export function needsReference(
    deal: ReferenceDeal,
    criteria: readonly Pick<StageCriterionRecord, 'Stage__c' | 'Category__c' | 'Active__c'>[]
): boolean {
    return blank(deal.referenceMemberId) && isCompetitiveDeal(deal, criteria);
}

function eligible(deal: ReferenceDeal, candidate: AdvocateCandidate): boolean {
    if (!candidate.advocacy || !SPEAKS_FOR_US.includes(candidate.advocacy)) {
        return false;
    }
    if (
        candidate.buyingCenterId === deal.buyingCenterId ||
        deal.dealContactIds.includes(candidate.contactId)
    ) {
        return false;
    }
    if (candidate.accountId === deal.accountId) {
        return true; // another buying center of the same account
    }
    return !blank(deal.industry) && candidate.industry === deal.industry;
}

/** Never asked first, then the longest ago; ties by name and id, so input order never matters. */
function leastRecentlyAsked(a: AdvocateCandidate, b: AdvocateCandidate): number {
    const dateA = a.lastReferenceDate ?? '';
    const dateB = b.lastReferenceDate ?? '';
    if (dateA !== dateB) {
        return dateA < dateB ? -1 : 1;
    }
    if (a.name !== b.name) {
        return a.name < b.name ? -1 : 1;
    }
    if (a.contactId !== b.contactId) {
        return a.contactId < b.contactId ? -1 : 1;
    }
    return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/**
 * The advocates to ask for the deal, at most three, least recently asked first (the most recently
 * used last). A person in several buying centers is suggested once, by their latest reference.
 * None when the deal does not need a reference.
 */
export function referenceSuggestions(
    deal: ReferenceDeal,
    criteria: readonly Pick<StageCriterionRecord, 'Stage__c' | 'Category__c' | 'Active__c'>[],
    candidates: readonly AdvocateCandidate[]
): AdvocateCandidate[] {
    if (!needsReference(deal, criteria)) {
        return [];
    }
    const byPerson = new Map<RecordId, AdvocateCandidate>();
    for (const candidate of candidates.filter((c) => eligible(deal, c))) {
        const known = byPerson.get(candidate.contactId);
        // The latest reference is the one that says how recently they were asked.
        if (known === undefined || leastRecentlyAsked(known, candidate) < 0) {
            byPerson.set(candidate.contactId, candidate);
        }
    }
    return [...byPerson.values()].sort(leastRecentlyAsked).slice(0, MAX_REFERENCE_SUGGESTIONS);
}
