// Who is on the map, and what each person's box says: role badge, support, influence, owner.
import type { GraphNode, RelationshipWarning } from './types';
import type { Membership, People, Person } from './people';
import * as say from './messages';
import {
    ADVOCACY_ORDER,
    INFLUENCE_ORDER,
    ROLE_ORDER,
    SUPPORT_ORDER,
    compareText,
    ranked
} from './values';

export /** Who is on the map: everyone, or one buying center's people and their chains of managers. */
function shownPeople(
    data: People,
    filterId: string | null,
    warnings: RelationshipWarning[]
): { shown: Set<string>; members: Set<string> | null } {
    if (filterId === null) {
        return { shown: new Set(data.people.keys()), members: null };
    }
    if (!data.centers.some((center) => center.Id === filterId)) {
        warnings.push({
            code: 'FILTER_NOT_FOUND',
            message: say.filterNotFound(filterId),
            recordId: filterId
        });
        return { shown: new Set(), members: new Set() };
    }
    const members = new Set(
        data.memberships.filter((m) => m.buyingCenterId === filterId).map((m) => m.contactId)
    );
    const shown = new Set<string>();
    for (const contactId of members) {
        let current: string | null | undefined = contactId;
        while (current && data.people.has(current) && !shown.has(current)) {
            shown.add(current);
            current = data.people.get(current)?.managerId;
        }
    }
    return { shown, members };
}

/**
 * A person as the map shows them, from the memberships in view: every role (most decisive first,
 * the first one the badge), the least supportive stance (an enemy in one buying center is a risk
 * in all of them), the highest influence, and the first relationship owner by member id.
 */
export function describePerson(
    person: Person,
    memberships: readonly Membership[],
    context: boolean
): Omit<GraphNode, 'x' | 'y' | 'width' | 'height' | 'layer'> {
    const roles = ranked(
        memberships.map((m) => m.role),
        ROLE_ORDER
    );
    const supports = ranked(
        memberships.map((m) => m.support),
        SUPPORT_ORDER
    );
    const advocacies = ranked(
        memberships.map((m) => m.advocacy),
        ADVOCACY_ORDER
    );
    const influences = ranked(
        memberships.map((m) => m.influence),
        INFLUENCE_ORDER
    );
    return {
        contactId: person.id,
        name: person.name,
        title: person.title,
        roles,
        badge: roles[0] ?? null,
        // The least supportive stance: an enemy in one buying center is a risk in all of them.
        support: supports[supports.length - 1] ?? null,
        supportMixed: supports.length > 1,
        influence: influences[0] ?? null,
        advocacy: advocacies[0] ?? null,
        relationshipOwnerId: memberships.find((m) => m.ownerId !== null)?.ownerId ?? null,
        memberIds: memberships.map((m) => m.id),
        buyingCenterIds: [...new Set(memberships.map((m) => m.buyingCenterId))].sort(compareText),
        context
    };
}
