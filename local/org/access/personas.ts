// The people of the local org: an administrator (the default user, who loads the sample data) and the
// personas Account Atlas is built for, each with a profile, permission sets and a role. The roles
// form a hierarchy: a user sees and edits the records of the users in roles below theirs.
import type { ProfileName } from './profiles';

export interface Persona {
    /** What `--as` and the preview's picker accept (the username and alias work too). */
    readonly key: string;
    readonly username: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly alias: string;
    readonly title: string;
    readonly profile: ProfileName;
    readonly permissionSets: readonly string[];
    readonly role?: string;
}

export interface Role {
    readonly name: string;
    readonly parent?: string;
}

export const ROLES: readonly Role[] = [
    { name: 'Chief Executive Officer' },
    { name: 'Sales Director', parent: 'Chief Executive Officer' },
    { name: 'Account Manager', parent: 'Sales Director' },
    { name: 'Sales Operations', parent: 'Chief Executive Officer' },
    { name: 'Customer Support', parent: 'Chief Executive Officer' }
];

/** The administrator: the user the org's own token, the seed and the existing tools run as. */
export const ADMIN: Persona = {
    key: 'admin',
    username: 'atlas.user@atlas.local',
    firstName: 'Atlas',
    lastName: 'Local User',
    alias: 'atlas',
    title: 'Account Executive',
    profile: 'System Administrator',
    // Every Account Atlas set, the manager's add-on included: the administrator can do what any
    // persona can (and atlas doctor, run as them, finds nothing unassigned).
    permissionSets: ['Atlas_User', 'Atlas_Sales_Ops', 'Atlas_Sales_Manager'],
    role: 'Chief Executive Officer'
};

export const PERSONAS: readonly Persona[] = [
    ADMIN,
    {
        key: 'account-manager',
        username: 'account.manager@atlas.local',
        firstName: 'Avery',
        lastName: 'Brooks',
        alias: 'abrooks',
        title: 'Account Manager',
        profile: 'Standard User',
        permissionSets: ['Atlas_User'],
        role: 'Account Manager'
    },
    {
        key: 'account-executive',
        username: 'account.executive@atlas.local',
        firstName: 'Jordan',
        lastName: 'Patel',
        alias: 'jpatel',
        title: 'Account Executive',
        profile: 'Standard User',
        permissionSets: ['Atlas_User'],
        role: 'Account Manager'
    },
    {
        key: 'sales-ops',
        username: 'sales.ops@atlas.local',
        firstName: 'Sam',
        lastName: 'Ortiz',
        alias: 'sortiz',
        title: 'Sales Operations Manager',
        profile: 'Standard User',
        permissionSets: ['Atlas_User', 'Atlas_Sales_Ops'],
        role: 'Sales Operations'
    },
    {
        key: 'sales-director',
        username: 'sales.director@atlas.local',
        firstName: 'Morgan',
        lastName: 'Lee',
        alias: 'mlee',
        title: 'Sales Director',
        profile: 'Standard User',
        permissionSets: ['Atlas_User', 'Atlas_Sales_Manager'],
        role: 'Sales Director'
    },
    {
        key: 'no-atlas',
        username: 'support.agent@atlas.local',
        firstName: 'Riley',
        lastName: 'Chen',
        alias: 'rchen',
        title: 'Support Agent',
        profile: 'Standard User',
        permissionSets: [],
        role: 'Customer Support'
    }
];

/** The persona a `--as` value names (key, username or alias, any case), or undefined. */
export function findPersona(name: string): Persona | undefined {
    const wanted = name.trim().toLowerCase();
    return PERSONAS.find(
        (persona) =>
            persona.key === wanted ||
            persona.username.toLowerCase() === wanted ||
            persona.alias.toLowerCase() === wanted
    );
}

/** The roles below a role (its subordinates at any depth). */
export function rolesBelow(role: string): Set<string> {
    const below = new Set<string>();
    let frontier = [role];
    while (frontier.length > 0) {
        const next = ROLES.filter(
            (candidate) =>
                candidate.parent !== undefined &&
                frontier.includes(candidate.parent) &&
                !below.has(candidate.name)
        ).map((candidate) => candidate.name);
        next.forEach((name) => below.add(name));
        frontier = next;
    }
    return below;
}
