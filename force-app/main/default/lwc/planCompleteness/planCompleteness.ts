// How complete an account plan is, on the account-based-marketing checklist: required,
// recommended and best-practice items, a percentage per tier and overall, and each missing item
// with the record (object API name + id) and field to fill, so a panel can link straight to the
// fix. Pure; bad records give warnings, never exceptions.
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord,
    OpportunityMapCellRecord,
    OpportunityRecord
} from 'c/atlasModel';
import type {
    MissingItem,
    PlanCheck,
    PlanCompleteness,
    PlanInput,
    PlanTier,
    PlanWarning,
    TierCompleteness
} from './types';
import * as say from './messages';
import { accountChecks, buyingCenterChecks, centerName } from './checks';
import { planItemChecks } from './planItemChecks';
import { compareText, isRecord, text, uniqueRecords } from './values';

export type * from './types';
export { CHECK_ORDER } from './checks';
export { CLOSED_PLAN_STATUSES, isOverdue } from './planItemChecks';

const TIERS: readonly PlanTier[] = ['required', 'recommended', 'bestPractice', 'plan'];

/** Rounded percentage of met over total; 0 when there is nothing to check. */
export function percentOf(met: number, total: number): number {
    return total === 0 ? 0 : Math.round((100 * met) / total);
}

function missingItem(check: PlanCheck): MissingItem {
    return {
        tier: check.tier,
        code: check.code,
        message: check.message,
        objectApiName: check.objectApiName,
        recordId: check.recordId,
        recordName: check.recordName,
        field: check.field,
        fields: check.fields,
        relatedRecordIds: check.relatedRecordIds
    };
}

function isInput(value: unknown): value is PlanInput {
    return isRecord(value) && 'account' in value && !('Id' in value);
}

function assess(input: Partial<PlanInput>): PlanCompleteness {
    const warnings: PlanWarning[] = [];
    const account: AccountRecord =
        isRecord(input.account) && text(input.account.Id) ? input.account : { Id: '', Name: '' };
    if (!account.Id) {
        warnings.push({ code: 'INVALID_ACCOUNT', message: say.INVALID_ACCOUNT });
    }
    const centers = uniqueRecords<BuyingCenterRecord>(
        input.buyingCenters,
        'buying center',
        warnings
    )
        .filter((center) => {
            const owner = text(center.Account__c);
            if (account.Id && owner && owner !== account.Id) {
                warnings.push({
                    code: 'OTHER_ACCOUNT',
                    message: say.otherAccount(centerName(center)),
                    recordId: center.Id
                });
                return false;
            }
            return true;
        })
        .sort((a, b) => compareText(centerName(a), centerName(b)) || compareText(a.Id, b.Id));
    const centerIds = new Set(centers.map((center) => center.Id));

    const contactIds =
        input.contacts === undefined || input.contacts === null
            ? null
            : new Set(
                  uniqueRecords<ContactRecord>(input.contacts, 'contact', warnings).map((c) => c.Id)
              );
    const membersOf = new Map<string, BuyingCenterMemberRecord[]>();
    for (const member of uniqueRecords<BuyingCenterMemberRecord>(
        input.members,
        'member',
        warnings
    )) {
        const centerId = text(member.Buying_Center__c);
        if (!centerId || !centerIds.has(centerId)) {
            warnings.push({
                code: 'MEMBER_BUYING_CENTER_NOT_FOUND',
                message: say.memberBuyingCenterNotFound(member.Id),
                recordId: member.Id
            });
            continue;
        }
        const contactId = text(member.Contact__c);
        if (!contactId || (contactIds !== null && !contactIds.has(contactId))) {
            warnings.push({
                code: 'MEMBER_CONTACT_NOT_FOUND',
                message: say.memberContactNotFound(member.Id),
                recordId: member.Id
            });
            continue;
        }
        membersOf.set(centerId, [...(membersOf.get(centerId) ?? []), member]);
    }

    // Opportunity status: a buying center with map cells or opportunities has one.
    const withStatus = new Set<string>();
    for (const cell of uniqueRecords<OpportunityMapCellRecord>(
        input.mapCells,
        'map cell',
        warnings
    )) {
        const centerId = text(cell.Buying_Center__c);
        if (centerId && centerIds.has(centerId)) {
            withStatus.add(centerId);
        } else {
            warnings.push({
                code: 'CELL_BUYING_CENTER_NOT_FOUND',
                message: say.cellBuyingCenterNotFound(cell.Id),
                recordId: cell.Id
            });
        }
    }
    for (const opportunity of uniqueRecords<OpportunityRecord>(
        input.opportunities,
        'opportunity',
        warnings
    )) {
        const centerId = text(opportunity.Buying_Center__c);
        if (centerId && centerIds.has(centerId)) {
            withStatus.add(centerId);
        } else if (centerId) {
            warnings.push({
                code: 'OPPORTUNITY_BUYING_CENTER_NOT_FOUND',
                message: say.opportunityBuyingCenterNotFound(opportunity.Id),
                recordId: opportunity.Id
            });
        }
    }
    const objectives = uniqueRecords<MarketingObjectiveRecord>(
        input.objectives,
        'marketing objective',
        warnings
    );
    for (const objective of objectives) {
        const centerId = text(objective.Buying_Center__c);
        if (centerId && !centerIds.has(centerId)) {
            warnings.push({
                code: 'OBJECTIVE_BUYING_CENTER_NOT_FOUND',
                message: say.objectiveBuyingCenterNotFound(objective.Id),
                recordId: objective.Id
            });
        }
    }

    const byRecord: PlanCheck[] = [...accountChecks(account, centers.length)];
    for (const center of centers) {
        byRecord.push(
            ...buyingCenterChecks(
                center,
                {
                    members: membersOf.get(center.Id) ?? [],
                    hasOpportunityStatus: withStatus.has(center.Id)
                },
                warnings
            )
        );
    }
    if (input.today) {
        byRecord.push(
            ...planItemChecks(
                centers,
                {
                    objectives,
                    strategies: uniqueRecords<MarketingStrategyRecord>(
                        input.strategies,
                        'marketing strategy',
                        warnings
                    ),
                    actions: uniqueRecords<MarketingActionRecord>(
                        input.actions,
                        'marketing action',
                        warnings
                    ),
                    today: input.today
                },
                centerName
            )
        );
    }
    // By tier, then record (account first, buying centers by name), then checklist order.
    const checks = TIERS.flatMap((tier) => byRecord.filter((check) => check.tier === tier));
    // The plan tier is listed only when it was checked, so older callers see the three tiers.
    const tiers: TierCompleteness[] = TIERS.filter((tier) => tier !== 'plan' || input.today).map(
        (tier) => {
            const inTier = checks.filter((check) => check.tier === tier);
            const met = inTier.filter((check) => check.met).length;
            return { tier, met, total: inTier.length, percent: percentOf(met, inTier.length) };
        }
    );
    return {
        tiers,
        overall: percentOf(checks.filter((check) => check.met).length, checks.length),
        missing: checks.filter((check) => !check.met).map(missingItem),
        checks,
        warnings
    };
}

/**
 * Checks one account plan against the checklist. Takes the records one by one, or as one input
 * object (`{ account, buyingCenters, members, contacts?, opportunities?, mapCells?, objectives? }`).
 */
export function assessPlanCompleteness(input: PlanInput): PlanCompleteness;
export function assessPlanCompleteness(
    account: AccountRecord,
    buyingCenters: readonly BuyingCenterRecord[],
    members: readonly BuyingCenterMemberRecord[],
    contacts?: readonly ContactRecord[] | null,
    opportunities?: readonly OpportunityRecord[] | null,
    mapCells?: readonly OpportunityMapCellRecord[] | null,
    objectives?: readonly MarketingObjectiveRecord[] | null
): PlanCompleteness;
export function assessPlanCompleteness(
    first: PlanInput | AccountRecord,
    buyingCenters?: readonly BuyingCenterRecord[],
    members?: readonly BuyingCenterMemberRecord[],
    contacts?: readonly ContactRecord[] | null,
    opportunities?: readonly OpportunityRecord[] | null,
    mapCells?: readonly OpportunityMapCellRecord[] | null,
    objectives?: readonly MarketingObjectiveRecord[] | null
): PlanCompleteness {
    if (isInput(first) && buyingCenters === undefined) {
        return assess(first);
    }
    return assess({
        account: first as AccountRecord,
        buyingCenters: buyingCenters ?? [],
        members: members ?? [],
        contacts,
        opportunities,
        mapCells,
        objectives
    });
}
