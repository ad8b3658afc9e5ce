// Cells whose linked opportunity says something different from the cell: Pursuing but the deal
// has closed, Current with a deal still open, Potential with an open deal, or a link to nothing.
import type { OpportunityMapCellRecord, OpportunityRecord } from 'c/atlasModel';
import { dealStateOf } from 'c/atlasModel';
import type { StatusConflict } from './types';
import * as say from './messages';
import { text } from './values';

/** Open, won or lost (c/atlasModel dealStateOf: one rule for every helper). */
export const dealState = dealStateOf;

/** The conflict of one counted cell with its linked opportunity, if any. */
export function cellConflict(
    cell: OpportunityMapCellRecord,
    opportunities: ReadonlyMap<string, OpportunityRecord>
): StatusConflict | null {
    const opportunityId = text(cell.Opportunity__c);
    if (!opportunityId) {
        return null;
    }
    const base = {
        cellId: cell.Id,
        opportunityId,
        outcome: null,
        buyingCenterId: text(cell.Buying_Center__c) ?? '',
        solutionId: text(cell.Solution__c) ?? ''
    };
    const opportunity = opportunities.get(opportunityId);
    if (!opportunity) {
        return { ...base, code: 'OPPORTUNITY_NOT_FOUND', message: say.opportunityNotFound() };
    }
    const name = text(opportunity.Name)?.trim() || opportunityId;
    const state = dealState(opportunity);
    if (cell.Status__c === 'Pursuing' && state !== 'open') {
        return {
            ...base,
            code: 'PURSUING_BUT_CLOSED',
            outcome: state,
            message: say.pursuingButClosed(name, state)
        };
    }
    if (cell.Status__c === 'Current' && state === 'open') {
        return {
            ...base,
            code: 'CURRENT_WITH_OPEN_OPPORTUNITY',
            message: say.currentWithOpenOpportunity(name)
        };
    }
    if (cell.Status__c === 'Potential' && state === 'open') {
        return {
            ...base,
            code: 'POTENTIAL_WITH_OPEN_OPPORTUNITY',
            message: say.potentialWithOpenOpportunity(name)
        };
    }
    return null;
}
