// Draws the relationship map as SVG: each person a box coloured by support and sized by influence
// with their role badge and our relationship owner, reporting lines solid, influence lines dashed.
// Colours are attributes, not CSS, so a downloaded SVG or PNG looks the same as the panel.
import { LightningElement, api } from 'lwc';
import MAP_LABEL from '@salesforce/label/c.Atlas_RM_Canvas_Label';
import REGION_LABEL from '@salesforce/label/c.Atlas_RM_Canvas_Region';
import PEOPLE from '@salesforce/label/c.Atlas_RM_People_List';
import REPORTS_LINE from '@salesforce/label/c.Atlas_RM_Legend_Reports';
import INFLUENCE_LINE from '@salesforce/label/c.Atlas_RM_Legend_Influences';
import INTRODUCTION_LINE from '@salesforce/label/c.Atlas_RM_Legend_Introductions';
import EXTERNAL_INTRODUCER from '@salesforce/label/c.Atlas_RM_Legend_External_Introducer';
import { FRESHNESS_LABELS } from 'c/freshnessText';
import { downloadPng, downloadSvg, svgMarkup } from './svgExport';
import type { CanvasModel, CanvasNode } from './canvasTypes';

interface Palette {
    fill: string;
    stroke: string;
    text: string;
}

/** Support colours: light fills carry dark text and dark fills white text (contrast ≥ 4.5:1). */
const SUPPORT_PALETTE: Record<string, Palette> = {
    'support-mentor': { fill: '#2e844a', stroke: '#194e31', text: '#ffffff' },
    'support-supporter': { fill: '#cdefc4', stroke: '#2e844a', text: '#194e31' },
    'support-neutral': { fill: '#f3f3f3', stroke: '#747474', text: '#181818' },
    'support-non-supporter': { fill: '#fedfd0', stroke: '#a96404', text: '#5f3e02' },
    'support-enemy': { fill: '#ba0517', stroke: '#8e030f', text: '#ffffff' }
};

const UNKNOWN_SUPPORT: Palette = { fill: '#ffffff', stroke: '#747474', text: '#181818' };

const PADDING = 6;
const ADVOCACY_PILL_WIDTH = 62;
const STALE_PILL_WIDTH = 40;

export default class RelationshipMapCanvas extends LightningElement {
    @api model: CanvasModel = { width: 0, height: 0, nodes: [], edges: [], legend: [] };

    labels = {
        map: MAP_LABEL,
        region: REGION_LABEL,
        people: PEOPLE,
        reportsLine: REPORTS_LINE,
        influenceLine: INFLUENCE_LINE,
        introductionLine: INTRODUCTION_LINE,
        externalIntroducer: EXTERNAL_INTRODUCER,
        stale: FRESHNESS_LABELS.stale,
        profile: FRESHNESS_LABELS.profile
    };

    get viewBox(): string {
        return `0 0 ${Math.max(this.model.width, 1)} ${Math.max(this.model.height, 1)}`;
    }

    get reportingEdges() {
        return this.model.edges.filter((edge) => edge.kind === 'reports');
    }

    get influenceEdges() {
        return this.model.edges
            .filter((edge) => edge.kind === 'influences')
            .map((edge) => ({ ...edge, arrowKey: `${edge.id}-arrow` }));
    }

    get introductionEdges() {
        return this.model.edges
            .filter((edge) => edge.kind === 'introduces')
            .map((edge) => ({ ...edge, arrowKey: `${edge.id}-arrow` }));
    }

    get nodes() {
        return this.model.nodes.map((node: CanvasNode) => {
            const palette = SUPPORT_PALETTE[node.supportKey] ?? UNKNOWN_SUPPORT;
            const left = node.x + PADDING;
            return {
                ...node,
                fill: palette.fill,
                stroke: palette.stroke,
                textColor: palette.text,
                tooltip: node.title ? `${node.name}, ${node.title}` : node.name,
                textX: left,
                nameY: node.y + 17,
                badgeX: left,
                badgeY: node.y + 22,
                badgeWidth: Math.max(node.width - 2 * PADDING, 0),
                badgeTextX: left + 6,
                badgeTextY: node.y + 34,
                ownerY: node.y + node.height - 6,
                hasAdvocacy: node.advocacy !== '',
                // A pill across the box's top edge, right-aligned: red for a detractor, else green.
                advocacyFill: node.advocacy === 'Detractor' ? '#ba0517' : '#2e844a',
                advocacyWidth: ADVOCACY_PILL_WIDTH,
                advocacyX: node.x + node.width - ADVOCACY_PILL_WIDTH - PADDING,
                advocacyY: node.y - 8,
                advocacyTextX: node.x + node.width - ADVOCACY_PILL_WIDTH / 2 - PADDING,
                advocacyTextY: node.y + 3,
                // A stale relationship: an amber pill across the top edge, left-aligned.
                staleX: left,
                staleY: node.y - 8,
                staleWidth: STALE_PILL_WIDTH,
                staleTextX: left + STALE_PILL_WIDTH / 2,
                staleTextY: node.y + 3,
                // The profile link sits at the bottom right, on the owner's line.
                profileX: node.x + node.width - PADDING,
                profileY: node.y + node.height - 6
            };
        });
    }

    /** Introducers from other accounts: a white card with a dotted green border, name over account. */
    get externalCards() {
        return (this.model.external ?? []).map((card) => ({
            ...card,
            tooltip: `${card.name}, ${card.accountName}`,
            textX: card.x + PADDING,
            nameY: card.y + 16,
            accountY: card.y + card.height - 9
        }));
    }

    get hasExternal(): boolean {
        return (this.model.external ?? []).length > 0;
    }

    get legend() {
        return this.model.legend.map((entry) => {
            const palette = SUPPORT_PALETTE[entry.key] ?? UNKNOWN_SUPPORT;
            return { ...entry, style: `background:${palette.fill};border-color:${palette.stroke}` };
        });
    }

    /** Downloads the map as an SVG file. */
    @api
    downloadSvg(fileName: string): void {
        const svg = this.svgElement();
        if (svg) {
            downloadSvg(svgMarkup(svg), fileName);
        }
    }

    /** Downloads the map as a PNG image; rejects with a sentence when the browser cannot draw it. */
    @api
    downloadPng(fileName: string): Promise<void> {
        const svg = this.svgElement();
        return svg
            ? downloadPng(svgMarkup(svg), this.model.width, this.model.height, fileName)
            : Promise.resolve();
    }

    private svgElement(): SVGSVGElement | null {
        return this.template?.querySelector('svg') ?? null;
    }
}

export type {
    CanvasEdge,
    CanvasExternalCard,
    CanvasLegendEntry,
    CanvasModel,
    CanvasNode
} from './canvasTypes';
