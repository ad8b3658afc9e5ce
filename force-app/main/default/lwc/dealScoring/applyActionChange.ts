// Plays a next best action's change on a scoring input: the deal as it would be with the action done.
// nextActions measures every gain this way, and callers (tests, a "what if" preview) can do the same.
import type { BuyingCenterMemberRecord, DealEvidenceRecord } from 'c/atlasModel';
import type { ActionChange, DealScoringInput } from './types';
import { isRecord, text } from './values';

/** Simulated records carry ids that real Salesforce ids (15 or 18 letters and digits) never take. */
export const SIMULATED_PREFIX = 'simulated:';

function listOf(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

export function applyActionChange(input: DealScoringInput, change: ActionChange): DealScoringInput {
    const base: DealScoringInput = isRecord(input) ? input : ({} as DealScoringInput);
    const opportunity = isRecord(base.opportunity) ? base.opportunity : null;
    switch (change.kind) {
        case 'evidence': {
            const others = listOf(base.evidence).filter(
                (record) => !(isRecord(record) && record.Stage_Criterion__c === change.criterionId)
            ) as DealEvidenceRecord[];
            const dealId = text(opportunity?.Id);
            const met: DealEvidenceRecord = {
                Id: `${SIMULATED_PREFIX}${change.criterionId}`,
                ...(dealId ? { Opportunity__c: dealId } : {}),
                Stage_Criterion__c: change.criterionId,
                State__c: change.state,
                // The words the rep will record with it and the customer contact who verifies it:
                // a Yes counts as met only with both.
                Evidence__c: `${SIMULATED_PREFIX}evidence`,
                Verified_By__c: `${SIMULATED_PREFIX}verifier`
            } as DealEvidenceRecord;
            return { ...base, evidence: [...others, met] };
        }
        case 'addMember': {
            const id = `${SIMULATED_PREFIX}${change.member.Buying_Role__c ?? 'member'}`;
            const member: BuyingCenterMemberRecord = {
                Id: id,
                Buying_Center__c: text(opportunity?.Buying_Center__c) ?? '',
                Contact__c: id,
                ...change.member
            };
            return {
                ...base,
                members: [...(listOf(base.members) as BuyingCenterMemberRecord[]), member]
            };
        }
        case 'updateMember':
            return {
                ...base,
                members: listOf(base.members).map((member) => {
                    const updated = isRecord(member) && member.Id === change.memberId;
                    return updated ? { ...member, ...change.fields } : member;
                }) as BuyingCenterMemberRecord[]
            };
        case 'opportunity':
            return {
                ...base,
                opportunity: {
                    ...(opportunity ?? {}),
                    ...change.fields
                } as DealScoringInput['opportunity']
            };
        default:
            return base;
    }
}
