// The fields of a buying center member form and the rows of the member list.
import {
    ADVOCACIES,
    BUYING_ROLES,
    COVERAGES,
    DECISION_ORIENTATIONS,
    INFLUENCES,
    SUPPORTS,
    picklistOptions
} from 'c/atlasData';
import type { BuyingCenterMemberView, BuyingCenterView } from 'c/atlasData';
import type { ContactRecord, RecordId } from 'c/atlasModel';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import { enteredTouchesByContact, freshnessOf, openableProfileUrl } from 'c/relationshipFreshness';
import { championFields } from './championFields';
import type { ChampionFieldLabels } from './championFields';

export interface MemberFieldLabels {
    contact: string;
    contactSearch: string;
    role: string;
    influence: string;
    support: string;
    coverage: string;
    orientation: string;
    owner: string;
    influences: string;
    advocacy: string;
    lastReference: string;
    introducedBy: string;
    /** Names an introducer from another account, whom this account's list does not hold. */
    otherAccount: string;
    lastTouch: string;
    lastTouchHelp: string;
    profileUrl: string;
    profileUrlHelp: string;
    champion: ChampionFieldLabels;
}

/**
 * The member form's fields. A new member is found by searching the account's contacts not yet in
 * this buying center (by name or title, with lightning-record-picker); an existing membership
 * keeps its contact (the membership key is built from it).
 */
export function memberFields(
    labels: MemberFieldLabels,
    options: {
        isNew: boolean;
        accountId: RecordId | undefined;
        memberContactIds: readonly RecordId[];
        influenceOptions: { label: string; value: string }[];
        /** The member's current introducer, kept as a choice when they are in another account. */
        introducedBy?: RecordId | null;
        /** The role chosen is Champion: the form asks for the three tests and the counter-champion. */
        champion?: boolean;
    }
): FormFieldDefinition[] {
    const introducer = options.introducedBy ?? null;
    const introducerOptions =
        introducer !== null &&
        !options.influenceOptions.some((option) => option.value === introducer)
            ? [...options.influenceOptions, { label: labels.otherAccount, value: introducer }]
            : options.influenceOptions;
    const criteria = [
        { fieldPath: 'AccountId', operator: 'eq', value: options.accountId ?? null },
        ...(options.memberContactIds.length > 0
            ? [{ fieldPath: 'Id', operator: 'nin', value: [...options.memberContactIds] }]
            : [])
    ];
    const contact: FormFieldDefinition[] = options.isNew
        ? [
              {
                  name: 'Contact__c',
                  label: labels.contact,
                  type: 'lookup',
                  required: true,
                  objectApiName: 'Contact',
                  picker: {
                      filter: { criteria },
                      displayInfo: { additionalFields: ['Title'] },
                      matchingInfo: {
                          primaryField: { fieldPath: 'Name' },
                          additionalFields: [{ fieldPath: 'Title' }]
                      },
                      placeholder: labels.contactSearch
                  }
              }
          ]
        : [];
    return [
        ...contact,
        {
            name: 'Buying_Role__c',
            label: labels.role,
            type: 'picklist',
            options: picklistOptions(BUYING_ROLES)
        },
        ...(options.champion ? championFields(labels.champion, options.influenceOptions) : []),
        {
            name: 'Influence__c',
            label: labels.influence,
            type: 'picklist',
            options: picklistOptions(INFLUENCES)
        },
        {
            name: 'Support__c',
            label: labels.support,
            type: 'picklist',
            options: picklistOptions(SUPPORTS)
        },
        {
            name: 'Coverage__c',
            label: labels.coverage,
            type: 'picklist',
            options: picklistOptions(COVERAGES)
        },
        {
            name: 'Decision_Orientation__c',
            label: labels.orientation,
            type: 'picklist',
            options: picklistOptions(DECISION_ORIENTATIONS)
        },
        { name: 'Relationship_Owner__c', label: labels.owner, type: 'user' },
        {
            name: 'Influences_Member__c',
            label: labels.influences,
            type: 'picklist',
            options: options.influenceOptions
        },
        {
            name: 'Advocacy__c',
            label: labels.advocacy,
            type: 'picklist',
            options: picklistOptions(ADVOCACIES)
        },
        {
            name: 'Last_Reference_Date__c',
            label: labels.lastReference,
            type: 'date',
            // The day they last gave a reference has passed: a future one is warned before saving.
            expectedDate: 'past'
        },
        {
            name: 'Introduced_By__c',
            label: labels.introducedBy,
            type: 'picklist',
            options: introducerOptions
        },
        {
            name: 'Last_Touch__c',
            label: labels.lastTouch,
            type: 'date',
            helpText: labels.lastTouchHelp,
            // A touch has happened: a future one is warned before saving.
            expectedDate: 'past'
        },
        {
            // The contact's field, written to the contact on save (memberWrites): one profile per
            // person, whichever buying centers they sit in. A URL field holds 255 characters.
            name: 'Profile_URL__c',
            label: labels.profileUrl,
            type: 'url',
            maxLength: 255,
            helpText: labels.profileUrlHelp,
            wide: true
        }
    ];
}

/** The account's contacts who are not yet members of this buying center. */
export function contactOptions(
    contacts: readonly ContactRecord[],
    buyingCenter: BuyingCenterView
): { label: string; value: string }[] {
    const members = new Set(buyingCenter.members.map((member) => member.Contact__c));
    return contacts
        .filter((contact) => !members.has(contact.Id))
        .map((contact) => ({
            label: contact.Title ? `${contact.Name} (${contact.Title})` : contact.Name,
            value: contact.Id
        }));
}

/**
 * Any other person on the account, named with their buying center, as whom a member influences or
 * was introduced by: not the member, nor the same person's membership of another buying center.
 */
export function influenceOptions(
    buyingCenters: readonly BuyingCenterView[],
    member: Pick<BuyingCenterMemberView, 'Id' | 'Contact__c'> | null
): { label: string; value: string }[] {
    return buyingCenters.flatMap((center) =>
        center.members
            .filter(
                (other) =>
                    member === null ||
                    (other.Id !== member.Id && other.Contact__c !== member.Contact__c)
            )
            .map((other) => ({
                label: `${other.contactName} (${center.Name})`,
                value: other.Id
            }))
    );
}

export interface MemberRow {
    id: RecordId;
    name: string;
    title: string;
    facts: { key: string; label: string; value: string }[];
    actionsLabel: string;
    /** An http or https profile address, opened in a new tab; null: no link shown. */
    profileUrl: string | null;
    profileLabel: string;
    stale: boolean;
    /** Champion and economic buyer marks in words (c/championText). */
    marks: { key: string; text: string }[];
}

/** How the cards word a person's last touch and profile link (c/freshnessText). */
export interface MemberFreshness {
    asOf: string;
    staleAfterDays: number;
    touchText: (freshness: ReturnType<typeof freshnessOf>) => string;
    profileLabel: (name: string) => string;
}

/** Each member with the facts the list shows; blanks read as the "not set" label. */
export function memberRows(
    buyingCenters: readonly BuyingCenterView[],
    members: readonly BuyingCenterMemberView[],
    labels: MemberFieldLabels & { notSet: string },
    actionsLabel: (name: string) => string,
    /** A record date in the user's locale (Sep 15, 2026), as the form shows it. */
    formatDate: (iso: string) => string,
    freshness: MemberFreshness & { label: string },
    /** A membership's champion and economic buyer marks in words. */
    marksOf: (member: BuyingCenterMemberView) => { key: string; text: string }[] = () => []
): MemberRow[] {
    const names = new Map(
        buyingCenters.flatMap((center) =>
            center.members.map((member) => [member.Id, member.contactName] as const)
        )
    );
    const entered = enteredTouchesByContact(buyingCenters.flatMap((center) => center.members));
    return members.map((member) => {
        const influenced = member.Influences_Member__c
            ? names.get(member.Influences_Member__c)
            : undefined;
        const introducer = member.Introduced_By__c
            ? (names.get(member.Introduced_By__c) ?? labels.otherAccount)
            : undefined;
        const touch = freshnessOf(
            member.contactActivityDate,
            entered.get(member.Contact__c) ?? member.Last_Touch__c,
            freshness.asOf,
            freshness.staleAfterDays
        );
        const fact = (key: string, label: string, value: string | null | undefined) => ({
            key,
            label,
            value: value || labels.notSet
        });
        return {
            id: member.Id,
            name: member.contactName,
            title: member.contactTitle ?? '',
            facts: [
                fact('role', labels.role, member.Buying_Role__c),
                fact('influence', labels.influence, member.Influence__c),
                fact('support', labels.support, member.Support__c),
                fact('coverage', labels.coverage, member.Coverage__c),
                fact('orientation', labels.orientation, member.Decision_Orientation__c),
                fact('owner', labels.owner, member.relationshipOwnerName),
                fact('influences', labels.influences, influenced),
                fact('advocacy', labels.advocacy, member.Advocacy__c),
                fact(
                    'last-reference',
                    labels.lastReference,
                    member.Last_Reference_Date__c ? formatDate(member.Last_Reference_Date__c) : null
                ),
                fact('introduced-by', labels.introducedBy, introducer),
                fact('last-touch', freshness.label, freshness.touchText(touch))
            ],
            actionsLabel: actionsLabel(member.contactName),
            profileUrl: openableProfileUrl(member.profileUrl),
            profileLabel: freshness.profileLabel(member.contactName),
            stale: touch.stale,
            marks: marksOf(member)
        };
    });
}
