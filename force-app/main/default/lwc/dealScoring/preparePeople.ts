// The buying-center members involved in the deal, one per id, and the names of their contacts.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { DealWarning } from './types';
import { canonical, identifiedRecords } from './canonical';
import { text } from './values';
import { memberUnknownValues } from './messages';

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
    Buying_Role__c: [
        'Decision Maker',
        'Approver',
        'Evaluator',
        'Influencer',
        'User',
        'Gatekeeper',
        'Coach'
    ],
    Influence__c: ['High', 'Medium', 'Low'],
    Support__c: ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'],
    Coverage__c: ['No Contact', 'Brief', 'Multiple', 'In Depth']
};
const PICKLISTS = Object.keys(ALLOWED);

/** The members; a picklist value this version does not know is read as blank, with a warning. */
export function prepareMembers(
    value: unknown,
    warnings: DealWarning[]
): BuyingCenterMemberRecord[] {
    const records = identifiedRecords(value, 'members', 'Member', warnings).map((raw) => {
        const odd = PICKLISTS.filter((field) => {
            const fieldValue = raw[field];
            return (
                fieldValue !== null &&
                fieldValue !== undefined &&
                !(ALLOWED[field] ?? []).includes(fieldValue as string)
            );
        });
        const contact = raw.Contact__c;
        if (odd.length === 0 && (typeof contact === 'string' || contact === undefined)) {
            return raw as unknown as BuyingCenterMemberRecord;
        }
        const id = raw.Id as string;
        if (odd.length > 0) {
            warnings.push({
                code: 'MEMBER_UNKNOWN_VALUES',
                message: memberUnknownValues(id, odd),
                recordId: id
            });
        }
        const clean: Record<string, unknown> = { ...raw, Contact__c: text(contact) ?? id };
        for (const field of odd) {
            clean[field] = null;
        }
        return clean as unknown as BuyingCenterMemberRecord;
    });
    return canonical(records, [...PICKLISTS, 'Contact__c', 'Buying_Center__c'], 'Member', warnings);
}

/** Contact id → name, from the contacts given (optional: names only improve the wording). */
export function contactNames(value: unknown, warnings: DealWarning[]): Record<string, string> {
    const contacts = canonical(
        identifiedRecords(value, 'contacts', 'Contact', warnings, true) as {
            Id: string;
            Name?: unknown;
        }[],
        ['Name'],
        'Contact',
        warnings
    );
    const names: Record<string, string> = {};
    for (const contact of contacts) {
        const name = text(contact.Name)?.trim();
        if (name) {
            names[contact.Id] = name;
        }
    }
    return names;
}
