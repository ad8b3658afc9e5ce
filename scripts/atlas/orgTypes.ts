// What every part of the org connection shares: the API version, the project folder, the error a
// user can fix, and the options and handle of a connection.
import { resolve } from 'node:path';
import type { Connection } from 'jsforce';
import type { RunningOrg } from '../../local/org/server';

export const API_VERSION = '66.0';
export const PROJECT_DIR = resolve(__dirname, '..', '..');
export const DEFAULT_LOCAL_PORT = 6166;

/** A failure the user can fix; `message` says how. Commands print it and exit 1. */
export class OrgConnectionError extends Error {
    // `declare`: a subclass with class fields looks like a component to the LWC Jest transform.
    declare readonly code: string;
    constructor(code: string, message: string) {
        super(message);
        this.name = 'OrgConnectionError';
        this.code = code;
    }
}

export interface SfResult {
    readonly exitCode: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the project's pinned sf CLI with arguments; tests pass a fake one. */
export type SfRunner = (args: readonly string[], env: NodeJS.ProcessEnv) => Promise<SfResult>;

export interface ConnectOptions {
    /** An alias or username the sf CLI knows; absent means the local org. */
    readonly targetOrg?: string;
    /** The project whose pinned sf CLI runs and whose .atlas/ holds the local org (tests: a copy). */
    readonly projectDir?: string;
    /** The local org's data directory (default <projectDir>/.atlas). */
    readonly localDataDir?: string;
    /** Port for a local org this command starts (default: the stored one, else 6166). */
    readonly localPort?: number;
    /** Seed a local org this command starts when it is empty (default true). */
    readonly seedLocalOrg?: boolean;
    /** The local org user to run as (admin, account-manager, …; default the administrator). */
    readonly localUser?: string;
    /** Throw the local database away before starting it (only when no server is running). */
    readonly resetLocalOrg?: boolean;
    /** Fields each object must show in describe (package installed, permission sets assigned). */
    readonly requiredFields?: Readonly<Record<string, readonly string[]>>;
    readonly runSf?: SfRunner;
}

export interface OrgHandle {
    readonly conn: Connection;
    /** "local org at http://…" or "org <alias> (<username>)", for messages. */
    readonly description: string;
    /** True for the local org (the only org `atlas seed --reset` may reset). */
    readonly isLocal: boolean;
    /** Set when this command started the local org (it stops on close()). */
    readonly startedLocalOrg?: RunningOrg;
    close(): Promise<void>;
}

export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
