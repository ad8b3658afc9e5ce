// The user a request runs as, kept for the request's whole asynchronous life (AsyncLocalStorage), so
// the store, the query builder and the APIs enforce that user's access without passing it around.
// Outside any request (start-up, seeding, tests calling the store) nothing is enforced.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserAccess } from './userAccess';

export interface RunningUser {
    readonly id: string;
    readonly username: string;
    readonly name: string;
    readonly access: UserAccess;
    /** The user and every user in a role below theirs: whose records the role hierarchy opens. */
    readonly ownersSeen: readonly string[];
}

const storage = new AsyncLocalStorage<RunningUser>();

export function runAs<T>(user: RunningUser, fn: () => T): T {
    return storage.run(user, fn);
}

/** The user of the current request, or undefined for the org's own work. */
export function runningUser(): RunningUser | undefined {
    return storage.getStore();
}

/** The running user when access applies to them (undefined for system work and View All Data). */
export function restrictedUser(): RunningUser | undefined {
    const user = storage.getStore();
    return user === undefined || user.access.allData ? undefined : user;
}
