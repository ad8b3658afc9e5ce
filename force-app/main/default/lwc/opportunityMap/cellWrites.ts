// The record writes behind one save of the cell editor: edit or block the cell, or turn it into
// an opportunity. An opportunity whose cell link failed is remembered, so saving again only links
// it and never creates a second opportunity.
import {
    createOpportunityForCell,
    formatLabel,
    linkCellToOpportunity,
    saveMapCell
} from 'c/atlasData';
import type { CellPosition, OpportunityMapCellView, RecordFields } from 'c/atlasData';
import type { CellEditorMode } from 'c/opportunityMapCellEditor';

export interface PendingOpportunity {
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
    const { cell, mode, values } = save;
    if (mode === 'opportunity' && cell) {
        let opportunity = pending.current?.cellId === cell.Id ? pending.current : null;
        if (!opportunity) {
            const opportunityId = await createOpportunityForCell(
                save.accountId,
                cell.Buying_Center__c,
                values
            );
            opportunity = { cellId: cell.Id, opportunityId, name: String(values.Name ?? '') };
            pending.current = opportunity;
        }
        await linkCellToOpportunity(cell.Id, opportunity.opportunityId);
        pending.current = null;
        return formatLabel(labels.opportunityCreated, opportunity.name);
    }
    const fields =
        mode === 'block'
            ? { Status__c: 'Blocked', Blocked_Reason__c: values.Blocked_Reason__c ?? null }
            : cell
              ? save.changed
              : values;
    await saveMapCell(save.position, cell?.Id, fields);
    return labels.cellSaved;
}
