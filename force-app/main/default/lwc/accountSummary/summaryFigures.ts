// The account at a glance, from the records the four account tabs show and with their helpers:
// wallet and sales goal as the Buying Centers tab lists them, current business as the Opportunity
// Map's grid totals it, share of wallet both ways, open pipeline by last score band, the
// relationship map's red / amber / green, and the plan's completeness.
import { planCompletenessInput } from 'c/atlasData';
import type { AccountSummaryData, SummaryDeal } from 'c/atlasData';
import type { IsoDate, RecordId, ScoreBand } from 'c/atlasModel';
import { chooseMap, whiteSpaceTotals } from 'c/whiteSpace';
import { layoutRelationshipMap } from 'c/relationshipGraph';
import type { BuyingCenterStatus } from 'c/relationshipGraph';
import { assessPlanCompleteness } from 'c/planCompleteness';

/** Entered and map shares further apart than this (in percentage points) are said to differ. */
export const SHARE_TOLERANCE_POINTS = 0.5;

/** The score bands (Deal_Score_Band__c's values), best first. */
export const BANDS: readonly ScoreBand[] = ['Healthy', 'Watch', 'At Risk'];
export type BandKey = ScoreBand | 'Not scored';

export interface BandFigure {
    band: BandKey;
    count: number;
    amount: number;
}

/** A buying center whose typed share of wallet and the map's current ÷ wallet differ. */
export interface ShareDifference {
    buyingCenterId: RecordId;
    name: string;
    /** Wallet_Share__c as typed, in percent. */
    entered: number;
    /** The map's current business ÷ the wallet, in percent. */
    fromMap: number;
}

export interface SummaryFigures {
    buyingCenterCount: number;
    /** Σ Wallet_Size__c; null when no buying center has one. */
    wallet: number | null;
    /** Σ Sales_Goal__c; null when no buying center has one. */
    salesGoal: number | null;
    /** The shown map's name and its grid's Current total (null without a map). */
    mapName: string | null;
    currentRevenue: number | null;
    /** Sales goal − current revenue, when both are known. */
    goalGap: number | null;
    /** Current revenue ÷ wallet, in percent. */
    shareFromMap: number | null;
    /** The typed shares weighted by wallet, over buying centers with both, in percent. */
    shareEntered: number | null;
    shareDifferences: ShareDifference[];
    openDealCount: number;
    openPipeline: number;
    /** Healthy, Watch, At Risk, then deals with no score yet; the counts add up to openDealCount. */
    bands: BandFigure[];
    relationship: { Red: number; Amber: number; Green: number };
    /** The buying centers' relationship statuses, as the Relationship Map lists them. */
    statuses: BuyingCenterStatus[];
    /** 0–100, as the Account Plan panel shows it; null while the account is unknown. */
    planPercent: number | null;
}

function sumOf(values: readonly (number | null | undefined)[]): number | null {
    const numbers = values.filter((value): value is number => typeof value === 'number');
    return numbers.length > 0 ? numbers.reduce((sum, value) => sum + value, 0) : null;
}

function bandOf(deal: SummaryDeal): BandKey {
    return (BANDS as readonly string[]).includes(deal.band ?? '')
        ? (deal.band as BandKey)
        : 'Not scored';
}

function bandFigures(deals: readonly SummaryDeal[]): BandFigure[] {
    return [...BANDS, 'Not scored' as const].map((band) => {
        const inBand = deals.filter((deal) => bandOf(deal) === band);
        return {
            band,
            count: inBand.length,
            amount: sumOf(inBand.map((deal) => deal.Amount)) ?? 0
        };
    });
}

/** Current business per buying center on the grid of the shown map. */
function mapFigures(data: AccountSummaryData, today: IsoDate) {
    const map = chooseMap(data.maps.maps, null, today);
    if (!map) {
        return { mapName: null, currentRevenue: null, currentByCenter: new Map<string, number>() };
    }
    const space = whiteSpaceTotals(map.cells, data.maps.buyingCenters, data.maps.solutions);
    return {
        mapName: map.Name,
        currentRevenue: space.onGrid.byStatus.Current.value,
        currentByCenter: new Map(
            space.rows.map((row) => [row.buyingCenter.Id, row.onGrid.byStatus.Current.value])
        )
    };
}

function percentOf(part: number, whole: number): number {
    return (part / whole) * 100;
}

function shareDifferences(
    data: AccountSummaryData,
    currentByCenter: ReadonlyMap<string, number>
): ShareDifference[] {
    const differences: ShareDifference[] = [];
    for (const center of data.people.buyingCenters) {
        const wallet = center.Wallet_Size__c;
        const entered = center.Wallet_Share__c;
        if (typeof wallet !== 'number' || wallet <= 0 || typeof entered !== 'number') {
            continue;
        }
        const fromMap = percentOf(currentByCenter.get(center.Id) ?? 0, wallet);
        if (Math.abs(fromMap - entered) > SHARE_TOLERANCE_POINTS) {
            differences.push({ buyingCenterId: center.Id, name: center.Name, entered, fromMap });
        }
    }
    return differences;
}

export function summaryFigures(data: AccountSummaryData, today: IsoDate): SummaryFigures {
    const centers = data.people.buyingCenters;
    const wallet = sumOf(centers.map((center) => center.Wallet_Size__c));
    const salesGoal = sumOf(centers.map((center) => center.Sales_Goal__c));
    const { mapName, currentRevenue, currentByCenter } = mapFigures(data, today);
    const weighed = centers.filter(
        (center) =>
            typeof center.Wallet_Size__c === 'number' &&
            center.Wallet_Size__c > 0 &&
            typeof center.Wallet_Share__c === 'number'
    );
    const weighedWallet = sumOf(weighed.map((center) => center.Wallet_Size__c));
    const enteredBusiness = sumOf(
        weighed.map(
            (center) => ((center.Wallet_Size__c ?? 0) * (center.Wallet_Share__c ?? 0)) / 100
        )
    );
    const statuses = layoutRelationshipMap(
        data.people.contacts,
        centers.flatMap((center) => center.members),
        centers
    ).buyingCenters;
    const relationship = { Red: 0, Amber: 0, Green: 0 };
    for (const status of statuses) {
        relationship[status.mapStatus] += 1;
    }
    const { account, ...planInput } = planCompletenessInput(data.plan, today);
    return {
        buyingCenterCount: centers.length,
        wallet,
        salesGoal,
        mapName,
        currentRevenue,
        goalGap: salesGoal !== null && currentRevenue !== null ? salesGoal - currentRevenue : null,
        shareFromMap: currentRevenue !== null && wallet ? percentOf(currentRevenue, wallet) : null,
        shareEntered:
            weighedWallet && enteredBusiness !== null
                ? percentOf(enteredBusiness, weighedWallet)
                : null,
        shareDifferences: shareDifferences(data, currentByCenter),
        openDealCount: data.openDeals.length,
        openPipeline: sumOf(data.openDeals.map((deal) => deal.Amount)) ?? 0,
        bands: bandFigures(data.openDeals),
        relationship,
        statuses,
        planPercent: account ? assessPlanCompleteness({ account, ...planInput }).overall : null
    };
}
