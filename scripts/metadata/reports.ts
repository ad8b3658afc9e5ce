// Report types and reports name objects, relationship paths, fields and picklist values of the
// schema; a deploy rejects any that do not exist. Resolves the paths both use: report-type tables
// ('Account.Buying_Centers__r.Members__r'), report columns ('Account.Buying_Centers__r$Name',
// 'Opportunity.Deal_Evidence__r$Stage_Criterion__c.Stage__c', 'Opportunity.Deal_Score__c').
import { suggestion, type Schema } from './schema';
import type { SObjectField } from './types';
import { childNode, childNodes, text, texts, type XmlNode, type XmlValue } from './xml';

export interface ReportProblem {
    readonly message: string;
    readonly fix: string;
}

/** The object a table path reaches by following child relationships, or why it reaches none. */
export function resolveTable(
    schema: Schema,
    path: string
): { objectName: string } | { error: string } {
    const [base = '', ...relationships] = path.split('.');
    if (schema.object(base) === undefined) {
        return { error: `no object ${base}` };
    }
    let objectName = base;
    for (const name of relationships) {
        const child = schema.childRelationship(objectName, name);
        if (child === undefined) {
            return {
                error: `${objectName} has no child relationship ${name}${suggestion(
                    name,
                    (schema.object(objectName)?.childRelationships ?? []).map((r) => r.name)
                )}`
            };
        }
        objectName = child.childObject;
    }
    return { objectName };
}

/**
 * A report or report-type field on an object: 'Name', or 'Contact__c.Title' through a lookup field
 * (how report types name a parent's field).
 */
export function resolveReportField(
    schema: Schema,
    objectName: string,
    name: string
): { field: SObjectField } | { error: string } {
    const [first = '', ...rest] = name.split('.');
    if (rest.length === 0) {
        const field = schema.field(objectName, first);
        return field !== undefined
            ? { field }
            : {
                  error: `${objectName} has no field ${first}${suggestion(
                      first,
                      schema.fields(objectName).map((f) => f.name)
                  )}`
              };
    }
    const lookup = schema.field(objectName, first);
    const [target] = lookup?.referenceTo ?? [];
    if (lookup === undefined || target === undefined) {
        return { error: `${objectName} has no lookup field ${first}` };
    }
    return resolveReportField(schema, target, rest.join('.'));
}

/** Problems of one report type. */
export function checkReportType(schema: Schema, root: XmlNode): ReportProblem[] {
    const problems: ReportProblem[] = [];
    const base = text(root, 'baseObject') ?? '';
    if (schema.object(base) === undefined) {
        return [
            { message: `has baseObject ${base}, which does not exist`, fix: 'correct <baseObject>' }
        ];
    }
    let objectName = base;
    let join = childNode(root, 'join');
    while (join !== undefined) {
        const name = text(join, 'relationship') ?? '';
        const child = schema.childRelationship(objectName, name);
        if (child === undefined) {
            problems.push({
                message: `joins ${objectName} to ${name}, which is no child relationship of ${objectName}${suggestion(
                    name,
                    (schema.object(objectName)?.childRelationships ?? []).map((r) => r.name)
                )}`,
                fix: 'correct <relationship> (a child relationship name ends in __r)'
            });
            break;
        }
        objectName = child.childObject;
        join = childNode(join, 'join');
    }
    for (const section of childNodes(root, 'sections')) {
        for (const column of childNodes(section, 'columns')) {
            const table = text(column, 'table') ?? '';
            const field = text(column, 'field') ?? '';
            const resolved = resolveTable(schema, table);
            if ('error' in resolved) {
                problems.push({
                    message: `has a column on table ${table}: ${resolved.error}`,
                    fix: 'correct <table>'
                });
                continue;
            }
            const found = resolveReportField(schema, resolved.objectName, field);
            if ('error' in found) {
                problems.push({
                    message: `has column ${table} ${field}: ${found.error}`,
                    fix: 'correct <field>'
                });
            }
        }
    }
    return problems;
}

function allTexts(value: XmlValue): string[] {
    if (typeof value === 'string') {
        return [value];
    }
    if (Array.isArray(value)) {
        return (value as readonly XmlValue[]).flatMap(allTexts);
    }
    return Object.values(value as XmlNode).flatMap(allTexts);
}

const TABLE_FIELD = /^([A-Za-z][A-Za-z0-9_.]*)\$([A-Za-z][A-Za-z0-9_.]*)$/;
const OBJECT_FIELD = /^([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*__c)$/;

/** The field a report column names, undefined when it is a standard column token (STAGE_NAME). */
function reportColumnField(
    schema: Schema,
    column: string
): { field: SObjectField } | { error: string } | undefined {
    const tableField = TABLE_FIELD.exec(column);
    if (tableField !== null) {
        const table = resolveTable(schema, tableField[1] ?? '');
        return 'error' in table
            ? table
            : resolveReportField(schema, table.objectName, tableField[2] ?? '');
    }
    const objectField = OBJECT_FIELD.exec(column);
    if (objectField !== null && schema.object(objectField[1] ?? '') !== undefined) {
        return resolveReportField(schema, objectField[1] ?? '', objectField[2] ?? '');
    }
    return undefined;
}

/** Picklist filter values must be values of the picklist. */
function checkCriteria(field: SObjectField, criteria: XmlNode, problems: ReportProblem[]): void {
    const operator = text(criteria, 'operator');
    const value = text(criteria, 'value');
    const picklist = field.picklist;
    if (picklist === undefined || !picklist.valuesKnown || value === undefined || value === '') {
        return;
    }
    if (operator !== 'equals' && operator !== 'notEqual') {
        return;
    }
    const allowed = picklist.values.map((v) => v.value);
    for (const item of value.split(',').map((part) => part.trim())) {
        if (!allowed.includes(item)) {
            problems.push({
                message: `filters ${field.objectName}.${field.name} on '${item}', which is not one of its values${suggestion(item, allowed)}`,
                fix: `use one of: ${allowed.join(', ')}`
            });
        }
    }
}

/** Problems of one report. */
export function checkReport(schema: Schema, root: XmlNode): ReportProblem[] {
    const problems: ReportProblem[] = [];
    const seen = new Set<string>();
    for (const value of allTexts(root)) {
        if (seen.has(value)) {
            continue;
        }
        seen.add(value);
        const found = reportColumnField(schema, value);
        if (found !== undefined && 'error' in found) {
            problems.push({
                message: `names column ${value}: ${found.error}`,
                fix: 'correct the column'
            });
        }
    }
    for (const filter of childNodes(root, 'filter')) {
        for (const criteria of childNodes(filter, 'criteriaItems')) {
            const found = reportColumnField(schema, text(criteria, 'column') ?? '');
            if (found !== undefined && 'field' in found) {
                checkCriteria(found.field, criteria, problems);
            }
        }
    }
    for (const crossFilter of childNodes(root, 'crossFilters')) {
        const related = text(crossFilter, 'relatedTable') ?? '';
        if (schema.object(related) === undefined) {
            problems.push({
                message: `cross-filters on ${related}, which does not exist`,
                fix: 'correct <relatedTable>'
            });
            continue;
        }
        for (const name of texts(crossFilter, 'relatedTableJoinColumn')) {
            if (schema.field(related, name) === undefined) {
                problems.push({
                    message: `joins cross-filter table ${related} on ${name}, which it does not have`,
                    fix: 'correct <relatedTableJoinColumn>'
                });
            }
        }
        for (const criteria of childNodes(crossFilter, 'criteriaItems')) {
            const column = text(criteria, 'column') ?? '';
            const found = resolveReportField(schema, related, column);
            if ('error' in found) {
                problems.push({
                    message: `cross-filters on ${related}.${column}: ${found.error}`,
                    fix: 'correct the criteria column'
                });
            } else {
                checkCriteria(found.field, criteria, problems);
            }
        }
    }
    return problems;
}
