// Opens the SQLite file and makes its tables match the schema: one table per object, one column per
// field, generated at every start (new fields are added as columns; nothing is hand-kept).
import Database from 'better-sqlite3';
import type { SObjectDescribe } from '../../schema/types';
import { customKeyPrefix, STANDARD_KEY_PREFIXES } from './ids';
import type { OrgModel } from './model';
import { columnType, kindOf } from './values';

export type SqliteDatabase = Database.Database;

/** A safely quoted SQL identifier (API names never contain quotes, but be certain). */
export function quote(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}

const INTERNAL_TABLES = `
CREATE TABLE IF NOT EXISTS _org_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS _key_prefixes (object TEXT PRIMARY KEY, prefix TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS _id_counters (prefix TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS _autonumbers (object TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS _bulk_jobs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, info TEXT NOT NULL,
    created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS _bulk_job_data (
    job_id TEXT NOT NULL, part INTEGER NOT NULL, content TEXT NOT NULL, PRIMARY KEY (job_id, part));
CREATE TABLE IF NOT EXISTS _bulk_job_results (
    job_id TEXT NOT NULL, row_index INTEGER NOT NULL, outcome TEXT NOT NULL, record_id TEXT,
    created INTEGER, error TEXT, PRIMARY KEY (job_id, row_index));
CREATE TABLE IF NOT EXISTS _bulk_query_rows (
    job_id TEXT NOT NULL, seq INTEGER NOT NULL, line TEXT NOT NULL, PRIMARY KEY (job_id, seq));
`;

/**
 * Opens (creating if needed) the database. WAL journaling with synchronous=NORMAL keeps every
 * committed transaction when the process is killed, and an interrupted one leaves nothing behind.
 */
export function openDatabase(file: string): SqliteDatabase {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Speed only, durability unchanged: savepoint journals in memory (a bulk row opens two or three
    // savepoints; on disk each one cost as much as the row itself) and a 64 MB page cache, so a
    // table's indexes stay in memory while a job writes them.
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -65536');
    db.exec(INTERNAL_TABLES);
    return db;
}

/** Assigns (once, persistently) a key prefix to every object, so ids stay valid across restarts. */
export function assignKeyPrefixes(db: SqliteDatabase, model: OrgModel): void {
    const rows = db.prepare('SELECT object, prefix FROM _key_prefixes').all() as {
        object: string;
        prefix: string;
    }[];
    const taken = new Set(rows.map((row) => row.prefix));
    const known = new Map(rows.map((row) => [row.object, row.prefix]));
    const insert = db.prepare('INSERT INTO _key_prefixes (object, prefix) VALUES (?, ?)');
    let next = 0;
    for (const object of model.objects()) {
        let prefix = known.get(object.name) ?? STANDARD_KEY_PREFIXES[object.name];
        if (prefix === undefined) {
            do {
                prefix = customKeyPrefix(next++);
            } while (taken.has(prefix));
        }
        if (!known.has(object.name)) {
            insert.run(object.name, prefix);
            taken.add(prefix);
        }
        model.setKeyPrefix(object.name, prefix);
    }
}

function existingColumns(db: SqliteDatabase, table: string): Set<string> {
    const columns = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[];
    return new Set(columns.map((column) => column.name));
}

/** Creates or extends the table of one object, with its lookup and unique indexes. */
function syncObjectTable(db: SqliteDatabase, model: OrgModel, object: SObjectDescribe): void {
    const table = quote(object.name);
    const fields = model.storedFields(object);
    const columns = fields
        .filter((field) => field.name !== 'Id')
        .map((field) => `${quote(field.name)} ${columnType(field)}`);
    db.exec(
        `CREATE TABLE IF NOT EXISTS ${table} ("Id" TEXT PRIMARY KEY NOT NULL, ${columns.join(', ')})`
    );
    const existing = existingColumns(db, object.name);
    for (const field of fields) {
        if (!existing.has(field.name)) {
            db.exec(`ALTER TABLE ${table} ADD COLUMN ${quote(field.name)} ${columnType(field)}`);
        }
    }
    for (const field of fields) {
        if (field.name === 'Id') {
            continue;
        }
        const indexName = quote(`${object.name}.${field.name}`);
        if (kindOf(field) === 'id') {
            db.exec(`CREATE INDEX IF NOT EXISTS ${indexName} ON ${table} (${quote(field.name)})`);
        }
        if (field.unique) {
            // Deleted records (IsDeleted = 1) sit in the recycle bin and do not hold their value.
            const collation = field.caseSensitive ? 'BINARY' : 'NOCASE';
            db.exec(
                `CREATE UNIQUE INDEX IF NOT EXISTS ${quote(`unique.${object.name}.${field.name}`)} ON ${table} (${quote(field.name)} COLLATE ${collation}) WHERE "IsDeleted" = 0`
            );
        }
    }
}

export function syncTables(db: SqliteDatabase, model: OrgModel): void {
    db.transaction(() => {
        assignKeyPrefixes(db, model);
        for (const object of model.objects()) {
            syncObjectTable(db, model, object);
        }
    })();
}

export function readMeta(db: SqliteDatabase, key: string): string | undefined {
    const row = db.prepare('SELECT value FROM _org_meta WHERE key = ?').get(key) as
        { value: string } | undefined;
    return row?.value;
}

export function writeMeta(db: SqliteDatabase, key: string, value: string): void {
    db.prepare(
        'INSERT INTO _org_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
    ).run(key, value);
}
