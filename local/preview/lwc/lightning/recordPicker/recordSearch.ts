// The GraphQL the preview's lightning-record-picker sends: the records of one object whose primary
// field (or another matching field) contains what was typed, within the picker's filter, with the
// fields its displayInfo shows. Filter, matchingInfo and displayInfo have the platform's shapes
// (developer.salesforce.com/docs/component-library/bundle/lightning-record-picker: criteria of
// { fieldPath, operator, value } joined by AND; the operators are GraphQL's: eq, ne, lt, gt, lte,
// gte, in, nin, like, includes, excludes).

export interface PickerCriterion {
    fieldPath: string;
    operator: string;
    value: unknown;
}

export interface PickerFilter {
    criteria: PickerCriterion[];
    filterLogic?: string;
}

export interface PickerDisplayInfo {
    primaryField?: string;
    additionalFields?: string[];
}

export interface PickerMatchingInfo {
    primaryField?: { fieldPath: string };
    additionalFields?: { fieldPath: string }[];
}

export interface PickerRecord {
    id: string;
    name: string;
    /** The displayInfo's additional fields, joined, under the name. */
    meta: string;
}

const FIELD_PATH = /^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/;
const OPERATORS = new Set([
    'eq',
    'ne',
    'lt',
    'gt',
    'lte',
    'gte',
    'in',
    'nin',
    'like',
    'includes',
    'excludes'
]);
/** The platform's picker lists at most this many matches. */
export const MAX_RESULTS = 50;

function checkedPath(path: string): string {
    if (!FIELD_PATH.test(path)) {
        throw new Error(`lightning-record-picker: "${path}" is not a field path`);
    }
    return path;
}

/** A GraphQL input literal for a plain value (strings, numbers, booleans, null, lists of them). */
function literal(value: unknown): string {
    if (Array.isArray(value)) {
        return `[${value.map(literal).join(', ')}]`;
    }
    if (value === null || value === undefined) {
        return 'null';
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    return JSON.stringify(String(value));
}

/** { A: { B: { op: value } } } for the path A.B, as a GraphQL literal. */
function condition(path: string, operator: string, value: unknown): string {
    if (!OPERATORS.has(operator)) {
        throw new Error(`lightning-record-picker: unknown filter operator "${operator}"`);
    }
    return checkedPath(path)
        .split('.')
        .reduceRight(
            (inner, part) => `{ ${part}: ${inner} }`,
            `{ ${operator}: ${literal(value)} }`
        );
}

function selection(path: string): string {
    const parts = checkedPath(path).split('.');
    return parts.reduceRight(
        (inner, part, index) =>
            index === parts.length - 1 ? `${part} { value }` : `${part} { ${inner} }`,
        ''
    );
}

function valueAt(node: unknown, path: string): string {
    let current: unknown = node;
    for (const part of path.split('.')) {
        current = (current as Record<string, unknown> | null | undefined)?.[part];
    }
    const value = (current as { value?: unknown } | null | undefined)?.value;
    return value === null || value === undefined ? '' : String(value);
}

export interface SearchRequest {
    objectApiName: string;
    /** What the user typed; empty with recordId to read one record's name. */
    term: string;
    recordId?: string;
    filter?: PickerFilter;
    displayInfo?: PickerDisplayInfo;
    matchingInfo?: PickerMatchingInfo;
}

/** The query text for one search (or for reading the selected record's name). */
export function searchQuery(request: SearchRequest): string {
    const objectApiName = checkedPath(request.objectApiName);
    const primary = request.displayInfo?.primaryField ?? 'Name';
    const extra = request.displayInfo?.additionalFields ?? [];
    const conditions: string[] = [];
    if (request.recordId !== undefined) {
        conditions.push(condition('Id', 'eq', request.recordId));
    } else {
        if (request.filter?.filterLogic) {
            throw new Error('lightning-record-picker in the preview: filterLogic is not supported');
        }
        for (const criterion of request.filter?.criteria ?? []) {
            conditions.push(condition(criterion.fieldPath, criterion.operator, criterion.value));
        }
        const matching = [
            request.matchingInfo?.primaryField?.fieldPath ?? 'Name',
            ...(request.matchingInfo?.additionalFields ?? []).map((field) => field.fieldPath)
        ];
        const pattern = `%${request.term.trim()}%`;
        const matches = matching.map((path) => condition(path, 'like', pattern));
        conditions.push(
            matches.length === 1 ? (matches[0] ?? '') : `{ or: [${matches.join(', ')}] }`
        );
    }
    const where = conditions.length === 1 ? conditions[0] : `{ and: [${conditions.join(', ')}] }`;
    const fields = [...new Set([primary, ...extra])].map(selection).join(' ');
    return `query recordPicker { uiapi { query { ${objectApiName}(where: ${where}, first: ${MAX_RESULTS}, orderBy: { ${checkedPath(primary).split('.')[0]}: { order: ASC } }) { edges { node { Id ${fields} } } } } } }`;
}

/** The records of a search answer, with what the picker shows of each. */
export function recordsOf(
    answer: unknown,
    objectApiName: string,
    displayInfo?: PickerDisplayInfo
): PickerRecord[] {
    const edges =
        (
            answer as {
                data?: { uiapi?: { query?: Record<string, { edges?: { node: unknown }[] }> } };
            }
        ).data?.uiapi?.query?.[objectApiName]?.edges ?? [];
    const primary = displayInfo?.primaryField ?? 'Name';
    const extra = displayInfo?.additionalFields ?? [];
    return edges.map(({ node }) => ({
        id: String((node as { Id?: unknown }).Id ?? ''),
        name: valueAt(node, primary),
        meta: extra
            .map((path) => valueAt(node, path))
            .filter(Boolean)
            .join(' • ')
    }));
}
