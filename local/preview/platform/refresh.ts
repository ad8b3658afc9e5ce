// lightning/refresh for the preview: RefreshEvent bubbles to the page, which runs every registered
// refresh handler (the record page's own refresh on the platform).
export const REFRESH_EVENT_NAME = 'lightning__refreshevent';

export class RefreshEvent extends CustomEvent<null> {
    constructor() {
        super(REFRESH_EVENT_NAME, {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: null
        });
    }
}

type RefreshHandler = () => Promise<boolean> | boolean;

const handlers = new Map<string, RefreshHandler>();
let nextId = 0;

export function registerRefreshHandler(_element: unknown, handler: RefreshHandler): string {
    nextId += 1;
    const id = `refresh-${nextId}`;
    handlers.set(id, handler);
    return id;
}

export function unregisterRefreshHandler(id: string): void {
    handlers.delete(id);
}

/** Runs every handler (the preview page calls this when a RefreshEvent reaches it). */
export async function runRefreshHandlers(): Promise<void> {
    await Promise.all([...handlers.values()].map((handler) => handler()));
}
