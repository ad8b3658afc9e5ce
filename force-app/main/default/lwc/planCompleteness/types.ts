// The account plan checklist: input, each check, and how complete the plan is.
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    IsoDate,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord,
    OpportunityMapCellRecord,
    OpportunityRecord
} from 'c/atlasModel';

/** The checklist's three tiers, and the plan's own items (objectives, strategies, actions). */
export type PlanTier = 'required' | 'recommended' | 'bestPractice' | 'plan';

export type CheckCode =
    | 'INDUSTRY'
    | 'BUYING_CENTERS'
    | 'WALLET_SHARE'
    | 'SALES_GOAL'
    | 'OPPORTUNITY_STATUS'
    | 'CONTACTS'
    | 'KEY_INITIATIVES'
    | 'RELATIONSHIP_STATUS'
    | 'RELATIONSHIP_MAP'
    | 'GROWTH_TREND'
    | 'COMPETITIVE_ENVIRONMENT'
    | 'ENGAGEMENT_HISTORY'
    | 'OBJECTIVE'
    | 'MEASURABLE_TARGET'
    | 'OWNER'
    | 'DUE_DATE'
    | 'NOT_OVERDUE';

export type PlanObject =
    | 'Account'
    | 'Buying_Center__c'
    | 'Marketing_Objective__c'
    | 'Marketing_Strategy__c'
    | 'Marketing_Action__c';

/** One item of the checklist for one record. */
export interface PlanCheck {
    tier: PlanTier;
    code: CheckCode;
    met: boolean;
    /** What to do (when not met) or what was found (when met), in a sentence. */
    message: string;
    objectApiName: PlanObject;
    recordId: string;
    recordName: string;
    /** The first field to fill; null when the fix is to add records (members, cells, centers). */
    field: string | null;
    /** Every field to fill or correct for this item. */
    fields: string[];
    /** Other records the fix concerns, e.g. members without a buying role or support. */
    relatedRecordIds: string[];
}

export interface MissingItem {
    tier: PlanTier;
    code: CheckCode;
    message: string;
    objectApiName: PlanObject;
    recordId: string;
    recordName: string;
    field: string | null;
    fields: string[];
    relatedRecordIds: string[];
}

export interface TierCompleteness {
    tier: PlanTier;
    met: number;
    total: number;
    /** 0–100, rounded; 0 while the tier has nothing to check yet (no buying centers). */
    percent: number;
}

export type PlanWarningCode =
    | 'INVALID_ACCOUNT'
    | 'INVALID_RECORD'
    | 'DUPLICATE_RECORD'
    | 'OTHER_ACCOUNT'
    | 'INVALID_VALUE'
    | 'UNKNOWN_VALUE'
    | 'MEMBER_BUYING_CENTER_NOT_FOUND'
    | 'MEMBER_CONTACT_NOT_FOUND'
    | 'CELL_BUYING_CENTER_NOT_FOUND'
    | 'OPPORTUNITY_BUYING_CENTER_NOT_FOUND'
    | 'OBJECTIVE_BUYING_CENTER_NOT_FOUND';

export interface PlanWarning {
    code: PlanWarningCode;
    message: string;
    recordId?: string;
}

export interface PlanCompleteness {
    /** Required, recommended, best practice, then the plan's items (when today was given). */
    tiers: TierCompleteness[];
    /** 0–100: checks met over all checks, rounded. */
    overall: number;
    /** The checks not met: by tier, then the account before its buying centers (by name). */
    missing: MissingItem[];
    /** Every check, met or not, in the same order. */
    checks: PlanCheck[];
    warnings: PlanWarning[];
}

export interface PlanInput {
    account: AccountRecord;
    buyingCenters: readonly BuyingCenterRecord[];
    members: readonly BuyingCenterMemberRecord[];
    /** The account's contacts; when given, a member counts only if its contact is among them. */
    contacts?: readonly ContactRecord[] | null;
    opportunities?: readonly OpportunityRecord[] | null;
    mapCells?: readonly OpportunityMapCellRecord[] | null;
    /** Marketing objectives: each buying center should have one; their links are checked. */
    objectives?: readonly MarketingObjectiveRecord[] | null;
    /** With today, the plan's own items are checked too (the 'plan' tier). */
    strategies?: readonly MarketingStrategyRecord[] | null;
    actions?: readonly MarketingActionRecord[] | null;
    /** Today ('YYYY-MM-DD'): without it the plan tier is not checked (the helper has no clock). */
    today?: IsoDate | null;
}
