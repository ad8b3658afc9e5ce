// How complete an account plan is, on the account-based-marketing checklist: required,
// recommended and best-practice items, a percentage per tier, and each missing item with the record
// and field to fill so a panel can link straight to the fix.
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    MarketingObjectiveRecord,
    OpportunityMapCellRecord,
    OpportunityRecord
} from 'c/atlasModel';

export type PlanTier = 'required' | 'recommended' | 'bestPractice';

export interface MissingItem {
    tier: PlanTier;
    code: string;
    message: string;
    objectApiName: string;
    recordId: string;
    /** The field to fill; null when the fix is to add records (members, cells, buying centers). */
    field: string | null;
}

export interface TierCompleteness {
    tier: PlanTier;
    met: number;
    total: number;
    /** 0–100; 0 while the tier has nothing to check yet (no buying centers): nothing is done. */
    percent: number;
}

export interface PlanCompleteness {
    tiers: TierCompleteness[];
    overall: number;
    missing: MissingItem[];
}

export interface PlanInput {
    account: AccountRecord;
    buyingCenters: readonly BuyingCenterRecord[];
    members: readonly BuyingCenterMemberRecord[];
    contacts?: readonly ContactRecord[];
    opportunities?: readonly OpportunityRecord[];
    mapCells?: readonly OpportunityMapCellRecord[];
    objectives?: readonly MarketingObjectiveRecord[];
}

interface Check {
    tier: PlanTier;
    code: string;
    ok: boolean;
    message: string;
    objectApiName: string;
    recordId: string;
    field: string | null;
}

const filled = (value: unknown): boolean =>
    value !== null &&
    value !== undefined &&
    !(typeof value === 'string' && value.trim() === '') &&
    !(typeof value === 'number' && Number.isNaN(value));

function name(center: BuyingCenterRecord): string {
    return typeof center.Name === 'string' ? center.Name : 'A buying center';
}

/** Checks one account plan against the checklist. */
export function assessPlanCompleteness(input: PlanInput): PlanCompleteness {
    const account =
        input.account && typeof input.account.Id === 'string'
            ? input.account
            : { Id: '', Name: '' };
    const centers = (input.buyingCenters ?? [])
        .filter((center) => center && typeof center.Id === 'string')
        .sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
    const members = (input.members ?? []).filter(
        (member) => member && typeof member.Id === 'string'
    );
    const cellCenters = new Set(
        (input.mapCells ?? []).filter(Boolean).map((cell) => cell.Buying_Center__c)
    );
    const opportunityCenters = new Set(
        (input.opportunities ?? []).filter(Boolean).map((o) => o.Buying_Center__c)
    );
    const membersOf = (centerId: string) =>
        members.filter((member) => member.Buying_Center__c === centerId);

    const checks: Check[] = [
        {
            tier: 'required',
            code: 'INDUSTRY',
            ok: filled(account.Industry),
            message: 'Set the account\u2019s industry.',
            objectApiName: 'Account',
            recordId: account.Id,
            field: 'Industry'
        },
        {
            tier: 'required',
            code: 'BUYING_CENTERS',
            ok: centers.length > 0,
            message:
                'Add the buying centers: the divisions, units or functions that buy on their own.',
            objectApiName: 'Account',
            recordId: account.Id,
            field: null
        }
    ];
    for (const center of centers) {
        const at = (
            tier: PlanTier,
            code: string,
            ok: boolean,
            message: string,
            field: string | null
        ): Check => ({
            tier,
            code,
            ok,
            message: `${name(center)}: ${message}`,
            objectApiName: 'Buying_Center__c',
            recordId: center.Id,
            field
        });
        const centerMembers = membersOf(center.Id);
        checks.push(
            at(
                'required',
                'WALLET_SHARE',
                filled(center.Wallet_Size__c) && filled(center.Wallet_Share__c),
                'record the wallet size and our share of it.',
                filled(center.Wallet_Size__c) ? 'Wallet_Share__c' : 'Wallet_Size__c'
            ),
            at(
                'required',
                'SALES_GOAL',
                filled(center.Sales_Goal__c),
                'set our sales goal.',
                'Sales_Goal__c'
            ),
            at(
                'required',
                'OPPORTUNITY_STATUS',
                cellCenters.has(center.Id) || opportunityCenters.has(center.Id),
                'map where we sell and could sell (opportunity map cells or opportunities).',
                null
            ),
            at('required', 'CONTACTS', centerMembers.length > 0, 'add the people in it.', null),
            at(
                'recommended',
                'KEY_INITIATIVES',
                filled(center.Key_Initiatives__c),
                'note its key initiatives.',
                'Key_Initiatives__c'
            ),
            at(
                'recommended',
                'RELATIONSHIP_STATUS',
                filled(center.Relationship_Status__c),
                'say how they see us today (relationship status).',
                'Relationship_Status__c'
            ),
            at(
                'recommended',
                'RELATIONSHIP_MAP',
                centerMembers.some((m) => filled(m.Buying_Role__c)) &&
                    centerMembers.some((m) => filled(m.Support__c)),
                'give its people buying roles and support to draw the relationship map.',
                null
            ),
            at(
                'bestPractice',
                'GROWTH_TREND',
                filled(center.Growth_Trend__c),
                'record its growth trend.',
                'Growth_Trend__c'
            ),
            at(
                'bestPractice',
                'COMPETITIVE_ENVIRONMENT',
                filled(center.Competitive_Environment__c) || filled(center.Primary_Competitor__c),
                'describe the competitive environment.',
                'Competitive_Environment__c'
            ),
            at(
                'bestPractice',
                'ENGAGEMENT_HISTORY',
                filled(center.Last_Engagement_Date__c),
                'record when we last engaged it.',
                'Last_Engagement_Date__c'
            )
        );
    }

    const tiers: TierCompleteness[] = (['required', 'recommended', 'bestPractice'] as const).map(
        (tier) => {
            const inTier = checks.filter((check) => check.tier === tier);
            const met = inTier.filter((check) => check.ok).length;
            return {
                tier,
                met,
                total: inTier.length,
                percent: inTier.length === 0 ? 0 : Math.round((100 * met) / inTier.length)
            };
        }
    );
    const met = checks.filter((check) => check.ok).length;
    return {
        tiers,
        overall: Math.round((100 * met) / checks.length),
        missing: checks
            .filter((check) => !check.ok)
            .map(({ tier, code, message, objectApiName, recordId, field }) => ({
                tier,
                code,
                message,
                objectApiName,
                recordId,
                field
            }))
    };
}
