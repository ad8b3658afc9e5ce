// What a plan completeness finding's link opens: the plan item's own form, a new objective aimed at
// a buying center, a form with just the buying center fields to fill, or the record page elsewhere.
import type { AccountPlanData, PlanLevel } from 'c/atlasData';
import { findPlanItem } from './planEditing';

/** A finding's link, as the summary sends it. */
export interface FixRequest {
    code: string;
    objectApiName: string;
    recordId: string;
    /** The fields to fill, first one first. */
    fields: string[];
}

const LEVELS: Record<string, PlanLevel> = {
    Marketing_Objective__c: 'objective',
    Marketing_Strategy__c: 'strategy',
    Marketing_Action__c: 'action'
};

/** What a finding's link opens: in the panel wherever it can, so it works on any page. */
export type PlanFix =
    | { kind: 'editItem'; level: PlanLevel; recordId: string; field: string | null }
    | { kind: 'newObjective'; buyingCenterId: string }
    | { kind: 'fillCenter'; recordId: string; fields: string[] }
    | { kind: 'navigate'; pageReference: { type: string; attributes: Record<string, unknown> } };

/**
 * A plan item's gap → its edit form here; a buying center with no objective → a new objective
 * aimed at it; buying center fields → a form with just those fields; anything else (people, map
 * cells, buying centers to add, the account's industry) → the record page where it is done.
 */
export function planFixOf(request: FixRequest): PlanFix {
    const level = LEVELS[request.objectApiName];
    if (level) {
        return {
            kind: 'editItem',
            level,
            recordId: request.recordId,
            field: request.fields[0] ?? null
        };
    }
    if (request.objectApiName === 'Buying_Center__c' && request.code === 'OBJECTIVE') {
        return { kind: 'newObjective', buyingCenterId: request.recordId };
    }
    if (request.objectApiName === 'Buying_Center__c' && request.fields.length > 0) {
        return { kind: 'fillCenter', recordId: request.recordId, fields: request.fields };
    }
    if (request.objectApiName === 'Account' && request.fields.length === 0) {
        return {
            kind: 'navigate',
            pageReference: {
                type: 'standard__recordRelationshipPage',
                attributes: {
                    recordId: request.recordId,
                    objectApiName: 'Account',
                    relationshipApiName: 'Buying_Centers__r',
                    actionName: 'view'
                }
            }
        };
    }
    return {
        kind: 'navigate',
        pageReference: {
            type: 'standard__recordPage',
            attributes: {
                recordId: request.recordId,
                objectApiName: request.objectApiName,
                actionName: request.fields.length > 0 ? 'edit' : 'view'
            }
        }
    };
}

/** What the panel opens for a fix, with the records it needs from the loaded plan. */
export interface FixOpening {
    editor?: {
        level: PlanLevel;
        recordId: string | null;
        parentId: string;
        values: Record<string, unknown>;
        field: string | null;
    };
    centerFix?: { center: Record<string, unknown>; fieldNames: string[] };
    navigate?: { type: string; attributes: Record<string, unknown> };
}

export function fixOpening(
    fix: PlanFix,
    data: AccountPlanData,
    accountId: string | undefined
): FixOpening | null {
    if (fix.kind === 'editItem') {
        const found = findPlanItem(data, fix.level, fix.recordId);
        return found
            ? { editor: { level: fix.level, recordId: fix.recordId, ...found, field: fix.field } }
            : null;
    }
    if (fix.kind === 'newObjective') {
        return accountId
            ? {
                  editor: {
                      level: 'objective',
                      recordId: null,
                      parentId: accountId,
                      values: { Buying_Center__c: fix.buyingCenterId },
                      field: 'Name'
                  }
              }
            : null;
    }
    if (fix.kind === 'fillCenter') {
        const center = data.buyingCenters.find((candidate) => candidate.Id === fix.recordId);
        return center ? { centerFix: { center: { ...center }, fieldNames: fix.fields } } : null;
    }
    return { navigate: fix.pageReference };
}
