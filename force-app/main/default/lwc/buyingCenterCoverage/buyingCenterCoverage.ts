// Relationship coverage of one buying center: do we reach the people who decide, is someone coaching
// us, is opposition unaddressed? Gives the red / amber / green map status and the coaching flags in
// plain words. Used by the deal score and by the relationship map.
import type { BuyingCenterMemberRecord, BuyingRole, Coverage, Support } from 'c/atlasModel';

export type RelationshipMapStatus = 'Red' | 'Amber' | 'Green';
export type CoachingFlagCode =
    | 'NO_DECISION_MAKER'
    | 'NO_SUPPORTIVE_DECISION_MAKER'
    | 'NO_COACH'
    | 'NO_OPPOSITION_IDENTIFIED'
    | 'ENEMY_WITH_HIGH_INFLUENCE'
    | 'SINGLE_THREADED'
    | 'ROLE_NOT_COVERED'
    | 'UNKNOWN_VALUES';

export interface CoachingFlag {
    code: CoachingFlagCode;
    severity: 'high' | 'medium' | 'low';
    message: string;
    memberIds: string[];
}

export interface BuyingCenterCoverage {
    mapStatus: RelationshipMapStatus;
    flags: CoachingFlag[];
    memberCount: number;
    /** A Decision Maker or Approver is identified. */
    hasDecisionMaker: boolean;
    /** A Decision Maker or Approver who supports us and whom we cover well. */
    supportiveDecisionMakerEngaged: boolean;
    /** Someone guides us: buying role Coach, or support Mentor. */
    hasCoach: boolean;
    /** Member ids of high-influence Enemies and Non-Supporters we barely reach. */
    unaddressedOpposition: string[];
    /** Members we reach with more than a brief contact. */
    engagedMemberCount: number;
}

const ROLES: readonly BuyingRole[] = [
    'Decision Maker',
    'Approver',
    'Evaluator',
    'Influencer',
    'User',
    'Gatekeeper',
    'Coach'
];
const SUPPORTS: readonly Support[] = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'];
const COVERAGES: readonly Coverage[] = ['No Contact', 'Brief', 'Multiple', 'In Depth'];
const DECIDING_ROLES: readonly string[] = ['Decision Maker', 'Approver'];
// Roles whose absence leaves a blind spot in most B2B decisions (the economic, technical and user
// buyers of Miller Heiman's model).
const CORE_ROLES: readonly BuyingRole[] = ['Decision Maker', 'Evaluator', 'User'];

/** Engaged means more than a brief contact: we have met them several times or know them well. */
function isEngaged(member: BuyingCenterMemberRecord): boolean {
    return member.Coverage__c === 'Multiple' || member.Coverage__c === 'In Depth';
}

function isSupportive(member: BuyingCenterMemberRecord): boolean {
    return member.Support__c === 'Mentor' || member.Support__c === 'Supporter';
}

function isOpposed(member: BuyingCenterMemberRecord): boolean {
    return member.Support__c === 'Enemy' || member.Support__c === 'Non-Supporter';
}

function hasUnknownValues(member: BuyingCenterMemberRecord): boolean {
    const unknown = <T extends string>(value: unknown, allowed: readonly T[]): boolean =>
        value !== null && value !== undefined && !allowed.includes(value as T);
    return (
        unknown(member.Buying_Role__c, ROLES) ||
        unknown(member.Support__c, SUPPORTS) ||
        unknown(member.Coverage__c, COVERAGES)
    );
}

function flag(
    code: CoachingFlagCode,
    severity: CoachingFlag['severity'],
    message: string,
    members: readonly BuyingCenterMemberRecord[] = []
): CoachingFlag {
    return { code, severity, message, memberIds: members.map((member) => member.Id).sort() };
}

/** Assesses the members of one buying center (or the members involved in one deal). */
export function assessBuyingCenterCoverage(
    members: readonly BuyingCenterMemberRecord[]
): BuyingCenterCoverage {
    const valid = members.filter((member) => member && typeof member.Id === 'string');
    const deciders = valid.filter((member) => DECIDING_ROLES.includes(member.Buying_Role__c ?? ''));
    const supportiveDeciders = deciders.filter(
        (member) => isSupportive(member) && isEngaged(member)
    );
    const coaches = valid.filter(
        (member) => member.Buying_Role__c === 'Coach' || member.Support__c === 'Mentor'
    );
    const opposed = valid.filter(isOpposed);
    // Opposition is unaddressed when an influential opponent is one we barely reach.
    const unaddressed = opposed.filter(
        (member) => member.Influence__c === 'High' && !isEngaged(member)
    );
    const engaged = valid.filter(isEngaged);
    const flags: CoachingFlag[] = [];

    if (deciders.length === 0) {
        flags.push(
            flag(
                'NO_DECISION_MAKER',
                'high',
                'No decision maker or approver identified — find out who signs off and who holds the budget.'
            )
        );
    } else if (supportiveDeciders.length === 0) {
        flags.push(
            flag(
                'NO_SUPPORTIVE_DECISION_MAKER',
                'high',
                'No decision maker or approver both supports us and is engaged — win one over and meet them more than once.',
                deciders
            )
        );
    }
    if (coaches.length === 0) {
        flags.push(
            flag(
                'NO_COACH',
                'medium',
                'No coach — find someone inside who wants us to win and will guide us.'
            )
        );
    }
    if (unaddressed.length > 0) {
        flags.push(
            flag(
                'ENEMY_WITH_HIGH_INFLUENCE',
                'high',
                'An influential opponent is barely covered — meet them, learn their objection and address it.',
                unaddressed
            )
        );
    } else if (valid.length >= 3 && opposed.length === 0) {
        // Every sizeable buying center has someone who prefers another answer; not knowing who is a
        // blind spot, not good news.
        flags.push(
            flag(
                'NO_OPPOSITION_IDENTIFIED',
                'low',
                'Nobody is marked as a non-supporter — ask who prefers another option; unknown opposition is still opposition.'
            )
        );
    }
    if (valid.length > 0 && engaged.length < 2) {
        flags.push(
            flag(
                'SINGLE_THREADED',
                'medium',
                'Single-threaded — we reach fewer than two people well; one departure would end our access.',
                engaged
            )
        );
    }
    const missingRoles = CORE_ROLES.filter(
        (role) => role !== 'Decision Maker' && !valid.some((m) => m.Buying_Role__c === role)
    );
    if (valid.length > 0 && missingRoles.length > 0) {
        flags.push(
            flag(
                'ROLE_NOT_COVERED',
                'low',
                `No one identified in the role of ${missingRoles.join(' or ')} — map who evaluates and who will use it.`
            )
        );
    }
    const odd = valid.filter(hasUnknownValues);
    if (odd.length > 0 || valid.length < members.length) {
        flags.push(
            flag(
                'UNKNOWN_VALUES',
                'low',
                'Some members have a role, support or coverage this version does not know, or no id; they were read as unknown.',
                odd
            )
        );
    }

    const hasDecisionMaker = deciders.length > 0;
    const supportiveDecisionMakerEngaged = supportiveDeciders.length > 0;
    let mapStatus: RelationshipMapStatus = 'Amber';
    if (!hasDecisionMaker || unaddressed.length > 0) {
        mapStatus = 'Red';
    } else if (supportiveDecisionMakerEngaged && coaches.length > 0) {
        mapStatus = 'Green';
    }
    return {
        mapStatus,
        flags,
        memberCount: valid.length,
        hasDecisionMaker,
        supportiveDecisionMakerEngaged,
        hasCoach: coaches.length > 0,
        unaddressedOpposition: unaddressed.map((member) => member.Id).sort(),
        engagedMemberCount: engaged.length
    };
}
