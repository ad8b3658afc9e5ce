// HTTP to the local org from the browser: same-origin calls to /services/data/v66.0/…, which the
// preview server proxies to the local org with its bearer token (the token never reaches the page).
// A failure rejects the way Lightning Data Service does: { ok, status, statusText, body, headers }.

export const API_BASE = '/services/data/v66.0';

export interface FetchFailure {
    ok: false;
    status: number;
    statusText: string;
    body: unknown;
    headers: Record<string, string>;
}

function headersOf(response: Response): Record<string, string> {
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
        headers[name] = value;
    });
    return headers;
}

async function bodyOf(response: Response): Promise<unknown> {
    const text = await response.text();
    if (text === '') {
        return undefined;
    }
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return text;
    }
}

/** One call to the org's API; resolves with the parsed body or rejects with an LDS-shaped failure. */
export async function callOrg(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
): Promise<unknown> {
    let response: Response;
    try {
        response = await fetch(`${API_BASE}${path}`, {
            method,
            headers:
                body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin'
        });
    } catch (error) {
        const failure: FetchFailure = {
            ok: false,
            status: 0,
            statusText: 'Network error',
            body: {
                message: `The local org could not be reached (${String(error)}). Is npm start still running?`,
                errorCode: 'NETWORK_ERROR'
            },
            headers: {}
        };
        throw failure;
    }
    const parsed = await bodyOf(response);
    if (!response.ok) {
        const failure: FetchFailure = {
            ok: false,
            status: response.status,
            statusText: response.statusText,
            body: parsed,
            headers: headersOf(response)
        };
        throw failure;
    }
    return parsed;
}
