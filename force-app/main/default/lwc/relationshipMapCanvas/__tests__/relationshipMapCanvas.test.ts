import { createElement } from 'lwc';
import RelationshipMapCanvas from 'c/relationshipMapCanvas';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';
// Group Technology at Meridian Global Bank: the CIO, his VP and the architect who opposes us.
import canvasModel from './data/canvasModel.json';

function mountCanvas(): HTMLElement {
    const element = createElement('c-relationship-map-canvas', { is: RelationshipMapCanvas });
    Object.assign(element, { model: canvasModel });
    document.body.appendChild(element);
    return element;
}

function person(element: HTMLElement, id: string): SVGGElement {
    return element.shadowRoot!.querySelector(`[data-person="${id}"]`)!;
}

describe('c-relationship-map-canvas', () => {
    let createObjectURL: jest.Mock;
    let clicked: string[];

    beforeEach(() => {
        createObjectURL = jest.fn(() => 'blob:relationship-map');
        Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
        clicked = [];
        jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
            this: HTMLAnchorElement
        ) {
            clicked.push(this.download);
        });
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
    });

    it('draws each person where the layout puts them, with name, role and owner, and the title on hover', async () => {
        const element = mountCanvas();
        await flushPromises();

        const victor = person(element, '003Dn0000000028AAA');
        const box = victor.querySelector('rect')!;
        expect([box.getAttribute('x'), box.getAttribute('y'), box.getAttribute('width')]).toEqual([
            '276',
            '150',
            '200'
        ]);
        const text = (kind: string) =>
            victor.querySelector(`[data-text="${kind}"]`)!.textContent!.trim();
        expect(text('name')).toBe('Victor Sorensen');
        expect(victor.querySelector('title')!.textContent).toBe(
            'Victor Sorensen, Lead Data Architect'
        );
        expect(text('role')).toBe('Evaluator');
        expect(text('owner')).toBe('Owner: Sam Kowalski');
        await expect(element).toBeAccessible();
    });

    it('colours each person by support: the enemy red, the supporters green', async () => {
        const element = mountCanvas();
        await flushPromises();

        const fill = (id: string) =>
            person(element, id).querySelector('rect')!.getAttribute('fill');
        expect(fill('003Dn0000000028AAA')).toBe('#ba0517');
        expect(fill('003Dn0000000002AAA')).toBe('#cdefc4');
        const legend = [...element.shadowRoot!.querySelectorAll('.rm-canvas__legend-entry')].map(
            (entry) => entry.textContent!.trim()
        );
        expect(legend).toEqual([
            'Mentor',
            'Supporter',
            'Neutral',
            'Non-Supporter',
            'Enemy',
            'c.Atlas_RM_Legend_Reports',
            'c.Atlas_RM_Legend_Influences',
            'c.Atlas_RM_Legend_Introductions'
        ]);
        await expect(element).toBeAccessible();
    });

    it('draws reporting lines solid and influence lines dashed with an arrowhead', async () => {
        const element = mountCanvas();
        await flushPromises();

        const reports = element.shadowRoot!.querySelectorAll('[data-edge="reports"]');
        const influences = element.shadowRoot!.querySelectorAll('[data-edge="influences"]');
        expect(reports).toHaveLength(2);
        expect(reports[0]!.getAttribute('stroke-dasharray')).toBeNull();
        expect(influences).toHaveLength(1);
        expect(influences[0]!.getAttribute('stroke-dasharray')).toBe('6 4');
        expect(influences[0]!.getAttribute('d')).toBe('M 430 150 Q 430 64 380 64');
        expect(
            element.shadowRoot!.querySelector('path[d="M 380 64 L 389 59 L 389 69 Z"]')
        ).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('tells screen readers each person and their lines in words', async () => {
        const element = mountCanvas();
        await flushPromises();

        const svg = element.shadowRoot!.querySelector('svg')!;
        expect(svg.getAttribute('role')).toBe('group');
        const people = [...element.shadowRoot!.querySelectorAll('.slds-assistive-text li')].map(
            (item) => item.textContent
        );
        expect(people).toEqual(canvasModel.nodes.map((node) => node.description));
        await expect(element).toBeAccessible();
    });

    it('lets keyboard users reach and scroll a map wider than the panel', async () => {
        const element = mountCanvas();
        await flushPromises();

        const region = element.shadowRoot!.querySelector('.rm-canvas')!;
        expect(region.getAttribute('tabindex')).toBe('0');
        expect(region.getAttribute('role')).toBe('region');
        expect(region.getAttribute('aria-label')).toBe('c.Atlas_RM_Canvas_Region');
        await expect(element).toBeAccessible();
    });

    it('downloads the drawing as an SVG file', async () => {
        const element = mountCanvas();
        await flushPromises();

        (element as unknown as { downloadSvg(name: string): void }).downloadSvg(
            'Meridian Global Bank - relationship map.svg'
        );

        expect(clicked).toEqual(['Meridian Global Bank - relationship map.svg']);
        const blob = createObjectURL.mock.calls[0]![0] as Blob;
        expect(blob.type).toBe('image/svg+xml');
        const markup = await new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsText(blob);
        });
        expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(markup).toContain('Victor Sorensen');
        expect(markup).toContain('#ba0517');
        await expect(element).toBeAccessible();
    });
});
