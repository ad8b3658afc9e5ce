// The query plan both SOQL and GraphQL compile to, so one SQL builder and one executor serve both.
import type { ParentRelationship, SObjectDescribe, SObjectField } from '../../../schema/types';
import type { SqlValue } from '../values';

/** A field of the queried object or of a parent reached through parent relationships. */
export interface FieldRef {
    readonly hops: readonly ParentRelationship[];
    readonly field: SObjectField;
    /**
     * After a polymorphic hop: the column each target (in the hop's referenceTo order) answers with,
     * or null where the target has none (SOQL's Name entity: a Case's Name is its CaseNumber).
     */
    readonly columnsByTarget?: readonly (string | null)[];
}

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Condition =
    | { readonly kind: 'and' | 'or'; readonly items: readonly Condition[] }
    | { readonly kind: 'not'; readonly item: Condition }
    | {
          readonly kind: 'compare';
          readonly ref: FieldRef;
          readonly op: CompareOp;
          readonly value: SqlValue;
      }
    | {
          readonly kind: 'in';
          readonly ref: FieldRef;
          readonly negate: boolean;
          readonly values: readonly SqlValue[];
      }
    | {
          readonly kind: 'like';
          readonly ref: FieldRef;
          readonly negate: boolean;
          readonly pattern: string;
      }
    | {
          readonly kind: 'semi';
          readonly ref: FieldRef;
          readonly negate: boolean;
          readonly sub: SelectPlan;
          readonly subField: FieldRef;
      };

export interface OrderItem {
    readonly ref: FieldRef;
    readonly descending: boolean;
    /** SOQL's default: nulls first ascending, last descending. */
    readonly nullsLast: boolean;
}

export interface SelectPlan {
    readonly object: SObjectDescribe;
    readonly where?: Condition;
    readonly orderBy: readonly OrderItem[];
    readonly limit?: number;
    readonly offset?: number;
    /** queryAll: include records in the recycle bin. */
    readonly includeDeleted: boolean;
}

export function fieldRef(field: SObjectField, hops: readonly ParentRelationship[] = []): FieldRef {
    return { hops, field };
}

/** The dotted API path of a reference: 'Account.Owner.Name'. */
export function refPath(ref: FieldRef): string {
    return [...ref.hops.map((hop) => hop.name), ref.field.name].join('.');
}
