// What the customer network value section shows, worked out from the helper's result: each deal
// with its status and the sentences saying how it came through the account's people.
import { formatLabel } from 'c/atlasData';
import type { NetworkItem, NetworkReason, NetworkValue } from 'c/networkValue';
import { NETWORK_LABELS as LABELS } from './networkLabels';

export interface NetworkItemView extends NetworkItem {
    key: string;
    statusText: string;
    reasonViews: { key: string; text: string }[];
}

export interface NetworkView extends NetworkValue {
    itemViews: NetworkItemView[];
    hasItems: boolean;
    hasInside: boolean;
}

function reasonText(reason: NetworkReason): string {
    return reason.kind === 'referred'
        ? formatLabel(LABELS.referred, reason.person)
        : formatLabel(LABELS.introduced, reason.person, reason.introduced, reason.center);
}

export function networkView(value: NetworkValue): NetworkView {
    return {
        ...value,
        itemViews: value.items.map((item) => ({
            ...item,
            key: item.Id,
            statusText: item.status === 'won' ? LABELS.statusWon : LABELS.statusOpen,
            reasonViews: item.reasons.map((reason, index) => ({
                key: `${item.Id}:${index}`,
                text: reasonText(reason)
            }))
        })),
        hasItems: value.items.length > 0,
        hasInside: value.insideAccount > 0
    };
}
