// Stored rows as the REST API's record JSON: { attributes: { type, url }, Field: value, … }.
import type { SObjectDescribe, SObjectField } from '../../schema/types';
import { toApi, type Row } from './values';

export interface RecordAttributes {
    readonly type: string;
    readonly url?: string;
}

export type ApiRecord = { attributes: RecordAttributes } & { [field: string]: unknown };

export function recordUrl(apiVersion: string, objectName: string, id: string): string {
    return `/services/data/v${apiVersion}/sobjects/${objectName}/${id}`;
}

/** A row with the given fields (all stored fields when none are named). */
export function rowToApi(
    object: SObjectDescribe,
    row: Row,
    fields: readonly SObjectField[],
    apiVersion: string
): ApiRecord {
    const record: ApiRecord = {
        attributes: { type: object.name, url: recordUrl(apiVersion, object.name, String(row.Id)) }
    };
    for (const field of fields) {
        record[field.name] = toApi(field, row[field.name]);
    }
    return record;
}
