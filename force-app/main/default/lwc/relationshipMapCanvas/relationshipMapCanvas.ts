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
import {
    SUPPORT_PALETTE,
    UNKNOWN_SUPPORT,
    drawnCard,
    drawnNode,
    edgeLayers
} from './canvasDrawing';
import type { CanvasModel } from './canvasTypes';

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

    get edgeLayers() {
        return edgeLayers(this.model.edges);
    }

    get nodes() {
        return this.model.nodes.map((node) => drawnNode(node, this.labels.stale));
    }

    get externalCards() {
        return (this.model.external ?? []).map(drawnCard);
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
