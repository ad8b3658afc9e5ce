// Stale relationships with the people a deal hangs on: a decision maker or coach of the deal's buying
// center whose last touch (c/relationshipFreshness: the later of the contact's LastActivityDate and a
// touch entered on the membership) is older than the scoring settings' limit. Each is a deal risk and
// a follow-up ("Meet Hannah Cho — last touch 124 days ago"); neither moves the score.
import type { BuyingCenterMemberRecord, BuyingRole, RecordId } from 'c/atlasModel';
import { dateOf } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import { freshnessOf } from 'c/relationshipFreshness';
import { prepareDeal } from './prepare';
import type { PreparedDeal } from './prepare';
import { resolveConfig } from './config';
import type { DealScoringConfig, DealScoringInput, DealScoringOverrides, Risk } from './types';
import { say, sayCounted } from './messageLabels';
import { personWording } from './wording';
import { isRecord, text } from './values';

/** The roles whose silence puts the deal at risk: who decides, and who tells us how. */
const WATCHED_ROLES: Readonly<Partial<Record<BuyingRole, Risk['severity']>>> = {
    'Decision Maker': 'high',
    'Economic Buyer': 'high',
    Coach: 'medium',
    Champion: 'medium'
};

/** A stale relationship of the deal: who, and since when. */
export interface StaleRelationship {
    memberId: RecordId;
    member: BuyingCenterMemberRecord;
    touchedOn: string;
    days: number;
    severity: Risk['severity'];
}

/** A follow-up the deal needs that adds no points: meet a person gone stale. */
export interface RelationshipFollowUp {
    code: 'MEET_STALE_CONTACT';
    message: Message;
    memberId: RecordId;
}

/** Contact id → LastActivityDate, from the contacts given (any shape; others are skipped). */
function activityDates(contacts: unknown): Map<string, string> {
    const dates = new Map<string, string>();
    for (const contact of Array.isArray(contacts) ? (contacts as unknown[]) : []) {
        const id = isRecord(contact) ? text(contact.Id) : null;
        const date = isRecord(contact) ? text(contact.LastActivityDate) : null;
        if (id && date) {
            dates.set(id, date);
        }
    }
    return dates;
}

/** The deal's decision makers and coaches not touched for more than the limit; a closed deal has none. */
export function staleRelationshipsOf(
    deal: PreparedDeal,
    input: Pick<DealScoringInput, 'contacts'>,
    config: DealScoringConfig
): StaleRelationship[] {
    if (deal.closed || deal.asOf === null) {
        return [];
    }
    const activity = activityDates(input.contacts);
    const stale: StaleRelationship[] = [];
    for (const member of deal.members) {
        const severity = member.Buying_Role__c ? WATCHED_ROLES[member.Buying_Role__c] : undefined;
        if (!severity) {
            continue;
        }
        const freshness = freshnessOf(
            activity.get(member.Contact__c),
            text(member.Last_Touch__c),
            deal.asOf,
            config.staleRelationshipDays
        );
        if (freshness.stale && freshness.touch && freshness.days !== null) {
            stale.push({
                memberId: member.Id,
                member,
                touchedOn: freshness.touch.date,
                days: freshness.days,
                severity
            });
        }
    }
    return stale;
}

const daysAgo = (count: number): Message =>
    sayCounted('Atlas_DSM_Days_One', 'Atlas_DSM_Days_Other', count, count);

/** "Hannah Cho (Coach): last touch 124 days ago (Aug 5, 2026), more than the 90 days …" */
export function staleRelationshipRisks(
    deal: PreparedDeal,
    input: Pick<DealScoringInput, 'contacts'>,
    config: DealScoringConfig
): Risk[] {
    return staleRelationshipsOf(deal, input, config).map((stale) => ({
        code: 'STALE_RELATIONSHIP',
        severity: stale.severity,
        message: say(
            'Atlas_DSM_Risk_Stale_Relationship',
            personWording(stale.member, deal.contactNames),
            daysAgo(stale.days),
            dateOf(stale.touchedOn),
            config.staleRelationshipDays
        ),
        memberIds: [stale.memberId]
    }));
}

/**
 * "Meet Hannah Cho — last touch 124 days ago", one per stale decision maker or coach, in the order of
 * the deal's risks. They add no points, so they are not among the scored next actions: the panel
 * lists them after those.
 */
export function relationshipFollowUps(
    input: DealScoringInput,
    overrides?: DealScoringOverrides | null
): RelationshipFollowUp[] {
    const config = resolveConfig(overrides);
    const deal = prepareDeal(input, config);
    return staleRelationshipsOf(deal, input, config).map((stale) => ({
        code: 'MEET_STALE_CONTACT',
        message: say(
            'Atlas_DSM_Action_Meet_Stale',
            deal.contactNames.get(stale.member.Contact__c) ??
                personWording(stale.member, deal.contactNames),
            daysAgo(stale.days)
        ),
        memberId: stale.memberId
    }));
}
