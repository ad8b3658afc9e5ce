// Who owns what in the local org's sample: the sales director's team (Morgan Lee) holds Kestrel's
// deals and Meridian's retail, commercial and regulatory deals, each rep with a share of every
// quarter's target; the administrator keeps the rest. Local only: the data plan names no owners,
// because users differ per org (imported into an org, every record belongs to the importer).
import type { Persona } from './access/personas';

/** The reps of the sample team: Avery Brooks (Kestrel) and Jordan Patel (Meridian's banking). */
const AVERY = 'account-manager';
const JORDAN = 'account-executive';

/** The data plan's referenceId of a record → the persona key that owns it in the local org. */
const SAMPLE_OWNERS: Readonly<Record<string, Persona['key']>> = {
    // Kestrel Precision Manufacturing: every deal, open and closed, is Avery's.
    OpportunityRef32: AVERY,
    OpportunityRef33: AVERY,
    OpportunityRef34: AVERY,
    OpportunityRef35: AVERY,
    OpportunityRef36: AVERY,
    OpportunityRef2: AVERY,
    OpportunityRef6: AVERY,
    OpportunityRef8: AVERY,
    OpportunityRef11: AVERY,
    OpportunityRef14: AVERY,
    OpportunityRef18: AVERY,
    OpportunityRef20: AVERY,
    OpportunityRef23: AVERY,
    // Meridian Global Bank: retail, commercial, cards and regulatory are Jordan's; the group-level
    // rocks (Digital Channels CDP, Enterprise AI Assistant) stay with the administrator.
    OpportunityRef27: JORDAN,
    OpportunityRef29: JORDAN,
    OpportunityRef30: JORDAN,
    OpportunityRef31: JORDAN,
    OpportunityRef1: JORDAN,
    OpportunityRef4: JORDAN,
    OpportunityRef9: JORDAN,
    OpportunityRef12: JORDAN,
    OpportunityRef13: JORDAN,
    OpportunityRef16: JORDAN,
    OpportunityRef22: JORDAN,
    OpportunityRef25: JORDAN,
    // Each quarter's "Strategic Accounts" target comes in three shares: the administrator's (the
    // first), Avery's and Jordan's; together they are the quarter's target.
    TargetRef10: AVERY,
    TargetRef11: JORDAN,
    TargetRef12: AVERY,
    TargetRef13: JORDAN,
    TargetRef14: AVERY,
    TargetRef15: JORDAN,
    TargetRef16: AVERY,
    TargetRef17: JORDAN,
    TargetRef18: AVERY,
    TargetRef19: JORDAN,
    TargetRef20: AVERY,
    TargetRef21: JORDAN,
    TargetRef22: AVERY,
    TargetRef23: JORDAN,
    TargetRef24: AVERY,
    TargetRef25: JORDAN,
    TargetRef26: AVERY,
    TargetRef27: JORDAN
};

/** The persona key that owns the sample record with this referenceId, or undefined (the importer). */
export function sampleOwnerOf(referenceId: string | undefined): Persona['key'] | undefined {
    return referenceId === undefined ? undefined : SAMPLE_OWNERS[referenceId];
}

/** Who verified the sample's passed champion tests: the sales director, Morgan Lee. */
const SAMPLE_VERIFIER: Persona['key'] = 'sales-director';

/**
 * The sample members' passed champion tests (data/Buying_Center_Member__c-influence-lines.json) →
 * the fields naming who verified them. The member form refuses a Passed test without a verifier;
 * the data plan cannot name one (users differ per org), so the local org fills it in, as it does
 * the owners, and the sample obeys the rule the form enforces (#22).
 */
const SAMPLE_VERIFIED_BY: Readonly<Record<string, readonly string[]>> = {
    MemberRef38: [
        'Champion_Access_Verified_By__c',
        'Champion_Sells_Verified_By__c',
        'Champion_Gains_Verified_By__c'
    ],
    MemberRef43: ['Champion_Access_Verified_By__c']
};

/** The verifier fields the local org fills on the sample record with this referenceId, and by whom. */
export function sampleVerifiersOf(
    referenceId: string | undefined
): { fields: readonly string[]; verifier: Persona['key'] } | undefined {
    const fields = referenceId === undefined ? undefined : SAMPLE_VERIFIED_BY[referenceId];
    return fields === undefined ? undefined : { fields, verifier: SAMPLE_VERIFIER };
}
