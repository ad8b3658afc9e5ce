// Plan completeness for the summary: the planCompleteness helper's tiers and missing items (the
// buying-center checklist and the plan's own items), worded with custom labels ({0} = the record's
// name). What each finding's link opens is in planFixes.
import { assessPlanCompleteness } from 'c/planCompleteness';
import type { PlanTier } from 'c/planCompleteness';
import { formatLabel, planCompletenessInput } from 'c/atlasData';
import type { AccountPlanData } from 'c/atlasData';
import type { IsoDate } from 'c/atlasModel';
import type { CompletenessView } from 'c/planCompletenessSummary';
import OVERALL from '@salesforce/label/c.Atlas_AP_Completeness_Overall';
import TIER_SUMMARY from '@salesforce/label/c.Atlas_AP_Tier_Summary';
import REQUIRED from '@salesforce/label/c.Atlas_AP_Tier_Required';
import RECOMMENDED from '@salesforce/label/c.Atlas_AP_Tier_Recommended';
import BEST_PRACTICE from '@salesforce/label/c.Atlas_AP_Tier_Best_Practice';
import PLAN from '@salesforce/label/c.Atlas_AP_Tier_Plan';
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
import OBJECTIVE from '@salesforce/label/c.Atlas_AP_Missing_OBJECTIVE';
import MEASURABLE_TARGET from '@salesforce/label/c.Atlas_AP_Missing_MEASURABLE_TARGET';
import OWNER from '@salesforce/label/c.Atlas_AP_Missing_OWNER';
import DUE_DATE from '@salesforce/label/c.Atlas_AP_Missing_DUE_DATE';
import NOT_OVERDUE from '@salesforce/label/c.Atlas_AP_Missing_NOT_OVERDUE';

const TIER_LABELS: Record<PlanTier, string> = {
    required: REQUIRED,
    recommended: RECOMMENDED,
    bestPractice: BEST_PRACTICE,
    plan: PLAN
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
    ENGAGEMENT_HISTORY,
    OBJECTIVE,
    MEASURABLE_TARGET,
    OWNER,
    DUE_DATE,
    NOT_OVERDUE
};

export function completenessView(data: AccountPlanData, today: IsoDate): CompletenessView | null {
    const { account, ...input } = planCompletenessInput(data, today);
    if (!account) {
        return null;
    }
    const result = assessPlanCompleteness({ account, ...input });
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
                        ? formatLabel(MISSING_TEXT[item.code] ?? '', item.recordName)
                        : item.message,
                    code: item.code,
                    objectApiName: item.objectApiName,
                    recordId: item.recordId,
                    field: item.field ?? '',
                    fields: item.fields.join(',')
                }))
        }))
    };
}
