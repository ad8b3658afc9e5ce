// One local org: the schema model, the SQLite store, the emulated flows, the access token and the
// query cursors, opened from a project directory and a data directory.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OrgUsers } from './access/orgUsers';
import { RecordAccess } from './access/recordAccess';
import { restrictedUser } from './access/runningUser';
import { openDatabase, readMeta, syncTables, writeMeta, type SqliteDatabase } from './database';
import { loadBeforeSaveFlows } from './flows';
import { makeId } from './ids';
import { OrgModel } from './model';
import { PLATFORM_OBJECT_NAMES } from './platformObjects';
import type { ApiRecord } from './records';
import { OrgStore } from './store';

export interface OrgOptions {
    /** The project whose force-app defines the schema (and whose data/ plan seeds the org). */
    readonly projectDir: string;
    /** Where the SQLite file lives (created if missing). */
    readonly dataDir: string;
    /** Start from an empty database. */
    readonly reset?: boolean;
    /** The clock (tests pin "today"). */
    readonly now?: () => Date;
    /** Use this access token instead of the stored one. */
    readonly token?: string;
}

export const DATABASE_FILE = 'local-org.sqlite';

interface Cursor {
    readonly records: readonly ApiRecord[];
    readonly totalSize: number;
    readonly expires: number;
}

const CURSOR_TTL_MS = 15 * 60 * 1000;
const MAX_CURSORS = 500;

export class LocalOrg {
    /** The whole schema, as the org's own work (and an administrator) sees it. */
    readonly fullModel: OrgModel;
    readonly store: OrgStore;
    readonly db: SqliteDatabase;
    /** The administrator's token (the org's own; each persona has another, in users). */
    readonly token: string;
    readonly users: OrgUsers;
    readonly notes: readonly string[];
    private readonly cursors = new Map<string, Cursor>();
    private cursorCounter = Math.floor(Math.random() * 1_000_000);

    private constructor(
        model: OrgModel,
        store: OrgStore,
        token: string,
        users: OrgUsers,
        notes: string[]
    ) {
        this.fullModel = model;
        this.store = store;
        this.db = store.db;
        this.token = token;
        this.users = users;
        this.notes = notes;
    }

    /**
     * The schema as the running user sees it: without the objects and fields they cannot read, with
     * the fields they cannot edit read-only. Every API answers from it, as the platform does.
     */
    get model(): OrgModel {
        return restrictedUser()?.access.model ?? this.fullModel;
    }

    static open(options: OrgOptions): LocalOrg {
        const file = join(options.dataDir, DATABASE_FILE);
        if (options.reset === true) {
            for (const suffix of ['', '-wal', '-shm']) {
                rmSync(`${file}${suffix}`, { force: true });
            }
        }
        if (!existsSync(options.dataDir)) {
            mkdirSync(options.dataDir, { recursive: true });
        }
        const model = OrgModel.load(options.projectDir);
        const db = openDatabase(file);
        syncTables(db, model);
        const flows = loadBeforeSaveFlows(options.projectDir, model);
        const store = new OrgStore(db, model, {
            now: options.now ?? (() => new Date()),
            flows: flows.flows,
            access: new RecordAccess(db, model)
        });
        let token = options.token ?? readMeta(db, 'accessToken');
        if (token === undefined) {
            // Shaped like a real session id (org id, '!', opaque text): the sf CLI checks the shape.
            token = `${store.orgId.slice(0, 15)}!${randomBytes(45).toString('base64url')}`;
            writeMeta(db, 'accessToken', token);
        }
        const notes = [
            ...model.schema.issues.map((issue) => `schema: ${issue.file}: ${issue.message}`),
            ...flows.skipped.map((flow) => `flow ${flow.name} is not emulated: ${flow.reason}`),
            ...flows.flows.map(
                (flow) =>
                    `flow ${flow.name} runs before save on ${flow.objectName} (sets ${flow.assignments.map((a) => a.field).join(', ')})`
            ),
            ...store
                .unenforcedRules()
                .map(
                    (rule) =>
                        `validation rule ${rule.object}.${rule.rule} is not enforced: ${rule.reason}`
                )
        ];
        const users = OrgUsers.open(options.projectDir, store, model, token);
        return new LocalOrg(model, store, token, users, notes);
    }

    /** Whether the org holds no records of the project's objects yet (so it may be seeded). */
    isEmpty(): boolean {
        return this.fullModel.objects().every((object) => {
            if (object.name === 'User' || PLATFORM_OBJECT_NAMES.has(object.name)) {
                return true;
            }
            const row = this.db.prepare(`SELECT 1 FROM "${object.name}" LIMIT 1`).get();
            return row === undefined;
        });
    }

    isSeeded(): boolean {
        return readMeta(this.db, 'seededAt') !== undefined;
    }

    markSeeded(): void {
        writeMeta(this.db, 'seededAt', this.store.now());
    }

    /** Keeps a query's remaining records for nextRecordsUrl; returns the cursor id. */
    saveCursor(records: readonly ApiRecord[], totalSize: number): string {
        const now = Date.now();
        for (const [id, cursor] of this.cursors) {
            if (cursor.expires < now || this.cursors.size >= MAX_CURSORS) {
                this.cursors.delete(id);
            }
        }
        const id = makeId('01g', ++this.cursorCounter);
        this.cursors.set(id, { records, totalSize, expires: now + CURSOR_TTL_MS });
        return id;
    }

    cursor(id: string): Cursor | undefined {
        return this.cursors.get(id);
    }

    close(): void {
        this.db.close();
    }
}
