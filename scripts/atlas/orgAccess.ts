// Is Account Atlas there, and may the user see it? One describe per object the command needs: the
// first call also proves the session, a missing object means the package is not installed, missing
// fields mean the permission sets are not assigned.
import type { Connection } from 'jsforce';
import { messageOf, OrgConnectionError } from './orgTypes';

/** The objects and fields every atlas command relies on. */
export const ATLAS_CORE_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Buying_Center__c: ['Name'],
    Opportunity: ['Deal_Score__c']
};

function errorCodeOf(error: unknown): string | undefined {
    const candidate = error as { errorCode?: unknown; name?: unknown };
    if (typeof candidate?.errorCode === 'string') {
        return candidate.errorCode;
    }
    return typeof candidate?.name === 'string' ? candidate.name : undefined;
}

/** Describes each required object and checks its fields; the first call also checks the session. */
export async function checkAtlasAccess(
    conn: Connection,
    targetOrg: string | undefined,
    requiredFields: Readonly<Record<string, readonly string[]>>
): Promise<void> {
    const missing: string[] = [];
    for (const [object, fields] of Object.entries(requiredFields)) {
        let names: Set<string>;
        try {
            const described = await conn.describe(object);
            names = new Set(described.fields.map((field) => field.name));
        } catch (error) {
            const code = errorCodeOf(error);
            if (code === 'INVALID_SESSION_ID') {
                throw new OrgConnectionError(
                    'EXPIRED_SESSION',
                    targetOrg === undefined
                        ? 'the local org refused its own token: restart it with npm run org'
                        : `the session for "${targetOrg}" has expired: run sf org login web --alias ${targetOrg}`
                );
            }
            if (
                code === 'NOT_FOUND' ||
                code === 'INVALID_TYPE' ||
                /not found|does not exist/i.test(messageOf(error))
            ) {
                throw new OrgConnectionError(
                    'PACKAGE_MISSING',
                    `${object} does not exist in ${targetOrg === undefined ? 'the local org' : `"${targetOrg}"`}` +
                        ' (or you cannot see it): install Account Atlas first: npm run atlas:install' +
                        (targetOrg === undefined ? '' : ` -- --target-org ${targetOrg}`)
                );
            }
            throw new OrgConnectionError(
                'ORG_ERROR',
                `describing ${object} failed: ${code ? `${code}: ` : ''}${messageOf(error)}`
            );
        }
        for (const field of fields) {
            if (!names.has(field)) {
                missing.push(`${object}.${field}`);
            }
        }
    }
    if (missing.length > 0) {
        throw new OrgConnectionError(
            'FIELDS_MISSING',
            `you cannot see ${missing.join(', ')}: assign the Atlas_User permission set ` +
                '(and Atlas_Sales_Ops for sales ops) — ' +
                `sf org assign permset --name Atlas_User${targetOrg === undefined ? '' : ` --target-org ${targetOrg}`}`
        );
    }
}
