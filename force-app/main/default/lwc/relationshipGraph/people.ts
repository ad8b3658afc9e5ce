// Reads the caller's contacts, buying centers and members into clean, ordered people and
// memberships, with a warning for every record left out or value read as unknown.
import type {
    Advocacy,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    BuyingRole,
    ContactRecord,
    Influence,
    Support
} from 'c/atlasModel';
import type { RelationshipWarning } from './types';
import * as say from './messages';
import {
    ADVOCACY_ORDER,
    INFLUENCE_ORDER,
    ROLE_ORDER,
    SUPPORT_ORDER,
    compareText,
    describe,
    known,
    text
} from './values';
import { uniqueRecords as uniqueById } from 'c/atlasValues';

export interface Person {
    id: string;
    name: string;
    title: string | null;
    managerId: string | null;
}

export interface Membership {
    id: string;
    contactId: string;
    buyingCenterId: string;
    role: BuyingRole | null;
    influence: Influence | null;
    support: Support | null;
    advocacy: Advocacy | null;
    ownerId: string | null;
}

export interface People {
    /** By contact id. */
    people: Map<string, Person>;
    /** By name, then id. */
    centers: BuyingCenterRecord[];
    /** Memberships of known contacts in known buying centers, by member id. */
    memberships: Membership[];
    /** Every member record with an Id, by buying center, for the coverage assessment. */
    membersByCenter: Map<string, BuyingCenterMemberRecord[]>;
    /** Informal influence lines recorded on members of known contacts, by member id. */
    influenceLines: InfluenceLine[];
    /** Introductions between members of known contacts (introducer → introduced), by member id. */
    introductionLines: InfluenceLine[];
}

export interface InfluenceLine {
    memberId: string;
    contactId: string;
    targetMemberId: string;
    targetContactId: string;
}

/** The records of a list, one per Id (c/atlasValues' rule), with this module's warnings. */
export function uniqueRecords<T extends { Id: string }>(
    list: unknown,
    kind: string,
    warnings: RelationshipWarning[]
): T[] {
    return uniqueById<T>(list, kind, warnings, say);
}

function picklist<T extends string>(
    member: BuyingCenterMemberRecord,
    field: 'Buying_Role__c' | 'Influence__c' | 'Support__c' | 'Advocacy__c',
    allowed: readonly T[],
    warnings: RelationshipWarning[]
): T | null {
    const value: unknown = member[field];
    if (value === null || value === undefined || value === '') {
        return null;
    }
    const result = known(value, allowed);
    if (result === null) {
        warnings.push({
            code: 'UNKNOWN_VALUE',
            message: say.unknownValue(member.Id, field, describe(value)),
            recordId: member.Id
        });
    }
    return result;
}

export function readPeople(
    contacts: unknown,
    members: unknown,
    buyingCenters: unknown,
    warnings: RelationshipWarning[]
): People {
    const people = new Map<string, Person>();
    for (const contact of uniqueRecords<ContactRecord>(contacts, 'contact', warnings)) {
        people.set(contact.Id, {
            id: contact.Id,
            name: text(contact.Name)?.trim() || contact.Id,
            title: text(contact.Title),
            managerId: text(contact.ReportsToId)
        });
    }
    const centers = uniqueRecords<BuyingCenterRecord>(
        buyingCenters,
        'buying center',
        warnings
    ).sort(
        (a, b) => compareText(text(a.Name) ?? a.Id, text(b.Name) ?? b.Id) || compareText(a.Id, b.Id)
    );
    const centerIds = new Set(centers.map((center) => center.Id));
    const memberships: Membership[] = [];
    const membersByCenter = new Map<string, BuyingCenterMemberRecord[]>();
    const contactOfMember = new Map<string, string>();
    const memberRecords = uniqueRecords<BuyingCenterMemberRecord>(members, 'member', warnings);
    for (const member of memberRecords) {
        const contactId = text(member.Contact__c);
        const centerId = text(member.Buying_Center__c);
        if (centerId) {
            const list = membersByCenter.get(centerId);
            if (list) {
                list.push(member);
            } else {
                membersByCenter.set(centerId, [member]);
            }
        }
        if (!contactId || !people.has(contactId)) {
            warnings.push({
                code: 'MEMBER_CONTACT_NOT_FOUND',
                message: say.memberContactNotFound(member.Id),
                recordId: member.Id
            });
            continue;
        }
        contactOfMember.set(member.Id, contactId);
        if (!centerId || !centerIds.has(centerId)) {
            warnings.push({
                code: 'MEMBER_BUYING_CENTER_NOT_FOUND',
                message: say.memberBuyingCenterNotFound(member.Id),
                recordId: member.Id
            });
            continue;
        }
        memberships.push({
            id: member.Id,
            contactId,
            buyingCenterId: centerId,
            role: picklist(member, 'Buying_Role__c', ROLE_ORDER, warnings),
            influence: picklist(member, 'Influence__c', INFLUENCE_ORDER, warnings),
            support: picklist(member, 'Support__c', SUPPORT_ORDER, warnings),
            advocacy: picklist(member, 'Advocacy__c', ADVOCACY_ORDER, warnings),
            ownerId: text(member.Relationship_Owner__c)
        });
    }
    const influenceLines: InfluenceLine[] = [];
    for (const member of memberRecords) {
        const contactId = contactOfMember.get(member.Id);
        const target = text(member.Influences_Member__c);
        if (!contactId || !target) {
            continue;
        }
        const targetContactId = contactOfMember.get(target);
        if (!targetContactId) {
            warnings.push({
                code: 'INFLUENCE_TARGET_NOT_FOUND',
                message: say.influenceTargetNotFound(member.Id),
                recordId: member.Id
            });
        } else if (targetContactId === contactId) {
            warnings.push({
                code: 'INFLUENCE_ON_SELF',
                message: say.influenceOnSelf(member.Id),
                recordId: member.Id
            });
        } else {
            influenceLines.push({
                memberId: member.Id,
                contactId,
                targetMemberId: target,
                targetContactId
            });
        }
    }
    // An introducer from another account is not on this map: the line is drawn only between people
    // shown here, and an introduction is never a warning.
    const introductionLines: InfluenceLine[] = [];
    for (const member of memberRecords) {
        const contactId = contactOfMember.get(member.Id);
        const introducer = text(member.Introduced_By__c);
        const introducerContactId = introducer ? contactOfMember.get(introducer) : undefined;
        if (contactId && introducer && introducerContactId && introducerContactId !== contactId) {
            introductionLines.push({
                memberId: introducer,
                contactId: introducerContactId,
                targetMemberId: member.Id,
                targetContactId: contactId
            });
        }
    }
    return { people, centers, memberships, membersByCenter, influenceLines, introductionLines };
}
