// lightning/navigation for the preview: NavigationMixin with Navigate (a page load of the page's
// address, as Lightning Experience changes its URL, after asking when a form holds unsaved changes
// as lightning:unsavedChanges does there) and GenerateUrl, and the CurrentPageReference wire (the
// reference of the page that is open).
import { urlOf, type PageReference } from './pageUrls';
import { leaveTo } from './unsavedChangesGuard';

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

// A mixin constructor type must take `...args: any[]`, or a class cannot extend the mixin.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

function navigateTo(reference: PageReference, replace?: boolean): void {
    const url = urlOf(reference);
    if (url === undefined) {
        // The platform ignores a reference it cannot resolve after logging it; so does the preview.
        console.error(
            `lightning/navigation: the preview has no page for ${JSON.stringify(reference)}`
        );
        return;
    }
    void leaveTo(url, replace === true);
}

export function NavigationMixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [NAVIGATE](reference: PageReference, replace?: boolean): void {
            navigateTo(reference, replace);
        }

        [GENERATE_URL](reference: PageReference): Promise<string> {
            const url = urlOf(reference);
            return url === undefined
                ? Promise.reject(new Error(`No URL for ${JSON.stringify(reference)}`))
                : Promise.resolve(url);
        }
    };
}
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

/** The page reference of the open page, read from its address. */
export function currentPageReference(): PageReference {
    const path = window.location.pathname;
    const state = Object.fromEntries(new URLSearchParams(window.location.search));
    const record = /^\/lightning\/r\/(\w+)\/(\w{15,18})\/(\w+)$/.exec(path);
    if (record !== null) {
        return {
            type: 'standard__recordPage',
            attributes: { objectApiName: record[1], recordId: record[2], actionName: record[3] },
            state
        };
    }
    const tab = /^\/lightning\/n\/(\w+)$/.exec(path);
    if (tab !== null) {
        return { type: 'standard__navItemPage', attributes: { apiName: tab[1] }, state };
    }
    return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
}

export class CurrentPageReference {
    private readonly emit: (reference: PageReference) => void;

    constructor(dataCallback: (reference: PageReference) => void) {
        this.emit = dataCallback;
    }

    update(): void {
        // The reference depends on the address only.
    }

    connect(): void {
        this.emit(currentPageReference());
    }

    disconnect(): void {
        // Nothing to release.
    }
}
