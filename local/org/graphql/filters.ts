// GraphQL `where` and `orderBy` arguments → the shared query plan's conditions and ordering.
import { GraphQLError } from 'graphql';
import type { ParentRelationship, SObjectDescribe, SObjectField } from '../../../schema/types';
import { normalizeId } from '../ids';
import type { OrgModel } from '../model';
import { dateRangeCondition } from '../query/conditions';
import { dateLiteralRange } from '../query/dateLiterals';
import type { CompareOp, Condition, FieldRef, OrderItem } from '../query/plan';
import { kindOf, parseDateTime, type SqlValue } from '../values';

type Input = Readonly<Record<string, unknown>>;

function isInput(value: unknown): value is Input {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COMPARE: Readonly<Record<string, CompareOp>> = {
    eq: '=',
    ne: '!=',
    lt: '<',
    gt: '>',
    lte: '<=',
    gte: '>='
};

/** A range name from DateRange ('last_n_days') → the SOQL literal name. */
function rangeLiteral(name: string): string {
    return name.toUpperCase();
}

export class FilterCompiler {
    private readonly model: OrgModel;
    private readonly now: Date;

    constructor(model: OrgModel, now: Date) {
        this.model = model;
        this.now = now;
    }

    /** The condition of a `where` object on an object (undefined when it filters nothing). */
    where(
        object: SObjectDescribe,
        filter: Input,
        hops: readonly ParentRelationship[] = []
    ): Condition | undefined {
        const items: Condition[] = [];
        for (const [key, value] of Object.entries(filter)) {
            if (value === undefined) {
                continue;
            }
            if (key === 'and' || key === 'or') {
                const parts = (Array.isArray(value) ? value : [])
                    .filter(isInput)
                    .map((part) => this.where(object, part, hops))
                    .filter((part): part is Condition => part !== undefined);
                if (parts.length > 0) {
                    items.push({ kind: key, items: parts });
                }
                continue;
            }
            if (key === 'not') {
                const inner = isInput(value) ? this.where(object, value, hops) : undefined;
                if (inner !== undefined) {
                    items.push({ kind: 'not', item: inner });
                }
                continue;
            }
            const field = this.model.schema.field(object.name, key);
            if (field !== undefined && isInput(value)) {
                items.push(...this.operators({ hops, field }, value));
                continue;
            }
            const relationship = this.model.schema.parentRelationship(object.name, key);
            if (relationship !== undefined && isInput(value)) {
                items.push(...this.parent(relationship, value, hops));
            }
        }
        if (items.length === 0) {
            return undefined;
        }
        return items.length === 1 ? items[0] : { kind: 'and', items };
    }

    private parent(
        relationship: ParentRelationship,
        value: Input,
        hops: readonly ParentRelationship[]
    ): Condition[] {
        const path = [...hops, relationship];
        if (!relationship.polymorphic) {
            const target = this.model.object(relationship.referenceTo[0] ?? '');
            const inner = target === undefined ? undefined : this.where(target, value, path);
            return inner === undefined ? [] : [inner];
        }
        // { Owner: { User: { … } } }: the parent is of that type, and matches its filter.
        const conditions: Condition[] = [];
        for (const [typeName, typeFilter] of Object.entries(value)) {
            const target = this.model.object(typeName);
            if (target === undefined || !isInput(typeFilter)) {
                continue;
            }
            const typed: Condition = {
                kind: 'like',
                ref: { hops, field: relationship.field },
                negate: false,
                pattern: `${this.model.keyPrefix(target.name)}%`
            };
            const inner = this.where(target, typeFilter, path);
            conditions.push(inner === undefined ? typed : { kind: 'and', items: [typed, inner] });
        }
        return conditions;
    }

    private operators(ref: FieldRef, operators: Input): Condition[] {
        const conditions: Condition[] = [];
        for (const [op, operand] of Object.entries(operators)) {
            if (operand === undefined) {
                continue;
            }
            const compare = COMPARE[op];
            if (compare !== undefined) {
                conditions.push(this.compare(ref, compare, operand));
            } else if (op === 'in' || op === 'nin') {
                const values = Array.isArray(operand) ? operand : [];
                if (
                    values.some(
                        (value) =>
                            isInput(value) &&
                            (value.literal !== undefined || value.range !== undefined)
                    )
                ) {
                    throw new GraphQLError(
                        `The local org does not implement date literals inside ${op} lists`
                    );
                }
                conditions.push({
                    kind: 'in',
                    ref,
                    negate: op === 'nin',
                    values: values.map((value) => this.scalar(ref.field, value))
                });
            } else if (op === 'like') {
                conditions.push({
                    kind: 'like',
                    ref,
                    negate: false,
                    pattern: String(operand).replace(/\\(?![%_])/g, '\\\\')
                });
            } else if (op === 'inq' || op === 'ninq') {
                conditions.push(this.semiJoin(ref, op === 'ninq', operand));
            } else {
                throw new GraphQLError(`The local org does not implement the ${op} operator`);
            }
        }
        return conditions;
    }

    private compare(ref: FieldRef, op: CompareOp, operand: unknown): Condition {
        const kind = kindOf(ref.field);
        if ((kind === 'date' || kind === 'datetime') && isInput(operand)) {
            if (typeof operand.literal === 'string') {
                return dateRangeCondition(
                    ref,
                    op,
                    dateLiteralRange(operand.literal, undefined, this.now)
                );
            }
            if (isInput(operand.range)) {
                const [name, n] =
                    Object.entries(operand.range).find(([, value]) => typeof value === 'number') ??
                    [];
                if (name === undefined) {
                    throw new GraphQLError('A DateRange needs one of its fields');
                }
                return dateRangeCondition(
                    ref,
                    op,
                    dateLiteralRange(rangeLiteral(name), Number(n), this.now)
                );
            }
            return {
                kind: 'compare',
                ref,
                op,
                value: this.scalar(ref.field, operand.value ?? null)
            };
        }
        return { kind: 'compare', ref, op, value: this.scalar(ref.field, operand) };
    }

    /** A GraphQL input value in stored form (an invalid id simply matches nothing, as on the platform). */
    private scalar(field: SObjectField, value: unknown): SqlValue {
        if (value === null || value === undefined) {
            return null;
        }
        if (isInput(value)) {
            return this.scalar(field, value.value);
        }
        switch (kindOf(field)) {
            case 'id':
                return normalizeId(String(value)) ?? String(value);
            case 'boolean':
                return value === true ? 1 : 0;
            case 'number':
                return Number(value);
            case 'datetime':
                return parseDateTime(String(value)) ?? String(value);
            default:
                return String(value);
        }
    }

    /** inq: { Opportunity: { Id: { eq: $id } }, ApiName: "AccountId" } — a semi-join. */
    private semiJoin(ref: FieldRef, negate: boolean, operand: unknown): Condition {
        if (!isInput(operand) || typeof operand.ApiName !== 'string') {
            throw new GraphQLError('A semi-join (inq/ninq) needs ApiName and one object filter');
        }
        const entries = Object.entries(operand).filter(
            ([key, value]) => key !== 'ApiName' && value !== undefined
        );
        const [entry] = entries;
        if (entry === undefined || entries.length !== 1) {
            throw new GraphQLError('A semi-join (inq/ninq) names exactly one object');
        }
        const [objectName, filter] = entry;
        const object = this.model.object(objectName);
        const field =
            object === undefined
                ? undefined
                : this.model.schema.field(object.name, operand.ApiName);
        if (object === undefined || field === undefined || kindOf(field) !== 'id') {
            throw new GraphQLError(
                `Semi-join field ${objectName}.${operand.ApiName} is not an Id or reference field`
            );
        }
        return {
            kind: 'semi',
            ref,
            negate,
            sub: {
                object,
                where: isInput(filter) ? this.where(object, filter) : undefined,
                orderBy: [],
                includeDeleted: false
            },
            subField: { hops: [], field }
        };
    }

    /** The ordering of an `orderBy` object, in the order its keys were written. */
    orderBy(
        object: SObjectDescribe,
        orderBy: Input,
        hops: readonly ParentRelationship[] = []
    ): OrderItem[] {
        const items: OrderItem[] = [];
        for (const [key, value] of Object.entries(orderBy)) {
            if (!isInput(value)) {
                continue;
            }
            const field = this.model.schema.field(object.name, key);
            if (field !== undefined) {
                const descending = value.order === 'DESC';
                items.push({
                    ref: { hops, field },
                    descending,
                    nullsLast: value.nulls === undefined ? descending : value.nulls === 'LAST'
                });
                continue;
            }
            const relationship = this.model.schema.parentRelationship(object.name, key);
            const target =
                relationship === undefined
                    ? undefined
                    : this.model.object(relationship.referenceTo[0] ?? '');
            if (relationship !== undefined && target !== undefined && !relationship.polymorphic) {
                items.push(...this.orderBy(target, value, [...hops, relationship]));
            }
        }
        return items;
    }
}
