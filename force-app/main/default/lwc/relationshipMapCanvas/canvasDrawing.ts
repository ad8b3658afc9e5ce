// What the canvas's template draws, worked out here because a template cannot compute: the three
// line layers with their strokes, and each person's box, badge and tags in canvas coordinates.
import type { CanvasEdge, CanvasExternalCard, CanvasNode } from './canvasTypes';

interface Palette {
    fill: string;
    stroke: string;
    text: string;
}

/** Support colours: light fills carry dark text and dark fills white text (contrast ≥ 4.5:1). */
export const SUPPORT_PALETTE: Record<string, Palette> = {
    'support-mentor': { fill: '#2e844a', stroke: '#194e31', text: '#ffffff' },
    'support-supporter': { fill: '#cdefc4', stroke: '#2e844a', text: '#194e31' },
    'support-neutral': { fill: '#f3f3f3', stroke: '#747474', text: '#181818' },
    'support-non-supporter': { fill: '#fedfd0', stroke: '#a96404', text: '#5f3e02' },
    'support-enemy': { fill: '#ba0517', stroke: '#8e030f', text: '#ffffff' }
};

export const UNKNOWN_SUPPORT: Palette = { fill: '#ffffff', stroke: '#747474', text: '#181818' };

const PADDING = 6;
const ADVOCACY_PILL_WIDTH = 62;
const STALE_PILL_WIDTH = 40;

/** One kind of line, drawn in its own group: reporting solid, influence dashed, introductions dotted. */
const LAYERS: {
    kind: CanvasEdge['kind'];
    className: string;
    stroke: string;
    width: string;
    dash?: string;
}[] = [
    { kind: 'reports', className: 'rm-canvas__reports', stroke: '#747474', width: '1.5' },
    {
        kind: 'influences',
        className: 'rm-canvas__influences',
        stroke: '#0176d3',
        width: '1.5',
        dash: '6 4'
    },
    {
        kind: 'introduces',
        className: 'rm-canvas__introductions',
        stroke: '#2e844a',
        width: '2',
        dash: '2 3'
    }
];

export function edgeLayers(edges: CanvasEdge[]) {
    return LAYERS.map((layer) => ({
        ...layer,
        edges: edges
            .filter((edge) => edge.kind === layer.kind)
            .map((edge) => ({ ...edge, arrowKey: `${edge.id}-arrow` }))
    }));
}

/** A tag across the top edge of a person's box (advocacy at the right, "Stale" at the left). */
function pill(key: string, text: string, fill: string, x: number, width: number, top: number) {
    return {
        key,
        rectKey: `${key}-pill`,
        text,
        fill,
        x,
        y: top - 8,
        width,
        textX: x + width / 2,
        textY: top + 3
    };
}

export function drawnNode(node: CanvasNode, staleText: string) {
    const palette = SUPPORT_PALETTE[node.supportKey] ?? UNKNOWN_SUPPORT;
    const left = node.x + PADDING;
    const pills = [];
    if (node.advocacy !== '') {
        // Red for a detractor, else green.
        const fill = node.advocacy === 'Detractor' ? '#ba0517' : '#2e844a';
        const x = node.x + node.width - ADVOCACY_PILL_WIDTH - PADDING;
        pills.push(pill('advocacy', node.advocacy, fill, x, ADVOCACY_PILL_WIDTH, node.y));
    }
    if (node.stale) {
        pills.push(pill('stale', staleText, '#8c4b02', left, STALE_PILL_WIDTH, node.y));
    }
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
        pills,
        // The profile link sits at the bottom right, on the owner's line.
        profileX: node.x + node.width - PADDING,
        profileY: node.y + node.height - 6
    };
}

/** Introducers from other accounts: a white card with a dotted green border, name over account. */
export function drawnCard(card: CanvasExternalCard) {
    return {
        ...card,
        tooltip: `${card.name}, ${card.accountName}`,
        textX: card.x + PADDING,
        nameY: card.y + 16,
        accountY: card.y + card.height - 9
    };
}
