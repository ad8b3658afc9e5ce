// The plan's own checks, beside the buying-center checklist: every buying center has an objective
// (on it or on a buying center above it), objectives have a measurable target, strategies and
// open actions an owner and a due date (a finished one needs neither), and nothing open is past
// its due date.
import type {
    BuyingCenterRecord,
    IsoDate,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord
} from 'c/atlasModel';
import type { PlanCheck, PlanObject } from './types';
import * as say from './messages';
import { compareText, filled, text } from './values';

/** Statuses that end a plan item: it can no longer be overdue. */
export const CLOSED_PLAN_STATUSES: ReadonlySet<string> = new Set([
    'Achieved',
    'Completed',
    'Abandoned',
    'Cancelled'
]);

/** Due before today and still open. */
export function isOverdue(
    dueDate: IsoDate | null | undefined,
    status: string | null | undefined,
    today: IsoDate
): boolean {
    return !!dueDate && dueDate < today && !CLOSED_PLAN_STATUSES.has(status ?? '');
}

export interface PlanItems {
    objectives: readonly MarketingObjectiveRecord[];
    strategies: readonly MarketingStrategyRecord[];
    actions: readonly MarketingActionRecord[];
    /** Today in the user's time zone ('YYYY-MM-DD'); overdue is judged against it. */
    today: IsoDate;
}

type PlanItem = MarketingObjectiveRecord | MarketingStrategyRecord | MarketingActionRecord;

type PlanItemCode = 'MEASURABLE_TARGET' | 'OWNER' | 'DUE_DATE' | 'NOT_OVERDUE';

function itemCheck(
    objectApiName: PlanObject,
    item: PlanItem,
    code: PlanItemCode,
    met: boolean,
    fields: string[]
): PlanCheck {
    const name = text(item.Name)?.trim() || item.Id;
    return {
        tier: 'plan',
        code,
        met,
        message: say.atItem(name, met ? say.MET[code] : say.PLAN_TODO[code]),
        objectApiName,
        recordId: item.Id,
        recordName: name,
        field: met ? null : (fields[0] ?? null),
        fields: met ? [] : fields,
        relatedRecordIds: []
    };
}

/** A finished item (done, achieved, abandoned, cancelled) needs no owner or date any more. */
function isClosed(item: PlanItem): boolean {
    return CLOSED_PLAN_STATUSES.has(item.Status__c ?? '');
}

/** Owner, due date and not overdue: what every open strategy and action is checked for. */
function ownedAndDated(
    objectApiName: PlanObject,
    item: MarketingStrategyRecord | MarketingActionRecord,
    today: IsoDate
): PlanCheck[] {
    if (isClosed(item)) {
        return [];
    }
    const checks = [
        itemCheck(objectApiName, item, 'OWNER', filled(item.Owner__c), ['Owner__c']),
        itemCheck(objectApiName, item, 'DUE_DATE', filled(item.Due_Date__c), ['Due_Date__c'])
    ];
    if (filled(item.Due_Date__c)) {
        checks.push(
            itemCheck(
                objectApiName,
                item,
                'NOT_OVERDUE',
                !isOverdue(item.Due_Date__c, item.Status__c, today),
                ['Due_Date__c', 'Status__c']
            )
        );
    }
    return checks;
}

/** An open objective's due date, and whether it has passed. */
function datedObjective(objective: MarketingObjectiveRecord, today: IsoDate): PlanCheck[] {
    const object = 'Marketing_Objective__c';
    const dated = filled(objective.Due_Date__c);
    const checks = [itemCheck(object, objective, 'DUE_DATE', dated, ['Due_Date__c'])];
    if (dated) {
        const overdue = isOverdue(objective.Due_Date__c, objective.Status__c, today);
        checks.push(
            itemCheck(object, objective, 'NOT_OVERDUE', !overdue, ['Due_Date__c', 'Status__c'])
        );
    }
    return checks;
}

/** A buying center is covered by an objective on it or on any buying center above it. */
function coveredCenters(
    centers: readonly BuyingCenterRecord[],
    objectives: readonly MarketingObjectiveRecord[]
): Set<string> {
    const targeted = new Set(objectives.map((objective) => text(objective.Buying_Center__c)));
    const parentOf = new Map(centers.map((c) => [c.Id, text(c.Parent_Buying_Center__c)]));
    const covered = new Set<string>();
    for (const center of centers) {
        const seen = new Set<string>();
        for (
            let id: string | null = center.Id;
            id && !seen.has(id);
            id = parentOf.get(id) ?? null
        ) {
            seen.add(id);
            if (targeted.has(id)) {
                covered.add(center.Id);
                break;
            }
        }
    }
    return covered;
}

/** The plan checks, buying centers (by name) first, then each objective with its strategies and actions. */
export function planItemChecks(
    centers: readonly BuyingCenterRecord[],
    items: PlanItems,
    centerName: (center: BuyingCenterRecord) => string
): PlanCheck[] {
    const covered = coveredCenters(centers, items.objectives);
    const checks: PlanCheck[] = centers.map((center) => {
        const name = centerName(center);
        const met = covered.has(center.Id);
        return {
            tier: 'plan',
            code: 'OBJECTIVE',
            met,
            message: say.atCenter(name, met ? say.MET.OBJECTIVE : say.PLAN_TODO.OBJECTIVE),
            objectApiName: 'Buying_Center__c',
            recordId: center.Id,
            recordName: name,
            field: null,
            fields: [],
            relatedRecordIds: []
        };
    });
    const strategiesOf = new Map<string, MarketingStrategyRecord[]>();
    for (const strategy of items.strategies) {
        const list = strategiesOf.get(strategy.Marketing_Objective__c) ?? [];
        strategiesOf.set(strategy.Marketing_Objective__c, [...list, strategy]);
    }
    const actionsOf = new Map<string, MarketingActionRecord[]>();
    for (const action of items.actions) {
        const list = actionsOf.get(action.Marketing_Strategy__c) ?? [];
        actionsOf.set(action.Marketing_Strategy__c, [...list, action]);
    }
    const byName = <T extends PlanItem>(list: readonly T[]): T[] =>
        [...list].sort(
            (a, b) => compareText(text(a.Name) ?? '', text(b.Name) ?? '') || compareText(a.Id, b.Id)
        );
    for (const objective of byName(items.objectives)) {
        const measurable = filled(objective.Measure__c) && filled(objective.Target_Value__c);
        checks.push(
            itemCheck('Marketing_Objective__c', objective, 'MEASURABLE_TARGET', measurable, [
                ...(filled(objective.Measure__c) ? [] : ['Measure__c']),
                ...(filled(objective.Target_Value__c) ? [] : ['Target_Value__c'])
            ])
        );
        if (!isClosed(objective)) {
            checks.push(...datedObjective(objective, items.today));
        }
        for (const strategy of byName(strategiesOf.get(objective.Id) ?? [])) {
            checks.push(...ownedAndDated('Marketing_Strategy__c', strategy, items.today));
            for (const action of byName(actionsOf.get(strategy.Id) ?? [])) {
                checks.push(...ownedAndDated('Marketing_Action__c', action, items.today));
            }
        }
    }
    return checks;
}
