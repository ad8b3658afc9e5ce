// The UI API GraphQL schema's shared types: scalars (Currency, Date, DateTime…), the value wrappers
// every field is read through ({ value, displayValue }), filter operators, date inputs, ordering and
// page info — named as Salesforce names them.
import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    Kind,
    type GraphQLInputType,
    type GraphQLOutputType,
    type ValueNode
} from 'graphql';
import type { SObjectField } from '../../../schema/types';
import { apiFieldType } from '../describe';
import { displayValue } from '../display';
import { kindOf, type SqlValue } from '../values';

function numberScalar(name: string, description: string): GraphQLScalarType<number, number> {
    const parse = (value: unknown): number => {
        if (typeof value === 'number' && Number.isFinite(value)) {
            return value;
        }
        throw new GraphQLError(
            `${name} cannot represent a non-numeric value: ${JSON.stringify(value)}`
        );
    };
    return new GraphQLScalarType<number, number>({
        name,
        description,
        serialize: (value) => Number(value),
        parseValue: parse,
        parseLiteral: (node: ValueNode) => {
            if (node.kind === Kind.INT || node.kind === Kind.FLOAT) {
                return Number(node.value);
            }
            throw new GraphQLError(`${name} cannot represent a non-numeric value`, { nodes: node });
        }
    });
}

function textScalar(
    name: string,
    description: string,
    pattern?: RegExp
): GraphQLScalarType<string, string> {
    const parse = (value: unknown): string => {
        if (typeof value === 'string' && (pattern === undefined || pattern.test(value))) {
            return value;
        }
        throw new GraphQLError(`${name} cannot represent the value ${JSON.stringify(value)}`);
    };
    return new GraphQLScalarType<string, string>({
        name,
        description,
        serialize: (value) => String(value),
        parseValue: parse,
        parseLiteral: (node: ValueNode) => {
            if (node.kind === Kind.STRING) {
                return parse(node.value);
            }
            throw new GraphQLError(`${name} cannot represent a non-string value`, { nodes: node });
        }
    });
}

export const Long = numberScalar('Long', 'A 64-bit integer.');
export const Currency = numberScalar('Currency', 'A currency amount.');
export const Double = numberScalar('Double', 'A double-precision number.');
export const Percent = numberScalar('Percent', 'A percentage.');
export const DateScalar = textScalar('Date', 'A date, YYYY-MM-DD.', /^\d{4}-\d{2}-\d{2}$/);
export const DateTime = textScalar('DateTime', 'A date and time in ISO 8601, UTC.');
export const Time = textScalar('Time', 'A time of day, HH:MM:SS.sssZ.');
export const Email = textScalar('Email', 'An e-mail address.');
export const PhoneNumber = textScalar('PhoneNumber', 'A phone number.');
export const Url = textScalar('Url', 'A URL.');
export const TextArea = textScalar('TextArea', 'Plain text over several lines.');
export const LongTextArea = textScalar('LongTextArea', 'Long plain text.');
export const RichTextArea = textScalar('RichTextArea', 'Text with HTML formatting.');
export const Picklist = textScalar('Picklist', 'A picklist value API name.');
export const MultiPicklist = textScalar(
    'MultiPicklist',
    'Picklist value API names separated by semicolons.'
);

/** What a value wrapper resolves from: the field and its stored value. */
export interface ValueSource {
    readonly field: SObjectField;
    readonly stored: SqlValue | undefined;
}

/** A stored value as GraphQL returns it. */
export function graphqlValue(field: SObjectField, stored: SqlValue | undefined): unknown {
    if (stored === null || stored === undefined) {
        return kindOf(field) === 'boolean' ? false : null;
    }
    switch (kindOf(field)) {
        case 'boolean':
            return stored === 1;
        case 'number':
            return Number(stored);
        default:
            return String(stored);
    }
}

function valueType(
    name: string,
    scalar: GraphQLOutputType,
    extra: { label?: boolean; format?: boolean } = {}
): GraphQLObjectType<ValueSource> {
    return new GraphQLObjectType<ValueSource>({
        name,
        fields: {
            value: { type: scalar, resolve: (source) => graphqlValue(source.field, source.stored) },
            displayValue: {
                type: GraphQLString,
                resolve: (source) => displayValue(source.field, source.stored)
            },
            ...(extra.label === true
                ? {
                      label: {
                          type: GraphQLString,
                          resolve: (source: ValueSource) =>
                              source.stored === null || source.stored === undefined
                                  ? null
                                  : displayValue(source.field, source.stored)
                      }
                  }
                : {}),
            ...(extra.format === true
                ? { format: { type: GraphQLString, resolve: () => null } }
                : {})
        }
    });
}

export const VALUE_TYPES = {
    IDValue: valueType('IDValue', GraphQLID),
    StringValue: valueType('StringValue', GraphQLString, { label: true }),
    TextAreaValue: valueType('TextAreaValue', TextArea),
    LongTextAreaValue: valueType('LongTextAreaValue', LongTextArea),
    RichTextAreaValue: valueType('RichTextAreaValue', RichTextArea),
    EmailValue: valueType('EmailValue', Email),
    PhoneNumberValue: valueType('PhoneNumberValue', PhoneNumber),
    UrlValue: valueType('UrlValue', Url),
    PicklistValue: valueType('PicklistValue', Picklist, { label: true }),
    MultiPicklistValue: valueType('MultiPicklistValue', MultiPicklist, { label: true }),
    CurrencyValue: valueType('CurrencyValue', Currency, { format: true }),
    DoubleValue: valueType('DoubleValue', Double, { format: true }),
    PercentValue: valueType('PercentValue', Percent, { format: true }),
    IntValue: valueType('IntValue', GraphQLInt, { format: true }),
    LongValue: valueType('LongValue', Long, { format: true }),
    BooleanValue: valueType('BooleanValue', GraphQLBoolean),
    DateValue: valueType('DateValue', DateScalar, { format: true }),
    DateTimeValue: valueType('DateTimeValue', DateTime, { format: true }),
    TimeValue: valueType('TimeValue', Time, { format: true })
};

/** The wrapper type a field is read through. */
export function valueTypeOf(field: SObjectField): GraphQLObjectType<ValueSource> {
    switch (field.type) {
        case 'Id':
        case 'Lookup':
        case 'MasterDetail':
        case 'Hierarchy':
            return VALUE_TYPES.IDValue;
        case 'TextArea':
            return VALUE_TYPES.TextAreaValue;
        case 'LongTextArea':
            return VALUE_TYPES.LongTextAreaValue;
        case 'Html':
            return VALUE_TYPES.RichTextAreaValue;
        case 'Email':
            return VALUE_TYPES.EmailValue;
        case 'Phone':
            return VALUE_TYPES.PhoneNumberValue;
        case 'Url':
            return VALUE_TYPES.UrlValue;
        case 'Picklist':
            return VALUE_TYPES.PicklistValue;
        case 'MultiselectPicklist':
            return VALUE_TYPES.MultiPicklistValue;
        case 'Currency':
            return VALUE_TYPES.CurrencyValue;
        case 'Percent':
            return VALUE_TYPES.PercentValue;
        case 'Number':
        case 'Summary':
            return apiFieldType(field) === 'int' ? VALUE_TYPES.IntValue : VALUE_TYPES.DoubleValue;
        case 'Checkbox':
            return VALUE_TYPES.BooleanValue;
        case 'Date':
            return VALUE_TYPES.DateValue;
        case 'DateTime':
            return VALUE_TYPES.DateTimeValue;
        case 'Time':
            return VALUE_TYPES.TimeValue;
        default:
            return VALUE_TYPES.StringValue;
    }
}

export const PageInfo = new GraphQLObjectType({
    name: 'PageInfo',
    fields: {
        hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        startCursor: { type: GraphQLString },
        endCursor: { type: GraphQLString }
    }
});

export const ResultOrder = new GraphQLEnumType({
    name: 'ResultOrder',
    values: { ASC: {}, DESC: {} }
});
export const NullOrder = new GraphQLEnumType({
    name: 'NullOrder',
    values: { FIRST: {}, LAST: {} }
});
export const OrderByClause = new GraphQLInputObjectType({
    name: 'OrderByClause',
    fields: { order: { type: ResultOrder }, nulls: { type: NullOrder } }
});

export const DATE_LITERALS = [
    'YESTERDAY',
    'TODAY',
    'TOMORROW',
    'LAST_WEEK',
    'THIS_WEEK',
    'NEXT_WEEK',
    'LAST_MONTH',
    'THIS_MONTH',
    'NEXT_MONTH',
    'LAST_90_DAYS',
    'NEXT_90_DAYS',
    'LAST_QUARTER',
    'THIS_QUARTER',
    'NEXT_QUARTER',
    'LAST_FISCAL_QUARTER',
    'THIS_FISCAL_QUARTER',
    'NEXT_FISCAL_QUARTER',
    'LAST_YEAR',
    'THIS_YEAR',
    'NEXT_YEAR',
    'LAST_FISCAL_YEAR',
    'THIS_FISCAL_YEAR',
    'NEXT_FISCAL_YEAR'
];

export const DATE_RANGES = [
    'last_n_days',
    'next_n_days',
    'n_days_ago',
    'last_n_weeks',
    'next_n_weeks',
    'n_weeks_ago',
    'last_n_months',
    'next_n_months',
    'n_months_ago',
    'last_n_quarters',
    'next_n_quarters',
    'n_quarters_ago',
    'last_n_years',
    'next_n_years',
    'n_years_ago'
];

const DateLiteral = new GraphQLEnumType({
    name: 'DateLiteral',
    values: Object.fromEntries(DATE_LITERALS.map((name) => [name, {}]))
});
const DateRange = new GraphQLInputObjectType({
    name: 'DateRange',
    fields: Object.fromEntries(DATE_RANGES.map((name) => [name, { type: GraphQLInt }]))
});
const DateInput = new GraphQLInputObjectType({
    name: 'DateInput',
    fields: {
        value: { type: DateScalar },
        literal: { type: DateLiteral },
        range: { type: DateRange }
    }
});
const DateTimeInput = new GraphQLInputObjectType({
    name: 'DateTimeInput',
    fields: {
        value: { type: DateTime },
        literal: { type: DateLiteral },
        range: { type: DateRange }
    }
});

function operators(
    name: string,
    scalar: GraphQLInputType,
    options: { like?: boolean; order?: boolean; lists?: boolean } = {}
): GraphQLInputObjectType {
    const fields: Record<string, { type: GraphQLInputType }> = {
        eq: { type: scalar },
        ne: { type: scalar }
    };
    if (options.order !== false) {
        for (const op of ['lt', 'gt', 'lte', 'gte']) {
            fields[op] = { type: scalar };
        }
    }
    if (options.like === true) {
        fields.like = { type: GraphQLString };
    }
    if (options.lists !== false) {
        fields.in = { type: new GraphQLList(scalar) };
        fields.nin = { type: new GraphQLList(scalar) };
    }
    return new GraphQLInputObjectType({ name, fields });
}

export const OPERATORS = {
    StringOperators: operators('StringOperators', GraphQLString, { like: true }),
    TextAreaOperators: operators('TextAreaOperators', TextArea, { like: true }),
    PicklistOperators: operators('PicklistOperators', Picklist, { like: true }),
    CurrencyOperators: operators('CurrencyOperators', Currency),
    DoubleOperators: operators('DoubleOperators', Double),
    PercentOperators: operators('PercentOperators', Percent),
    IntegerOperators: operators('IntegerOperators', GraphQLInt),
    LongOperators: operators('LongOperators', Long),
    BooleanOperators: operators('BooleanOperators', GraphQLBoolean, { order: false, lists: false }),
    DateOperators: operators('DateOperators', DateInput),
    DateTimeOperators: operators('DateTimeOperators', DateTimeInput),
    TimeOperators: operators('TimeOperators', Time)
};

/** The operators input a field is filtered with, or undefined when it cannot be filtered. */
export function operatorsOf(
    field: SObjectField,
    idOperators: GraphQLInputObjectType
): GraphQLInputObjectType | undefined {
    switch (field.type) {
        case 'Id':
        case 'Lookup':
        case 'MasterDetail':
        case 'Hierarchy':
            return idOperators;
        case 'LongTextArea':
        case 'Html':
        case 'MultiselectPicklist':
            return undefined;
        case 'TextArea':
            return OPERATORS.TextAreaOperators;
        case 'Picklist':
            return OPERATORS.PicklistOperators;
        case 'Currency':
            return OPERATORS.CurrencyOperators;
        case 'Percent':
            return OPERATORS.PercentOperators;
        case 'Number':
            return apiFieldType(field) === 'int'
                ? OPERATORS.IntegerOperators
                : OPERATORS.DoubleOperators;
        case 'Checkbox':
            return OPERATORS.BooleanOperators;
        case 'Date':
            return OPERATORS.DateOperators;
        case 'DateTime':
            return OPERATORS.DateTimeOperators;
        case 'Time':
            return OPERATORS.TimeOperators;
        default:
            return kindOf(field) === undefined ? undefined : OPERATORS.StringOperators;
    }
}
