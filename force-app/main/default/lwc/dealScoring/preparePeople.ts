// The buying-center members involved in the deal, one per id, and the names of their contacts.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import { BUYING_ROLES, CHAMPION_TEST_RESULTS, COVERAGES, INFLUENCES, SUPPORTS } from 'c/atlasModel';
import type { DealWarning } from './types';
import { canonical, identifiedRecords } from './canonical';
import { text } from './values';
import { memberUnknownValues } from './warningMessages';

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
    Buying_Role__c: BUYING_ROLES,
    Influence__c: INFLUENCES,
    Support__c: SUPPORTS,
    Coverage__c: COVERAGES,
    Champion_Access_Test__c: CHAMPION_TEST_RESULTS,
    Champion_Sells_Test__c: CHAMPION_TEST_RESULTS,
    Champion_Gains_Test__c: CHAMPION_TEST_RESULTS
};
const PICKLISTS = Object.keys(ALLOWED);

/** The picklist fields of `raw` holding a value this version does not know (usually none). */
function unknownPicklists(raw: Record<string, unknown>): string[] | null {
    let odd: string[] | null = null;
    for (const field of PICKLISTS) {
        const fieldValue = raw[field];
        if (
            fieldValue !== null &&
            fieldValue !== undefined &&
            !(ALLOWED[field] as readonly unknown[]).includes(fieldValue)
        ) {
            (odd ??= []).push(field);
        }
    }
    return odd;
}

/** The members; a picklist value this version does not know is read as blank, with a warning. */
export function prepareMembers(
    value: unknown,
    warnings: DealWarning[]
): BuyingCenterMemberRecord[] {
    const records = identifiedRecords(value, 'members', 'Member', warnings);
    for (let i = 0; i < records.length; i++) {
        const raw = records[i] as Record<string, unknown>;
        const odd = unknownPicklists(raw);
        const contact = raw.Contact__c;
        // A member with no contact stands for one person of their own (their id), however blank.
        if (odd === null && typeof contact === 'string') {
            continue;
        }
        const id = raw.Id as string;
        const clean: Record<string, unknown> = { ...raw, Contact__c: text(contact) ?? id };
        if (odd !== null) {
            warnings.push({
                code: 'MEMBER_UNKNOWN_VALUES',
                message: memberUnknownValues(id, odd),
                recordId: id
            });
            for (const field of odd) {
                clean[field] = null;
            }
        }
        records[i] = clean;
    }
    return canonical(records as unknown as BuyingCenterMemberRecord[], 'Member', warnings);
}

/** Contact id → name, from the contacts given (optional: names only improve the wording). */
export function contactNames(value: unknown, warnings: DealWarning[]): Map<string, string> {
    const contacts = canonical(
        identifiedRecords(value, 'contacts', 'Contact', warnings, true) as {
            Id: string;
            Name?: unknown;
        }[],
        'Contact',
        warnings
    );
    const byId = new Map<string, string>();
    for (const contact of contacts) {
        const name = text(contact.Name)?.trim();
        if (name) {
            byId.set(contact.Id, name);
        }
    }
    return byId;
}
