// Lays out an account's people as a layered org chart for the relationship map: reporting lines
// from Contact.ReportsToId, informal influence lines between members, each person's role badge,
// support (for colour), influence (for size) and relationship owner, and the red / amber / green
// map status and coaching flags of each buying center (from buyingCenterCoverage). Deterministic,
// O(n log n), and bad records give warnings, never exceptions.
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import type {
    GraphEdge,
    GraphNode,
    InfluenceEdge,
    LayoutOptions,
    RelationshipLayout,
    RelationshipWarning
} from './types';
import type { InfluenceLine, Membership } from './people';
import { readPeople } from './people';
import { byName, reportingForest } from './hierarchy';
import { placeForest } from './tidyLayout';
import { GAP, ROW, SLOT, sizeFor } from './boxes';
import { describePerson, shownPeople } from './nodes';
import { coverageOf } from './coverage';
import * as say from './messages';
import { compareText, isRecord, text } from './values';

export type * from './types';
export { BOX, GAP, INFLUENCE_SCALE } from './boxes';
export { EXTERNAL_CARD, placeExternalIntroducers } from './external';
export type {
    ExternalIntroducer,
    ExternalIntroductionEdge,
    ExternalIntroductions,
    IntroducedMember
} from './external';

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
    const influenceEdges = edgesBetween(data.influenceLines, shown);
    const introductionEdges = edgesBetween(data.introductionLines, shown);

    const centers =
        filterId === null ? data.centers : data.centers.filter((center) => center.Id === filterId);
    return {
        nodes,
        reportingEdges,
        influenceEdges,
        introductionEdges,
        buyingCenters: coverageOf(centers, data.membersByCenter, warnings),
        width: slots === 0 ? 0 : slots * SLOT - GAP.x,
        height: layers === 0 ? 0 : layers * ROW - GAP.y,
        warnings
    };
}

/** One line per pair of people shown, named by the first member (in member id order) recording it. */
function edgesBetween(
    lines: readonly InfluenceLine[],
    shown: ReadonlySet<string>
): InfluenceEdge[] {
    const influenceByPair = new Map<string, InfluenceEdge>();
    for (const line of lines) {
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
    return [...influenceByPair.values()].sort(
        (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)
    );
}
