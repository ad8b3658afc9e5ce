// What the platform itself does to standard records on save and delete, for the standard objects the
// project uses: compound names, Opportunity's stage-derived fields, and the standard cascade deletes.
import type { SObjectField } from '../../schema/types';
import type { Row, SqlValue } from './values';

/** Standard stage facts (probability, forecast category, closed, won) of a new org's sales process. */
export const STAGES: Readonly<
    Record<string, { probability: number; forecast: string; closed: boolean; won: boolean }>
> = {
    Prospecting: { probability: 10, forecast: 'Pipeline', closed: false, won: false },
    Qualification: { probability: 10, forecast: 'Pipeline', closed: false, won: false },
    'Needs Analysis': { probability: 20, forecast: 'Pipeline', closed: false, won: false },
    'Value Proposition': { probability: 50, forecast: 'Pipeline', closed: false, won: false },
    'Id. Decision Makers': { probability: 60, forecast: 'Pipeline', closed: false, won: false },
    'Perception Analysis': { probability: 70, forecast: 'Pipeline', closed: false, won: false },
    'Proposal/Price Quote': { probability: 75, forecast: 'Pipeline', closed: false, won: false },
    'Negotiation/Review': { probability: 90, forecast: 'Pipeline', closed: false, won: false },
    'Closed Won': { probability: 100, forecast: 'Closed', closed: true, won: true },
    'Closed Lost': { probability: 0, forecast: 'Omitted', closed: true, won: false }
};

/** Objects whose Name the platform composes from FirstName and LastName. */
const COMPOUND_NAME_OBJECTS = new Set(['Contact', 'Lead', 'User']);

/**
 * Sets the fields the platform derives on save. `changes` holds what the client set in this save;
 * `row` is the full record after applying them.
 */
export function applyStandardDerivations(
    objectName: string,
    row: Row,
    changes: ReadonlyMap<string, SqlValue>
): void {
    if (
        COMPOUND_NAME_OBJECTS.has(objectName) &&
        (changes.has('FirstName') || changes.has('LastName') || row.Name === undefined)
    ) {
        row.Name =
            [row.FirstName, row.LastName]
                .filter((part) => typeof part === 'string' && part !== '')
                .join(' ') || null;
    }
    if (objectName === 'Opportunity' && changes.has('StageName')) {
        const stage = STAGES[String(row.StageName)];
        if (stage !== undefined) {
            row.IsClosed = stage.closed ? 1 : 0;
            row.IsWon = stage.won ? 1 : 0;
            // A stage change resets probability and forecast category unless the client set them.
            if (!changes.has('Probability')) {
                row.Probability = stage.probability;
            }
            if (!changes.has('ForecastCategoryName')) {
                row.ForecastCategoryName = stage.forecast;
            }
        }
    }
}

/**
 * What deleting a parent does to a record whose field points at it. Custom fields say so in their
 * metadata; the standard lookups the project uses behave as the platform defines them (deleting an
 * Account deletes its contacts and opportunities; other standard lookups are cleared).
 */
export function deleteBehaviour(
    field: SObjectField
): 'Cascade' | 'Restrict' | 'SetNull' | 'Ignore' {
    if (field.system || field.name === 'OwnerId') {
        return 'Ignore';
    }
    if (field.deleteConstraint !== undefined) {
        return field.deleteConstraint;
    }
    if (
        field.name === 'AccountId' &&
        (field.objectName === 'Contact' || field.objectName === 'Opportunity')
    ) {
        return 'Cascade';
    }
    // A record's activities, an opportunity's contact roles and stage history go with it.
    if (
        ((field.objectName === 'Task' || field.objectName === 'Event') &&
            (field.name === 'WhatId' || field.name === 'WhoId')) ||
        (field.objectName === 'OpportunityContactRole' &&
            (field.name === 'OpportunityId' || field.name === 'ContactId')) ||
        (field.objectName === 'OpportunityHistory' && field.name === 'OpportunityId')
    ) {
        return 'Cascade';
    }
    return 'SetNull';
}
