// Plan completeness for the summary: the planCompleteness helper's tiers and missing items,
// worded with custom labels ({0} = the buying center's name), and where each fix is made.
import { assessPlanCompleteness } from 'c/planCompleteness';
import type { PlanTier } from 'c/planCompleteness';
import { formatLabel } from 'c/atlasData';
import type { AccountPlanData } from 'c/atlasData';
import type { CompletenessView } from 'c/planCompletenessSummary';
import OVERALL from '@salesforce/label/c.Atlas_AP_Completeness_Overall';
import TIER_SUMMARY from '@salesforce/label/c.Atlas_AP_Tier_Summary';
import REQUIRED from '@salesforce/label/c.Atlas_AP_Tier_Required';
import RECOMMENDED from '@salesforce/label/c.Atlas_AP_Tier_Recommended';
import BEST_PRACTICE from '@salesforce/label/c.Atlas_AP_Tier_Best_Practice';
import INDUSTRY from '@salesforce/label/c.Atlas_AP_Missing_INDUSTRY';
import BUYING_CENTERS from '@salesforce/label/c.Atlas_AP_Missing_BUYING_CENTERS';
import WALLET_SHARE from '@salesforce/label/c.Atlas_AP_Missing_WALLET_SHARE';
import SALES_GOAL from '@salesforce/label/c.Atlas_AP_Missing_SALES_GOAL';
import OPPORTUNITY_STATUS from '@salesforce/label/c.Atlas_AP_Missing_OPPORTUNITY_STATUS';
import CONTACTS from '@salesforce/label/c.Atlas_AP_Missing_CONTACTS';
import KEY_INITIATIVES from '@salesforce/label/c.Atlas_AP_Missing_KEY_INITIATIVES';
import RELATIONSHIP_STATUS from '@salesforce/label/c.Atlas_AP_Missing_RELATIONSHIP_STATUS';
import RELATIONSHIP_MAP from '@salesforce/label/c.Atlas_AP_Missing_RELATIONSHIP_MAP';
import GROWTH_TREND from '@salesforce/label/c.Atlas_AP_Missing_GROWTH_TREND';
import COMPETITIVE_ENVIRONMENT from '@salesforce/label/c.Atlas_AP_Missing_COMPETITIVE_ENVIRONMENT';
import ENGAGEMENT_HISTORY from '@salesforce/label/c.Atlas_AP_Missing_ENGAGEMENT_HISTORY';

const TIER_LABELS: Record<PlanTier, string> = {
    required: REQUIRED,
    recommended: RECOMMENDED,
    bestPractice: BEST_PRACTICE
};

const MISSING_TEXT: Record<string, string> = {
    INDUSTRY,
    BUYING_CENTERS,
    WALLET_SHARE,
    SALES_GOAL,
    OPPORTUNITY_STATUS,
    CONTACTS,
    KEY_INITIATIVES,
    RELATIONSHIP_STATUS,
    RELATIONSHIP_MAP,
    GROWTH_TREND,
    COMPETITIVE_ENVIRONMENT,
    ENGAGEMENT_HISTORY
};

export function completenessView(data: AccountPlanData): CompletenessView | null {
    if (!data.account) {
        return null;
    }
    const result = assessPlanCompleteness({
        account: data.account,
        buyingCenters: data.buyingCenters,
        members: data.buyingCenters.flatMap((center) => center.members),
        opportunities: data.opportunities,
        mapCells: data.mapCells,
        objectives: data.objectives
    });
    const names = new Map(data.buyingCenters.map((center) => [center.Id, center.Name]));
    return {
        overall: result.overall,
        overallText: formatLabel(OVERALL, result.overall),
        tiers: result.tiers.map((tier) => ({
            tier: tier.tier,
            label: TIER_LABELS[tier.tier],
            percent: tier.percent,
            summary: formatLabel(TIER_SUMMARY, tier.met, tier.total)
        })),
        groups: result.tiers.map(({ tier }) => ({
            tier,
            label: TIER_LABELS[tier],
            items: result.missing
                .filter((item) => item.tier === tier)
                .map((item) => ({
                    key: `${item.code}:${item.recordId}`,
                    // A check this version has no label for still says what the helper says.
                    text: MISSING_TEXT[item.code]
                        ? formatLabel(MISSING_TEXT[item.code] ?? '', names.get(item.recordId))
                        : item.message,
                    objectApiName: item.objectApiName,
                    recordId: item.recordId,
                    field: item.field ?? ''
                }))
        }))
    };
}

/**
 * Where a missing item is fixed: a field → the record's edit form; buying centers to add → the
 * account's Buying Centers related list; members, cells or opportunities to add → the record.
 */
export function fixPageReference(item: {
    objectApiName: string;
    recordId: string;
    field: string | null;
}): { type: string; attributes: Record<string, unknown> } {
    if (item.field) {
        return {
            type: 'standard__recordPage',
            attributes: {
                recordId: item.recordId,
                objectApiName: item.objectApiName,
                actionName: 'edit'
            }
        };
    }
    if (item.objectApiName === 'Account') {
        return {
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: item.recordId,
                objectApiName: 'Account',
                relationshipApiName: 'Buying_Centers__r',
                actionName: 'view'
            }
        };
    }
    return {
        type: 'standard__recordPage',
        attributes: {
            recordId: item.recordId,
            objectApiName: item.objectApiName,
            actionName: 'view'
        }
    };
}
