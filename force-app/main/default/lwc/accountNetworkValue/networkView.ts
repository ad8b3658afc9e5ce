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

/** One of the two totals (own business, through its network): the sum and what it is made of. */
export interface NetworkTotalView {
    figure: string;
    sumFigure: string;
    label: string;
    help: string;
    total: number;
    won: number;
    pipeline: number;
    /** Only for the network: how much of it is inside the account itself. */
    inside: number;
}

export interface NetworkView extends NetworkValue {
    totals: NetworkTotalView[];
    itemViews: NetworkItemView[];
    hasItems: boolean;
}

function reasonText(reason: NetworkReason): string {
    return reason.kind === 'referred'
        ? formatLabel(LABELS.referred, reason.person)
        : formatLabel(LABELS.introduced, reason.person, reason.introduced, reason.center);
}

export function networkView(value: NetworkValue): NetworkView {
    const total = (figure: 'own' | 'network', label: string, help: string, inside: number) => ({
        ...value[figure],
        figure,
        sumFigure: `${figure}-sum`,
        label,
        help,
        inside
    });
    return {
        ...value,
        totals: [
            total('own', LABELS.own, LABELS.ownHelp, 0),
            total('network', LABELS.network, LABELS.networkHelp, value.insideAccount)
        ],
        itemViews: value.items.map((item) => ({
            ...item,
            key: item.Id,
            statusText: item.status === 'won' ? LABELS.statusWon : LABELS.statusOpen,
            reasonViews: item.reasons.map((reason, index) => ({
                key: `${item.Id}:${index}`,
                text: reasonText(reason)
            }))
        })),
        hasItems: value.items.length > 0
    };
}
