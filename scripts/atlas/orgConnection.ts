// The org an atlas command works on: with --target-org, the sf CLI's stored auth for that alias or
// username (sfAuth.ts; we never store credentials of our own); without it, the local org
// (localOrgConnection.ts). Then a check that Account Atlas is there and readable (orgAccess.ts).
// Every failure a user can cause ends in an OrgConnectionError whose message says what to do.
import type { AtlasIo } from './io';
import { ATLAS_CORE_FIELDS, checkAtlasAccess } from './orgAccess';
import { API_VERSION, PROJECT_DIR, type ConnectOptions, type OrgHandle } from './orgTypes';
import { projectSfRunner, readSfAuth, sfEnv } from './sfAuth';

export { ATLAS_CORE_FIELDS, checkAtlasAccess } from './orgAccess';
export {
    API_VERSION,
    DEFAULT_LOCAL_PORT,
    OrgConnectionError,
    PROJECT_DIR,
    type ConnectOptions,
    type OrgHandle
} from './orgTypes';
export {
    parseAccessToken,
    parseOrgDisplay,
    projectSfRunner,
    sfEnv,
    type SfResult,
    type SfRunner
} from './sfAuth';

async function connectToSfOrg(
    targetOrg: string,
    options: ConnectOptions,
    io: AtlasIo
): Promise<OrgHandle> {
    const runSf = options.runSf ?? projectSfRunner(options.projectDir ?? PROJECT_DIR);
    const auth = await readSfAuth(targetOrg, runSf, sfEnv(io.env));
    const named = auth.username && auth.username !== targetOrg ? ` (${auth.username})` : '';
    return {
        conn: (await import('./jsforceConnection')).openConnection({
            instanceUrl: auth.instanceUrl,
            accessToken: auth.accessToken,
            version: API_VERSION
        }),
        description: `org ${targetOrg}${named}`,
        isLocal: false,
        close: async () => undefined
    };
}

/**
 * Connects to the org the command runs against and checks that Account Atlas is there and
 * readable. Call close() when done (it stops a local org this command started).
 */
export async function connectToOrg(options: ConnectOptions, io: AtlasIo): Promise<OrgHandle> {
    const handle =
        options.targetOrg === undefined
            ? await (await import('./localOrgConnection')).connectToLocalOrg(options, io)
            : await connectToSfOrg(options.targetOrg, options, io);
    try {
        await checkAtlasAccess(
            handle.conn,
            options.targetOrg,
            options.requiredFields ?? ATLAS_CORE_FIELDS
        );
    } catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
