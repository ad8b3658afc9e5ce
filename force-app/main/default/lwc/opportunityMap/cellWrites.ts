// The record writes behind one save of the cell editor: edit or block the cell, or turn it into
// an opportunity. An opportunity whose cell link failed is remembered, so saving again only links
// it and never creates a second opportunity.
import {
    createCellForOpportunity,
    createOpportunityForCell,
    formatLabel,
    linkCellToOpportunity,
    saveMapCell
} from 'c/atlasData';
import type { CellPosition, OpportunityMapCellView, RecordFields } from 'c/atlasData';
import type { CellEditorMode } from 'c/opportunityMapCellEditor';
import type { SelectedCell } from './cellSelection';

export interface PendingOpportunity {
    /** The cell's id, or its spot (map:buying center:solution) when the cell is new. */
    cellId: string;
    opportunityId: string;
    name: string;
}

export interface CellSave {
    accountId: string;
    position: CellPosition;
    cell: OpportunityMapCellView | null;
    mode: CellEditorMode;
    values: RecordFields;
    changed: RecordFields;
}

/** What the cell editor's save event carries: the form's values, those the user changed, the mode. */
export interface CellSaveRequest {
    values: RecordFields;
    changed: RecordFields;
    mode: CellEditorMode;
}

export interface CellSaveLabels {
    cellSaved: string;
    opportunityCreated: string;
}

/**
 * Writes one cell save; resolves to the success message. `pending` carries an opportunity created
 * by an earlier attempt whose link failed; it is updated in place as the writes succeed.
 */
export async function writeCellSave(
    save: CellSave,
    pending: { current: PendingOpportunity | null },
    labels: CellSaveLabels
): Promise<string> {
    const { cell, mode, values, position } = save;
    if (mode === 'opportunity') {
        // Any spot can start an opportunity: an empty one gets its cell with the link.
        const key =
            cell?.Id ?? `${position.mapId}:${position.buyingCenterId}:${position.solutionId}`;
        let opportunity = pending.current?.cellId === key ? pending.current : null;
        if (!opportunity) {
            const opportunityId = await createOpportunityForCell(
                save.accountId,
                cell?.Buying_Center__c ?? position.buyingCenterId,
                values
            );
            opportunity = { cellId: key, opportunityId, name: String(values.Name ?? '') };
            pending.current = opportunity;
        }
        if (cell) {
            await linkCellToOpportunity(cell.Id, opportunity.opportunityId);
        } else {
            await createCellForOpportunity(position, opportunity.opportunityId);
        }
        pending.current = null;
        return formatLabel(labels.opportunityCreated, opportunity.name);
    }
    await saveMapCell(save.position, cell?.Id, cellSaveFields(save));
    return labels.cellSaved;
}

/** The save the editor asked for at the open spot; null while the account or the spot is unknown. */
export function cellSaveOf(
    accountId: string | undefined,
    selected: SelectedCell | null,
    request: CellSaveRequest
): CellSave | null {
    if (!accountId || !selected) {
        return null;
    }
    const { values, changed, mode } = request;
    return { accountId, position: selected.position, cell: selected.cell, mode, values, changed };
}

/** An edit of an existing cell that changed nothing: the editor just closes, nothing is written. */
export function isUnchangedEdit(save: CellSave): boolean {
    return save.mode === 'edit' && save.cell !== null && Object.keys(save.changed).length === 0;
}

/**
 * The cell fields an edit or a block writes: a block sets the status and its reason; an edit of a
 * cell only what the user changed; a new cell everything the form holds.
 */
export function cellSaveFields(save: CellSave): RecordFields {
    if (save.mode === 'block') {
        return { Status__c: 'Blocked', Blocked_Reason__c: save.values.Blocked_Reason__c ?? null };
    }
    return save.cell ? save.changed : save.values;
}
