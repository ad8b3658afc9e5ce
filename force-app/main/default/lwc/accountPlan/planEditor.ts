// The Account Plan's form for one plan item: what it opens with (heading, parent, starting values)
// and what its save writes.
import { formatLabel } from 'c/atlasData';
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

/** A new item starts Not Started; an existing one with its own values. */
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
        values: recordId ? values : { Status__c: 'Not Started' },
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
