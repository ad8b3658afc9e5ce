// Account growth, per buying center and for the account. Growth is net: revenue kept that would
// have eroded plus new business won. Every figure is a sum of the items it lists, each rounded to
// whole currency units first, so what the panel shows adds up as shown:
//   base        = Σ current business (the map's Current cells; deals won in the last 12 months
//                 for buying centers where the map shows no current business yet)
//   renewing    = Σ base items renewing inside the plan period (not at risk by that alone)
//   at risk     = Σ base items with at least one named risk = kept + not kept
//   kept        = Σ at-risk item × weight of the deal protecting it (won 100, open its score)
//   new business = weighted pipeline (open deals × score / 100) + qualified white space
//   net growth  = kept + weighted pipeline (white space grows the account once it is a deal)
import { compareText, groupedBy } from 'c/atlasValues';
import type { RecordId } from 'c/atlasModel';
import { cellRisks, centerRisks, renewalInPeriod } from './risks';
import type {
    AccountGrowth,
    BaseItem,
    CenterGrowth,
    GrowthCell,
    GrowthCenter,
    GrowthDeal,
    GrowthFigures,
    GrowthInput,
    GrowthRisk,
    GrowthRiskCode,
    KeepingDeal,
    ObjectiveProgress,
    PipelineItem,
    WhiteSpaceItem
} from './types';

export type * from './types';

/** The order risks are listed in: the buying center's state first, then the cell's own. */
export const RISK_CODES: readonly GrowthRiskCode[] = [
    'DECLINING',
    'COMPETITOR_PURSUING',
    'COMPETITOR_ADJACENT',
    'WEAK_RELATIONSHIP',
    'SINGLE_THREADED',
    'DETRACTOR',
    'RETIRED_SOLUTION'
];

function money(value: number | null | undefined): number {
    return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0;
}

function sum(values: readonly number[]): number {
    return values.reduce((total, value) => total + value, 0);
}

function byName<T extends { name?: string; Name?: string; Id: string }>(a: T, b: T): number {
    return compareText(a.name ?? a.Name ?? '', b.name ?? b.Name ?? '') || compareText(a.Id, b.Id);
}

function inRiskOrder(risks: readonly GrowthRisk[]): GrowthRisk[] {
    return [...risks].sort(
        (a, b) =>
            RISK_CODES.indexOf(a.code) - RISK_CODES.indexOf(b.code) ||
            compareText(a.detail, b.detail)
    );
}

/** The same calendar day a year earlier (29 February falls back to the 28th). */
export function yearBefore(day: string): string {
    const [year = '0', month = '01', date = '01'] = day.split('-');
    const previous = String(Number(year) - 1).padStart(4, '0');
    const safeDate = month === '02' && date === '29' ? '28' : date;
    return `${previous}-${month}-${safeDate}`;
}

function scoreWeight(score: number | null): number {
    return score === null || !Number.isFinite(score) ? 0 : Math.min(100, Math.max(0, score));
}

function keepingDeal(deal: GrowthDeal | undefined): KeepingDeal | null {
    if (deal === undefined) {
        return null;
    }
    const weight = deal.IsWon === true ? 100 : deal.IsClosed === true ? 0 : scoreWeight(deal.score);
    return { Id: deal.Id, Name: deal.Name, weight };
}

function baseItem(
    kind: BaseItem['kind'],
    record: { Id: RecordId; name: string; value: number },
    risks: readonly GrowthRisk[],
    keptBy: KeepingDeal | null,
    renewal: string | null = null
): BaseItem {
    const atRisk = risks.length > 0 ? record.value : 0;
    const kept = keptBy === null ? 0 : Math.round((atRisk * keptBy.weight) / 100);
    const renewing = renewal === null ? 0 : record.value;
    return { kind, ...record, risks: inRiskOrder(risks), renewal, renewing, atRisk, keptBy, kept };
}

/** A part of the base in percent with one decimal; null without a base. */
function shareOf(part: number, base: number): number | null {
    return base > 0 ? Math.round((part / base) * 1000) / 10 : null;
}

export function figuresOf(
    items: readonly BaseItem[],
    pipeline: readonly PipelineItem[],
    whiteSpace: readonly WhiteSpaceItem[]
): GrowthFigures {
    const base = sum(items.map((item) => item.value));
    const atRisk = sum(items.map((item) => item.atRisk));
    const kept = sum(items.map((item) => item.kept));
    const weightedPipeline = sum(pipeline.map((item) => item.weighted));
    const space = sum(whiteSpace.map((item) => item.value));
    const netGrowth = kept + weightedPipeline;
    return {
        base,
        renewing: sum(items.map((item) => item.renewing)),
        atRisk,
        kept,
        notKept: atRisk - kept,
        weightedPipeline,
        whiteSpace: space,
        newBusiness: weightedPipeline + space,
        netGrowth,
        netGrowthShare: shareOf(netGrowth, base)
    };
}

function addFigures(all: readonly GrowthFigures[]): GrowthFigures {
    const total = (pick: (figures: GrowthFigures) => number): number => sum(all.map(pick));
    const base = total((figures) => figures.base);
    const netGrowth = total((figures) => figures.netGrowth);
    return {
        base,
        renewing: total((figures) => figures.renewing),
        atRisk: total((figures) => figures.atRisk),
        kept: total((figures) => figures.kept),
        notKept: total((figures) => figures.notKept),
        weightedPipeline: total((figures) => figures.weightedPipeline),
        whiteSpace: total((figures) => figures.whiteSpace),
        newBusiness: total((figures) => figures.newBusiness),
        netGrowth,
        netGrowthShare: shareOf(netGrowth, base)
    };
}

interface Context {
    input: GrowthInput;
    dealsById: Map<RecordId, GrowthDeal>;
    /** Deals a Current cell links: they keep current business, so they are not new business. */
    keeping: Set<RecordId>;
    /** The cells of each buying center, in the input's order. */
    cellsByCenter: ReadonlyMap<RecordId | null, readonly GrowthCell[]>;
}

const NO_CELLS: readonly GrowthCell[] = [];

function centerGrowth(
    center: GrowthCenter | null,
    deals: readonly GrowthDeal[],
    context: Context
): CenterGrowth {
    const { input, dealsById, keeping } = context;
    const id = center?.Id ?? null;
    const cells = center === null ? NO_CELLS : (context.cellsByCenter.get(center.Id) ?? NO_CELLS);
    const shared = center ? centerRisks(center, cells) : [];
    const current = cells.filter(
        (cell) => cell.Status__c === 'Current' && money(cell.Current_Value__c) > 0
    );
    const since = yearBefore(input.today);
    const wonDeals =
        current.length > 0
            ? []
            : deals.filter(
                  (deal) =>
                      deal.IsWon === true &&
                      money(deal.Amount) > 0 &&
                      (deal.CloseDate ?? '') > since &&
                      (deal.CloseDate ?? '') <= input.today
              );
    const baseItems = [
        ...current.map((cell: GrowthCell) =>
            baseItem(
                'cell',
                { Id: cell.Id, name: cell.solutionName, value: money(cell.Current_Value__c) },
                [...shared, ...cellRisks(cell)],
                keepingDeal(cell.Opportunity__c ? dealsById.get(cell.Opportunity__c) : undefined),
                renewalInPeriod(cell, input)
            )
        ),
        ...wonDeals.map((deal) =>
            baseItem(
                'wonDeal',
                { Id: deal.Id, name: deal.Name, value: money(deal.Amount) },
                shared,
                null
            )
        )
    ].sort(byName);
    const pipeline = deals
        .filter((deal) => deal.IsClosed !== true && !keeping.has(deal.Id))
        .map((deal): PipelineItem => {
            const weight = scoreWeight(deal.score);
            const amount = money(deal.Amount);
            return {
                Id: deal.Id,
                Name: deal.Name,
                amount,
                weight,
                scored: deal.score !== null,
                weighted: Math.round((amount * weight) / 100)
            };
        })
        .sort(byName);
    const openDeal = (dealId: RecordId | null | undefined): boolean =>
        Boolean(dealId) && dealsById.get(dealId ?? '')?.IsClosed === false;
    const whiteSpaceItems = cells
        .filter(
            (cell) =>
                cell.Status__c === 'Potential' &&
                money(cell.Potential_Value__c) > 0 &&
                !openDeal(cell.Opportunity__c)
        )
        .map((cell) => ({
            Id: cell.Id,
            name: cell.solutionName,
            value: money(cell.Potential_Value__c)
        }))
        .sort(byName);
    return {
        buyingCenterId: id,
        name: center?.Name ?? '',
        ...figuresOf(baseItems, pipeline, whiteSpaceItems),
        baseItems,
        pipeline,
        whiteSpaceItems
    };
}

function objectiveProgress(
    input: GrowthInput,
    centers: readonly CenterGrowth[],
    account: GrowthFigures
): ObjectiveProgress[] {
    return input.objectives
        .flatMap((objective): ObjectiveProgress[] => {
            const kind = objective.Growth_Kind__c ?? null;
            if (kind === null) {
                return [];
            }
            const centerId = objective.Buying_Center__c ?? null;
            const figures =
                centerId === null
                    ? account
                    : centers.find((center) => center.buyingCenterId === centerId);
            const achieved = figures
                ? kind === 'Retain'
                    ? figures.kept
                    : figures.weightedPipeline
                : 0;
            const target = money(objective.Growth_Target__c);
            return [
                {
                    Id: objective.Id,
                    Name: objective.Name,
                    kind,
                    buyingCenterId: centerId,
                    target,
                    achieved,
                    percent:
                        target > 0 ? Math.min(100, Math.floor((achieved / target) * 100)) : null
                }
            ];
        })
        .sort(byName);
}

/** The account's growth: each buying center's figures and what they are made of, and the total. */
export function accountGrowth(input: GrowthInput): AccountGrowth {
    const dealsById = new Map(input.deals.map((deal) => [deal.Id, deal]));
    const keeping = new Set(
        input.cells
            .filter((cell) => cell.Status__c === 'Current' && cell.Opportunity__c)
            .map((cell) => cell.Opportunity__c as RecordId)
    );
    const cellsByCenter = groupedBy(
        input.cells,
        (cell): RecordId | null => cell.Buying_Center__c ?? null
    );
    const context: Context = { input, dealsById, keeping, cellsByCenter };
    const known = new Set(input.buyingCenters.map((center) => center.Id));
    // Each deal counts in its buying center; one with none, or with a center not on the account,
    // counts in "no buying center" (elsewhere).
    const dealsByCenter = groupedBy(input.deals, (deal): RecordId | null => {
        const centerId = deal.Buying_Center__c ?? null;
        return centerId && !known.has(centerId) ? null : centerId;
    });
    const centers = input.buyingCenters
        .map((center) => centerGrowth(center, dealsByCenter.get(center.Id) ?? [], context))
        .sort(
            (a, b) =>
                compareText(a.name, b.name) ||
                compareText(a.buyingCenterId ?? '', b.buyingCenterId ?? '')
        );
    const elsewhere = centerGrowth(null, dealsByCenter.get(null) ?? [], context);
    if (elsewhere.baseItems.length > 0 || elsewhere.pipeline.length > 0) {
        centers.push(elsewhere);
    }
    const account = addFigures(centers);
    return { account, centers, objectives: objectiveProgress(input, centers, account) };
}

export { growthInputFrom } from './growthInput';
export type { GrowthRecords } from './growthInput';
