// The checks `atlas doctor` runs against an org from the outside, as the running user: each asks
// the org one thing through its public APIs and says what it found — ok, a problem with its fix, a
// warning, or that the org could not answer (never a guess).
import type { Connection } from 'jsforce';
import { Kind, parse } from 'graphql';
import { API_VERSION, messageOf } from '../orgTypes';
import type { ExpectedInstall, PanelQuery } from './expected';
import { queryFields, type SelectedField } from './queryFields';

export type FindingStatus = 'ok' | 'problem' | 'warning' | 'unchecked';

export interface DoctorFinding {
    status: FindingStatus;
    /** What was checked: "Opportunity", "Atlas_User", "DealScore query". */
    subject: string;
    detail: string;
    fix?: string;
}

export interface DoctorSection {
    title: string;
    findings: DoctorFinding[];
}

/** Who runs the checks and how to name the org in a fix. */
export interface DoctorTarget {
    conn: Connection;
    userId: string;
    /** The running user's username, for fixes an administrator runs on their behalf. */
    username: string;
    /** `--target-org X` for fixes; empty for the local org. */
    targetOrgFlag: string;
}

function errorCodeOf(error: unknown): string {
    const candidate = error as { errorCode?: unknown; name?: unknown };
    if (typeof candidate?.errorCode === 'string') {
        return candidate.errorCode;
    }
    return typeof candidate?.name === 'string' ? candidate.name : '';
}

/** The org's error on one line (SOQL errors quote the query over several). */
function describeError(error: unknown): string {
    const code = errorCodeOf(error);
    const message = messageOf(error).replace(/\s+/g, ' ').trim();
    return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(', ');

/** Every object and field the project defines is there for this user (REST describe). */
export async function checkObjects(
    target: DoctorTarget,
    expected: ExpectedInstall
): Promise<DoctorSection> {
    const findings: DoctorFinding[] = [];
    const install = `npm run atlas:install --${target.targetOrgFlag ? ` ${target.targetOrgFlag}` : ''}`;
    const assign = `sf org assign permset --name Atlas_User ${target.targetOrgFlag}`.trimEnd();
    for (const object of expected.objects) {
        let visible: Set<string>;
        try {
            const described = await target.conn.describe(object.name);
            visible = new Set(described.fields.map((field) => field.name));
        } catch (error) {
            findings.push({
                status: 'problem',
                subject: object.name,
                detail: `not there for you (${describeError(error)})`,
                fix: `deploy Account Atlas (${install}); if it is deployed, give yourself access: ${assign}`
            });
            continue;
        }
        const missing = object.fields.filter((field) => !visible.has(field));
        if (missing.length > 0) {
            findings.push({
                status: 'problem',
                subject: object.name,
                detail: `missing or hidden from you: ${missing.join(', ')}`,
                fix: `deploy the fields (${install}); if they are deployed, grant read access: ${assign}`
            });
        } else {
            findings.push({
                status: 'ok',
                subject: object.name,
                detail: `${object.fields.length} Account Atlas field(s) there`
            });
        }
    }
    return { title: 'Objects and fields', findings };
}

/** The permission sets exist and which of them the running user has. */
export async function checkPermissionSets(
    target: DoctorTarget,
    expected: ExpectedInstall
): Promise<DoctorSection> {
    const title = 'Permission sets';
    const names = expected.permissionSets;
    let existing: Set<string>;
    let assigned: Set<string>;
    try {
        existing = new Set(
            (
                await target.conn.query<{ Name: string }>(
                    `SELECT Name FROM PermissionSet WHERE Name IN (${quoted(names)})`
                )
            ).records.map((record) => record.Name)
        );
        assigned = new Set(
            (
                await target.conn.query<{ PermissionSet: { Name: string } | null }>(
                    `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '${target.userId}' AND PermissionSet.Name IN (${quoted(names)})`
                )
            ).records.map((record) => record.PermissionSet?.Name ?? '')
        );
    } catch (error) {
        return {
            title,
            findings: [
                {
                    status: 'unchecked',
                    subject: names.join(', '),
                    detail: `could not check: the org did not answer a PermissionSet / PermissionSetAssignment query (${describeError(error)})`
                }
            ]
        };
    }
    const findings = names.map((name): DoctorFinding => {
        const assign =
            `sf org assign permset --name ${name} --on-behalf-of ${target.username} ${target.targetOrgFlag}`.trimEnd();
        if (!existing.has(name)) {
            return {
                status: 'problem',
                subject: name,
                detail: 'not in the org',
                fix: `deploy Account Atlas (npm run atlas:install), then ${assign}`
            };
        }
        if (assigned.has(name)) {
            return { status: 'ok', subject: name, detail: 'assigned to you' };
        }
        // Account teams need Atlas_User; the other sets are for their personas only.
        return name === 'Atlas_User'
            ? {
                  status: 'problem',
                  subject: name,
                  detail: 'not assigned to you: the panels cannot read Account Atlas data',
                  fix: `ask an administrator to assign it: ${assign}`
              }
            : {
                  status: 'warning',
                  subject: name,
                  detail: 'not assigned to you (only the people it is for need it)',
                  fix: assign
              };
    });
    return { title, findings };
}

/** A Tooling API query of DeveloperNames, or why the org could not answer it. */
async function toolingNames(
    conn: Connection,
    sobject: string
): Promise<Set<string> | { error: string }> {
    try {
        const result = await conn.tooling.query<{ DeveloperName: string }>(
            `SELECT DeveloperName FROM ${sobject}`
        );
        return new Set(result.records.map((record) => record.DeveloperName));
    } catch (error) {
        return { error: describeError(error) };
    }
}

/** The Lightning pages and the app are deployed (Tooling API, as the running user). */
export async function checkPagesAndApp(
    target: DoctorTarget,
    expected: ExpectedInstall
): Promise<DoctorSection> {
    const findings: DoctorFinding[] = [];
    const kinds: [string, string, string[]][] = [
        ['FlexiPage', 'Lightning page', expected.flexiPages],
        ['CustomApplication', 'app', expected.applications]
    ];
    for (const [sobject, what, names] of kinds) {
        const found = await toolingNames(target.conn, sobject);
        if (!(found instanceof Set)) {
            findings.push({
                status: 'unchecked',
                subject: names.join(', '),
                detail: `could not check the ${what}s: the org did not answer a Tooling API query on ${sobject} (${found.error})`
            });
            continue;
        }
        for (const name of names) {
            findings.push(
                found.has(name)
                    ? { status: 'ok', subject: name, detail: `${what} deployed` }
                    : {
                          status: 'problem',
                          subject: name,
                          detail: `${what} not in the org`,
                          fix: `deploy Account Atlas (npm run atlas:install -- ${target.targetOrgFlag})`.trimEnd()
                      }
            );
        }
    }
    return { title: 'Lightning pages and app', findings };
}

/**
 * Variables to run the panel queries with: the user themself (My agreed actions, and Pipeline
 * Health for one owner, whose query takes a list of owners), an account with buying centers and
 * an open deal.
 */
export async function sampleVariables(
    target: DoctorTarget
): Promise<Record<string, string | string[]>> {
    const first = async (soql: string, field: string): Promise<string | undefined> => {
        try {
            const [record] = (await target.conn.query<Record<string, unknown>>(soql)).records;
            const value = record?.[field];
            return typeof value === 'string' ? value : undefined;
        } catch {
            return undefined;
        }
    };
    const variables: Record<string, string | string[]> = {
        ownerId: target.userId,
        ownerIds: [target.userId],
        userId: target.userId
    };
    const accountId =
        (await first('SELECT Account__c FROM Buying_Center__c LIMIT 1', 'Account__c')) ??
        (await first('SELECT Id FROM Account LIMIT 1', 'Id'));
    const opportunityId = await first(
        'SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1',
        'Id'
    );
    if (accountId !== undefined) {
        variables.accountId = accountId;
    }
    if (opportunityId !== undefined) {
        variables.opportunityId = opportunityId;
    }
    return variables;
}

/** The records at a response path ('edges' = every edge's node). */
function nodesAt(data: unknown, path: readonly string[]): Record<string, unknown>[] {
    let current: unknown[] = [data];
    for (const key of path) {
        const next: unknown[] = [];
        for (const value of current) {
            const child =
                typeof value === 'object' && value !== null
                    ? (value as Record<string, unknown>)[key]
                    : undefined;
            if (key === 'edges' && Array.isArray(child)) {
                next.push(...child);
            } else if (child !== undefined && child !== null) {
                next.push(child);
            }
        }
        current = next;
    }
    return current.filter(
        (value): value is Record<string, unknown> => typeof value === 'object' && value !== null
    );
}

/**
 * The optional fields the response leaves out of every record at their path: field-level security
 * hides them from this user. Fields at a path with no records cannot be told.
 */
export function hiddenFieldsIn(data: unknown, fields: readonly SelectedField[]): string[] {
    const hidden = new Set<string>();
    for (const field of fields) {
        if (!field.optional || field.selectedAs !== field.fieldApiName) {
            continue;
        }
        const nodes = nodesAt(data, field.path);
        if (nodes.length > 0 && nodes.every((node) => !(field.selectedAs in node))) {
            hidden.add(`${field.objectApiName}.${field.fieldApiName}`);
        }
    }
    return [...hidden].sort();
}

function variableNames(query: PanelQuery): string[] {
    const names: string[] = [];
    for (const definition of parse(query.text).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION) {
            names.push(...(definition.variableDefinitions ?? []).map((v) => v.variable.name.value));
        }
    }
    return names;
}

/** Every panel's GraphQL query runs for this user, and which fields it hides from them. */
export async function checkPanelQueries(
    target: DoctorTarget,
    expected: ExpectedInstall
): Promise<DoctorSection> {
    const variables = await sampleVariables(target);
    const findings: DoctorFinding[] = [];
    for (const query of expected.panelQueries) {
        const subject = `${query.operation} (${query.file})`;
        const lacking = variableNames(query).filter((name) => variables[name] === undefined);
        if (lacking.length > 0) {
            findings.push({
                status: 'unchecked',
                subject,
                detail: `could not check: no record to run it on (${lacking.join(', ')}); load data first (npx atlas seed) or create one`
            });
            continue;
        }
        let body: { data?: unknown; errors?: { message: string }[] };
        try {
            body = await target.conn.request({
                method: 'POST',
                url: `/services/data/v${API_VERSION}/graphql`,
                body: JSON.stringify({ query: query.text, variables }),
                headers: { 'Content-Type': 'application/json' }
            });
        } catch (error) {
            findings.push({
                status: 'problem',
                subject,
                detail: `the GraphQL request failed: ${describeError(error)}`,
                fix: 'check that the user has the API Enabled permission and Account Atlas is deployed'
            });
            continue;
        }
        const errors = body.errors ?? [];
        if (errors.length > 0) {
            findings.push({
                status: 'problem',
                subject,
                detail: `fails for you: ${errors.map((error) => error.message).join('; ')}`,
                fix: 'deploy Account Atlas again so every object and field it names exists, and assign Atlas_User for object access'
            });
            continue;
        }
        const hidden = hiddenFieldsIn(body.data, queryFields(expected.schema, query.text).fields);
        findings.push(
            hidden.length === 0
                ? { status: 'ok', subject, detail: 'runs; no field hidden from you' }
                : {
                      status: 'warning',
                      subject,
                      detail: `runs; hidden from you by field-level security, so the panel leaves them out: ${hidden.join(', ')}`,
                      fix: 'grant read access to these fields (Atlas_User or the profile) if this user should see them'
                  }
        );
    }
    return { title: 'Panel queries', findings };
}

/** Every tab's motif is one the org's CustomTab MotifName picklist offers (Tooling API describe). */
export async function checkTabMotifs(
    target: DoctorTarget,
    expected: ExpectedInstall
): Promise<DoctorSection> {
    const title = 'Tab motifs';
    let motifs: Set<string>;
    try {
        const described = await target.conn.tooling.describe('CustomTab');
        const field = described.fields.find((candidate) => candidate.name === 'MotifName');
        if (field === undefined) {
            throw new Error('CustomTab has no MotifName field');
        }
        motifs = new Set(field.picklistValues?.map((entry) => entry.value) ?? []);
    } catch (error) {
        return {
            title,
            findings: [
                {
                    status: 'unchecked',
                    subject: Object.keys(expected.tabMotifs).join(', '),
                    detail: `could not check: the org did not answer the Tooling API describe of CustomTab (${describeError(error)})`
                }
            ]
        };
    }
    const findings = Object.entries(expected.tabMotifs).map(([tab, motif]): DoctorFinding =>
        motifs.has(motif)
            ? { status: 'ok', subject: tab, detail: `motif "${motif}" is one the org offers` }
            : {
                  status: 'problem',
                  subject: tab,
                  detail: `motif "${motif}" is not among the org's CustomTab MotifName values`,
                  fix: `pick one of the org's values for <motif> in force-app/main/default/tabs/${tab}.tab-meta.xml`
              }
    );
    return { title, findings };
}
