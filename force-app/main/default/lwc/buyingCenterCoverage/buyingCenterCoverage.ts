// Relationship coverage of one buying center (or of the people involved in one deal): do we reach a
// supportive decision maker, is someone coaching us, is influential opposition left unaddressed, do
// we depend on one person? Gives the red / amber / green map status and coaching flags in plain words.
//
// Red: no decision maker (or economic buyer) identified, or an unaddressed high-influence opponent.
// Green: a supportive (Mentor or Supporter) decision maker or approver we engage (coverage Multiple or
// In Depth), a coach (role Coach or support Mentor), and no unaddressed high-influence opponent.
// Amber: anything in between.
//
// "Unaddressed": an opponent (Enemy or Non-Supporter) with High influence whose coverage is No Contact,
// Brief or blank — we have not met them more than once, so we cannot know their objection, let alone
// have worked on it. Once we engage them (Multiple, In Depth) the opposition counts as addressed even
// if they still oppose us: their support value changes when they change their mind.
import type { BuyingCenterMemberRecord, BuyingRole } from 'c/atlasModel';
import { BUYING_ROLES as ROLES, COVERAGES, INFLUENCES, SUPPORTS } from 'c/atlasModel';
import type {
    BuyingCenterCoverage,
    CoachingFlag,
    CoachingFlagCode,
    CoverageOptions,
    RelationshipMapStatus
} from './types';
import {
    noCoach,
    noDecisionMaker,
    noOppositionIdentified,
    noSupportiveDecisionMaker,
    roleNotCovered,
    singleThreaded,
    unaddressedEnemies,
    unknownValues,
    memberWording
} from './messages';
import type { PersonWording } from './messages';
import type { Message } from 'c/atlasMessages';

import { championsByStatus, isChampion, isEconomicBuyer } from './champion';

export type * from './types';
export {
    CHAMPION_TESTS,
    championMarkOf,
    championStatus,
    championTestResult,
    championTestsWith,
    championsByStatus,
    isChampion,
    isEconomicBuyer
} from './champion';
export type { ChampionMark, ChampionStatus, ChampionTestKey } from './champion';
export { COVERAGE_MESSAGE_LABELS } from './messages';
export type { CoverageMessageLabel } from './messages';

// Roles besides the decider and the coach (flagged on their own) whose absence leaves a blind spot:
// the technical and user buyers of Miller Heiman's buying influences.
const OTHER_CORE_ROLES: readonly BuyingRole[] = ['Evaluator', 'User'];

/** Engaged: we have met them more than once (Multiple) or know them well (In Depth). */
export function isEngaged(member: BuyingCenterMemberRecord): boolean {
    return member.Coverage__c === 'Multiple' || member.Coverage__c === 'In Depth';
}

export function isSupportive(member: BuyingCenterMemberRecord): boolean {
    return member.Support__c === 'Mentor' || member.Support__c === 'Supporter';
}

export function isOpposed(member: BuyingCenterMemberRecord): boolean {
    return member.Support__c === 'Enemy' || member.Support__c === 'Non-Supporter';
}

export function isDecider(member: BuyingCenterMemberRecord): boolean {
    return member.Buying_Role__c === 'Decision Maker' || isEconomicBuyer(member);
}

/** A champion coaches us too (and more, once tested: see champion.ts). */
export function isCoach(member: BuyingCenterMemberRecord): boolean {
    return (
        member.Buying_Role__c === 'Coach' || member.Support__c === 'Mentor' || isChampion(member)
    );
}

/** See the definition at the top of this module. */
export function isUnaddressed(member: BuyingCenterMemberRecord): boolean {
    return isOpposed(member) && member.Influence__c === 'High' && !isEngaged(member);
}

function isKnown(value: unknown, allowed: readonly string[]): boolean {
    return value === null || value === undefined || allowed.includes(value as string);
}

function hasUnknownValues(member: BuyingCenterMemberRecord): boolean {
    return !(
        isKnown(member.Buying_Role__c, ROLES) &&
        isKnown(member.Influence__c, INFLUENCES) &&
        isKnown(member.Support__c, SUPPORTS) &&
        isKnown(member.Coverage__c, COVERAGES)
    );
}

/** Names given as a Map (bulk scoring's form: see dealScoring's PreparedDeal.contactNames). */
function isNameMap(names: CoverageOptions['contactNames']): names is ReadonlyMap<string, string> {
    return names instanceof Map;
}

function compare(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

const ids = (members: readonly BuyingCenterMemberRecord[]): string[] =>
    members.map((member) => member.Id).sort();

/** Assesses the members of one buying center, or the members involved in one deal. */
export function assessBuyingCenterCoverage(
    members: readonly BuyingCenterMemberRecord[],
    options: CoverageOptions = {}
): BuyingCenterCoverage {
    const list: readonly unknown[] = Array.isArray(members) ? members : [];
    const valid = list.filter(
        (member): member is BuyingCenterMemberRecord =>
            typeof member === 'object' &&
            member !== null &&
            typeof (member as BuyingCenterMemberRecord).Id === 'string'
    );
    const center = typeof options?.buyingCenterName === 'string' ? options.buyingCenterName : null;
    const names = options?.contactNames ?? {};
    const nameOf = (member: BuyingCenterMemberRecord): PersonWording => {
        const name: unknown = isNameMap(names)
            ? names.get(member.Contact__c)
            : names[member.Contact__c];
        const role = typeof member.Buying_Role__c === 'string' ? member.Buying_Role__c : null;
        return memberWording(typeof name === 'string' && name ? name : null, role);
    };
    // By id, then by name, so the wording never depends on the order the records came in; one
    // person named twice (same name and role) is listed once.
    const namesOf = (group: readonly BuyingCenterMemberRecord[]): PersonWording[] => {
        if (group.length < 2) {
            return group.map(nameOf); // nothing to order or merge (the usual case)
        }
        const named = group.map((member) => {
            const person = nameOf(member);
            return { id: member.Id, key: JSON.stringify(person.plain), person };
        });
        named.sort((a, b) => compare(a.id, b.id) || compare(a.key, b.key));
        const byKey = new Map<string, PersonWording>();
        for (const { key, person } of named) {
            if (!byKey.has(key)) {
                byKey.set(key, person);
            }
        }
        return [...byKey.values()];
    };

    const deciders = valid.filter(isDecider);
    const supportiveDeciders = deciders.filter((m) => isSupportive(m) && isEngaged(m));
    const coaches = valid.filter(isCoach);
    const opposed = valid.filter(isOpposed);
    const unaddressed = valid.filter(isUnaddressed);
    const engaged = valid.filter(isEngaged);
    // People, not records: one contact in two buying centers is still one thread.
    const engagedPeople = new Set(engaged.map((member) => member.Contact__c ?? member.Id)).size;
    const rolesCovered = ROLES.filter((role) => valid.some((m) => m.Buying_Role__c === role));
    const missingOthers = OTHER_CORE_ROLES.filter((role) => !rolesCovered.includes(role));
    const odd = valid.filter(hasUnknownValues);
    const withoutId = list.length - valid.length;

    const flags: CoachingFlag[] = [];
    const add = (
        code: CoachingFlagCode,
        severity: CoachingFlag['severity'],
        message: Message,
        about: readonly BuyingCenterMemberRecord[] = []
    ) => flags.push({ code, severity, message, memberIds: ids(about) });

    if (deciders.length === 0) {
        add('NO_DECISION_MAKER', 'high', noDecisionMaker(center));
    } else if (supportiveDeciders.length === 0) {
        const distant = deciders.filter(isSupportive);
        const unconvinced = deciders.filter((member) => !isSupportive(member));
        add(
            'NO_SUPPORTIVE_DECISION_MAKER',
            'high',
            noSupportiveDecisionMaker(center, namesOf(unconvinced), namesOf(distant)),
            deciders
        );
    }
    if (coaches.length === 0) {
        add('NO_COACH', 'medium', noCoach(center));
    }
    if (valid.length >= 3 && opposed.length === 0) {
        // Every sizeable buying center has someone who prefers another answer; not knowing who is
        // a blind spot, not good news.
        add('NO_OPPOSITION_IDENTIFIED', 'low', noOppositionIdentified(center));
    }
    if (unaddressed.length > 0) {
        add(
            'ENEMY_WITH_HIGH_INFLUENCE',
            'high',
            unaddressedEnemies(center, namesOf(unaddressed)),
            unaddressed
        );
    }
    if (valid.length > 0 && engagedPeople < 2) {
        add('SINGLE_THREADED', 'medium', singleThreaded(center, namesOf(engaged)), engaged);
    }
    if (valid.length > 0 && missingOthers.length > 0) {
        add('ROLE_NOT_COVERED', 'low', roleNotCovered(center, missingOthers));
    }
    if (odd.length > 0 || withoutId > 0) {
        add('UNKNOWN_VALUES', 'low', unknownValues(odd.length + withoutId), odd);
    }

    let mapStatus: RelationshipMapStatus = 'Amber';
    if (deciders.length === 0 || unaddressed.length > 0) {
        mapStatus = 'Red';
    } else if (supportiveDeciders.length > 0 && coaches.length > 0) {
        mapStatus = 'Green';
    }
    const rolesMissing: BuyingRole[] = [];
    if (deciders.length === 0) {
        rolesMissing.push('Decision Maker');
    }
    rolesMissing.push(...missingOthers);
    if (coaches.length === 0) {
        rolesMissing.push('Coach');
    }
    return {
        mapStatus,
        flags,
        memberCount: valid.length,
        hasDecisionMaker: deciders.length > 0,
        supportiveDecisionMakerEngaged: supportiveDeciders.length > 0,
        hasCoach: coaches.length > 0,
        decisionMakerIds: ids(deciders),
        supportiveDecisionMakerIds: ids(supportiveDeciders),
        coachIds: ids(coaches),
        oppositionIds: ids(opposed),
        unaddressedOpposition: ids(unaddressed),
        engagedMemberCount: engagedPeople,
        engagedMemberIds: ids(engaged),
        rolesCovered,
        rolesMissing,
        champions: championsByStatus(valid),
        economicBuyerIds: ids(valid.filter(isEconomicBuyer))
    };
}
