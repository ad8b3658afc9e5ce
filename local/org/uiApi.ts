// UI API: records (read, create, update, delete) in the shapes lightning/uiRecordApi uses, object
// info and picklist values. Record errors come back as "Error with Output" with field errors, as LDS
// expects them.
import { objectRights } from './access/objectRights';
import { createHash } from 'node:crypto';
import type { SObjectDescribe, SObjectField } from '../../schema/types';
import { apiFieldType } from './describe';
import { displayValue } from './display';
import { asSalesforceError, notFound, notImplemented, SalesforceError } from './errors';
import { json, noContent, type Reply, type Request, type Router } from './http';
import { normalizeId } from './ids';
import type { LocalOrg } from './org';
import { deleteBehaviour, STAGES } from './standardBehaviour';
import { toApi, type Row } from './values';
import { api } from './versions';

const MASTER_RECORD_TYPE = '012000000000000AAA';

interface FieldValue {
    displayValue: string | null;
    value: unknown;
}

interface RecordRepresentation {
    apiName: string;
    childRelationships: Record<string, never>;
    eTag: string;
    fields: Record<string, FieldValue>;
    id: string;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    recordTypeId: string;
    recordTypeInfo: null;
    systemModstamp: string | null;
    weakEtag: number;
}

function eTagOf(row: Row): string {
    return createHash('md5')
        .update(`${String(row.Id)}:${String(row.SystemModstamp)}`)
        .digest('hex');
}

/** A field path below a record: ['Account', 'Owner', 'Name'] from 'Opportunity.Account.Owner.Name'. */
type Path = readonly string[];

/** The UI API data type of a field. */
function dataType(field: SObjectField): string {
    switch (apiFieldType(field)) {
        case 'reference':
            return 'Reference';
        case 'textarea':
            return 'TextArea';
        case 'picklist':
            return 'Picklist';
        case 'multipicklist':
            return 'MultiPicklist';
        case 'currency':
            return 'Currency';
        case 'percent':
            return 'Percent';
        case 'int':
            return 'Int';
        case 'double':
            return 'Double';
        case 'boolean':
            return 'Boolean';
        case 'date':
            return 'Date';
        case 'datetime':
            return 'DateTime';
        case 'time':
            return 'Time';
        case 'email':
            return 'Email';
        case 'phone':
            return 'Phone';
        case 'url':
            return 'Url';
        default:
            return 'String';
    }
}

export function registerUiApi(router: Router, org: LocalOrg): void {
    const { store } = org;

    const nameOf = (objectName: string, row: Row | undefined): string | null => {
        if (row === undefined) {
            return null;
        }
        const object = org.model.object(objectName);
        return object?.fields.some((field) => field.name === 'Name') === true &&
            row.Name !== null &&
            row.Name !== undefined
            ? String(row.Name)
            : null;
    };

    /** The representation of one record with the fields at the given paths (relative to it). */
    const represent = (
        object: SObjectDescribe,
        row: Row,
        paths: readonly Path[],
        strict: boolean
    ): RecordRepresentation => {
        const fields: Record<string, FieldValue> = {};
        const nested = new Map<string, Path[]>();
        for (const path of paths) {
            const [head, ...rest] = path;
            if (head === undefined) {
                continue;
            }
            if (rest.length === 0) {
                const field = org.model.field(object.name, head);
                if (field === undefined) {
                    if (strict) {
                        throw new SalesforceError(
                            400,
                            'INVALID_FIELD',
                            `No such column '${head}' on entity '${object.name}'`
                        );
                    }
                    continue;
                }
                fields[field.name] = {
                    displayValue: displayValue(field, row[field.name]),
                    value: toUiValue(field, row[field.name])
                };
                continue;
            }
            const relationship = org.model.schema.parentRelationship(object.name, head, {
                ignoreCase: true
            });
            if (relationship === undefined) {
                if (strict) {
                    throw new SalesforceError(
                        400,
                        'INVALID_FIELD',
                        `No such relationship '${head}' on entity '${object.name}'`
                    );
                }
                continue;
            }
            const list = nested.get(relationship.name) ?? [];
            list.push(rest);
            nested.set(relationship.name, list);
        }
        for (const [relationshipName, subPaths] of nested) {
            const relationship = org.model.schema.parentRelationship(object.name, relationshipName);
            if (relationship === undefined) {
                continue;
            }
            const parentId = row[relationship.field.name];
            fields[relationship.field.name] ??= {
                displayValue: null,
                value: toUiValue(relationship.field, parentId)
            };
            const parentObject =
                typeof parentId === 'string' ? org.model.objectOfId(parentId) : undefined;
            const parentRow =
                parentObject === undefined || typeof parentId !== 'string'
                    ? undefined
                    : store.getRow(parentObject.name, parentId);
            fields[relationshipName] =
                parentObject === undefined || parentRow === undefined
                    ? { displayValue: null, value: null }
                    : {
                          displayValue: nameOf(parentObject.name, parentRow),
                          value: represent(parentObject, parentRow, subPaths, strict)
                      };
        }
        return {
            apiName: object.name,
            childRelationships: {},
            eTag: eTagOf(row),
            fields,
            id: String(row.Id),
            lastModifiedById:
                row.LastModifiedById === undefined ? null : (row.LastModifiedById as string | null),
            lastModifiedDate:
                row.LastModifiedDate === undefined ? null : (row.LastModifiedDate as string | null),
            recordTypeId: MASTER_RECORD_TYPE,
            recordTypeInfo: null,
            systemModstamp:
                row.SystemModstamp === undefined ? null : (row.SystemModstamp as string | null),
            weakEtag: typeof row.SystemModstamp === 'string' ? Date.parse(row.SystemModstamp) : 0
        };
    };

    /** 'Account.Name,Account.Owner.Name' → paths below the record, for this object only. */
    const pathsFor = (object: SObjectDescribe, parameter: string | null): Path[] =>
        (parameter ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '')
            .map((name) => name.split('.'))
            .filter(([objectName]) => objectName?.toLowerCase() === object.name.toLowerCase())
            .map((parts) => parts.slice(1));

    const readRecord = (request: Request, id: string): Reply => {
        for (const unsupported of ['layoutTypes', 'modes', 'childRelationships', 'pageSize']) {
            if (request.query.get(unsupported) !== null) {
                throw notImplemented(
                    `the UI API ${unsupported} parameter (ask for fields and optionalFields)`
                );
            }
        }
        const normalized = normalizeId(id);
        const object = normalized === undefined ? undefined : org.model.objectOfId(normalized);
        if (normalized === undefined || object === undefined) {
            throw notFound();
        }
        org.model.requireUiApiObject(object.name);
        const row = store.requireRow(object.name, normalized);
        const fields = request.query.get('fields');
        const optional = request.query.get('optionalFields');
        if (fields === null && optional === null) {
            throw new SalesforceError(
                400,
                'ILLEGAL_QUERY_PARAMETER_VALUE',
                'Specify fields or optionalFields'
            );
        }
        const strict = represent(object, row, pathsFor(object, fields), true);
        const loose = represent(object, row, pathsFor(object, optional), false);
        return json(200, { ...strict, fields: { ...loose.fields, ...strict.fields } });
    };

    /** A save's failure as "Error with Output": record errors and field errors (what LDS reads). */
    const recordFailure = (error: unknown, object: SObjectDescribe): Reply => {
        const failure = asSalesforceError(error);
        if (failure.statusCode !== 400) {
            return json(failure.statusCode, [
                { errorCode: failure.errorCode, message: failure.message }
            ]);
        }
        const entry = (fieldName: string | null): Record<string, unknown> => ({
            constituentField: null,
            duplicateRecordError: null,
            errorCode: failure.errorCode,
            field: fieldName,
            fieldLabel:
                fieldName === null
                    ? null
                    : (org.model.field(object.name, fieldName)?.label ?? fieldName),
            message: failure.message
        });
        const fieldErrors: Record<string, Record<string, unknown>[]> = {};
        for (const name of failure.fields) {
            fieldErrors[name] = [entry(name)];
        }
        return json(400, {
            enhancedErrorType: 'RecordError',
            message: 'An error occurred while trying to update the record. Please try again.',
            output: { errors: failure.fields.length === 0 ? [entry(null)] : [], fieldErrors }
        });
    };

    const fieldsBody = (body: Record<string, unknown>): Record<string, unknown> => {
        const fields = body.fields;
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
            throw new SalesforceError(
                400,
                'INVALID_INPUT',
                'The request body needs a "fields" object'
            );
        }
        return fields as Record<string, unknown>;
    };

    /** The written record with every field the client sent, plus its name and system fields. */
    const written = (object: SObjectDescribe, id: string, sent: Record<string, unknown>): Reply => {
        const row = store.requireRow(object.name, id);
        const names = new Set([
            'Id',
            'Name',
            'CreatedDate',
            'LastModifiedDate',
            'SystemModstamp',
            ...Object.keys(sent)
        ]);
        const paths = [...names]
            .filter((name) => org.model.field(object.name, name) !== undefined)
            .map((name) => [name]);
        return json(200, represent(object, row, paths, false));
    };

    api(router, 'GET', '/ui-api/records/batch/:ids', (request, [ids = '']) => {
        const results = ids.split(',').map((id) => {
            try {
                const reply = readRecord(request, id);
                return { result: reply.json, statusCode: reply.status };
            } catch (error) {
                const failure = asSalesforceError(error);
                return {
                    result: [{ errorCode: failure.errorCode, message: failure.message }],
                    statusCode: failure.statusCode
                };
            }
        });
        return json(200, { results });
    });

    api(router, 'GET', '/ui-api/records/:id', (request, [id = '']) => readRecord(request, id));

    api(router, 'POST', '/ui-api/records', async (request) => {
        const body = await request.jsonObject();
        const named = org.model.object(typeof body.apiName === 'string' ? body.apiName : '');
        const object = named !== undefined && org.model.onUiApi(named) ? named : undefined;
        if (object === undefined) {
            throw new SalesforceError(
                400,
                'INVALID_TYPE',
                `Object ${String(body.apiName)} is not supported in UI API`
            );
        }
        const fields = fieldsBody(body);
        let id: string;
        try {
            id = store.insert(object.name, fields);
        } catch (error) {
            return recordFailure(error, object);
        }
        const reply = written(object, id, fields);
        return { ...reply, status: 201 };
    });

    api(router, 'PATCH', '/ui-api/records/:id', async (request, [id = '']) => {
        const normalized = normalizeId(id);
        const object = normalized === undefined ? undefined : org.model.objectOfId(normalized);
        if (normalized === undefined || object === undefined) {
            throw notFound();
        }
        org.model.requireUiApiObject(object.name);
        const body = await request.jsonObject();
        const fields = fieldsBody(body);
        const ifMatch = request.header('if-match');
        if (
            ifMatch !== undefined &&
            ifMatch !== eTagOf(store.requireRow(object.name, normalized))
        ) {
            throw new SalesforceError(
                412,
                'PRECONDITION_FAILED',
                'The record was changed after the version in If-Match was read'
            );
        }
        try {
            store.update(object.name, normalized, fields);
        } catch (error) {
            return recordFailure(error, object);
        }
        return written(object, normalized, fields);
    });

    api(router, 'DELETE', '/ui-api/records/:id', (_request, [id = '']) => {
        const normalized = normalizeId(id);
        const object = normalized === undefined ? undefined : org.model.objectOfId(normalized);
        if (normalized === undefined || object === undefined) {
            throw notFound();
        }
        org.model.requireUiApiObject(object.name);
        try {
            store.delete(object.name, normalized);
        } catch (error) {
            const failure = asSalesforceError(error);
            if (failure.statusCode === 400) {
                return recordFailure(error, object);
            }
            throw error;
        }
        return noContent();
    });

    const objectInfo = (object: SObjectDescribe): Record<string, unknown> => {
        const fields: Record<string, unknown> = {};
        for (const field of org.model.storedFields(object)) {
            const isReference = apiFieldType(field) === 'reference';
            fields[field.name] = {
                apiName: field.name,
                calculated: field.formula !== undefined || field.type === 'AutoNumber',
                compound: false,
                compoundComponentName: null,
                compoundFieldName: null,
                controllerName: null,
                controllingFields: [],
                createable: field.createable,
                custom: field.custom,
                dataType: dataType(field),
                extraTypeInfo: null,
                filterable: true,
                filteredLookupInfo: null,
                highScaleNumber: false,
                htmlFormatted: field.type === 'Html',
                inlineHelpText: field.inlineHelpText ?? null,
                label: field.label,
                length: field.length ?? 0,
                nameField: field.name === 'Name',
                polymorphicForeignKey: field.referenceTo.length > 1,
                precision: field.precision ?? 0,
                reference: isReference,
                referenceTargetField: null,
                referenceToInfos: field.referenceTo.map((target) => ({
                    apiName: target,
                    nameFields: ['Name']
                })),
                relationshipName: field.relationshipName ?? null,
                required: field.required,
                scale: field.scale ?? 0,
                searchPrefilterable: false,
                sortable: apiFieldType(field) !== 'textarea' || field.type === 'TextArea',
                unique: field.unique,
                updateable: field.updateable
            };
        }
        const rights = objectRights(org.model, object);
        return {
            apiName: object.name,
            associateEntityType: null,
            associateParentEntity: null,
            childRelationships: org.model
                .fieldsReferencing(object.name)
                .filter((field) => field.childRelationshipName !== undefined)
                .map((field) => ({
                    childObjectApiName: field.objectName,
                    fieldName: field.name,
                    junctionIdListNames: [],
                    junctionReferenceTo: [],
                    relationshipName: field.childRelationshipName,
                    cascadeDelete: deleteBehaviour(field) === 'Cascade'
                })),
            createable: rights.createable,
            custom: object.custom,
            defaultRecordTypeId: MASTER_RECORD_TYPE,
            deletable: rights.deletable,
            dependentFields: {},
            eTag: createHash('md5')
                .update(`${object.name}:${Object.keys(fields).join(',')}`)
                .digest('hex'),
            feedEnabled: false,
            fields,
            keyPrefix: org.model.keyPrefix(object.name),
            label: object.label,
            labelPlural: object.pluralLabel,
            layoutable: true,
            mruEnabled: false,
            nameFields: object.fields.some((field) => field.name === 'Name') ? ['Name'] : [],
            queryable: true,
            recordTypeInfos: {
                [MASTER_RECORD_TYPE]: {
                    available: true,
                    defaultRecordTypeMapping: true,
                    master: true,
                    name: 'Master',
                    recordTypeId: MASTER_RECORD_TYPE
                }
            },
            searchable: false,
            themeInfo: null,
            updateable: rights.updateable
        };
    };

    api(router, 'GET', '/ui-api/object-info/batch/:objects', (_request, [names = '']) =>
        json(200, {
            results: names.split(',').map((name) => {
                const named = org.model.object(name);
                const object = named !== undefined && org.model.onUiApi(named) ? named : undefined;
                return object === undefined
                    ? {
                          result: [
                              {
                                  errorCode: 'NOT_FOUND',
                                  message: `Object ${name} is not supported in UI API`
                              }
                          ],
                          statusCode: 404
                      }
                    : { result: objectInfo(object), statusCode: 200 };
            })
        })
    );

    api(router, 'GET', '/ui-api/object-info/:object', (_request, [name = '']) =>
        json(200, objectInfo(org.model.requireUiApiObject(name)))
    );

    /**
     * Opportunity.StageName values carry the stage's attributes, as the UI API answers them
     * (ConnectApi.OpportunityStagePicklistValueAttributes: closed, won, defaultProbability,
     * forecastCategoryName); other picklists carry none.
     */
    const picklistAttributes = (
        object: SObjectDescribe,
        field: SObjectField,
        value: string
    ): Record<string, unknown> | null => {
        const stage =
            object.name === 'Opportunity' && field.name === 'StageName' ? STAGES[value] : undefined;
        return stage === undefined
            ? null
            : {
                  closed: stage.closed,
                  defaultProbability: stage.probability,
                  forecastCategoryName: stage.forecast,
                  won: stage.won
              };
    };

    const picklistValues = (
        object: SObjectDescribe,
        field: SObjectField
    ): Record<string, unknown> => ({
        controllerValues: {},
        defaultValue:
            field.picklist?.values.find((value) => value.isDefault) === undefined
                ? null
                : {
                      attributes: null,
                      label: field.picklist.values.find((value) => value.isDefault)?.label,
                      validFor: [],
                      value: field.picklist.values.find((value) => value.isDefault)?.value
                  },
        eTag: createHash('md5').update(`${object.name}.${field.name}`).digest('hex'),
        url: `/services/data/v66.0/ui-api/object-info/${object.name}/picklist-values/${MASTER_RECORD_TYPE}/${field.name}`,
        values: (field.picklist?.values ?? []).map((value) => ({
            attributes: picklistAttributes(object, field, value.value),
            label: value.label,
            validFor: [],
            value: value.value
        }))
    });

    api(
        router,
        'GET',
        '/ui-api/object-info/:object/picklist-values/:recordType',
        (_request, [name = '']) => {
            const object = org.model.requireUiApiObject(name);
            const picklists: Record<string, unknown> = {};
            for (const field of object.fields) {
                if (field.picklist !== undefined) {
                    picklists[field.name] = picklistValues(object, field);
                }
            }
            return json(200, {
                eTag: createHash('md5').update(object.name).digest('hex'),
                picklistFieldValues: picklists
            });
        }
    );

    api(
        router,
        'GET',
        '/ui-api/object-info/:object/picklist-values/:recordType/:field',
        (_request, [name = '', , fieldName = '']) => {
            const object = org.model.requireUiApiObject(name);
            const field = org.model.field(object.name, fieldName);
            if (field?.picklist === undefined) {
                throw notFound();
            }
            return json(200, picklistValues(object, field));
        }
    );

    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
        api(router, method, '/ui-api/*', () => {
            throw notImplemented(
                'this UI API resource (records, object-info and picklist-values are implemented)'
            );
        });
    }
}

/** A stored value as the UI API returns it (date-times with Z, as LDS receives them). */
function toUiValue(field: SObjectField, stored: Row[string] | undefined): unknown {
    const value = toApi(field, stored);
    return typeof value === 'string' && field.type === 'DateTime'
        ? value.replace(/\+0000$/, 'Z')
        : value;
}
