// The relationship map layout: people as boxes on layers, reporting and influence lines, and each
// buying center's map status, ready to draw in SVG.
import type { Advocacy, BuyingRole, Influence, Support } from 'c/atlasModel';
import type { CoachingFlag, RelationshipMapStatus } from 'c/buyingCenterCoverage';

export interface GraphNode {
    contactId: string;
    name: string;
    title: string | null;
    /** Top-left corner and size in SVG user units; the layout starts at (0, 0). */
    x: number;
    y: number;
    width: number;
    height: number;
    /** 0 for the top of a reporting tree, 1 for those who report to it, and so on. */
    layer: number;
    /** Every buying role the person holds, most decisive first. */
    roles: BuyingRole[];
    /** The role to show on the box: the most decisive one, or null. */
    badge: BuyingRole | null;
    /** For colour: the least supportive stance among the person's memberships, or null. */
    support: Support | null;
    /** True when the person's memberships disagree on support. */
    supportMixed: boolean;
    /** For size: the highest influence among the person's memberships, or null. */
    influence: Influence | null;
    /** Detractor if any membership says so, else reference, advocate or neutral; null if unknown. */
    advocacy: Advocacy | null;
    relationshipOwnerId: string | null;
    memberIds: string[];
    buyingCenterIds: string[];
    /** Shown only to connect the filtered buying center's people to their managers. */
    context: boolean;
}

export interface GraphEdge {
    from: string;
    to: string;
}

/** An informal influence line between two people, from the membership that records it. */
export interface InfluenceEdge extends GraphEdge {
    fromMemberId: string;
    toMemberId: string;
}

export interface BuyingCenterStatus {
    buyingCenterId: string;
    name: string;
    mapStatus: RelationshipMapStatus;
    flags: CoachingFlag[];
    memberCount: number;
}

export type RelationshipWarningCode =
    | 'INVALID_RECORD'
    | 'DUPLICATE_RECORD'
    | 'MANAGER_NOT_FOUND'
    | 'REPORTING_LOOP'
    | 'MEMBER_CONTACT_NOT_FOUND'
    | 'MEMBER_BUYING_CENTER_NOT_FOUND'
    | 'UNKNOWN_VALUE'
    | 'INFLUENCE_TARGET_NOT_FOUND'
    | 'INFLUENCE_ON_SELF'
    | 'FILTER_NOT_FOUND'
    | 'COVERAGE_FAILED';

export interface RelationshipWarning {
    code: RelationshipWarningCode;
    message: string;
    recordId?: string;
}

export interface RelationshipLayout {
    /** By contact id. */
    nodes: GraphNode[];
    /** Manager → report, as contact ids. */
    reportingEdges: GraphEdge[];
    /** Influencer → influenced, as contact ids. */
    influenceEdges: InfluenceEdge[];
    /** Introducer → introduced, as contact ids (the members who recorded it). */
    introductionEdges: InfluenceEdge[];
    buyingCenters: BuyingCenterStatus[];
    width: number;
    height: number;
    warnings: RelationshipWarning[];
}

export interface LayoutOptions {
    /** Show only this buying center's people (and their managers, for context). */
    buyingCenterId?: string | null;
}
