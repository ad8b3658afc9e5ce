// The Account Plan's form for one plan item: what it opens with (heading, parent, starting values)
// and what its save writes.
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { formatLabel, savePlanItem } from 'c/atlasData';
import type { PlanLevel, RecordFields } from 'c/atlasData';

/** The open form: which item (recordId null for a new one) under which parent. */
export interface PlanEditor {
    level: PlanLevel;
    recordId: string | null;
    parentId: string;
    values: Record<string, unknown>;
    heading: string;
}

export interface PlanEditorLabels {
    newObjectiveHeading: string;
    newStrategyHeading: string;
    newActionHeading: string;
    editObjective: string;
    editStrategy: string;
    editAction: string;
}

/** A new item starts Not Started (with any values it is opened with); an existing one with its own. */
export function planEditor(
    level: PlanLevel,
    recordId: string | null,
    parentId: string,
    values: Record<string, unknown>,
    labels: PlanEditorLabels
): PlanEditor {
    const headings: Record<PlanLevel, string> = {
        objective: recordId ? labels.editObjective : labels.newObjectiveHeading,
        strategy: recordId ? labels.editStrategy : labels.newStrategyHeading,
        action: recordId ? labels.editAction : labels.newActionHeading
    };
    return {
        level,
        recordId,
        parentId,
        values: recordId ? values : { Status__c: 'Not Started', ...values },
        heading: headings[level]
    };
}

/** An edit that changed nothing: the form just closes, nothing is written. */
export function isUnchangedEdit(editor: PlanEditor, changed: RecordFields): boolean {
    return editor.recordId !== null && Object.keys(changed).length === 0;
}

/** An edit writes only what the user changed; a new item everything the form holds. */
export function planItemSaveFields(
    editor: PlanEditor,
    values: RecordFields,
    changed: RecordFields
): RecordFields {
    return editor.recordId ? changed : values;
}

/** The toast after a save, naming the item ({0} = its name). */
export function savedMessage(savedLabel: string, values: RecordFields): string {
    return formatLabel(savedLabel, String(values.Name ?? ''));
}

/**
 * Saves the form: nothing when an edit changed nothing (null), else the item's id after the write,
 * with a toast from the host naming it. A refused save rejects with the org's error.
 */
export async function savePlanEdit(
    editor: PlanEditor,
    detail: { values: RecordFields; changed: RecordFields },
    host: EventTarget,
    savedLabel: string
): Promise<string | null> {
    if (isUnchangedEdit(editor, detail.changed)) {
        return null;
    }
    const fields = planItemSaveFields(editor, detail.values, detail.changed);
    const id = await savePlanItem(editor.level, editor.parentId, editor.recordId, fields);
    host.dispatchEvent(
        new ShowToastEvent({ title: savedMessage(savedLabel, detail.values), variant: 'success' })
    );
    return id;
}
