// What part of the queue the page opens on: Pipeline Health links to the queue with the deals of a
// stage, of a size (rocks, stones, pebbles) or of its data to fix, and the owner it was showing.
// Read from the page state (c__… parameters, as Lightning's navigation passes them).

export type FocusKind = 'stage' | 'rocks' | 'stones' | 'pebbles' | 'attention';

export interface QueueFocus {
    kind: FocusKind;
    /** The deals Pipeline Health counted there. */
    dealIds: ReadonlySet<string>;
    /** For a stage: its API name. */
    stage: string | null;
}

/** The Deal Review Queue tab (force-app/main/default/tabs) and its address. */
export const REVIEW_QUEUE_TAB = 'Deal_Review_Queue';
export const REVIEW_QUEUE_PATH = `/lightning/n/${REVIEW_QUEUE_TAB}`;

/** The page state that opens one deal's review directly (the Deal Score panel links with it). */
export const OPPORTUNITY_STATE = 'c__opportunityId';
export const FOCUS_STATE = 'c__focus';
export const DEAL_IDS_STATE = 'c__dealIds';
export const STAGE_STATE = 'c__stage';
export const OWNER_STATE = 'c__ownerId';

const KINDS: readonly FocusKind[] = ['stage', 'rocks', 'stones', 'pebbles', 'attention'];

function stateText(state: Record<string, unknown>, key: string): string | null {
    const value = state[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The focus the page state names, or null (a state that names none, or an unknown kind). */
export function focusFromState(state: Record<string, unknown> | undefined): QueueFocus | null {
    const kind = KINDS.find((candidate) => candidate === stateText(state ?? {}, FOCUS_STATE));
    if (kind === undefined || state === undefined) {
        return null;
    }
    const ids = (stateText(state, DEAL_IDS_STATE) ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
    return { kind, dealIds: new Set(ids), stage: stateText(state, STAGE_STATE) };
}

/** The queue's address with one deal's review open. */
export function reviewOfDealUrl(opportunityId: string): string {
    return `${REVIEW_QUEUE_PATH}?${OPPORTUNITY_STATE}=${encodeURIComponent(opportunityId)}`;
}

/** The deal the page state opens for review, or null. */
export function dealFromState(state: Record<string, unknown> | undefined): string | null {
    return stateText(state ?? {}, OPPORTUNITY_STATE);
}

/** The owner the page state picks, or null for everyone the user can see. */
export function ownerFromState(state: Record<string, unknown> | undefined): string | null {
    return stateText(state ?? {}, OWNER_STATE);
}

/** What Pipeline Health links to: a kind of focus, its deals and, for a stage, the stage. */
export interface QueueFocusLink {
    kind: FocusKind;
    dealIds: readonly string[];
    stage?: string | null;
}

/** The page state (c__… parameters) that opens the queue on the given deals. */
export function focusedQueueState(
    focus: QueueFocusLink,
    ownerId: string | null
): Record<string, string> {
    const state: Record<string, string> = {
        [FOCUS_STATE]: focus.kind,
        [DEAL_IDS_STATE]: focus.dealIds.join(',')
    };
    if (focus.stage) {
        state[STAGE_STATE] = focus.stage;
    }
    if (ownerId) {
        state[OWNER_STATE] = ownerId;
    }
    return state;
}

/**
 * The Lightning page reference of the queue showing the given deals, for NavigationMixin: the
 * Deal_Review_Queue tab (an app page, so `standard__navItemPage`) with the focus in its state.
 */
export function focusedQueueReference(
    focus: QueueFocusLink,
    ownerId: string | null
): { type: string; attributes: { apiName: string }; state: Record<string, string> } {
    return {
        type: 'standard__navItemPage',
        attributes: { apiName: REVIEW_QUEUE_TAB },
        state: focusedQueueState(focus, ownerId)
    };
}

/** The queue page's address showing the given deals (what Pipeline Health links to). */
export function focusedQueueUrl(focus: QueueFocusLink, ownerId: string | null): string {
    const params = Object.entries(focusedQueueState(focus, ownerId)).map(
        ([key, value]) => `${key}=${encodeURIComponent(value)}`
    );
    return `${REVIEW_QUEUE_PATH}?${params.join('&')}`;
}
