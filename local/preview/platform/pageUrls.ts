// The preview's page addresses, the same as Lightning Experience's: record pages at
// /lightning/r/<Object>/<id>/view, app pages (custom tabs) at /lightning/n/<Tab>, home at /.

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

function text(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

function withState(url: string, state: Record<string, unknown> | undefined): string {
    const entries = Object.entries(state ?? {}).filter(([, value]) => value !== undefined);
    if (entries.length === 0) {
        return url;
    }
    const query = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]));
    return `${url}?${query.toString()}`;
}

/** The address of a page reference, or undefined for a type the preview does not know. */
export function urlOf(reference: PageReference): string | undefined {
    const attributes = reference.attributes ?? {};
    const recordId = text(attributes.recordId);
    const objectApiName = text(attributes.objectApiName);
    const actionName = text(attributes.actionName) ?? 'view';
    let url: string | undefined;
    switch (reference.type) {
        case 'standard__recordPage':
            if (recordId !== undefined) {
                url =
                    objectApiName === undefined
                        ? `/lightning/r/${recordId}/${actionName}`
                        : `/lightning/r/${objectApiName}/${recordId}/${actionName}`;
            }
            break;
        case 'standard__recordRelationshipPage': {
            const relationship = text(attributes.relationshipApiName);
            if (recordId !== undefined && relationship !== undefined) {
                url = `/lightning/r/${objectApiName ?? 'Account'}/${recordId}/related/${relationship}/${actionName}`;
            }
            break;
        }
        case 'standard__objectPage':
            if (objectApiName !== undefined) {
                url = `/lightning/o/${objectApiName}/${actionName === 'view' ? 'home' : actionName}`;
            }
            break;
        case 'standard__navItemPage': {
            const apiName = text(attributes.apiName);
            if (apiName !== undefined) {
                url = `/lightning/n/${apiName}`;
            }
            break;
        }
        case 'standard__namedPage': {
            const pageName = text(attributes.pageName);
            if (pageName === 'home') {
                url = '/';
            }
            break;
        }
        case 'standard__webPage':
            url = text(attributes.url);
            break;
        default:
            url = undefined;
    }
    return url === undefined ? undefined : withState(url, reference.state);
}
