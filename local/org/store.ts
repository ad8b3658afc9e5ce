// The record store: every write goes through one pipeline that does what the platform does on save
// (field checks, defaults, standard derivations, before-save flows, required fields, lookups,
// validation rules, unique fields, audit fields) inside a SQLite transaction, so a failed write
// changes nothing.
import type { Statement } from 'better-sqlite3';
import type { SObjectDescribe, SObjectField, ValidationRule } from '../../schema/types';
import { quote, readMeta, writeMeta, type SqliteDatabase } from './database';
import { notFound, recordError, SalesforceError } from './errors';
import type { RecordAccess } from './access/recordAccess';
import { runningUser } from './access/runningUser';
import type { BeforeSaveFlow } from './flows';
import { evaluateBoolean, evaluateText, substitutionsFor, unsupportedReason } from './formula';
import { makeId, normalizeId } from './ids';
import type { OrgModel } from './model';
import { applyStandardDerivations, deleteBehaviour } from './standardBehaviour';
import { coerce, kindOf, type InputMode, type Row, type SqlValue } from './values';

export interface StoreOptions {
    readonly now: () => Date;
    readonly flows: readonly BeforeSaveFlow[];
    /** Object permissions, field-level security and sharing of the running user. */
    readonly access: RecordAccess;
}

/** What every save of one object needs from its describe, worked out once per object. */
interface SavePlan {
    /** Default values of a new record (picklist defaults, field defaults, unchecked boxes). */
    readonly defaults: Readonly<Row>;
    readonly required: readonly string[];
    /** Lookup and master-detail fields (not Id): checked when they change. */
    readonly references: readonly SObjectField[];
    readonly hasOwner: boolean;
}

/** An object's full-row INSERT and UPDATE, and the value of each column a row leaves out. */
interface WriteStatements {
    readonly names: readonly string[];
    readonly absent: readonly SqlValue[];
    readonly updated: readonly string[];
    readonly insert: string;
    readonly update: string;
}

/** A validation rule with whether the local org can evaluate it. */
interface RuleState {
    readonly rule: ValidationRule;
    readonly unsupported?: string;
}

export interface WriteOptions {
    /** JSON bodies carry typed values; CSV and formulas carry text. */
    readonly mode?: InputMode;
    /** Bulk API semantics: a blank value leaves the field unchanged on update ('#N/A' clears it). */
    readonly blankMeansUnchanged?: boolean;
}

export class OrgStore {
    readonly db: SqliteDatabase;
    readonly model: OrgModel;
    readonly orgId: string;
    /** The org's first user (the administrator): who the org's own work runs as. */
    readonly defaultUserId: string;
    readonly access: RecordAccess;
    private readonly clock: () => Date;
    private readonly flowsByObject = new Map<string, BeforeSaveFlow[]>();
    private readonly rulesByObject = new Map<string, RuleState[]>();
    private readonly statements = new Map<string, Statement>();
    private readonly savePlans = new WeakMap<SObjectDescribe, SavePlan>();
    private readonly writeSql = new Map<string, WriteStatements>();

    constructor(db: SqliteDatabase, model: OrgModel, options: StoreOptions) {
        this.db = db;
        this.model = model;
        this.clock = options.now;
        this.access = options.access;
        for (const flow of options.flows) {
            const list = this.flowsByObject.get(flow.objectName) ?? [];
            list.push(flow);
            this.flowsByObject.set(flow.objectName, list);
        }
        for (const object of model.objects()) {
            this.rulesByObject.set(
                object.name,
                object.validationRules
                    .filter((rule) => rule.active)
                    .map((rule) => ({
                        rule,
                        unsupported: unsupportedReason(
                            model,
                            object.name,
                            rule.errorConditionFormula
                        )
                    }))
            );
        }
        const ids = this.bootstrap();
        this.orgId = ids.orgId;
        this.defaultUserId = ids.userId;
    }

    /** The user the current request runs as (audit fields, default owner). */
    get userId(): string {
        return runningUser()?.id ?? this.defaultUserId;
    }

    /** Active validation rules the local org cannot evaluate, for the start-up report. */
    unenforcedRules(): { object: string; rule: string; reason: string }[] {
        const result: { object: string; rule: string; reason: string }[] = [];
        for (const [object, rules] of this.rulesByObject) {
            for (const state of rules) {
                if (state.unsupported !== undefined) {
                    result.push({ object, rule: state.rule.name, reason: state.unsupported });
                }
            }
        }
        return result;
    }

    now(): string {
        return this.clock().toISOString();
    }

    today(): Date {
        return this.clock();
    }

    /**
     * Runs fn in a transaction (a savepoint when nested); any throw rolls it back. The same protocol
     * as better-sqlite3's db.transaction(fn)() with statements prepared once: that wrapper is built
     * anew on every call, and a bulk row opens two or three of these.
     */
    transaction<T>(fn: () => T): T {
        const nested = this.db.inTransaction;
        const [begin, end, undo] = nested
            ? [
                  this.statement('SAVEPOINT "atlas"'),
                  this.statement('RELEASE "atlas"'),
                  this.statement('ROLLBACK TO "atlas"')
              ]
            : [this.statement('BEGIN'), this.statement('COMMIT'), this.statement('ROLLBACK')];
        begin.run();
        try {
            const result = fn();
            end.run();
            return result;
        } catch (error) {
            // SQLite may have rolled back already (a failed COMMIT, or an error that aborts).
            if (this.db.inTransaction) {
                undo.run();
                if (nested) {
                    end.run();
                }
            }
            throw error;
        }
    }

    private statement(sql: string): Statement {
        let statement = this.statements.get(sql);
        if (statement === undefined) {
            statement = this.db.prepare(sql);
            this.statements.set(sql, statement);
        }
        return statement;
    }

    private readonly queryStatements = new Map<string, Statement>();

    /** A prepared statement for generated query SQL, kept for the most recent distinct queries. */
    prepared(sql: string): Statement {
        let statement = this.queryStatements.get(sql);
        if (statement !== undefined) {
            // Re-insert: the map's order is the eviction order.
            this.queryStatements.delete(sql);
        } else {
            statement = this.db.prepare(sql);
            if (this.queryStatements.size >= 500) {
                const oldest = this.queryStatements.keys().next().value;
                if (oldest !== undefined) {
                    this.queryStatements.delete(oldest);
                }
            }
        }
        this.queryStatements.set(sql, statement);
        return statement;
    }

    /** The org and its one user exist from the first start on. */
    private bootstrap(): { orgId: string; userId: string } {
        return this.transaction(() => {
            const existingOrg = readMeta(this.db, 'orgId');
            const existingUser = readMeta(this.db, 'userId');
            if (existingOrg !== undefined && existingUser !== undefined) {
                return { orgId: existingOrg, userId: existingUser };
            }
            const orgId = this.allocateId('Organization');
            const userId = this.allocateId('User');
            const now = this.now();
            const audit = {
                IsDeleted: 0,
                CreatedDate: now,
                CreatedById: userId,
                LastModifiedDate: now,
                LastModifiedById: userId,
                SystemModstamp: now
            };
            this.writeRow('Organization', {
                Id: orgId,
                Name: 'Account Atlas Local Org',
                InstanceName: 'LOCAL',
                IsSandbox: 0,
                OrganizationType: 'Developer Edition',
                NamespacePrefix: null,
                TrialExpirationDate: null,
                Country: 'US',
                LanguageLocaleKey: 'en_US',
                DefaultLocaleSidKey: 'en_US',
                TimeZoneSidKey: 'GMT',
                DefaultCurrencyIsoCode: 'USD',
                ...audit
            });
            this.writeRow('User', {
                Id: userId,
                FirstName: 'Atlas',
                LastName: 'Local User',
                Name: 'Atlas Local User',
                Email: 'atlas.user@atlas.local',
                Username: 'atlas.user@atlas.local',
                Alias: 'atlas',
                Title: 'Account Executive',
                IsActive: 1,
                ...audit
            });
            writeMeta(this.db, 'orgId', orgId);
            writeMeta(this.db, 'userId', userId);
            return { orgId, userId };
        });
    }

    /** The next id of an object (counters persist, so ids never repeat). */
    allocateId(objectName: string): string {
        const prefix = this.model.keyPrefix(objectName);
        return makeId(prefix, this.nextCounter(prefix));
    }

    /** Ids for things that are not records (bulk jobs, query cursors) under a fixed prefix. */
    allocateIdWithPrefix(prefix: string): string {
        return makeId(prefix, this.nextCounter(prefix));
    }

    private nextCounter(prefix: string): number {
        const row = this.statement(
            'INSERT INTO _id_counters (prefix, next) VALUES (?, 1) ON CONFLICT(prefix) DO UPDATE SET next = next + 1 RETURNING next'
        ).get(prefix) as { next: number };
        return row.next;
    }

    // ------------------------------------------------------------------------------------------
    // Reads

    /** One record by id (any case, 15 or 18 characters); deleted records only when asked. */
    getRow(objectName: string, id: string, includeDeleted = false): Row | undefined {
        const normalized = normalizeId(id);
        if (normalized === undefined) {
            return undefined;
        }
        const row = this.statement(`SELECT * FROM ${quote(objectName)} WHERE "Id" = ?`).get(
            normalized
        ) as Row | undefined;
        if (row === undefined || (!includeDeleted && row.IsDeleted === 1)) {
            return undefined;
        }
        return row;
    }

    /** Whether a live (not deleted) record has this id: one indexed probe, no row read. */
    private isLive(objectName: string, id: string): boolean {
        const normalized = normalizeId(id);
        return (
            normalized !== undefined &&
            this.statement(
                `SELECT 1 FROM ${quote(objectName)} WHERE "Id" = ? AND "IsDeleted" = 0`
            ).get(normalized) !== undefined
        );
    }

    /** The live record, or NOT_FOUND / ENTITY_IS_DELETED as the REST API answers. */
    requireRow(objectName: string, id: string): Row {
        const row = this.getRow(objectName, id, true);
        if (row === undefined) {
            throw notFound();
        }
        if (row.IsDeleted === 1) {
            throw new SalesforceError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
        }
        const object = this.model.object(objectName);
        if (object !== undefined) {
            this.access.checkRead(object, row);
        }
        return row;
    }

    /** Live records whose external-id (or Id) field equals value. */
    findByField(object: SObjectDescribe, field: SObjectField, value: SqlValue): Row[] {
        return this.statement(
            `SELECT * FROM ${quote(object.name)} WHERE ${quote(field.name)} = ? AND "IsDeleted" = 0 LIMIT 2`
        ).all(value) as Row[];
    }

    /** A row written as the platform writes its own setup records: no save pipeline, no checks. */
    insertSystemRow(objectName: string, row: Row): void {
        this.writeRow(objectName, row);
    }

    // ------------------------------------------------------------------------------------------
    // Writes

    /** Creates a record and returns its 18-character id. */
    insert(
        objectName: string,
        input: Readonly<Record<string, unknown>>,
        options: WriteOptions = {}
    ): string {
        const object = this.model.requireType(objectName);
        return this.transaction(() => {
            if (!this.model.clientWritable(object)) {
                throw recordError(
                    'INVALID_TYPE_FOR_OPERATION',
                    `entity type ${object.name} does not support create`
                );
            }
            if (Object.keys(input).some((key) => key.toLowerCase() === 'id')) {
                throw recordError(
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    'cannot specify Id in an insert call',
                    ['Id']
                );
            }
            this.access.checkCreate(object);
            const changes = this.prepareChanges(object, input, 'create', options);
            const plan = this.savePlan(object);
            const row: Row = { ...plan.defaults };
            for (const [name, value] of changes) {
                row[name] = value;
            }
            applyStandardDerivations(object.name, row, changes);
            if (plan.hasOwner && (row.OwnerId ?? null) === null) {
                row.OwnerId = this.userId;
            }
            this.access.checkMasterOf(object, row);
            this.runFlows(object, row, 'create');
            this.checkRequired(object, row);
            this.checkReferences(object, row, new Set(Object.keys(row)));
            this.runValidationRules(object, row);
            const id = this.allocateId(object.name);
            const now = this.now();
            Object.assign(row, {
                Id: id,
                IsDeleted: 0,
                CreatedDate: now,
                CreatedById: this.userId,
                LastModifiedDate: now,
                LastModifiedById: this.userId,
                SystemModstamp: now
            });
            this.assignAutoNumber(object, row);
            this.writeRow(object.name, row);
            return id;
        });
    }

    /** Changes a live record. */
    update(
        objectName: string,
        id: string,
        input: Readonly<Record<string, unknown>>,
        options: WriteOptions = {}
    ): void {
        const object = this.model.requireType(objectName);
        this.transaction(() => {
            const existing = this.requireRow(object.name, id);
            this.access.checkUpdate(object, existing);
            const rest: Record<string, unknown> = {};
            for (const [key, value] of Object.entries(input)) {
                if (key.toLowerCase() === 'id') {
                    if (typeof value !== 'string' || normalizeId(value) !== existing.Id) {
                        throw recordError(
                            'INVALID_FIELD_FOR_INSERT_UPDATE',
                            'Unable to create/update fields: Id. Please check the security settings of this field and verify that it is read/write for your profile or permission set.',
                            ['Id']
                        );
                    }
                    continue;
                }
                rest[key] = value;
            }
            const changes = this.prepareChanges(object, rest, 'update', options, existing);
            const row: Row = { ...existing };
            for (const [name, value] of changes) {
                row[name] = value;
            }
            applyStandardDerivations(object.name, row, changes);
            this.access.checkMasterOf(object, row);
            this.runFlows(object, row, 'update');
            this.checkRequired(object, row);
            const changed = new Set(Object.keys(row).filter((key) => row[key] !== existing[key]));
            this.checkReferences(object, row, changed);
            this.runValidationRules(object, row);
            const now = this.now();
            Object.assign(row, {
                LastModifiedDate: now,
                LastModifiedById: this.userId,
                SystemModstamp: now
            });
            this.rewriteRow(object.name, row);
        });
    }

    /** Creates or updates by an external-id field (or Id), as PATCH …/sobjects/X/Field/value does. */
    upsert(
        objectName: string,
        fieldName: string,
        value: string,
        input: Readonly<Record<string, unknown>>,
        options: WriteOptions = {}
    ): { id: string; created: boolean } {
        const object = this.model.requireType(objectName);
        const field = this.model.field(object.name, fieldName);
        if (field === undefined || (!field.externalId && field.name !== 'Id')) {
            throw new SalesforceError(
                404,
                'NOT_FOUND',
                `Provided external ID field does not exist or is not accessible: ${fieldName}`
            );
        }
        return this.transaction(() => {
            if (field.name === 'Id') {
                if (value === '') {
                    return { id: this.insert(object.name, input, options), created: true };
                }
                this.update(object.name, value, input, options);
                return { id: normalizeId(value) ?? value, created: false };
            }
            const coerced = coerce(field, value, 'text');
            if (!coerced.ok) {
                throw coerced.error;
            }
            const matches = this.findByField(object, field, coerced.value);
            const body: Record<string, unknown> = {};
            for (const [key, raw] of Object.entries(input)) {
                if (key.toLowerCase() === field.name.toLowerCase()) {
                    const given = coerce(field, raw, options.mode ?? 'json');
                    if (given.ok && given.value !== coerced.value) {
                        throw recordError(
                            'INVALID_FIELD',
                            `The value of ${field.name} in the body differs from the one in the URL`,
                            [field.name]
                        );
                    }
                    continue;
                }
                body[key] = raw;
            }
            if (matches.length > 1) {
                throw new SalesforceError(
                    300,
                    'MULTIPLE_CHOICES',
                    `More than one record found for external id field ${field.name} with value ${value}.`
                );
            }
            const match = matches[0];
            if (match === undefined) {
                return {
                    id: this.insert(
                        object.name,
                        { ...body, [field.name]: value },
                        { ...options, mode: options.mode ?? 'json' }
                    ),
                    created: true
                };
            }
            this.update(object.name, String(match.Id), body, options);
            return { id: String(match.Id), created: false };
        });
    }

    /** Deletes a record: master-detail children go with it, Restrict lookups block it, others clear. */
    delete(objectName: string, id: string): void {
        const object = this.model.requireType(objectName);
        this.transaction(() => {
            if (object.name === 'User' || !this.model.clientWritable(object)) {
                throw recordError(
                    'INSUFFICIENT_ACCESS_OR_READONLY',
                    `${object.label} records cannot be deleted`
                );
            }
            const root = this.requireRow(object.name, id);
            this.access.checkDelete(object, root);
            const doomed = new Map<string, { object: SObjectDescribe; row: Row }>();
            const queue: { object: SObjectDescribe; row: Row }[] = [{ object, row: root }];
            while (queue.length > 0) {
                const next = queue.shift();
                if (next === undefined || doomed.has(String(next.row.Id))) {
                    continue;
                }
                doomed.set(String(next.row.Id), next);
                for (const field of this.model.fieldsReferencing(next.object.name)) {
                    if (deleteBehaviour(field) !== 'Cascade') {
                        continue;
                    }
                    const childObject = this.model.object(field.objectName);
                    if (childObject === undefined) {
                        continue;
                    }
                    for (const child of this.liveRowsPointingAt(field, String(next.row.Id))) {
                        queue.push({ object: childObject, row: child });
                    }
                }
            }
            const now = this.now();
            for (const { object: target, row } of doomed.values()) {
                for (const field of this.model.fieldsReferencing(target.name)) {
                    const behaviour = deleteBehaviour(field);
                    if (behaviour === 'Restrict') {
                        const blockers = this.liveRowsPointingAt(field, String(row.Id)).filter(
                            (child) => !doomed.has(String(child.Id))
                        );
                        if (blockers.length > 0) {
                            const childObject = this.model.object(field.objectName);
                            throw recordError(
                                'DELETE_FAILED',
                                `Your attempt to delete ${String(row.Name ?? row.Id)} could not be completed because it is associated with the following ${(childObject?.pluralLabel ?? field.objectName).toLowerCase()}.: ${blockers
                                    .slice(0, 10)
                                    .map((child) => String(child.Name ?? child.Id))
                                    .join(', ')}`
                            );
                        }
                    } else if (behaviour === 'SetNull') {
                        this.statement(
                            `UPDATE ${quote(field.objectName)} SET ${quote(field.name)} = NULL, "SystemModstamp" = ? WHERE ${quote(field.name)} = ? AND "IsDeleted" = 0`
                        ).run(now, row.Id);
                    }
                }
            }
            for (const { object: target, row } of doomed.values()) {
                this.statement(
                    `UPDATE ${quote(target.name)} SET "IsDeleted" = 1, "LastModifiedDate" = ?, "LastModifiedById" = ?, "SystemModstamp" = ? WHERE "Id" = ?`
                ).run(now, this.userId, now, row.Id);
            }
        });
    }

    private liveRowsPointingAt(field: SObjectField, id: string): Row[] {
        return this.statement(
            `SELECT * FROM ${quote(field.objectName)} WHERE ${quote(field.name)} = ? AND "IsDeleted" = 0`
        ).all(id) as Row[];
    }

    // ------------------------------------------------------------------------------------------
    // The save pipeline

    /** Client values → stored values, rejecting unknown, read-only and ill-typed fields. */
    private prepareChanges(
        object: SObjectDescribe,
        input: Readonly<Record<string, unknown>>,
        operation: 'create' | 'update',
        options: WriteOptions,
        existing?: Row
    ): Map<string, SqlValue> {
        const mode = options.mode ?? 'json';
        const changes = new Map<string, SqlValue>();
        // Field-level security: a field the user cannot read does not exist for them, one they
        // cannot edit is neither createable nor updateable.
        const visible = this.access.visibleModel();
        for (const [key, raw] of Object.entries(input)) {
            if (key === 'attributes') {
                continue;
            }
            const field = visible.field(object.name, key);
            if (field === undefined) {
                const relationship = visible.schema.parentRelationship(object.name, key, {
                    ignoreCase: true
                });
                if (
                    relationship !== undefined &&
                    typeof raw === 'object' &&
                    raw !== null &&
                    !Array.isArray(raw)
                ) {
                    changes.set(
                        relationship.field.name,
                        this.resolveForeignKey(relationship.field, raw as Record<string, unknown>)
                    );
                    continue;
                }
                throw recordError(
                    'INVALID_FIELD',
                    `No such column '${key}' on sobject of type ${object.name}`,
                    [key]
                );
            }
            if (operation === 'update' && options.blankMeansUnchanged === true && raw === '') {
                continue;
            }
            const value = mode === 'text' && raw === '#N/A' ? null : raw;
            const coerced = coerce(field, value, mode);
            const allowed = operation === 'create' ? field.createable : field.updateable;
            // Repeating a read-only field's current value on update (a non-reparentable master in
            // an upsert body) is accepted, as the platform does; changing it is not.
            const unchanged =
                operation === 'update' &&
                coerced.ok &&
                existing !== undefined &&
                existing[field.name] === coerced.value;
            if (!allowed && unchanged && field.createable) {
                continue;
            }
            if (!allowed) {
                throw recordError(
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
                    [field.name]
                );
            }
            if (!coerced.ok) {
                throw coerced.error;
            }
            changes.set(field.name, coerced.value);
        }
        return changes;
    }

    /** {"<Relationship>": {"<External id field>": "value"}}: a parent named by its external id. */
    private resolveForeignKey(field: SObjectField, reference: Record<string, unknown>): string {
        const entries = Object.entries(reference).filter(([key]) => key !== 'attributes');
        const [entry] = entries;
        const targetName = field.referenceTo[0];
        const target = targetName === undefined ? undefined : this.model.object(targetName);
        if (
            entry === undefined ||
            entries.length !== 1 ||
            target === undefined ||
            field.referenceTo.length !== 1
        ) {
            throw recordError(
                'INVALID_FIELD',
                `A foreign key for ${field.name} names exactly one external id field of ${targetName ?? 'its parent'}`,
                [field.name]
            );
        }
        const [keyName, keyValue] = entry;
        const keyField = this.model.field(target.name, keyName);
        if (keyField === undefined || (!keyField.externalId && keyField.name !== 'Id')) {
            throw recordError(
                'INVALID_FIELD',
                `Field ${keyName} is not an external id field of ${target.name}`,
                [field.name]
            );
        }
        const coerced = coerce(keyField, keyValue, 'text');
        const matches = coerced.ok ? this.findByField(target, keyField, coerced.value) : [];
        const match = matches[0];
        if (match === undefined || matches.length > 1) {
            throw recordError(
                'INVALID_FIELD',
                `Foreign key external ID: ${String(keyValue)} not found for field ${keyField.name} in entity ${target.name}`,
                [field.name]
            );
        }
        return String(match.Id);
    }

    private savePlan(object: SObjectDescribe): SavePlan {
        let plan = this.savePlans.get(object);
        if (plan === undefined) {
            const defaults: Row = {};
            this.applyDefaults(object, defaults);
            plan = {
                defaults,
                required: object.fields
                    .filter((field) => field.required && field.createable)
                    .map((field) => field.name),
                references: object.fields.filter(
                    (field) => kindOf(field) === 'id' && field.name !== 'Id'
                ),
                hasOwner: object.fields.some((field) => field.name === 'OwnerId')
            };
            this.savePlans.set(object, plan);
        }
        return plan;
    }

    private applyDefaults(object: SObjectDescribe, row: Row): void {
        for (const field of object.fields) {
            if (!field.createable) {
                if (kindOf(field) === 'boolean') {
                    row[field.name] = 0;
                }
                continue;
            }
            const picklistDefault = field.picklist?.values.find((value) => value.isDefault)?.value;
            if (picklistDefault !== undefined) {
                row[field.name] = picklistDefault;
            } else if (field.defaultValue !== undefined) {
                const text = field.defaultValue.trim();
                const literal = /^(true|false)$/i.test(text)
                    ? text.toLowerCase()
                    : /^-?\d+(\.\d+)?$/.test(text)
                      ? text
                      : /^'(.*)'$|^"(.*)"$/
                            .exec(text)
                            ?.slice(1)
                            .find((part) => part !== undefined);
                const coerced = literal === undefined ? undefined : coerce(field, literal, 'text');
                if (coerced?.ok === true) {
                    row[field.name] = coerced.value;
                }
            } else if (kindOf(field) === 'boolean') {
                row[field.name] = 0;
            }
        }
    }

    private runFlows(object: SObjectDescribe, row: Row, operation: 'create' | 'update'): void {
        for (const flow of this.flowsByObject.get(object.name) ?? []) {
            if (operation === 'create' ? !flow.onCreate : !flow.onUpdate) {
                continue;
            }
            for (const assignment of flow.assignments) {
                const field = this.model.field(object.name, assignment.field);
                const substitutions = substitutionsFor(
                    this.model,
                    object.name,
                    row,
                    assignment.formula,
                    (name, id) => this.getRow(name, id)
                );
                const text =
                    substitutions === undefined
                        ? undefined
                        : evaluateText(assignment.formula, substitutions);
                if (field === undefined || text === undefined) {
                    throw recordError(
                        'CANNOT_EXECUTE_FLOW_TRIGGER',
                        `The local org could not evaluate flow ${flow.name}'s assignment of ${assignment.field}`,
                        []
                    );
                }
                const coerced = coerce(field, text, 'text');
                if (!coerced.ok) {
                    throw recordError(
                        'CANNOT_EXECUTE_FLOW_TRIGGER',
                        `We can't save this record because the “${flow.name}” process failed. ${coerced.error.message}`,
                        []
                    );
                }
                row[field.name] = coerced.value;
            }
        }
    }

    private checkRequired(object: SObjectDescribe, row: Row): void {
        const missing = this.savePlan(object).required.filter(
            (name) => (row[name] ?? null) === null
        );
        if (missing.length > 0) {
            throw recordError(
                'REQUIRED_FIELD_MISSING',
                `Required fields are missing: [${missing.join(', ')}]`,
                missing
            );
        }
    }

    private checkReferences(object: SObjectDescribe, row: Row, changed: ReadonlySet<string>): void {
        for (const field of this.savePlan(object).references) {
            const value = row[field.name];
            if (typeof value !== 'string' || !changed.has(field.name)) {
                continue;
            }
            const target = this.model.objectOfId(value);
            if (target === undefined || !field.referenceTo.includes(target.name)) {
                throw recordError(
                    'FIELD_INTEGRITY_EXCEPTION',
                    `${field.label}: id value of incorrect type: ${value}`,
                    [field.name]
                );
            }
            if (!this.isLive(target.name, value)) {
                throw recordError('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [
                    field.name
                ]);
            }
        }
    }

    private runValidationRules(object: SObjectDescribe, row: Row): void {
        for (const state of this.rulesByObject.get(object.name) ?? []) {
            if (state.unsupported !== undefined) {
                continue;
            }
            const formula = state.rule.errorConditionFormula;
            const substitutions = substitutionsFor(
                this.model,
                object.name,
                { ...row, Id: row.Id ?? null },
                formula,
                (name, id) => this.getRow(name, id)
            );
            if (substitutions !== undefined && evaluateBoolean(formula, substitutions) === true) {
                const display = state.rule.errorDisplayField;
                throw recordError(
                    'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    state.rule.errorMessage,
                    display === undefined ? [] : [display]
                );
            }
        }
    }

    private assignAutoNumber(object: SObjectDescribe, row: Row): void {
        // Standard auto-number fields other than Name (Case.CaseNumber): eight digits, as a new org
        // numbers cases.
        for (const field of object.fields) {
            if (field.type === 'AutoNumber' && field.name !== 'Name') {
                const { next } = this.statement(
                    'INSERT INTO _autonumbers (object, next) VALUES (?, 1) ON CONFLICT(object) DO UPDATE SET next = next + 1 RETURNING next'
                ).get(`${object.name}.${field.name}`) as { next: number };
                row[field.name] = String(next).padStart(8, '0');
            }
        }
        const nameField = object.nameField;
        if (nameField?.type !== 'AutoNumber') {
            return;
        }
        const { next } = this.statement(
            'INSERT INTO _autonumbers (object, next) VALUES (?, 1) ON CONFLICT(object) DO UPDATE SET next = next + 1 RETURNING next'
        ).get(object.name) as { next: number };
        const date = this.clock();
        row.Name = (nameField.displayFormat ?? '{0}').replace(
            /\{(0+|YYYY|YY|MM|DD)\}/g,
            (_match, token: string) => {
                switch (token) {
                    case 'YYYY':
                        return String(date.getUTCFullYear());
                    case 'YY':
                        return String(date.getUTCFullYear()).slice(-2);
                    case 'MM':
                        return String(date.getUTCMonth() + 1).padStart(2, '0');
                    case 'DD':
                        return String(date.getUTCDate()).padStart(2, '0');
                    default:
                        return String(next).padStart(token.length, '0');
                }
            }
        );
    }

    /** The INSERT and UPDATE of every column of an object, built once (a bulk job runs them per row). */
    private writeStatements(object: SObjectDescribe): WriteStatements {
        let statements = this.writeSql.get(object.name);
        if (statements === undefined) {
            const fields = this.model.storedFields(object);
            const names = fields.map((field) => field.name);
            const updated = names.filter((name) => name !== 'Id');
            statements = {
                names,
                // A boolean column is NOT NULL DEFAULT 0: an absent value is what the default gives.
                absent: fields.map((field) => (kindOf(field) === 'boolean' ? 0 : null)),
                updated,
                insert: `INSERT INTO ${quote(object.name)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
                update: `UPDATE ${quote(object.name)} SET ${updated.map((name) => `${quote(name)} = ?`).join(', ')} WHERE "Id" = ?`
            };
            this.writeSql.set(object.name, statements);
        }
        return statements;
    }

    /** INSERT of a full row; a unique index violation becomes DUPLICATE_VALUE. */
    private writeRow(objectName: string, row: Row): void {
        const object = this.model.requireType(objectName);
        const statements = this.writeStatements(object);
        this.runWrite(
            object,
            statements.insert,
            statements.names.map((name, index) => row[name] ?? statements.absent[index] ?? null),
            row
        );
    }

    /** UPDATE of every column from a full row (an update starts from the stored record). */
    private rewriteRow(objectName: string, row: Row): void {
        const object = this.model.requireType(objectName);
        const statements = this.writeStatements(object);
        this.runWrite(
            object,
            statements.update,
            [...statements.updated.map((name) => row[name] ?? null), row.Id ?? null],
            row
        );
    }

    private runWrite(object: SObjectDescribe, sql: string, params: SqlValue[], row: Row): void {
        try {
            this.statement(sql).run(...params);
        } catch (error) {
            // Duck-typed: under Jest's sandbox, better-sqlite3's errors fail `instanceof Error`.
            const { code, message } = error as { code?: unknown; message?: unknown };
            if (code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string') {
                const fieldName = /UNIQUE constraint failed: [^.]+\.(\w+)/.exec(message)?.[1] ?? '';
                const field = this.model.field(object.name, fieldName);
                const existing =
                    field === undefined
                        ? undefined
                        : this.findByField(object, field, row[field.name] ?? null).find(
                              (match) => match.Id !== row.Id
                          );
                throw recordError(
                    'DUPLICATE_VALUE',
                    `duplicate value found: ${fieldName} duplicates value on record with id: ${String(existing?.Id ?? '')}`,
                    []
                );
            }
            throw error;
        }
    }
}
