// What the relationship map canvas draws: people as positioned boxes and the lines between them,
// already laid out (by the relationshipGraph helper, adapted by the Relationship Map container).
import type { RecordId } from 'c/atlasModel';

export interface CanvasNode {
    id: RecordId;
    x: number;
    y: number;
    width: number;
    height: number;
    name: string;
    title: string;
    /** The buying role, short (e.g. "Decision Maker"), drawn as a badge. */
    role: string;
    /** Support in words, and the colour key of the box (support-mentor … support-enemy). */
    support: string;
    supportKey: string;
    /** Influence in words; the layout makes high-influence people bigger. */
    influence: string;
    /** Advocate, Reference or Detractor, drawn as a tag on the box; '' for neutral or unknown. */
    advocacy: string;
    /** Who owns the relationship on our side, in words ("Owner: Jordan Reyes" or "No owner"). */
    owner: string;
    /** Added to the role badge: a champion's "tested" / "not tested" / "failed", or "economic buyer"
     *  on an Approver; '' for none. The description says it in full (which test failed). */
    mark?: string;
    /** One sentence a screen reader reads for this person. */
    description: string;
    /** An http or https profile address (opened in a new tab); absent or null: no link. */
    profileUrl?: string | null;
    /** The profile link's accessible name ("Hannah Cho: profile (opens in a new tab)"). */
    profileLabel?: string;
    /** Not touched for longer than the scoring settings allow: drawn as a "Stale" tag. */
    stale?: boolean;
}

/** A person from another account who introduced us to someone on the map, at the map's edge. */
export interface CanvasExternalCard {
    /** The introducing member's id. */
    id: RecordId;
    x: number;
    y: number;
    width: number;
    height: number;
    name: string;
    accountName: string;
    /** One sentence a screen reader reads: who, from which account, introduced us to whom. */
    description: string;
}

export interface CanvasEdge {
    id: string;
    kind: 'reports' | 'influences' | 'introduces';
    /** An SVG path (d attribute) in the canvas's coordinates. */
    path: string;
    /** For an influence or introduction line, the arrowhead at its end (a closed path). */
    arrow?: string;
}

export interface CanvasLegendEntry {
    key: string;
    text: string;
}

export interface CanvasModel {
    width: number;
    height: number;
    nodes: CanvasNode[];
    edges: CanvasEdge[];
    /** Introducers from other accounts, in a column at the right edge (none when absent). */
    external?: CanvasExternalCard[];
    /** Support colours in words, so colour is never the only cue. */
    legend: CanvasLegendEntry[];
}
