// Adapts the relationshipGraph layout into what the canvas draws: boxes where the layout puts
// them, the reporting and influence lines as SVG paths, each person in words (custom labels, with
// their champion and economic buyer marks), and the support legend. Geometry only: who goes where is the helper's decision.
import { formatLabel } from 'c/atlasData';
import type { BuyingCenterView } from 'c/atlasData';
import type {
    ExternalIntroductions,
    GraphEdge,
    GraphNode,
    RelationshipLayout
} from 'c/relationshipGraph';
import type {
    CanvasEdge,
    CanvasExternalCard,
    CanvasModel,
    CanvasNode
} from 'c/relationshipMapCanvas';
import { SUPPORTS } from 'c/atlasModel';
import type { ContactRecord } from 'c/atlasModel';
import type { BuyingCenterMemberView } from 'c/atlasData';
import { enteredTouchesByContact, freshnessOf, openableProfileUrl } from 'c/relationshipFreshness';
import type { Freshness } from 'c/relationshipFreshness';
import { championMarkOf } from 'c/buyingCenterCoverage';
import { championBadgeText, championMarkTexts } from 'c/championText';

/** What the boxes say of each person's last touch and profile (c/freshnessText words them). */
export interface PeopleFreshness {
    contacts: readonly ContactRecord[];
    asOf: string;
    staleAfterDays: number;
    touchText: (freshness: Freshness) => string;
    staleSentence: string;
    profileLabel: (name: string) => string;
}

export interface CanvasLabels {
    owner: string;
    noOwner: string;
    noRole: string;
    unknown: string;
    person: string;
    personAdvocacy: string;
    /** '{0}, from {1}, introduced us to {2}.' and the account word when the org gave none. */
    externalIntroducer: string;
    externalAccountUnknown: string;
}

/** Anything drawn as a box: a person, or an introducer's card. */
interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

const NO_EXTERNAL: ExternalIntroductions = { introducers: [], edges: [], width: 0, height: 0 };

/** Room around the chart so lines and arrowheads at its edges are not cut off. */
const MARGIN = 16;
const ARROW = { length: 10, halfWidth: 5 };

function supportKey(support: string | null): string {
    return support ? `support-${support.toLowerCase()}` : 'support-unknown';
}

function centre(node: Box): { x: number; y: number } {
    return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

/** Manager's bottom edge down to the report's top edge, with a right-angled elbow between. */
function reportingPath(manager: GraphNode, report: GraphNode): string {
    const fromX = manager.x + manager.width / 2 + MARGIN;
    const fromY = manager.y + manager.height + MARGIN;
    const toX = report.x + report.width / 2 + MARGIN;
    const toY = report.y + MARGIN;
    const midY = Math.round((fromY + toY) / 2);
    return `M ${fromX} ${fromY} V ${midY} H ${toX} V ${toY}`;
}

/** Where the line from a box's centre towards a point leaves the box. */
function boxEdgeToward(node: Box, toward: { x: number; y: number }): { x: number; y: number } {
    const c = centre(node);
    const dx = toward.x - c.x;
    const dy = toward.y - c.y;
    if (dx === 0 && dy === 0) {
        return c;
    }
    const scale = Math.min(
        dx === 0 ? Infinity : node.width / 2 / Math.abs(dx),
        dy === 0 ? Infinity : node.height / 2 / Math.abs(dy)
    );
    return { x: c.x + dx * scale, y: c.y + dy * scale };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** A curved dashed line from influencer to influenced, and the arrowhead at the influenced box. */
function influencePath(from: Box, to: Box, bendBy = 0.2): { path: string; arrow: string } {
    const start = boxEdgeToward(from, centre(to));
    const end = boxEdgeToward(to, centre(from));
    // Bend the line sideways so it does not run along a reporting line between the same people.
    const bend = {
        x: (start.x + end.x) / 2 + (end.y - start.y) * bendBy,
        y: (start.y + end.y) / 2 - (end.x - start.x) * bendBy
    };
    const angle = Math.atan2(end.y - bend.y, end.x - bend.x);
    const baseX = end.x - ARROW.length * Math.cos(angle);
    const baseY = end.y - ARROW.length * Math.sin(angle);
    const side = { x: -Math.sin(angle) * ARROW.halfWidth, y: Math.cos(angle) * ARROW.halfWidth };
    const m = (value: number) => round(value + MARGIN);
    return {
        path: `M ${m(start.x)} ${m(start.y)} Q ${m(bend.x)} ${m(bend.y)} ${m(baseX)} ${m(baseY)}`,
        arrow: `M ${m(end.x)} ${m(end.y)} L ${m(baseX + side.x)} ${m(baseY + side.y)} L ${m(baseX - side.x)} ${m(baseY - side.y)} Z`
    };
}

export function canvasModel(
    layout: RelationshipLayout,
    buyingCenters: readonly BuyingCenterView[],
    labels: CanvasLabels,
    external: ExternalIntroductions = NO_EXTERNAL,
    people?: PeopleFreshness
): CanvasModel {
    const contacts = new Map((people?.contacts ?? []).map((contact) => [contact.Id, contact]));
    const members: BuyingCenterMemberView[] = buyingCenters.flatMap((center) => center.members);
    const entered = enteredTouchesByContact(members);
    // The contact's logged activity comes with their memberships (Contact__r.LastActivityDate).
    const activity = new Map(
        members.map((member) => [member.Contact__c, member.contactActivityDate ?? null])
    );
    const ownerNames = new Map<string, string>();
    for (const member of buyingCenters.flatMap((center) => center.members)) {
        if (member.Relationship_Owner__c && member.relationshipOwnerName) {
            ownerNames.set(member.Relationship_Owner__c, member.relationshipOwnerName);
        }
    }
    const byContact = new Map(layout.nodes.map((node) => [node.contactId, node]));
    const memberById = new Map(members.map((member) => [member.Id, member]));
    const nodes: CanvasNode[] = layout.nodes.map((node) => {
        const ownerName = node.relationshipOwnerId
            ? ownerNames.get(node.relationshipOwnerId)
            : null;
        const owner = ownerName ? formatLabel(labels.owner, ownerName) : labels.noOwner;
        const role = node.roles.length > 0 ? node.roles.join(', ') : labels.noRole;
        const support = node.support ?? labels.unknown;
        const influence = node.influence ?? labels.unknown;
        const advocacy = node.advocacy === null || node.advocacy === 'Neutral' ? '' : node.advocacy;
        const contact = contacts.get(node.contactId);
        // The memberships the box stands for (the filtered buying center's, when filtered).
        const mark = championMarkOf(
            node.memberIds
                .map((id) => memberById.get(id))
                .filter((member): member is BuyingCenterMemberView => member !== undefined)
        );
        const freshness = people
            ? freshnessOf(
                  activity.get(node.contactId),
                  entered.get(node.contactId),
                  people.asOf,
                  people.staleAfterDays
              )
            : null;
        return {
            id: node.contactId,
            x: node.x + MARGIN,
            y: node.y + MARGIN,
            width: node.width,
            height: node.height,
            name: node.name,
            title: node.title ?? '',
            role,
            support,
            supportKey: supportKey(node.support),
            influence,
            advocacy,
            owner,
            mark: championBadgeText(mark, node.roles),
            description: [
                formatLabel(
                    labels.person,
                    node.name,
                    node.title ?? '',
                    role,
                    influence,
                    support,
                    owner
                ),
                advocacy ? formatLabel(labels.personAdvocacy, advocacy) : '',
                ...championMarkTexts(mark).map((text) => `${text.text}.`),
                freshness && people ? `${people.touchText(freshness)}.` : '',
                freshness?.stale && people ? people.staleSentence : ''
            ]
                .filter((part) => part !== '')
                .join(' '),
            profileUrl: openableProfileUrl(contact?.Profile_URL__c),
            profileLabel: people?.profileLabel(node.name) ?? '',
            stale: freshness?.stale ?? false
        };
    });
    const edge = (kind: CanvasEdge['kind'], line: GraphEdge): CanvasEdge | null => {
        const from = byContact.get(line.from);
        const to = byContact.get(line.to);
        if (!from || !to) {
            return null;
        }
        const id = `${kind}:${line.from}:${line.to}`;
        if (kind === 'reports') {
            return { id, kind, path: reportingPath(from, to) };
        }
        // Introductions bend the other way, so they never lie on an influence line.
        return { id, kind, ...influencePath(from, to, kind === 'introduces' ? -0.2 : 0.2) };
    };
    const cards = new Map(external.introducers.map((card) => [card.memberId, card]));
    const externalEdges = external.edges.flatMap((line): CanvasEdge[] => {
        const from = cards.get(line.fromMemberId);
        const to = byContact.get(line.to);
        return from && to
            ? [
                  {
                      id: `introduces:${line.fromMemberId}:${line.to}`,
                      kind: 'introduces',
                      ...influencePath(from, to, -0.2)
                  }
              ]
            : [];
    });
    const introducedNames = (memberId: string): string =>
        external.edges
            .filter((line) => line.fromMemberId === memberId)
            .map((line) => byContact.get(line.to)?.name ?? '')
            .join(', ');
    const externalCards: CanvasExternalCard[] = external.introducers.map((card) => {
        const accountName = card.accountName || labels.externalAccountUnknown;
        return {
            id: card.memberId,
            x: card.x + MARGIN,
            y: card.y + MARGIN,
            width: card.width,
            height: card.height,
            name: card.name,
            accountName,
            description: formatLabel(
                labels.externalIntroducer,
                card.name,
                accountName,
                introducedNames(card.memberId)
            )
        };
    });
    const edges = [
        ...layout.reportingEdges.map((line) => edge('reports', line)),
        ...layout.influenceEdges.map((line) => edge('influences', line)),
        ...layout.introductionEdges.map((line) => edge('introduces', line))
    ].filter((line): line is CanvasEdge => line !== null);
    return {
        width: Math.max(layout.width, external.width) + 2 * MARGIN,
        height: Math.max(layout.height, external.height) + 2 * MARGIN,
        nodes,
        edges: [...edges, ...externalEdges],
        ...(externalCards.length > 0 ? { external: externalCards } : {}),
        legend: SUPPORTS.map((support) => ({ key: supportKey(support), text: support }))
    };
}
