// The account's top three risks, each with the record where it is fixed: the biggest open deal
// scored At Risk, the red buying center with the biggest sales goal, the plan item longest
// overdue; one of each kind first so the three point at different fixes, then the next of each.
import type { AccountSummaryData } from 'c/atlasData';
import type { IsoDate, RecordId } from 'c/atlasModel';
import type { BuyingCenterStatus } from 'c/relationshipGraph';
import { isOverdue } from 'c/planCompleteness';

export const TOP_RISK_COUNT = 3;

export type RiskKind = 'deal' | 'relationship' | 'overdue';

export interface SummaryRisk {
    kind: RiskKind;
    /** The record where the risk is fixed, and its object. */
    recordId: RecordId;
    objectApiName: string;
    name: string;
    /** Deal: its amount; relationship: the buying center's sales goal. */
    amount: number | null;
    /** Deal: its last recorded score, and when it was taken (today's may differ). */
    score: number | null;
    scoredAt: string | null;
    /** Relationship: the most severe coaching flag's code. */
    flagCode: string | null;
    /** Overdue: the due date it passed. */
    dueDate: IsoDate | null;
}

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

function dealRisks(data: AccountSummaryData): SummaryRisk[] {
    return data.openDeals
        .filter((deal) => deal.band === 'At Risk')
        .sort((a, b) => (b.Amount ?? 0) - (a.Amount ?? 0) || a.Name.localeCompare(b.Name))
        .map((deal) => ({
            kind: 'deal',
            recordId: deal.Id,
            objectApiName: 'Opportunity',
            name: deal.Name,
            amount: deal.Amount,
            score: deal.score,
            scoredAt: deal.scoredAt,
            flagCode: null,
            dueDate: null
        }));
}

function relationshipRisks(
    data: AccountSummaryData,
    statuses: readonly BuyingCenterStatus[]
): SummaryRisk[] {
    const goalOf = new Map(
        data.people.buyingCenters.map((center) => [center.Id, center.Sales_Goal__c ?? null])
    );
    return statuses
        .filter((status) => status.mapStatus === 'Red')
        .sort(
            (a, b) =>
                (goalOf.get(b.buyingCenterId) ?? 0) - (goalOf.get(a.buyingCenterId) ?? 0) ||
                a.name.localeCompare(b.name)
        )
        .map((status) => {
            const [worst] = [...status.flags].sort(
                (a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3)
            );
            return {
                kind: 'relationship',
                recordId: status.buyingCenterId,
                objectApiName: 'Buying_Center__c',
                name: status.name,
                amount: goalOf.get(status.buyingCenterId) ?? null,
                score: null,
                scoredAt: null,
                flagCode: worst?.code ?? null,
                dueDate: null
            };
        });
}

function overdueRisks(data: AccountSummaryData, today: IsoDate): SummaryRisk[] {
    const items = data.plan.objectives.flatMap((objective) => [
        { objectApiName: 'Marketing_Objective__c', item: objective },
        ...objective.strategies.flatMap((strategy) => [
            { objectApiName: 'Marketing_Strategy__c', item: strategy },
            ...strategy.actions.map((action) => ({
                objectApiName: 'Marketing_Action__c',
                item: action
            }))
        ])
    ]);
    return items
        .filter(({ item }) => isOverdue(item.Due_Date__c, item.Status__c, today))
        .sort(
            (a, b) =>
                (a.item.Due_Date__c ?? '').localeCompare(b.item.Due_Date__c ?? '') ||
                a.item.Name.localeCompare(b.item.Name)
        )
        .map(({ objectApiName, item }) => ({
            kind: 'overdue',
            recordId: item.Id,
            objectApiName,
            name: item.Name,
            amount: null,
            score: null,
            scoredAt: null,
            flagCode: null,
            dueDate: item.Due_Date__c ?? null
        }));
}

export function topRisks(
    data: AccountSummaryData,
    statuses: readonly BuyingCenterStatus[],
    today: IsoDate
): SummaryRisk[] {
    const queues = [dealRisks(data), relationshipRisks(data, statuses), overdueRisks(data, today)];
    const top: SummaryRisk[] = [];
    while (top.length < TOP_RISK_COUNT && queues.some((queue) => queue.length > 0)) {
        for (const queue of queues) {
            const next = queue.shift();
            if (next && top.length < TOP_RISK_COUNT) {
                top.push(next);
            }
        }
    }
    return top;
}
