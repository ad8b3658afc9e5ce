// What the cell editor shows when a save fails: the errors in words, and which field each is about.
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import { formatLabel } from 'c/atlasData';
import type { PendingOpportunity } from './cellWrites';

export interface CellSaveErrors {
    /** For the editor's error panel: one error, or a list of them. */
    errors: unknown;
    /** Field API name → message, shown beside the field. */
    fieldErrors: Record<string, string>;
}

export interface CellSaveErrorLabels {
    /** Instead of the platform's DUPLICATE_VALUE on Cell_Key__c. */
    cellDuplicate: string;
    /** {0} = the name of the opportunity created but not yet linked to its cell. */
    opportunityNotLinked: string;
}

/**
 * Explains a failed cell save. A duplicate cell key means someone else created this cell since
 * the map loaded; an opportunity created but not linked is named first, so the user knows it
 * exists and that saving again only links it.
 */
export function explainCellSaveError(
    error: unknown,
    pending: PendingOpportunity | null,
    labels: CellSaveErrorLabels
): CellSaveErrors {
    const explained = explainDuplicateKeys(error, [
        { keyField: 'Cell_Key__c', message: labels.cellDuplicate }
    ]);
    return {
        errors: pending
            ? [formatLabel(labels.opportunityNotLinked, pending.name), explained]
            : explained,
        fieldErrors: fieldErrorsOf(explained)
    };
}
