// The Buying Centers panel's data: the AccountBuyingCenters query (its text and reader live in
// c/atlasRecords) and the record writes of buying centers, their members and new contacts.
import { gql } from 'lightning/graphql';
import type { RecordId } from 'c/atlasModel';
import {
    BUYING_CENTER_MEMBER_FIELDS,
    BUYING_CENTER_MEMBER_OBJECT,
    BUYING_CENTER_OBJECT,
    BUYING_CENTERS_TEXT
} from 'c/atlasRecords';
import { removeRecord, saveRecord } from './planningWrites';
import type { FieldValue, RecordFields } from './planningWrites';

/**
 * An account's name, buying centers (with members) and contacts, in one round trip. The text is
 * built from the field lists (lightning/graphql builds queries at run time: "dynamic query
 * construction", developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-intro.html).
 */
export const BUYING_CENTERS_QUERY = gql`
    ${BUYING_CENTERS_TEXT}
`;

/** The buying center fields a user edits; Account__c is set once, on create. */
export const BUYING_CENTER_EDITABLE_FIELDS = [
    'Name',
    'Parent_Buying_Center__c',
    'Wallet_Size__c',
    'Wallet_Share__c',
    'Sales_Goal__c',
    'Relationship_Status__c',
    'Desired_Relationship_Status__c',
    'Growth_Trend__c',
    'Key_Initiatives__c',
    'Competitive_Environment__c',
    'Primary_Competitor__c',
    'Last_Engagement_Date__c'
] as const;

/**
 * The member fields a user edits: every field of the member list (objectFields.ts) but the buying
 * center and the contact, which are set once, on create.
 */
const SET_ON_CREATE: readonly string[] = ['Buying_Center__c', 'Contact__c'];
export const MEMBER_EDITABLE_FIELDS: readonly string[] = [
    ...BUYING_CENTER_MEMBER_FIELDS.fields,
    ...BUYING_CENTER_MEMBER_FIELDS.optional
].filter((field) => !SET_ON_CREATE.includes(field));

/** Only the named fields, so a form can never write a field the panel does not own. */
export function pickFields(values: RecordFields, names: readonly string[]): RecordFields {
    const fields: RecordFields = {};
    for (const name of names) {
        if (name in values) {
            fields[name] = values[name] ?? null;
        }
    }
    return fields;
}

/** Creates (recordId blank) or updates a buying center of the account. */
export function saveBuyingCenter(
    accountId: RecordId,
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    const fields = pickFields(values, BUYING_CENTER_EDITABLE_FIELDS);
    return saveRecord(
        BUYING_CENTER_OBJECT,
        recordId,
        recordId ? fields : { ...fields, Account__c: accountId }
    );
}

export function deleteBuyingCenter(recordId: RecordId): Promise<void> {
    return removeRecord(recordId);
}

/** Adds a contact to a buying center, or (recordId set) edits a membership. */
export function saveBuyingCenterMember(
    buyingCenterId: RecordId,
    contactId: RecordId | null,
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    const fields = pickFields(values, MEMBER_EDITABLE_FIELDS);
    const create: Record<string, FieldValue> = {
        ...fields,
        Buying_Center__c: buyingCenterId,
        Contact__c: contactId
    };
    return saveRecord(BUYING_CENTER_MEMBER_OBJECT, recordId, recordId ? fields : create);
}

export function deleteBuyingCenterMember(recordId: RecordId): Promise<void> {
    return removeRecord(recordId);
}

/**
 * Saves a person's profile link on their contact (Contact.Profile_URL__c): the member form edits it
 * beside the membership, but it is the contact's, shared by every buying center they sit in.
 */
export function saveContactProfile(contactId: RecordId, profileUrl: FieldValue): Promise<string> {
    return saveRecord('Contact', contactId, { Profile_URL__c: profileUrl });
}

/** The contact fields the "new contact" form beside the member search writes. */
export const NEW_CONTACT_FIELDS = ['FirstName', 'LastName', 'Title', 'Email'] as const;

/** Creates a contact on the account (for a person who is not in the CRM yet); resolves to its id. */
export function createAccountContact(accountId: RecordId, values: RecordFields): Promise<string> {
    return saveRecord('Contact', null, {
        ...pickFields(values, NEW_CONTACT_FIELDS),
        AccountId: accountId
    });
}
