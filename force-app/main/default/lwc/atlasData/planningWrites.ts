// Record writes of the account-planning panels through Lightning Data Service (lightning/uiRecordApi):
// one place that turns "save these fields of this object" into createRecord or updateRecord.
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';

/** A field value as a record write sends it: blank fields are null, never ''. */
export type FieldValue = string | number | boolean | null;
export type RecordFields = Record<string, FieldValue>;

/**
 * Creates a record of objectApiName when recordId is blank, otherwise updates that record; resolves
 * to the record's id. A rejection is the UI API error as is (reduceErrors / fieldErrorsOf read it).
 */
export async function saveRecord(
    objectApiName: string,
    recordId: string | null | undefined,
    fields: RecordFields
): Promise<string> {
    if (recordId) {
        await updateRecord({ fields: { Id: recordId, ...fields } });
        return recordId;
    }
    const created = await createRecord({ apiName: objectApiName, fields });
    return created.id;
}

/** Deletes one record. */
export function removeRecord(recordId: string): Promise<void> {
    return deleteRecord(recordId);
}
