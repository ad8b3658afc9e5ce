// What the panel tests share: the sfdx-lwc-jest stub adapters' test API typed once, putting a panel
// on the page and answering its GraphQL wire, the platform's answers tests replay, and a clean page
// after each test. Lives beside Jest's setup, outside force-app, so the package never ships it.
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getObjectInfos, getPicklistValues } from 'lightning/uiObjectInfoApi';

type Refresh = () => Promise<void>;

/** The GraphQL wire's test API (sfdx-lwc-jest): emit data or errors, with the refresh function. */
export const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: Refresh): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: Refresh): void;
};
export const objectInfosAdapter = getObjectInfos as unknown as { emit(data: unknown): void };
export const picklistAdapter = getPicklistValues as unknown as {
    emit(data: unknown): void;
    getLastConfig(): { recordTypeId?: string; fieldApiName?: unknown };
};

type Component = Parameters<typeof createElement>[1]['is'];

/** Creates a component with the given public properties and puts it on the page, unanswered. */
export function placeComponent(
    tag: string,
    is: Component,
    properties: Record<string, unknown> = {}
): HTMLElement {
    const element = createElement(tag, { is }) as unknown as HTMLElement;
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

/** The toasts (lightning__showtoast details) an element sends from now on, in order. */
export function collectToasts(element: HTMLElement): unknown[] {
    const toasts: unknown[] = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push((event as CustomEvent).detail)
    );
    return toasts;
}

/**
 * Answers the GraphQL wire (and the object-info wire when infos are given) and returns the refresh
 * function handed with the answer, resolved, so a test can see the panel ask again.
 */
export function answerGraphQL(data: unknown, infos?: unknown): jest.Mock {
    const refresh = jest.fn().mockResolvedValue(undefined);
    graphqlAdapter.emit(data, undefined, refresh);
    if (infos !== undefined) {
        objectInfosAdapter.emit(infos);
    }
    return refresh;
}

/**
 * The GraphQL error the platform gives a user who has no access to an object, at the query's
 * connection `at` (the object's own, unless it is reached through another).
 */
export function noAccessTo(
    objectApiName: string,
    at: string = objectApiName
): { message: string; locations: unknown[]; path: string[] } {
    return {
        message: `${objectApiName} is not supported: the user has no access to this object.`,
        locations: [],
        path: ['uiapi', 'query', at]
    };
}

/** Object infos (getObjectInfos' results) as a user who may read but not create, edit or delete. */
export function readOnlyInfos(infos: { results: { result: object }[] }): unknown {
    return {
        results: infos.results.map((entry) => ({
            ...entry,
            result: { ...entry.result, createable: false, updateable: false, deletable: false }
        }))
    };
}

/** What a c-error-panel in the element's shadow says: its friendly sentence and its messages. */
export function errorPanelOf(element: HTMLElement): {
    friendlyMessage: string | undefined;
    messages: string[];
} {
    const panel = element.shadowRoot?.querySelector<HTMLElement & { friendlyMessage?: string }>(
        'c-error-panel'
    );
    return {
        friendlyMessage: panel?.friendlyMessage,
        messages: [...(panel?.shadowRoot?.querySelectorAll('li') ?? [])].map(
            (item) => item.textContent ?? ''
        )
    };
}

/** Lets pending promises (record writes, refreshes) and re-renders finish. */
export async function flushPromises(): Promise<void> {
    for (let i = 0; i < 5; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
}

/**
 * Puts a component on the page, answers its GraphQL wire (and object infos when given) and lets it
 * render: the element, the refresh function handed with the answer, and the toasts it sends.
 */
export async function mountAnswered(
    tag: string,
    is: Component,
    properties: Record<string, unknown>,
    data: unknown,
    infos?: unknown
): Promise<{ element: HTMLElement; refresh: jest.Mock; toasts: unknown[] }> {
    const element = placeComponent(tag, is, properties);
    const toasts = collectToasts(element);
    const refresh = answerGraphQL(data, infos);
    await flushPromises();
    return { element, refresh, toasts };
}

/** Follows selectors through shadow roots: each one is looked up in the previous match's shadow. */
export function shadowQuery<T extends Element = HTMLElement>(
    host: Element,
    ...selectors: string[]
): T | null {
    let current: Element | null = host;
    for (const selector of selectors) {
        current = current?.shadowRoot?.querySelector(selector) ?? null;
        if (!current) {
            return null;
        }
    }
    return current as T;
}

/** Every match of the last selector, in the shadow of what the ones before it lead to. */
export function shadowQueryAll<T extends Element = HTMLElement>(
    host: Element,
    ...selectors: string[]
): T[] {
    const last = selectors.at(-1);
    if (last === undefined) {
        throw new Error('shadowQueryAll needs at least one selector');
    }
    const parent = selectors.length > 1 ? shadowQuery(host, ...selectors.slice(0, -1)) : host;
    return parent?.shadowRoot ? [...parent.shadowRoot.querySelectorAll<T>(last)] : [];
}

/**
 * Fakes Date at the given instant and the timers no panel waits on (intervals, animation frames);
 * timeouts, immediates and microtasks still run, so renders and writes settle.
 */
export function fakeClockAt(iso: string): void {
    jest.useFakeTimers({
        now: new Date(iso),
        doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'nextTick', 'queueMicrotask']
    });
}

/** Removes everything the test put on the page. */
export function clearPage(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

/** After a panel test: an empty page, mocks reset to no implementation, real timers again. */
export function endPanelTest(): void {
    clearPage();
    jest.resetAllMocks();
    jest.useRealTimers();
}
