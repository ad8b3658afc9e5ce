import { createElement } from 'lwc';
import RelationshipMap from 'c/relationshipMap';
import { graphql } from 'lightning/graphql';
import {
    errorPanelMessages,
    flushPromises,
    shadowQuery,
    shadowQueryAll
} from '../../planningRecordForm/__tests__/planningTestHelpers';
// The same GraphQL response the Buying Centers panel reads (Meridian Global Bank): both panels
// share one query, so on one page Lightning Data Service asks once.
import accountBuyingCenters from '../../buyingCenters/__tests__/data/accountBuyingCenters.json';
import { todayIso } from 'c/atlasData';

jest.mock('@salesforce/label/c.Atlas_RM_Owner', () => ({ default: 'Owner: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_RM_File_Name', () => ({ default: '{0} - relationship map' }), {
    virtual: true
});

jest.mock(
    '@salesforce/label/c.Atlas_RM_External_Introducer',
    () => ({ default: '{0}, from {1}, introduced us to {2}.' }),
    { virtual: true }
);

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
};

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const GROUP_TECHNOLOGY = 'a01Dn0000000005AAA';
const VICTOR = '003Dn0000000028AAA';

async function mountPanel(data: unknown = accountBuyingCenters): Promise<HTMLElement> {
    const element = createElement('c-relationship-map', { is: RelationshipMap });
    Object.assign(element, { recordId: ACCOUNT_ID });
    document.body.appendChild(element);
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

type Json = Record<string, unknown>;

/**
 * The answer with Hannah Cho last touched `touchedDaysAgo` days ago (entered on her membership) and
 * profile links on her and on Marcus Bell (his not a web address).
 */
function withFreshness(touchedDaysAgo: number): unknown {
    const data = JSON.parse(JSON.stringify(accountBuyingCenters)) as Json;
    const [year, month, day] = todayIso().split('-').map(Number) as [number, number, number];
    const touched = new Date(Date.UTC(year, month - 1, day - touchedDaysAgo))
        .toISOString()
        .slice(0, 10);
    const profiles: Record<string, string> = {
        'Hannah Cho': 'https://www.linkedin.com/in/hannah-cho-example',
        'Marcus Bell': ['javascript', 'void(0)'].join(':')
    };
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
            return;
        }
        if (typeof value !== 'object' || value === null) {
            return;
        }
        const node = value as Json;
        const name = ((node.Name as Json | undefined)?.value ?? '') as string;
        if (name in profiles && 'Title' in node) {
            node.Profile_URL__c = { value: profiles[name] };
        }
        const contact = node.Contact__r as Json | undefined;
        if ((contact?.Name as Json | undefined)?.value === 'Hannah Cho') {
            node.Last_Touch__c = { value: touched };
        }
        Object.values(node).forEach(visit);
    };
    visit(data);
    return data;
}

function people(element: HTMLElement): SVGGElement[] {
    return shadowQueryAll(
        element,
        'c-relationship-map-canvas',
        '[data-person]'
    ) as unknown as SVGGElement[];
}

function personText(element: HTMLElement, contactId: string, kind: string): string {
    return shadowQuery(
        element,
        'c-relationship-map-canvas',
        `[data-person="${contactId}"] [data-text="${kind}"]`
    )!.textContent!.trim();
}

function statusOf(element: HTMLElement, buyingCenterId: string): HTMLElement | null {
    return shadowQuery(
        element,
        'c-relationship-map-status',
        `[data-buying-center="${buyingCenterId}"]`
    );
}

function chooseFilter(element: HTMLElement, value: string): void {
    element
        .shadowRoot!.querySelector('lightning-combobox')!
        .dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-relationship-map', () => {
    let downloads: string[];

    beforeEach(() => {
        Object.assign(URL, {
            createObjectURL: jest.fn(() => 'blob:map'),
            revokeObjectURL: jest.fn()
        });
        downloads = [];
        jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
            this: HTMLAnchorElement
        ) {
            downloads.push(this.download);
        });
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
    });

    it('shows a spinner until the people arrive', async () => {
        const element = createElement('c-relationship-map', { is: RelationshipMap });
        Object.assign(element, { recordId: ACCOUNT_ID });
        document.body.appendChild(element);
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('draws every contact with reporting lines, influence lines, role, support and owner', async () => {
        const element = await mountPanel();

        expect(people(element)).toHaveLength(15);
        const canvas = shadowQuery(element, 'c-relationship-map-canvas')!.shadowRoot!;
        // Twelve of the fifteen report to someone at Meridian; three informal influence lines.
        expect(canvas.querySelectorAll('[data-edge="reports"]')).toHaveLength(12);
        expect(canvas.querySelectorAll('[data-edge="influences"]')).toHaveLength(3);
        expect(personText(element, VICTOR, 'name')).toBe('Victor Sorensen');
        expect(personText(element, VICTOR, 'role')).toBe('Evaluator');
        expect(personText(element, VICTOR, 'owner')).toBe('Owner: Sam Kowalski');
        const victorBox = canvas.querySelector(`[data-person="${VICTOR}"] rect`)!;
        expect(victorBox.getAttribute('fill')).toBe('#ba0517');
        // High influence draws a bigger box than low influence.
        const aishaBox = canvas.querySelector('[data-person="003Dn0000000027AAA"] rect')!;
        expect(Number(victorBox.getAttribute('width'))).toBeGreaterThan(
            Number(aishaBox.getAttribute('width'))
        );
        expect(personText(element, '003Dn0000000009AAA', 'owner')).toBe('Owner: Jordan Reyes');
        expect(personText(element, '003Dn0000000010AAA', 'owner')).toBe('c.Atlas_RM_No_Owner');
        await expect(element).toBeAccessible();
    });

    it('draws an introducer from another account as a card at the map’s edge, with a line and a legend entry', async () => {
        // Grace Mensah (Commercial Banking) was introduced by a member of Kestrel's buying center.
        const data = JSON.parse(
            JSON.stringify(accountBuyingCenters)
        ) as typeof accountBuyingCenters;
        const grace = data.uiapi.query.Buying_Center__c.edges[0]!.node.Members__r.edges[0]!
            .node as Record<string, unknown>;
        grace.Introduced_By__c = { value: 'a02Dn0000000099AAA' };
        grace.Introduced_By__r = {
            Contact__r: {
                Name: { value: 'Lukas Brandt' },
                Account: { Name: { value: 'Kestrel Precision Manufacturing' } }
            }
        };
        const element = await mountPanel(data);
        const canvas = shadowQuery(element, 'c-relationship-map-canvas')!.shadowRoot!;
        const card = canvas.querySelector('[data-introducer="a02Dn0000000099AAA"]')!;
        expect(card.querySelector('[data-text="name"]')!.textContent!.trim()).toBe('Lukas Brandt');
        expect(card.querySelector('[data-text="account"]')!.textContent!.trim()).toBe(
            'Kestrel Precision Manufacturing'
        );
        // At the right edge: past every person's box, inside the drawing.
        const svg = canvas.querySelector('svg')!;
        const cardX = Number(card.querySelector('rect')!.getAttribute('x'));
        const rights = [...canvas.querySelectorAll('[data-person] > rect')].map(
            (box) => Number(box.getAttribute('x')) + Number(box.getAttribute('width'))
        );
        expect(cardX).toBeGreaterThan(Math.max(...rights));
        expect(
            cardX + Number(card.querySelector('rect')!.getAttribute('width'))
        ).toBeLessThanOrEqual(Number(svg.getAttribute('width')));
        // An introduction line leaves the card (its start is on the card's left edge or beyond).
        const starts = [...canvas.querySelectorAll('[data-edge="introduces"]')].map((line) =>
            Number(/^M ([\d.]+) /.exec(line.getAttribute('d') ?? '')?.[1])
        );
        expect(starts.some((x) => x >= cardX)).toBe(true);
        const legend = [...canvas.querySelectorAll('.rm-canvas__legend-entry')].map((entry) =>
            entry.textContent!.trim()
        );
        expect(legend).toContain('c.Atlas_RM_Legend_External_Introducer');
        const spoken = [...canvas.querySelectorAll('.slds-assistive-text li')].map((item) =>
            item.textContent!.trim()
        );
        expect(spoken).toContain(
            'Lukas Brandt, from Kestrel Precision Manufacturing, introduced us to Grace Mensah.'
        );
        await expect(element).toBeAccessible();
    });

    it('shows no introducer card or legend entry when nobody came through another account', async () => {
        const element = await mountPanel();
        const canvas = shadowQuery(element, 'c-relationship-map-canvas')!.shadowRoot!;
        expect(canvas.querySelectorAll('[data-introducer]')).toHaveLength(0);
        const legend = [...canvas.querySelectorAll('.rm-canvas__legend-entry')].map((entry) =>
            entry.textContent!.trim()
        );
        expect(legend).not.toContain('c.Atlas_RM_Legend_External_Introducer');
    });

    it('gives each buying center its red, amber or green status and coaching flags in words', async () => {
        const element = await mountPanel();

        const technology = statusOf(element, GROUP_TECHNOLOGY)!;
        expect(technology.querySelector('[data-status]')!.getAttribute('data-status')).toBe('Red');
        expect(technology.querySelector('[data-status]')!.textContent).toBe(
            'c.Atlas_RM_Status_Red'
        );
        const flags = [...technology.querySelectorAll<HTMLElement>('[data-flag]')].map(
            (flag) => flag.dataset.flag
        );
        expect(flags).toContain('ENEMY_WITH_HIGH_INFLUENCE');
        expect(
            technology.querySelector('[data-flag="ENEMY_WITH_HIGH_INFLUENCE"]')!.textContent!.trim()
        ).toBe('c.Atlas_RM_Flag_ENEMY_WITH_HIGH_INFLUENCE');
        // Commercial Banking has no decision maker mapped.
        const commercial = statusOf(element, 'a01Dn0000000002AAA')!;
        expect(commercial.querySelector('[data-status]')!.getAttribute('data-status')).toBe('Red');
        expect(commercial.querySelector('[data-flag="NO_DECISION_MAKER"]')).not.toBeNull();
        // Digital Channels: a supportive, engaged decision maker and a coach.
        const digital = statusOf(element, 'a01Dn0000000013AAA')!;
        expect(digital.querySelector('[data-status]')!.getAttribute('data-status')).toBe('Green');
        await expect(element).toBeAccessible();
    });

    it('shows one buying center: its people with their managers, and only its status', async () => {
        const element = await mountPanel();

        chooseFilter(element, GROUP_TECHNOLOGY);
        await flushPromises();

        const names = people(element)
            .map((person) => person.querySelector('[data-text="name"]')!.textContent!.trim())
            .sort();
        expect(names).toEqual([
            'Aisha Karim',
            'Daniel Okafor',
            'Kenji Watanabe',
            'Victor Sorensen'
        ]);
        expect(
            shadowQueryAll(element, 'c-relationship-map-status', '[data-buying-center]')
        ).toHaveLength(1);
        expect(statusOf(element, GROUP_TECHNOLOGY)).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says what to do when a buying center has no one in it yet', async () => {
        const data = JSON.parse(JSON.stringify(accountBuyingCenters));
        const wealth = data.uiapi.query.Buying_Center__c.edges.find(
            (edge: { node: { Id: string } }) => edge.node.Id === 'a01Dn0000000003AAA'
        );
        wealth.node.Members__r.edges = [];
        const element = await mountPanel(data);

        chooseFilter(element, 'a01Dn0000000003AAA');
        await flushPromises();

        expect(
            element.shadowRoot!.querySelector('[data-message="empty-filter"]')!.textContent!.trim()
        ).toBe('c.Atlas_RM_Empty_Filter');
        expect(shadowQuery(element, 'c-relationship-map-canvas')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says what to do when the account has no contacts yet', async () => {
        const element = await mountPanel({
            uiapi: {
                query: {
                    Account: accountBuyingCenters.uiapi.query.Account,
                    Buying_Center__c: { edges: [] },
                    Contact: { edges: [] }
                }
            }
        });

        expect(
            element.shadowRoot!.querySelector('[data-message="empty"]')!.textContent!.trim()
        ).toBe('c.Atlas_RM_Empty');
        expect(shadowQuery(element, 'c-relationship-map-canvas')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('marks a person not touched for longer than the limit stale and opens their profile in a new tab', async () => {
        const HANNAH = '003Dn0000000025AAA';
        const MARCUS = '003Dn0000000024AAA';
        const element = await mountPanel(withFreshness(120));

        expect(personText(element, HANNAH, 'stale')).toBe('c.Atlas_RF_Stale');
        const link = shadowQuery(
            element,
            'c-relationship-map-canvas',
            `[data-person="${HANNAH}"] a[data-link="profile"]`
        )!;
        expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/hannah-cho-example');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        // A link that is not http(s) is never drawn; nobody else is stale.
        expect(
            shadowQuery(
                element,
                'c-relationship-map-canvas',
                `[data-person="${MARCUS}"] a[data-link="profile"]`
            )
        ).toBeNull();
        expect(
            people(element).filter((person) => person.querySelector('[data-text="stale"]'))
        ).toHaveLength(1);
    });

    it('leaves a person touched within the limit unmarked', async () => {
        const element = await mountPanel(withFreshness(90));
        expect(
            people(element).filter((person) => person.querySelector('[data-text="stale"]'))
        ).toHaveLength(0);
    });

    it('explains in words why the map could not be loaded', async () => {
        const element = createElement('c-relationship-map', { is: RelationshipMap });
        Object.assign(element, { recordId: ACCOUNT_ID });
        document.body.appendChild(element);
        graphqlAdapter.emitErrors([
            {
                message: 'Contact is not supported: the user has no access to this object.',
                locations: [],
                path: ['uiapi', 'query', 'Contact']
            }
        ]);
        await flushPromises();

        expect(errorPanelMessages(element.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'Contact is not supported: the user has no access to this object.'
        ]);
        await expect(element).toBeAccessible();
    });

    it('downloads the map as an SVG named after the account and the buying center shown', async () => {
        const element = await mountPanel();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="download-svg"]')!.click();
        chooseFilter(element, GROUP_TECHNOLOGY);
        await flushPromises();
        element.shadowRoot!.querySelector<HTMLElement>('[data-action="download-svg"]')!.click();

        expect(downloads).toEqual([
            'Meridian Global Bank - relationship map.svg',
            'Meridian Global Bank - Group Technology - relationship map.svg'
        ]);
        await expect(element).toBeAccessible();
    });

    it('says so when the browser cannot draw the PNG', async () => {
        class FailingImage {
            onload: (() => void) | null = null;
            onerror: (() => void) | null = null;
            set src(_value: string) {
                setTimeout(() => this.onerror?.(), 0);
            }
        }
        const realImage = window.Image;
        Object.assign(window, { Image: FailingImage });
        try {
            const element = await mountPanel();

            element.shadowRoot!.querySelector<HTMLElement>('[data-action="download-png"]')!.click();
            await flushPromises();
            await flushPromises();

            const panel = element.shadowRoot!.querySelector<
                HTMLElement & { friendlyMessage: string }
            >('c-error-panel')!;
            expect(panel.friendlyMessage).toBe('c.Atlas_RM_Download_Failed');
            expect(errorPanelMessages(panel)).toEqual(['The map could not be drawn as an image.']);
            expect(downloads).toEqual([]);
            await expect(element).toBeAccessible();
        } finally {
            Object.assign(window, { Image: realImage });
        }
    });
});
