// lightning/uiRecordApi for the preview, through the local org's UI API (/ui-api/records): the
// imperative writes the panels use, the getRecord wire, getFieldValue and
// notifyRecordUpdateAvailable. A rejected write carries the UI API's body ({ message, errorCode,
// enhancedErrorType, output: { errors, fieldErrors } }) as `body`, with status and statusText, as
// LDS rejects. An update makes the wires whose answer holds that record fetch again (LDS re-emits
// them from its normalized cache); a create or delete does not — the panels refresh, as they must
// on the platform.
import { callOrg } from './transport';
import { mentionsAny, onRecordsChanged, recordsChanged } from './recordEvents';

export interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, FieldValue>;
    [key: string]: unknown;
}

export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
    allowSaveOnDuplicate?: boolean;
}

interface FieldReference {
    objectApiName?: string;
    fieldApiName?: string;
}

export async function createRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const record = (await callOrg('POST', '/ui-api/records', {
        apiName: recordInput.apiName,
        fields: recordInput.fields
    })) as RecordRepresentation;
    return record;
}

export async function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const { Id: id, ...fields } = recordInput.fields;
    if (typeof id !== 'string' || id === '') {
        // The message LDS gives for a record input without an Id.
        throw new Error('updateRecord: recordInput.fields.Id is required');
    }
    const record = (await callOrg('PATCH', `/ui-api/records/${encodeURIComponent(id)}`, {
        fields
    })) as RecordRepresentation;
    recordsChanged([id]);
    return record;
}

export async function deleteRecord(recordId: string): Promise<void> {
    await callOrg('DELETE', `/ui-api/records/${encodeURIComponent(recordId)}`);
}

export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    recordsChanged(items.map((item) => item.recordId));
    return Promise.resolve();
}

function fieldPath(field: unknown): string | undefined {
    if (typeof field === 'string') {
        return field;
    }
    const reference = field as FieldReference | undefined;
    if (reference?.objectApiName && reference.fieldApiName) {
        return `${reference.objectApiName}.${reference.fieldApiName}`;
    }
    return undefined;
}

function fieldValueOf(
    record: RecordRepresentation | undefined,
    field: unknown
): FieldValue | undefined {
    const path = fieldPath(field);
    if (record === undefined || path === undefined) {
        return undefined;
    }
    // 'Account.Owner.Name' on an Account record: the first part names the record's object.
    const [, ...names] = path.split('.');
    let current: RecordRepresentation | undefined = record;
    for (let index = 0; index < names.length; index += 1) {
        const entry: FieldValue | undefined = current?.fields[names[index] ?? ''];
        if (index === names.length - 1) {
            return entry;
        }
        current = (entry?.value ?? undefined) as RecordRepresentation | undefined;
    }
    return undefined;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: unknown): unknown {
    return fieldValueOf(record, field)?.value;
}

export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: unknown
): string | null | undefined {
    return fieldValueOf(record, field)?.displayValue;
}

interface GetRecordConfig {
    recordId?: string;
    fields?: unknown[] | unknown;
    optionalFields?: unknown[] | unknown;
    layoutTypes?: string[];
}

function pathsOf(value: unknown): string[] {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.map(fieldPath).filter((path): path is string => path !== undefined);
}

/** The getRecord wire: { data, error }, both undefined first; again after the record changes. */
export class getRecord {
    private readonly emit: (value: { data: unknown; error: unknown }) => void;
    private config: GetRecordConfig | undefined;
    private connected = false;
    private lastText = '';
    private stopListening: (() => void) | undefined;

    constructor(dataCallback: (value: { data: unknown; error: unknown }) => void) {
        this.emit = dataCallback;
    }

    update(config: GetRecordConfig): void {
        this.config = config;
        if (this.connected) {
            void this.load();
        }
    }

    connect(): void {
        this.connected = true;
        this.stopListening = onRecordsChanged((ids) => {
            if (mentionsAny(this.lastText, ids)) {
                void this.load();
            }
        });
        if (this.config !== undefined) {
            void this.load();
        }
    }

    disconnect(): void {
        this.connected = false;
        this.stopListening?.();
    }

    private async load(): Promise<void> {
        const config = this.config;
        if (config?.recordId === undefined || config.recordId === '') {
            return;
        }
        const query = new URLSearchParams();
        const fields = pathsOf(config.fields);
        const optional = pathsOf(config.optionalFields);
        if (fields.length > 0) {
            query.set('fields', fields.join(','));
        }
        if (optional.length > 0) {
            query.set('optionalFields', optional.join(','));
        }
        let value: { data: unknown; error: unknown };
        try {
            const data = await callOrg(
                'GET',
                `/ui-api/records/${encodeURIComponent(config.recordId)}?${query.toString()}`
            );
            value = { data, error: undefined };
        } catch (error) {
            value = { data: undefined, error };
        }
        const text = JSON.stringify(value);
        if (text !== this.lastText) {
            this.lastText = text;
            this.emit(value);
        }
    }
}
