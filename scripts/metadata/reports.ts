// Report types and reports name objects, relationship paths, fields and picklist values of the
// schema; a deploy rejects any that do not exist. Resolves the paths both use: report-type tables
// ('Account.Buying_Centers__r.Members__r'), report columns ('Account.Buying_Centers__r$Name',
// 'Opportunity.Deal_Evidence__r$Stage_Criterion__c.Stage__c', 'Opportunity.Deal_Score__c'), and checks
// that a report only uses what its report type offers: a report on a custom report type can show,
// group, filter and sort only the columns in that report type's sections.
import { suggestion, type Schema } from '../../schema/schema';
import type { SObjectField } from '../../schema/types';
import { childNode, childNodes, text, texts, type XmlNode } from '../../schema/xml';

export interface ReportProblem {
    readonly message: string;
    readonly fix: string;
}

/** Limits kept here because no Salesforce page stating them was found (see limits.ts for the rest). */
export const REPORT_TYPE_LABEL_MAX = 50;
export const DESCRIPTION_MAX = 255;
export const FILTER_ITEMS_MAX = 20;

/** The categories a report type can be filed under (ReportTypeCategory in the Metadata API). */
export const REPORT_TYPE_CATEGORIES: readonly string[] = [
    'accounts',
    'opportunities',
    'forecasts',
    'cases',
    'leads',
    'campaigns',
    'activities',
    'busop',
    'products',
    'admin',
    'territory',
    'territory2',
    'usage_entitlement',
    'wdc',
    'calibration',
    'other',
    'content',
    'quotes',
    'individual',
    'employee',
    'data_cloud',
    'semantic_model'
];

/**
 * The standard report types the project's reports use, with the column tokens a report on them may
 * name and the objects whose custom fields it may show as 'Object.Custom_Field'. A report on any other
 * standard report type is reported so this catalog is extended deliberately, from a retrieved report.
 */
export const STANDARD_REPORT_TYPES: Readonly<
    Record<string, { readonly objects: readonly string[]; readonly columns: readonly string[] }>
> = {
    Opportunity: {
        objects: ['Opportunity', 'Account'],
        columns: [
            'OPPORTUNITY_NAME',
            'OPPORTUNITY_ID',
            'ACCOUNT_NAME',
            'ACCOUNT_ID',
            'STAGE_NAME',
            'CLOSE_DATE',
            'AMOUNT',
            'EXP_AMOUNT',
            'PROBABILITY',
            'FULL_NAME',
            'TYPE',
            'LEAD_SOURCE',
            'NEXT_STEP',
            'FORECAST_CATEGORY',
            'FISCAL_QUARTER',
            'CREATED_DATE',
            'LAST_UPDATE',
            'LAST_ACTIVITY',
            'AGE',
            'CLOSED',
            'WON',
            'ROLLUP_DESCRIPTION'
        ]
    }
};

/** The report formats, with the groupings each allows (down, across). */
const FORMAT_GROUPINGS: Readonly<
    Record<string, { readonly down: [number, number]; readonly across: [number, number] }>
> = {
    Tabular: { down: [0, 0], across: [0, 0] },
    Summary: { down: [1, 3], across: [0, 0] },
    Matrix: { down: [1, 2], across: [1, 2] }
};

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

/** What a custom report type offers its reports: the tables it joins and the columns of its sections. */
export interface ReportTypeOffer {
    /** Table path → object ('Account.Buying_Centers__r' → 'Buying_Center__c'), in join order. */
    readonly tables: ReadonlyMap<string, string>;
    /** 'table$field' of every column in its sections. */
    readonly columns: ReadonlySet<string>;
    /** False when a join names no relationship: the report type itself is then what to fix. */
    readonly complete: boolean;
}

/** The tables a report type joins (as far as the schema resolves them) and its section columns. */
export function reportTypeOffer(schema: Schema, root: XmlNode): ReportTypeOffer {
    const base = text(root, 'baseObject') ?? '';
    const tables = new Map<string, string>();
    let complete = schema.object(base) !== undefined;
    if (complete) {
        tables.set(base, base);
        let path = base;
        let objectName = base;
        for (
            let join = childNode(root, 'join');
            join !== undefined;
            join = childNode(join, 'join')
        ) {
            const relationship = text(join, 'relationship') ?? '';
            const child = schema.childRelationship(objectName, relationship);
            if (child === undefined) {
                complete = false;
                break;
            }
            path = `${path}.${relationship}`;
            objectName = child.childObject;
            tables.set(path, objectName);
        }
    }
    const columns = new Set<string>();
    for (const section of childNodes(root, 'sections')) {
        for (const column of childNodes(section, 'columns')) {
            columns.add(`${text(column, 'table') ?? ''}$${text(column, 'field') ?? ''}`);
        }
    }
    return { tables, columns, complete };
}

/** The text of an element as a deploy would store it (surrounding whitespace trimmed). */
function storedLength(node: XmlNode, tag: string): number {
    return (text(node, tag) ?? '').trim().length;
}

function checkLength(
    node: XmlNode,
    tag: string,
    max: number,
    problems: ReportProblem[],
    required = false
): void {
    const value = text(node, tag);
    if (value === undefined || value.trim() === '') {
        if (required) {
            problems.push({ message: `has no <${tag}>`, fix: `add <${tag}>` });
        }
        return;
    }
    const length = storedLength(node, tag);
    if (length > max) {
        problems.push({
            message: `has a <${tag}> of ${length} characters; the platform allows ${max}`,
            fix: `shorten <${tag}>`
        });
    }
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
    checkLength(root, 'label', REPORT_TYPE_LABEL_MAX, problems, true);
    checkLength(root, 'description', DESCRIPTION_MAX, problems, true);
    const category = text(root, 'category') ?? '';
    if (!REPORT_TYPE_CATEGORIES.includes(category)) {
        problems.push({
            message: `has category '${category}', which is not a report type category${suggestion(category, REPORT_TYPE_CATEGORIES)}`,
            fix: `use one of: ${REPORT_TYPE_CATEGORIES.join(', ')}`
        });
    }
    if (text(root, 'deployed') !== 'true') {
        problems.push({
            message:
                'is not deployed (<deployed>true</deployed>), so nobody but admins can build reports on it',
            fix: 'set <deployed>true</deployed>'
        });
    }
    let objectName = base;
    let outer = false;
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
        const outerJoin = text(join, 'outerJoin') === 'true';
        if (outer && !outerJoin) {
            problems.push({
                message: `joins ${name} with an inner join below an outer join; the platform requires every join after an outer join to be outer too`,
                fix: `set <outerJoin>true</outerJoin> on the join to ${name}`
            });
        }
        outer = outer || outerJoin;
        objectName = child.childObject;
        join = childNode(join, 'join');
    }
    const offer = reportTypeOffer(schema, root);
    const seen = new Set<string>();
    for (const section of childNodes(root, 'sections')) {
        for (const column of childNodes(section, 'columns')) {
            const table = text(column, 'table') ?? '';
            const field = text(column, 'field') ?? '';
            if (seen.has(`${table}$${field}`)) {
                problems.push({
                    message: `lists column ${table} ${field} twice`,
                    fix: 'remove the second <columns>'
                });
            }
            seen.add(`${table}$${field}`);
            const resolved = resolveTable(schema, table);
            if ('error' in resolved) {
                problems.push({
                    message: `has a column on table ${table}: ${resolved.error}`,
                    fix: 'correct <table>'
                });
                continue;
            }
            if (!offer.tables.has(table)) {
                if (!offer.complete) {
                    continue; // the broken join is reported above
                }
                problems.push({
                    message: `has a column on table ${table}, which is not one of the tables it joins (${[...offer.tables.keys()].join(', ')})`,
                    fix: 'correct <table>, or join that relationship in <join>'
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

const TABLE_FIELD = /^([A-Za-z][A-Za-z0-9_.]*)\$([A-Za-z][A-Za-z0-9_.]*)$/;
const OBJECT_FIELD = /^([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)$/;
const STANDARD_TOKEN = /^[A-Z][A-Z0-9_]*$/;

/** A column a report names, and where it names it. */
interface ColumnReference {
    readonly column: string;
    readonly where: string;
}

/** Every column a report names: details, groupings, filters, sort, time frame, cross filters, chart. */
export function reportColumnReferences(root: XmlNode): ColumnReference[] {
    const references: ColumnReference[] = [];
    const add = (column: string | undefined, where: string): void => {
        if (column !== undefined && column !== '') {
            references.push({ column, where });
        }
    };
    for (const column of childNodes(root, 'columns')) {
        add(text(column, 'field'), 'column');
    }
    for (const tag of ['groupingsDown', 'groupingsAcross']) {
        for (const grouping of childNodes(root, tag)) {
            add(text(grouping, 'field'), 'grouping');
        }
    }
    for (const filter of childNodes(root, 'filter')) {
        for (const criteria of childNodes(filter, 'criteriaItems')) {
            add(text(criteria, 'column'), 'filter');
        }
    }
    add(text(root, 'sortColumn'), 'sort column');
    for (const timeFrame of childNodes(root, 'timeFrameFilter')) {
        add(text(timeFrame, 'dateColumn'), 'time frame filter');
    }
    for (const crossFilter of childNodes(root, 'crossFilters')) {
        add(text(crossFilter, 'primaryTableColumn'), 'cross filter');
    }
    for (const chart of childNodes(root, 'chart')) {
        add(text(chart, 'groupingColumn'), 'chart');
        add(text(chart, 'secondaryGroupingColumn'), 'chart');
        for (const summary of childNodes(chart, 'chartSummaries')) {
            const column = text(summary, 'column');
            add(column === 'RowCount' ? undefined : column, 'chart');
        }
    }
    return references;
}

/** The field a 'table$field' column names on the schema, or why there is none. */
function tableColumnField(
    schema: Schema,
    table: string,
    field: string
): { field: SObjectField } | { error: string } {
    const resolved = resolveTable(schema, table);
    return 'error' in resolved ? resolved : resolveReportField(schema, resolved.objectName, field);
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

/** The report types a report can be checked against: custom ones by name (without __c). */
export type ReportTypeOffers = ReadonlyMap<string, ReportTypeOffer>;

/** What the report's <reportType> names: a custom report type's offer, a standard one, or a problem. */
function reportTypeOf(
    root: XmlNode,
    offers: ReportTypeOffers,
    problems: ReportProblem[]
):
    | { kind: 'custom'; name: string; offer: ReportTypeOffer }
    | { kind: 'standard'; name: string }
    | undefined {
    const name = text(root, 'reportType') ?? '';
    if (name.endsWith('__c')) {
        const offer = offers.get(name.slice(0, -3));
        if (offer !== undefined) {
            return { kind: 'custom', name, offer };
        }
        problems.push({
            message: `is on report type ${name}, which is not in the project${suggestion(
                name,
                [...offers.keys()].map((type) => `${type}__c`)
            )}`,
            fix: 'name a report type of reportTypes/ followed by __c'
        });
        return undefined;
    }
    if (offers.has(name)) {
        problems.push({
            message: `is on report type ${name} without the __c suffix; reports name a custom report type as ${name}__c`,
            fix: `write <reportType>${name}__c</reportType>`
        });
        return undefined;
    }
    if (STANDARD_REPORT_TYPES[name] !== undefined) {
        return { kind: 'standard', name };
    }
    problems.push({
        message: `is on report type '${name}', which is neither a report type of the project nor a standard report type the checks know`,
        fix: `correct <reportType>, or add the standard report type to STANDARD_REPORT_TYPES in scripts/metadata/reports.ts`
    });
    return undefined;
}

/** The field a column names, undefined for a standard column token, or why it names nothing. */
function checkColumn(
    schema: Schema,
    type: ReturnType<typeof reportTypeOf>,
    reference: ColumnReference
): { field: SObjectField } | { error: string; fix: string } | undefined {
    const { column } = reference;
    const tableField = TABLE_FIELD.exec(column);
    if (tableField !== null) {
        const [, table = '', fieldName = ''] = tableField;
        const found = tableColumnField(schema, table, fieldName);
        if ('error' in found) {
            return { error: found.error, fix: 'correct the column' };
        }
        if (type?.kind === 'standard') {
            return {
                error: `a table$field column, but ${type.name} is a standard report type`,
                fix: 'name standard report type columns by token (STAGE_NAME) or Object.Custom_Field'
            };
        }
        if (type?.kind === 'custom' && type.offer.complete) {
            if (!type.offer.tables.has(table)) {
                return {
                    error: `report type ${type.name} does not join ${table}`,
                    fix: `use one of its tables: ${[...type.offer.tables.keys()].join(', ')}`
                };
            }
            // A cross filter joins on the record Id, which every table has whether listed or not.
            if (fieldName !== 'Id' && !type.offer.columns.has(column)) {
                return {
                    error: `report type ${type.name} has no such column in its sections`,
                    fix: `add <columns><field>${fieldName}</field><table>${table}</table></columns> to a section of the report type, or correct the column`
                };
            }
        }
        return found;
    }
    if (type?.kind === 'custom') {
        return {
            error: `not a table$field column, which is how reports on custom report type ${type.name} name columns`,
            fix: 'write the column as <table>$<field>, e.g. Opportunity$Name'
        };
    }
    if (type?.kind !== 'standard') {
        return undefined;
    }
    const standard = STANDARD_REPORT_TYPES[type.name];
    const objectField = OBJECT_FIELD.exec(column);
    if (objectField !== null) {
        const [, objectName = '', fieldName = ''] = objectField;
        if (!(standard?.objects ?? []).includes(objectName)) {
            return {
                error: `report type ${type.name} shows fields of ${(standard?.objects ?? []).join(' and ')}, not ${objectName}`,
                fix: 'correct the column'
            };
        }
        const found = resolveReportField(schema, objectName, fieldName);
        return 'error' in found ? { error: found.error, fix: 'correct the column' } : found;
    }
    if (STANDARD_TOKEN.test(column) && (standard?.columns ?? []).includes(column)) {
        return undefined;
    }
    return {
        error: `not a column of standard report type ${type.name}${suggestion(column, standard?.columns ?? [])}`,
        fix: `use a column token of ${type.name} or Object.Custom_Field (extend STANDARD_REPORT_TYPES from a retrieved report if the token is real)`
    };
}

/** The numbers a boolean filter uses must be exactly 1..n for its n criteria. */
function checkBooleanFilter(filter: XmlNode, problems: ReportProblem[]): void {
    const logic = text(filter, 'booleanFilter');
    const count = childNodes(filter, 'criteriaItems').length;
    if (count > FILTER_ITEMS_MAX) {
        problems.push({
            message: `has ${count} filter criteria; a report allows ${FILTER_ITEMS_MAX}`,
            fix: 'remove filter criteria'
        });
    }
    if (logic === undefined || logic.trim() === '') {
        return;
    }
    const used = new Set((logic.match(/\d+/g) ?? []).map(Number));
    const outOfRange = [...used].filter((n) => n < 1 || n > count);
    const unused = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !used.has(n));
    if (outOfRange.length > 0 || unused.length > 0) {
        problems.push({
            message: `has filter logic that ${outOfRange.length > 0 ? `names criteria ${outOfRange.join(', ')} of ${count}` : `leaves out criteria ${unused.join(', ')}`}`,
            fix: 'make <booleanFilter> use every criterion number from 1 to the number of <criteriaItems> once'
        });
    }
    const depth = [...logic].reduce(
        (level, char) => (level < 0 ? level : level + (char === '(' ? 1 : char === ')' ? -1 : 0)),
        0
    );
    if (depth !== 0) {
        problems.push({
            message: 'has filter logic with unbalanced parentheses',
            fix: 'balance the parentheses in <booleanFilter>'
        });
    }
}

/** Problems of one report; offers are the project's custom report types by name. */
export function checkReport(
    schema: Schema,
    root: XmlNode,
    offers: ReportTypeOffers = new Map()
): ReportProblem[] {
    const problems: ReportProblem[] = [];
    // Report name and description lengths are rows of the limits table (limits.ts), measured as sent.
    if ((text(root, 'name') ?? '').trim() === '') {
        problems.push({ message: 'has no <name>', fix: 'add <name>' });
    }
    const format = text(root, 'format') ?? '';
    const groupings = FORMAT_GROUPINGS[format];
    if (groupings === undefined) {
        problems.push({
            message: `has format '${format}'`,
            fix: `use one of: ${Object.keys(FORMAT_GROUPINGS).join(', ')}`
        });
    } else {
        for (const [tag, [min, max]] of [
            ['groupingsDown', groupings.down],
            ['groupingsAcross', groupings.across]
        ] as const) {
            const count = childNodes(root, tag).length;
            if (count < min || count > max) {
                problems.push({
                    message: `is a ${format} report with ${count} <${tag}>; it needs ${min === max ? min : `${min} to ${max}`}`,
                    fix: `change the <${tag}> or the <format>`
                });
            }
        }
    }
    const type = reportTypeOf(root, offers, problems);
    const seen = new Set<string>();
    for (const reference of reportColumnReferences(root)) {
        if (seen.has(reference.column)) {
            continue;
        }
        seen.add(reference.column);
        const found = checkColumn(schema, type, reference);
        if (found !== undefined && 'error' in found) {
            problems.push({
                message: `names column ${reference.column} (${reference.where}): ${found.error}`,
                fix: found.fix
            });
        }
    }
    for (const filter of childNodes(root, 'filter')) {
        checkBooleanFilter(filter, problems);
        for (const criteria of childNodes(filter, 'criteriaItems')) {
            const found = checkColumn(schema, type, {
                column: text(criteria, 'column') ?? '',
                where: 'filter'
            });
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
            // Salesforce's own sample joins Case on 'Account', the relationship; a custom lookup
            // joins on its field ('Buying_Center__c').
            if (
                schema.field(related, name) === undefined &&
                schema.parentRelationship(related, name) === undefined
            ) {
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

/** The columns a report groups by (down and across), which dashboard charts may group by. */
export function reportGroupings(root: XmlNode): string[] {
    return ['groupingsDown', 'groupingsAcross'].flatMap((tag) =>
        childNodes(root, tag).map((grouping) => text(grouping, 'field') ?? '')
    );
}

/** Column → the aggregates the report computes for it ('AMOUNT' → ['Sum']). */
export function reportAggregates(root: XmlNode): ReadonlyMap<string, readonly string[]> {
    return new Map(
        childNodes(root, 'columns').map((column) => [
            text(column, 'field') ?? '',
            texts(column, 'aggregateTypes')
        ])
    );
}
