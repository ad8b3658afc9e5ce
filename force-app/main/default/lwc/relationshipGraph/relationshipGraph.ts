// Lays out an account's people as a layered org chart for the relationship map: reporting lines
// from Contact.ReportsToId, informal influence lines between members, each person's role badge,
// support (for colour), influence (for size) and relationship owner, and the red / amber / green
// map status and coaching flags of each buying center (from buyingCenterCoverage). Deterministic,
// O(n log n), and bad records give warnings, never exceptions.
import type {
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    Influence
} from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type {
    BuyingCenterStatus,
    GraphEdge,
    GraphNode,
    InfluenceEdge,
    LayoutOptions,
    RelationshipLayout,
    RelationshipWarning
} from './types';
import type { Membership, People, Person } from './people';
import { readPeople } from './people';
import { byName, reportingForest } from './hierarchy';
import { placeForest } from './tidyLayout';
import * as say from './messages';
import {
    INFLUENCE_ORDER,
    ROLE_ORDER,
    SUPPORT_ORDER,
    compareText,
    isRecord,
    ranked,
    text
} from './values';

export type * from './types';

/** Box sizes: the base box grows with influence, so the people who sway decisions stand out. */
export const BOX = { width: 160, height: 56 };
export const INFLUENCE_SCALE: Record<Influence, number> = { High: 1.25, Medium: 1.1, Low: 1 };
export const GAP = { x: 24, y: 48 };
const LARGEST = Math.max(...Object.values(INFLUENCE_SCALE));
const SLOT = Math.round(BOX.width * LARGEST) + GAP.x;
const ROW = Math.round(BOX.height * LARGEST) + GAP.y;

function sizeFor(influence: Influence | null): { width: number; height: number } {
    const scale = influence ? INFLUENCE_SCALE[influence] : 1;
    // Even sizes keep box corners on whole units when centred.
    const even = (value: number) => 2 * Math.round(value / 2);
    return { width: even(BOX.width * scale), height: even(BOX.height * scale) };
}

/** Who is on the map: everyone, or one buying center's people and their chains of managers. */
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

function describePerson(
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
        relationshipOwnerId: memberships.find((m) => m.ownerId !== null)?.ownerId ?? null,
        memberIds: memberships.map((m) => m.id),
        buyingCenterIds: [...new Set(memberships.map((m) => m.buyingCenterId))].sort(compareText),
        context
    };
}

function coverageOf(
    centers: readonly BuyingCenterRecord[],
    membersByCenter: ReadonlyMap<string, BuyingCenterMemberRecord[]>,
    warnings: RelationshipWarning[]
): BuyingCenterStatus[] {
    const statuses: BuyingCenterStatus[] = [];
    for (const center of centers) {
        const name = text(center.Name) ?? center.Id;
        try {
            const coverage = assessBuyingCenterCoverage(membersByCenter.get(center.Id) ?? []);
            statuses.push({
                buyingCenterId: center.Id,
                name,
                mapStatus: coverage.mapStatus,
                flags: coverage.flags,
                memberCount: coverage.memberCount
            });
        } catch {
            // The status comes from another module: a failure there must not lose the map.
            warnings.push({
                code: 'COVERAGE_FAILED',
                message: say.coverageFailed(name),
                recordId: center.Id
            });
        }
    }
    return statuses;
}

/** Lays out the relationship map of one account. */
export function layoutRelationshipMap(
    contacts: readonly ContactRecord[],
    members: readonly BuyingCenterMemberRecord[],
    buyingCenters: readonly BuyingCenterRecord[],
    options: LayoutOptions = {}
): RelationshipLayout {
    const warnings: RelationshipWarning[] = [];
    const data = readPeople(contacts, members, buyingCenters, warnings);
    const filterId = isRecord(options) ? text(options.buyingCenterId) : null;
    const { shown, members: filteredMembers } = shownPeople(data, filterId, warnings);

    for (const id of [...data.people.keys()].sort(byName(data.people))) {
        const manager = data.people.get(id)?.managerId;
        if (shown.has(id) && manager && manager !== id && !data.people.has(manager)) {
            warnings.push({
                code: 'MANAGER_NOT_FOUND',
                message: say.managerNotFound(data.people.get(id)?.name ?? id, manager),
                recordId: id
            });
        }
    }
    const forest = reportingForest(shown, data.people, warnings);
    const { placements, slots, layers } = placeForest(forest.roots, forest.reportsOf);

    const membershipsOf = new Map<string, Membership[]>();
    for (const membership of data.memberships) {
        if (filterId !== null && membership.buyingCenterId !== filterId) {
            continue;
        }
        const list = membershipsOf.get(membership.contactId);
        if (list) {
            list.push(membership);
        } else {
            membershipsOf.set(membership.contactId, [membership]);
        }
    }
    const nodes: GraphNode[] = [];
    for (const id of [...shown].sort(compareText)) {
        const person = data.people.get(id);
        const placement = placements.get(id);
        if (!person || !placement) {
            continue;
        }
        const described = describePerson(
            person,
            membershipsOf.get(id) ?? [],
            filteredMembers !== null && !filteredMembers.has(id)
        );
        const size = sizeFor(described.influence);
        const centreX = placement.centre * SLOT - GAP.x / 2;
        nodes.push({
            ...described,
            x: Math.round(centreX - size.width / 2),
            y: placement.layer * ROW + (ROW - GAP.y - size.height) / 2,
            width: size.width,
            height: size.height,
            layer: placement.layer
        });
    }

    const reportingEdges: GraphEdge[] = [...forest.managerOf.entries()]
        .map(([report, manager]) => ({ from: manager, to: report }))
        .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
    const influenceByPair = new Map<string, InfluenceEdge>();
    for (const line of data.influenceLines) {
        if (!shown.has(line.contactId) || !shown.has(line.targetContactId)) {
            continue;
        }
        const key = `${line.contactId}\u0000${line.targetContactId}`;
        // Lines come in member id order, so the first member recording a pair names it.
        if (!influenceByPair.has(key)) {
            influenceByPair.set(key, {
                from: line.contactId,
                to: line.targetContactId,
                fromMemberId: line.memberId,
                toMemberId: line.targetMemberId
            });
        }
    }
    const influenceEdges = [...influenceByPair.values()].sort(
        (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)
    );

    const centers =
        filterId === null ? data.centers : data.centers.filter((center) => center.Id === filterId);
    return {
        nodes,
        reportingEdges,
        influenceEdges,
        buyingCenters: coverageOf(centers, data.membersByCenter, warnings),
        width: slots === 0 ? 0 : slots * SLOT - GAP.x,
        height: layers === 0 ? 0 : layers * ROW - GAP.y,
        warnings
    };
}
