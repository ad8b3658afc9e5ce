// Which page an address shows: the preview mirrors Lightning Experience's addresses and the
// project's flexipages (Account_Atlas_Home, Account_Atlas_Record_Page,
// Account_Atlas_Opportunity_Record_Page, Stage_Criteria_Setup, Deal_Review_Queue).

export type Route =
    | { kind: 'home' }
    | { kind: 'account'; recordId: string }
    | { kind: 'opportunity'; recordId: string }
    | { kind: 'setup' }
    | { kind: 'reviewQueue' }
    | { kind: 'unknown'; path: string; recordId?: string; objectApiName?: string };

const RECORD_ID = '([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)';
const RECORD_PAGE = new RegExp(`^/lightning/r/(\\w+)/${RECORD_ID}/(?:view|related/\\w+/view)/?$`);

export function routeOf(path: string): Route {
    if (path === '/' || path === '' || path === '/lightning/page/home') {
        return { kind: 'home' };
    }
    if (/^\/lightning\/n\/Stage_Criteria_Setup\/?$/.test(path)) {
        return { kind: 'setup' };
    }
    if (/^\/lightning\/n\/Deal_Review_Queue\/?$/.test(path)) {
        return { kind: 'reviewQueue' };
    }
    const record = RECORD_PAGE.exec(path);
    if (record !== null) {
        const [, objectApiName = '', recordId = ''] = record;
        if (objectApiName === 'Account') {
            return { kind: 'account', recordId };
        }
        if (objectApiName === 'Opportunity') {
            return { kind: 'opportunity', recordId };
        }
        return { kind: 'unknown', path, recordId, objectApiName };
    }
    return { kind: 'unknown', path };
}

export function recordPageUrl(objectApiName: string, recordId: string): string {
    return `/lightning/r/${objectApiName}/${recordId}/view`;
}
