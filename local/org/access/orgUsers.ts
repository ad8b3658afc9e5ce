// The org's users: the administrator the org was created with and the personas (personas.ts), each
// a User record with its own access token (kept in the database, so it survives restarts), its
// permission sets as PermissionSet / PermissionSetAssignment records, and what it may do.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { quote, readMeta, writeMeta } from '../database';
import type { OrgModel } from '../model';
import type { OrgStore } from '../store';
import { loadPermissionSets, type PermissionGrant } from './permissionSets';
import { ADMIN, findPersona, PERSONAS, rolesBelow, type Persona } from './personas';
import { PROFILES } from './profiles';
import { runAs, type RunningUser } from './runningUser';
import { UserAccess } from './userAccess';

export interface OrgUser extends RunningUser {
    readonly persona: Persona;
    readonly token: string;
}

export class OrgUsers {
    readonly all: readonly OrgUser[];
    /** The administrator: the org's own token and every tool that names no user. */
    readonly admin: OrgUser;
    private readonly byId: ReadonlyMap<string, OrgUser>;

    private constructor(users: OrgUser[]) {
        this.all = users;
        this.admin = users.find((user) => user.persona === ADMIN) ?? (users[0] as OrgUser);
        this.byId = new Map(users.map((user) => [user.id, user]));
    }

    /**
     * Creates the personas' records on first start (idempotent afterwards). The administrator is the
     * store's first user and keeps the org's original token.
     */
    static open(
        projectDir: string,
        store: OrgStore,
        model: OrgModel,
        adminToken: string
    ): OrgUsers {
        const grants = loadPermissionSets(projectDir);
        const ids = store.transaction(() => {
            const permissionSetIds = new Map(
                grants.map((grant) => [grant.name, ensurePermissionSet(store, grant)])
            );
            return PERSONAS.map((persona) => {
                const id =
                    persona === ADMIN ? store.defaultUserId : ensureUserRecord(store, persona);
                for (const name of persona.permissionSets) {
                    const permissionSetId = permissionSetIds.get(name);
                    if (permissionSetId !== undefined) {
                        ensureAssignment(store, id, permissionSetId);
                    }
                }
                return id;
            });
        });
        const roleOf = new Map(PERSONAS.map((persona, index) => [ids[index] ?? '', persona.role]));
        const accessCache = new Map<string, UserAccess>();
        const users = PERSONAS.map((persona, index): OrgUser => {
            const id = ids[index] ?? '';
            const below = persona.role === undefined ? new Set<string>() : rolesBelow(persona.role);
            const accessKey = `${persona.profile}|${persona.permissionSets.join(',')}`;
            let access = accessCache.get(accessKey);
            if (access === undefined) {
                access = new UserAccess(
                    model,
                    PROFILES[persona.profile],
                    persona.permissionSets
                        .map((name) => grants.find((grant) => grant.name === name))
                        .filter((grant): grant is PermissionGrant => grant !== undefined)
                );
                accessCache.set(accessKey, access);
            }
            return {
                id,
                username: persona.username,
                name: `${persona.firstName} ${persona.lastName}`,
                persona,
                access,
                token: persona === ADMIN ? adminToken : tokenOf(store, persona),
                ownersSeen: [
                    id,
                    ...[...roleOf]
                        .filter(([, role]) => role !== undefined && below.has(role))
                        .map(([userId]) => userId)
                ]
            };
        });
        return new OrgUsers(users);
    }

    /** The user a bearer token belongs to (compared in constant time), or undefined. */
    byToken(token: string): OrgUser | undefined {
        const given = Buffer.from(token);
        return this.all.find((user) => {
            const expected = Buffer.from(user.token);
            return expected.length === given.length && timingSafeEqual(expected, given);
        });
    }

    /** The user a `--as` value or the preview's picker names (key, username or alias). */
    byName(name: string): OrgUser | undefined {
        const persona = findPersona(name);
        return persona === undefined
            ? undefined
            : this.all.find((user) => user.persona === persona);
    }

    /** Runs fn as the user with this id (a bulk job's creator); as the org itself if unknown. */
    runAsId<T>(id: string, fn: () => T): T {
        const user = this.byId.get(id);
        return user === undefined ? fn() : runAs(user, fn);
    }
}

function auditFields(store: OrgStore): Record<string, string | number> {
    const now = store.now();
    return {
        IsDeleted: 0,
        CreatedDate: now,
        CreatedById: store.defaultUserId,
        LastModifiedDate: now,
        LastModifiedById: store.defaultUserId,
        SystemModstamp: now
    };
}

function existingId(store: OrgStore, objectName: string, where: string, ...params: string[]) {
    const row = store.db
        .prepare(`SELECT "Id" FROM ${quote(objectName)} WHERE ${where} LIMIT 1`)
        .get(...params) as { Id: string } | undefined;
    return row?.Id;
}

function ensureUserRecord(store: OrgStore, persona: Persona): string {
    const found = existingId(store, 'User', '"Username" = ?', persona.username);
    if (found !== undefined) {
        return found;
    }
    const id = store.allocateId('User');
    store.insertSystemRow('User', {
        Id: id,
        FirstName: persona.firstName,
        LastName: persona.lastName,
        Name: `${persona.firstName} ${persona.lastName}`,
        Email: persona.username,
        Username: persona.username,
        Alias: persona.alias,
        Title: persona.title,
        IsActive: 1,
        ...auditFields(store)
    });
    return id;
}

function ensurePermissionSet(store: OrgStore, grant: PermissionGrant): string {
    const found = existingId(store, 'PermissionSet', '"Name" = ?', grant.name);
    if (found !== undefined) {
        return found;
    }
    const id = store.allocateId('PermissionSet');
    store.insertSystemRow('PermissionSet', {
        Id: id,
        Name: grant.name,
        Label: grant.label,
        IsOwnedByProfile: 0,
        NamespacePrefix: null,
        ...auditFields(store)
    });
    return id;
}

function ensureAssignment(store: OrgStore, userId: string, permissionSetId: string): void {
    const where = '"AssigneeId" = ? AND "PermissionSetId" = ?';
    if (
        existingId(store, 'PermissionSetAssignment', where, userId, permissionSetId) !== undefined
    ) {
        return;
    }
    store.insertSystemRow('PermissionSetAssignment', {
        Id: store.allocateId('PermissionSetAssignment'),
        AssigneeId: userId,
        PermissionSetId: permissionSetId,
        IsActive: 1,
        ...auditFields(store)
    });
}

/** A persona's token, made once and kept (shaped like a session id, as the sf CLI expects). */
function tokenOf(store: OrgStore, persona: Persona): string {
    const key = `accessToken:${persona.username}`;
    let token = readMeta(store.db, key);
    if (token === undefined) {
        token = `${store.orgId.slice(0, 15)}!${randomBytes(45).toString('base64url')}`;
        writeMeta(store.db, key, token);
    }
    return token;
}
