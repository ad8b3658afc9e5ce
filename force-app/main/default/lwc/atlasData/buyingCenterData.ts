// The Buying Centers panel's data: one GraphQL query for an account's buying centers with their
// members and the account's contacts, the reader that turns the response into typed records, and
// the record writes of buying centers and their members.
import { gql } from 'lightning/graphql';
import type {
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    RecordId
} from 'c/atlasModel';
import { nodesOf, flattenNode, hiddenFieldsOf, uniqueHiddenFields } from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import { removeRecord, saveRecord } from './planningWrites';
import type { FieldValue, RecordFields } from './planningWrites';
import { isRecord } from 'c/atlasValues';

export const BUYING_CENTER_OBJECT = 'Buying_Center__c';
export const BUYING_CENTER_MEMBER_OBJECT = 'Buying_Center_Member__c';

/** The fields BUYING_CENTERS_QUERY marks @optional: field-level security may hide them. */
export const BUYING_CENTERS_OPTIONAL_FIELDS: OptionalFields = {
    Buying_Center__c: [
        'Parent_Buying_Center__c',
        'Wallet_Size__c',
        'Wallet_Share__c',
        'Sales_Goal__c',
        'Key_Initiatives__c',
        'Relationship_Status__c',
        'Desired_Relationship_Status__c',
        'Growth_Trend__c',
        'Competitive_Environment__c',
        'Primary_Competitor__c',
        'Last_Engagement_Date__c'
    ],
    Buying_Center_Member__c: [
        'Buying_Role__c',
        'Influence__c',
        'Support__c',
        'Coverage__c',
        'Decision_Orientation__c',
        'Relationship_Owner__c',
        'Influences_Member__c',
        'Advocacy__c',
        'Last_Reference_Date__c',
        'Introduced_By__c'
    ],
    Contact: ['Title', 'AccountId', 'ReportsToId']
};

/**
 * An account's name, buying centers (with members) and contacts, in one round trip. The Buying
 * Centers and Relationship Map panels share it, so on one page Lightning Data Service asks once.
 */
export const BUYING_CENTERS_QUERY = gql`
    query AccountBuyingCenters($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                        }
                    }
                }
                Buying_Center__c(
                    where: { Account__c: { eq: $accountId } }
                    first: 200
                    orderBy: { Name: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Account__c {
                                value
                            }
                            Parent_Buying_Center__c @optional {
                                value
                            }
                            Wallet_Size__c @optional {
                                value
                            }
                            Wallet_Share__c @optional {
                                value
                            }
                            Sales_Goal__c @optional {
                                value
                            }
                            Key_Initiatives__c @optional {
                                value
                            }
                            Relationship_Status__c @optional {
                                value
                            }
                            Desired_Relationship_Status__c @optional {
                                value
                            }
                            Growth_Trend__c @optional {
                                value
                            }
                            Competitive_Environment__c @optional {
                                value
                            }
                            Primary_Competitor__c @optional {
                                value
                            }
                            Last_Engagement_Date__c @optional {
                                value
                            }
                            Members__r(first: 200) {
                                edges {
                                    node {
                                        Id
                                        Buying_Center__c {
                                            value
                                        }
                                        Contact__c {
                                            value
                                        }
                                        Buying_Role__c @optional {
                                            value
                                        }
                                        Influence__c @optional {
                                            value
                                        }
                                        Support__c @optional {
                                            value
                                        }
                                        Coverage__c @optional {
                                            value
                                        }
                                        Decision_Orientation__c @optional {
                                            value
                                        }
                                        Relationship_Owner__c @optional {
                                            value
                                        }
                                        Influences_Member__c @optional {
                                            value
                                        }
                                        Advocacy__c @optional {
                                            value
                                        }
                                        Last_Reference_Date__c @optional {
                                            value
                                        }
                                        Introduced_By__c @optional {
                                            value
                                        }
                                        Contact__r {
                                            Name {
                                                value
                                            }
                                            Title @optional {
                                                value
                                            }
                                        }
                                        Relationship_Owner__r @optional {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Contact(
                    where: { AccountId: { eq: $accountId } }
                    first: 500
                    orderBy: { LastName: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Title @optional {
                                value
                            }
                            AccountId @optional {
                                value
                            }
                            ReportsToId @optional {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

/** A member with the names the panel shows beside the ids. */
export interface BuyingCenterMemberView extends BuyingCenterMemberRecord {
    contactName: string;
    contactTitle: string | null;
    relationshipOwnerName: string | null;
}

export interface BuyingCenterView extends BuyingCenterRecord {
    members: BuyingCenterMemberView[];
}

export interface BuyingCentersData {
    accountName: string;
    buyingCenters: BuyingCenterView[];
    contacts: ContactRecord[];
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
}

/** The connection of one object under data.uiapi.query; absent ones read as empty. */
export function queryConnection(data: unknown, objectApiName: string): GraphQLConnection {
    const uiapi = isRecord(data) ? data.uiapi : undefined;
    const query = isRecord(uiapi) ? uiapi.query : undefined;
    const connection = isRecord(query) ? query[objectApiName] : undefined;
    return isRecord(connection) ? (connection as GraphQLConnection) : {};
}

/** A parent record's text field, flattened ({ Name: 'x' }), or null. */
export function parentText(
    record: Record<string, unknown>,
    relationship: string,
    field: string
): string | null {
    const parent = record[relationship];
    const value = isRecord(parent) ? parent[field] : undefined;
    return typeof value === 'string' ? value : null;
}

function memberView(node: GraphQLNode): BuyingCenterMemberView {
    const record = flattenNode(node);
    return {
        ...(record as unknown as BuyingCenterMemberRecord),
        contactName: parentText(record, 'Contact__r', 'Name') ?? '',
        contactTitle: parentText(record, 'Contact__r', 'Title'),
        relationshipOwnerName: parentText(record, 'Relationship_Owner__r', 'Name')
    };
}

/** Reads the AccountBuyingCenters response; a missing part reads as no records. */
export function buyingCentersFromGraphQL(data: unknown): BuyingCentersData {
    const centerNodes = nodesOf(queryConnection(data, BUYING_CENTER_OBJECT));
    const memberNodes = centerNodes.flatMap((node) =>
        nodesOf(node.Members__r as GraphQLConnection | undefined)
    );
    const buyingCenters = centerNodes.map((node) => ({
        ...(flattenNode(node) as unknown as BuyingCenterRecord),
        members: nodesOf(node.Members__r as GraphQLConnection | undefined).map(memberView)
    }));
    const [account] = nodesOf(queryConnection(data, 'Account')).map(flattenNode);
    const contactNodes = nodesOf(queryConnection(data, 'Contact'));
    const optional = BUYING_CENTERS_OPTIONAL_FIELDS;
    return {
        accountName: typeof account?.Name === 'string' ? account.Name : '',
        buyingCenters,
        contacts: contactNodes.map((node) => flattenNode(node) as unknown as ContactRecord),
        hiddenFields: uniqueHiddenFields(
            hiddenFieldsOf(centerNodes, BUYING_CENTER_OBJECT, optional.Buying_Center__c),
            hiddenFieldsOf(
                memberNodes,
                BUYING_CENTER_MEMBER_OBJECT,
                optional.Buying_Center_Member__c
            ),
            hiddenFieldsOf(contactNodes, 'Contact', optional.Contact)
        )
    };
}

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

/** The member fields a user edits; the buying center and the contact are set once, on create. */
export const MEMBER_EDITABLE_FIELDS = [
    'Buying_Role__c',
    'Influence__c',
    'Support__c',
    'Coverage__c',
    'Decision_Orientation__c',
    'Relationship_Owner__c',
    'Influences_Member__c',
    'Advocacy__c',
    'Last_Reference_Date__c',
    'Introduced_By__c'
] as const;

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

/** The contact fields the "new contact" form beside the member search writes. */
export const NEW_CONTACT_FIELDS = ['FirstName', 'LastName', 'Title', 'Email'] as const;

/** Creates a contact on the account (for a person who is not in the CRM yet); resolves to its id. */
export function createAccountContact(accountId: RecordId, values: RecordFields): Promise<string> {
    return saveRecord('Contact', null, {
        ...pickFields(values, NEW_CONTACT_FIELDS),
        AccountId: accountId
    });
}
