// Lays out an account's people as a layered org chart for the relationship map: reporting lines
// from Contact.ReportsToId, informal influence lines between members, each person's roles, support
// and influence, and the red / amber / green map status and coaching flags of each buying center.
// A tidy tree layout: every subtree is as wide as its leaves and each manager sits over its reports.
import type { BuyingCenterMemberRecord, BuyingCenterRecord, ContactRecord } from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { CoachingFlag, RelationshipMapStatus } from 'c/buyingCenterCoverage';

export interface GraphNode {
    contactId: string;
    name: string;
    title: string | null;
    x: number;
    y: number;
    width: number;
    height: number;
    roles: string[];
    /** The strongest support among the person's memberships, or null when unknown. */
    support: string | null;
    /** The highest influence among the person's memberships, or null when unknown. */
    influence: string | null;
    relationshipOwnerId: string | null;
    memberIds: string[];
    buyingCenterIds: string[];
}

export interface GraphEdge {
    from: string;
    to: string;
}

export interface BuyingCenterStatus {
    buyingCenterId: string;
    name: string;
    mapStatus: RelationshipMapStatus;
    flags: CoachingFlag[];
}

export interface RelationshipLayout {
    nodes: GraphNode[];
    /** Manager → report, as contact ids. */
    reportingEdges: GraphEdge[];
    /** Influencer → influenced, as contact ids. */
    influenceEdges: GraphEdge[];
    buyingCenters: BuyingCenterStatus[];
    width: number;
    height: number;
    warnings: string[];
}

export interface LayoutOptions {
    /** Show only this buying center's people (and their managers, for context). */
    buyingCenterId?: string;
}

const BASE = { width: 160, height: 56 };
const HIGH_SCALE = 1.25;
const SCALE: Record<string, number> = { High: HIGH_SCALE, Medium: 1.1, Low: 1 };
const GAP = { x: 24, y: 48 };
const SUPPORT_ORDER = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'];
const INFLUENCE_ORDER = ['High', 'Medium', 'Low'];

const byText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function strongest(values: (string | null | undefined)[], order: string[]): string | null {
    const known = values.filter((value): value is string => !!value && order.includes(value));
    return known.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? null;
}

/** Lays out the relationship map of one account. */
export function layoutRelationshipMap(
    contacts: readonly ContactRecord[],
    members: readonly BuyingCenterMemberRecord[],
    buyingCenters: readonly BuyingCenterRecord[],
    options: LayoutOptions = {}
): RelationshipLayout {
    const warnings: string[] = [];
    const people = new Map<string, ContactRecord>();
    for (const contact of contacts) {
        if (contact && typeof contact.Id === 'string') {
            people.set(contact.Id, contact);
        }
    }
    const validMembers = members
        .filter(
            (member) =>
                member && typeof member.Id === 'string' && typeof member.Contact__c === 'string'
        )
        .sort((a, b) => byText(a.Id, b.Id));
    const centers = buyingCenters
        .filter((center) => center && typeof center.Id === 'string')
        .sort((a, b) => byText(a.Id, b.Id));

    // Which people to show: everyone, or one buying center's members plus their chain of managers.
    let shown = new Set(people.keys());
    if (options.buyingCenterId) {
        shown = new Set();
        for (const member of validMembers.filter(
            (m) => m.Buying_Center__c === options.buyingCenterId
        )) {
            let current: string | null | undefined = member.Contact__c;
            while (current && people.has(current) && !shown.has(current)) {
                shown.add(current);
                current = people.get(current)?.ReportsToId;
            }
        }
    }
    for (const member of validMembers) {
        if (!people.has(member.Contact__c)) {
            warnings.push(
                `Member ${member.Id} names a contact that is not in this account's list; left off the map.`
            );
        }
    }

    // The reporting tree among the people shown. A manager outside the map makes a root; a cycle is
    // broken at the contact with the lowest id so the chart stays a tree.
    const managerOf = new Map<string, string>();
    for (const id of [...shown].sort(byText)) {
        const manager = text(people.get(id)?.ReportsToId);
        if (manager && shown.has(manager) && manager !== id) {
            managerOf.set(id, manager);
        }
    }
    for (const id of [...managerOf.keys()].sort(byText)) {
        const seen = new Set<string>([id]);
        let current = managerOf.get(id);
        while (current && !seen.has(current)) {
            seen.add(current);
            current = managerOf.get(current);
        }
        if (current && current === id) {
            const cycle = [...seen].sort(byText);
            const cut = cycle[0] ?? id;
            managerOf.delete(cut);
            warnings.push(
                `Reporting lines form a loop (${cycle.map((c) => text(people.get(c)?.Name) ?? c).join(', ')}); ${text(people.get(cut)?.Name) ?? cut} is drawn at the top.`
            );
        }
    }
    const reportsOf = new Map<string, string[]>();
    const roots: string[] = [];
    for (const id of [...shown].sort(
        (a, b) =>
            byText(text(people.get(a)?.Name) ?? '', text(people.get(b)?.Name) ?? '') || byText(a, b)
    )) {
        const manager = managerOf.get(id);
        if (manager) {
            reportsOf.set(manager, [...(reportsOf.get(manager) ?? []), id]);
        } else {
            roots.push(id);
        }
    }

    const membershipsOf = new Map<string, BuyingCenterMemberRecord[]>();
    for (const member of validMembers) {
        membershipsOf.set(member.Contact__c, [
            ...(membershipsOf.get(member.Contact__c) ?? []),
            member
        ]);
    }
    const sizeOf = (id: string) => {
        const influence = strongest(
            (membershipsOf.get(id) ?? []).map((m) => text(m.Influence__c)),
            INFLUENCE_ORDER
        );
        const scale = SCALE[influence ?? 'Low'] ?? 1;
        return {
            width: Math.round(BASE.width * scale),
            height: Math.round(BASE.height * scale),
            influence
        };
    };
    const slot = BASE.width * HIGH_SCALE + GAP.x;
    const rowHeight = BASE.height * HIGH_SCALE + GAP.y;

    // Tidy layout: leaves take consecutive slots left to right; a manager centres over its reports.
    const nodes: GraphNode[] = [];
    let nextSlot = 0;
    let depthMax = 0;
    const place = (id: string, depth: number): number => {
        depthMax = Math.max(depthMax, depth);
        const reports = reportsOf.get(id) ?? [];
        const centres = reports.map((report) => place(report, depth + 1));
        const centre =
            centres.length > 0
                ? ((centres.at(0) ?? 0) + (centres.at(-1) ?? 0)) / 2
                : nextSlot++ * slot + slot / 2;
        const contact = people.get(id);
        const memberships = membershipsOf.get(id) ?? [];
        const size = sizeOf(id);
        nodes.push({
            contactId: id,
            name: text(contact?.Name) ?? id,
            title: text(contact?.Title),
            x: Math.round(centre - size.width / 2),
            y: Math.round(depth * rowHeight + (rowHeight - GAP.y - size.height) / 2),
            width: size.width,
            height: size.height,
            roles: [
                ...new Set(
                    memberships.map((m) => text(m.Buying_Role__c)).filter((r): r is string => !!r)
                )
            ].sort(byText),
            support: strongest(
                memberships.map((m) => text(m.Support__c)),
                SUPPORT_ORDER
            ),
            influence: size.influence,
            relationshipOwnerId:
                memberships.map((m) => text(m.Relationship_Owner__c)).find((owner) => !!owner) ??
                null,
            memberIds: memberships.map((m) => m.Id),
            buyingCenterIds: [...new Set(memberships.map((m) => m.Buying_Center__c))].sort(byText)
        });
        return centre;
    };
    for (const root of roots) {
        place(root, 0);
    }
    nodes.sort((a, b) => byText(a.contactId, b.contactId));

    const reportingEdges = [...managerOf.entries()]
        .map(([report, manager]) => ({ from: manager, to: report }))
        .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));
    const contactOfMember = new Map(validMembers.map((member) => [member.Id, member.Contact__c]));
    const influenceEdges = validMembers
        .map((member) => ({
            from: member.Contact__c,
            to: contactOfMember.get(member.Influences_Member__c ?? '') ?? ''
        }))
        .filter(
            (edge) => edge.to && edge.from !== edge.to && shown.has(edge.from) && shown.has(edge.to)
        )
        .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));

    const statuses = centers
        .filter((center) => !options.buyingCenterId || center.Id === options.buyingCenterId)
        .map((center) => {
            const coverage = assessBuyingCenterCoverage(
                validMembers.filter((m) => m.Buying_Center__c === center.Id)
            );
            return {
                buyingCenterId: center.Id,
                name: text(center.Name) ?? center.Id,
                mapStatus: coverage.mapStatus,
                flags: coverage.flags
            };
        });
    return {
        nodes,
        reportingEdges,
        influenceEdges,
        buyingCenters: statuses,
        width: Math.max(0, nextSlot * slot - GAP.x),
        height: nodes.length === 0 ? 0 : (depthMax + 1) * rowHeight - GAP.y,
        warnings
    };
}
