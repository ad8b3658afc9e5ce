// The account-based-marketing checklist (after SiriusDecisions): required — industry, buying
// centers, and per buying center wallet share, sales goal, opportunity status and contacts;
// recommended — key initiatives, relationship status and relationship map per buying center;
// best practice — growth trend, competitive environment and engagement history per buying center.
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    BuyingRole,
    Support
} from 'c/atlasModel';
import {
    BUYING_ROLES as ROLES,
    GROWTH_TRENDS,
    RELATIONSHIP_STATUSES,
    SUPPORTS
} from 'c/atlasModel';
import type { CheckCode, PlanCheck, PlanTier, PlanWarning } from './types';
import * as say from './messages';
import { compareText, describe, filled, text } from './values';

/** Checklist order within a record: the order a panel lists items in. */
export const CHECK_ORDER: readonly CheckCode[] = [
    'INDUSTRY',
    'BUYING_CENTERS',
    'WALLET_SHARE',
    'SALES_GOAL',
    'OPPORTUNITY_STATUS',
    'CONTACTS',
    'KEY_INITIATIVES',
    'RELATIONSHIP_STATUS',
    'RELATIONSHIP_MAP',
    'GROWTH_TREND',
    'COMPETITIVE_ENVIRONMENT',
    'ENGAGEMENT_HISTORY'
];

export interface CenterContext {
    /** Members counted for this buying center (their contact known, where contacts were given). */
    members: readonly BuyingCenterMemberRecord[];
    /** Has map cells or opportunities. */
    hasOpportunityStatus: boolean;
}

function isNumberAtLeast(value: unknown, min: number, max = Infinity): boolean {
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

export function centerName(center: BuyingCenterRecord): string {
    return text(center.Name)?.trim() || 'A buying center';
}

export function accountChecks(account: AccountRecord, centerCount: number): PlanCheck[] {
    const base = {
        tier: 'required' as PlanTier,
        objectApiName: 'Account' as const,
        recordId: account.Id,
        recordName: text(account.Name) ?? '',
        relatedRecordIds: []
    };
    const industry = filled(account.Industry);
    return [
        {
            ...base,
            code: 'INDUSTRY',
            met: industry,
            message: industry ? say.MET.INDUSTRY : say.INDUSTRY,
            field: industry ? null : 'Industry',
            fields: industry ? [] : ['Industry']
        },
        {
            ...base,
            code: 'BUYING_CENTERS',
            met: centerCount > 0,
            message: centerCount > 0 ? say.MET.BUYING_CENTERS : say.BUYING_CENTERS,
            field: null,
            fields: []
        }
    ];
}

/** A picklist value is set and known; an unknown one is reported and counts as not set. */
function knownPicklist<T extends string>(
    center: BuyingCenterRecord,
    field: 'Relationship_Status__c' | 'Growth_Trend__c',
    allowed: readonly T[],
    warnings: PlanWarning[]
): boolean {
    const value: unknown = center[field];
    if (!filled(value)) {
        return false;
    }
    if (allowed.includes(value as T)) {
        return true;
    }
    warnings.push({
        code: 'UNKNOWN_VALUE',
        message: say.unknownValue(centerName(center), field, describe(value)),
        recordId: center.Id
    });
    return false;
}

function outOfRange(
    center: BuyingCenterRecord,
    field: string,
    value: unknown,
    warnings: PlanWarning[]
): void {
    warnings.push({
        code: 'INVALID_VALUE',
        message: say.invalidValue(centerName(center), field, describe(value)),
        recordId: center.Id
    });
}

export function buyingCenterChecks(
    center: BuyingCenterRecord,
    context: CenterContext,
    warnings: PlanWarning[]
): PlanCheck[] {
    const name = centerName(center);
    const check = (
        tier: PlanTier,
        code: CheckCode,
        met: boolean,
        todo: string,
        fields: string[],
        relatedRecordIds: string[] = []
    ): PlanCheck => ({
        tier,
        code,
        met,
        message: say.atCenter(name, met ? say.MET[code] : todo),
        objectApiName: 'Buying_Center__c',
        recordId: center.Id,
        recordName: name,
        field: met ? null : (fields[0] ?? null),
        fields: met ? [] : fields,
        relatedRecordIds: met ? [] : relatedRecordIds
    });

    // Wallet share: the wallet size (0 or more) and our share of it (0–100).
    const size: unknown = center.Wallet_Size__c;
    const share: unknown = center.Wallet_Share__c;
    const sizeOk = isNumberAtLeast(size, 0);
    const shareOk = isNumberAtLeast(share, 0, 100);
    if (filled(size) && !sizeOk) {
        outOfRange(center, 'Wallet_Size__c', size, warnings);
    }
    if (filled(share) && !shareOk) {
        outOfRange(center, 'Wallet_Share__c', share, warnings);
    }
    let walletTodo = say.WALLET_SHARE;
    if (filled(size) && !sizeOk) {
        walletTodo = say.WALLET_SIZE_INVALID;
    } else if (typeof share === 'number' && filled(share) && !shareOk) {
        walletTodo = say.walletShareInvalid(share);
    }
    const walletFields = [
        ...(sizeOk ? [] : ['Wallet_Size__c']),
        ...(shareOk ? [] : ['Wallet_Share__c'])
    ];

    const goal: unknown = center.Sales_Goal__c;
    const goalOk = isNumberAtLeast(goal, 0);
    if (filled(goal) && !goalOk) {
        outOfRange(center, 'Sales_Goal__c', goal, warnings);
    }

    const mapped = context.members.filter(
        (m) =>
            ROLES.includes(m.Buying_Role__c as BuyingRole) &&
            SUPPORTS.includes(m.Support__c as Support)
    );
    const unmapped = context.members
        .filter((m) => !mapped.includes(m))
        .map((m) => m.Id)
        .sort(compareText);

    const engaged: unknown = center.Last_Engagement_Date__c;
    const engagedOk =
        typeof engaged === 'string' &&
        /^\d{4}-\d{2}-\d{2}/.test(engaged) &&
        !Number.isNaN(Date.parse(`${engaged.slice(0, 10)}T00:00:00Z`));
    if (filled(engaged) && !engagedOk) {
        outOfRange(center, 'Last_Engagement_Date__c', engaged, warnings);
    }

    return [
        check('required', 'WALLET_SHARE', sizeOk && shareOk, walletTodo, walletFields),
        check(
            'required',
            'SALES_GOAL',
            goalOk,
            filled(goal) ? say.SALES_GOAL_INVALID : say.SALES_GOAL,
            ['Sales_Goal__c']
        ),
        check(
            'required',
            'OPPORTUNITY_STATUS',
            context.hasOpportunityStatus,
            say.OPPORTUNITY_STATUS,
            []
        ),
        check('required', 'CONTACTS', context.members.length > 0, say.CONTACTS, []),
        check(
            'recommended',
            'KEY_INITIATIVES',
            filled(center.Key_Initiatives__c),
            say.KEY_INITIATIVES,
            ['Key_Initiatives__c']
        ),
        check(
            'recommended',
            'RELATIONSHIP_STATUS',
            knownPicklist(center, 'Relationship_Status__c', RELATIONSHIP_STATUSES, warnings),
            say.RELATIONSHIP_STATUS,
            ['Relationship_Status__c']
        ),
        check(
            'recommended',
            'RELATIONSHIP_MAP',
            mapped.length > 0,
            context.members.length > 0
                ? say.someUnmapped(unmapped.length, context.members.length)
                : say.RELATIONSHIP_MAP,
            [],
            unmapped
        ),
        check(
            'bestPractice',
            'GROWTH_TREND',
            knownPicklist(center, 'Growth_Trend__c', GROWTH_TRENDS, warnings),
            say.GROWTH_TREND,
            ['Growth_Trend__c']
        ),
        check(
            'bestPractice',
            'COMPETITIVE_ENVIRONMENT',
            filled(center.Competitive_Environment__c) || filled(center.Primary_Competitor__c),
            say.COMPETITIVE_ENVIRONMENT,
            ['Competitive_Environment__c', 'Primary_Competitor__c']
        ),
        check('bestPractice', 'ENGAGEMENT_HISTORY', engagedOk, say.ENGAGEMENT_HISTORY, [
            'Last_Engagement_Date__c'
        ])
    ];
}
