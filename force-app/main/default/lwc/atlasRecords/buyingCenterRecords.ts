// Reads the AccountBuyingCenters answer (BUYING_CENTERS_TEXT) into typed records: the account's
// name, its buying centers with their members, and its contacts.
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import {
    childNodesOf,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    recordOf,
    flattenNode,
    uniqueHiddenFields
} from './graphqlRecords';
import type { GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import {
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    scoringSettingsOf
} from 'c/scoringSettings';
import {
    BUYING_CENTER_FIELDS,
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS,
    optionalFieldsOf
} from './objectFields';

export const BUYING_CENTER_OBJECT = 'Buying_Center__c';
export const BUYING_CENTER_MEMBER_OBJECT = 'Buying_Center_Member__c';

/** The fields BUYING_CENTERS_TEXT marks @optional: field-level security may hide them. */
export const BUYING_CENTERS_OPTIONAL_FIELDS: OptionalFields = {
    Account: ['Industry'],
    ...optionalFieldsOf(BUYING_CENTER_FIELDS, BUYING_CENTER_MEMBER_FIELDS, CONTACT_FIELDS),
    [SCORING_SETTINGS_OBJECT]: SCORING_SETTINGS_FIELDS
};

/** A member with the names the panel shows beside the ids. */
export interface BuyingCenterMemberView extends BuyingCenterMemberRecord {
    contactName: string;
    contactTitle: string | null;
    relationshipOwnerName: string | null;
    /** The introducing member's contact, and the account that contact belongs to today. */
    introducerName?: string | null;
    introducerAccountName?: string | null;
    /** The contact's LastActivityDate: with Last_Touch__c, the person's last touch. */
    contactActivityDate?: string | null;
    /** The contact's Profile_URL__c, as saved (shown only when it is an http or https address). */
    profileUrl?: string | null;
}

export interface BuyingCenterView extends BuyingCenterRecord {
    members: BuyingCenterMemberView[];
}

export interface BuyingCentersData {
    accountName: string;
    buyingCenters: BuyingCenterView[];
    contacts: ContactRecord[];
    /** Days without a touch after which a relationship is stale (the scoring settings'). */
    staleRelationshipDays: number;
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
}

/** A member node (with Contact__r and Relationship_Owner__r) as the panel shows it. */
/** Introduced_By__r's contact name and that contact's account name, when the org returned them. */
function introducerOf(record: Record<string, unknown>): {
    introducerName: string | null;
    introducerAccountName: string | null;
} {
    const introducer = record.Introduced_By__r;
    const contact =
        typeof introducer === 'object' && introducer !== null
            ? (introducer as Record<string, unknown>).Contact__r
            : null;
    if (typeof contact !== 'object' || contact === null) {
        return { introducerName: null, introducerAccountName: null };
    }
    const fields = contact as Record<string, unknown>;
    return {
        introducerName: typeof fields.Name === 'string' ? fields.Name : null,
        introducerAccountName: parentText(fields, 'Account', 'Name')
    };
}

export function memberView(node: GraphQLNode): BuyingCenterMemberView {
    const record = flattenNode(node);
    return {
        ...recordOf(node, BUYING_CENTER_MEMBER_FIELDS),
        contactName: parentText(record, 'Contact__r', 'Name') ?? '',
        contactTitle: parentText(record, 'Contact__r', 'Title'),
        relationshipOwnerName: parentText(record, 'Relationship_Owner__r', 'Name'),
        ...introducerOf(record),
        contactActivityDate: parentText(record, 'Contact__r', 'LastActivityDate'),
        profileUrl: parentText(record, 'Contact__r', 'Profile_URL__c')
    };
}

/** A buying center node with its members. */
export function buyingCenterView(node: GraphQLNode): BuyingCenterView {
    return {
        ...recordOf(node, BUYING_CENTER_FIELDS),
        members: childNodesOf(node, 'Members__r').map(memberView)
    };
}

/** The account's name from the Account connection of an answer ('' when absent). */
export function accountNameOf(data: unknown): string {
    const [account] = nodesOf(queryConnection(data, 'Account')).map(flattenNode);
    return typeof account?.Name === 'string' ? account.Name : '';
}

/** The saved stale relationship limit, or its default when none is saved, blank or hidden. */
export function staleRelationshipDaysOf(data: unknown): number {
    const [record] = nodesOf(queryConnection(data, SCORING_SETTINGS_OBJECT)).map(flattenNode);
    return scoringSettingsOf(record ?? null).values.Stale_Relationship_Days__c;
}

/** Reads the AccountBuyingCenters response; a missing part reads as no records. */
export function buyingCentersFromGraphQL(data: unknown): BuyingCentersData {
    const centerNodes = nodesOf(queryConnection(data, BUYING_CENTER_OBJECT));
    const memberNodes = centerNodes.flatMap((node) => childNodesOf(node, 'Members__r'));
    const contactNodes = nodesOf(queryConnection(data, 'Contact'));
    const optional = BUYING_CENTERS_OPTIONAL_FIELDS;
    return {
        accountName: accountNameOf(data),
        buyingCenters: centerNodes.map(buyingCenterView),
        contacts: contactNodes.map((node) => recordOf(node, CONTACT_FIELDS)),
        staleRelationshipDays: staleRelationshipDaysOf(data),
        hiddenFields: uniqueHiddenFields(
            hiddenFieldsOf(centerNodes, BUYING_CENTER_OBJECT, optional.Buying_Center__c),
            hiddenFieldsOf(
                memberNodes,
                BUYING_CENTER_MEMBER_OBJECT,
                optional.Buying_Center_Member__c
            ),
            hiddenFieldsOf(contactNodes, 'Contact', optional.Contact),
            hiddenFieldsOf(
                nodesOf(queryConnection(data, SCORING_SETTINGS_OBJECT)),
                SCORING_SETTINGS_OBJECT,
                SCORING_SETTINGS_FIELDS
            )
        )
    };
}
