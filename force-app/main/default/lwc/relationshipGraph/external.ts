// People from other accounts who introduced us to someone on this relationship map: each one a small
// card in a column at the map's right edge, with an introduction line to every person they
// introduced. The map's own layout is left as it is; the column only widens (and may lengthen) it.
import type { RelationshipLayout } from './types';
import { BOX, GAP } from './boxes';
import { compareText, text } from './values';

/** A member as the relationship map reads it, with the introducer's name and account, if known. */
export interface IntroducedMember {
    Id: string;
    Contact__c?: string | null;
    Introduced_By__c?: string | null;
    /** The introducing member's contact and that contact's account today (read through the lookup). */
    introducerName?: string | null;
    introducerAccountName?: string | null;
}

/** An introducer from another account, as a card at the map's edge. */
export interface ExternalIntroducer {
    /** The introducing member (of another account's buying center). */
    memberId: string;
    name: string;
    accountName: string;
    x: number;
    y: number;
    width: number;
    height: number;
}

/** An introduction line from an external introducer's card to a person on the map. */
export interface ExternalIntroductionEdge {
    fromMemberId: string;
    /** The introduced person's contact id, and the member that records the introduction. */
    to: string;
    toMemberId: string;
}

export interface ExternalIntroductions {
    introducers: ExternalIntroducer[];
    edges: ExternalIntroductionEdge[];
    /** The map's size with the column: at least the layout's. */
    width: number;
    height: number;
}

export const EXTERNAL_CARD: Readonly<{ width: number; height: number }> = Object.freeze({
    width: BOX.width,
    height: 40
});
/** Vertical room between two cards in the column. */
const CARD_GAP = 12;

/**
 * The introducers of people shown on the map who are not members of this account (the account's
 * `members` are all of its memberships, whatever the map's filter). An introducer whose name the
 * org did not return (no access to the lookup) gets no card: nothing is drawn that cannot be named.
 */
export function placeExternalIntroducers(
    layout: RelationshipLayout,
    members: readonly IntroducedMember[]
): ExternalIntroductions {
    const accountMembers = new Set(members.map((member) => member.Id));
    const nodes = new Map(layout.nodes.map((node) => [node.contactId, node]));
    const cards = new Map<string, { name: string; accountName: string; top: number }>();
    const edges: ExternalIntroductionEdge[] = [];
    for (const member of members) {
        const introducer = text(member.Introduced_By__c);
        const contactId = text(member.Contact__c);
        const name = text(member.introducerName);
        const target = contactId ? nodes.get(contactId) : undefined;
        if (!introducer || accountMembers.has(introducer) || !name || !target || !contactId) {
            continue;
        }
        const card = cards.get(introducer);
        cards.set(introducer, {
            name,
            accountName: text(member.introducerAccountName) ?? '',
            top: Math.min(card?.top ?? Infinity, target.y)
        });
        if (!edges.some((edge) => edge.fromMemberId === introducer && edge.to === contactId)) {
            edges.push({ fromMemberId: introducer, to: contactId, toMemberId: member.Id });
        }
    }
    const left = layout.width === 0 ? 0 : layout.width + GAP.x;
    let bottom = -Infinity;
    const introducers = [...cards.entries()]
        .sort(
            ([idA, a], [idB, b]) =>
                a.top - b.top || compareText(a.name, b.name) || compareText(idA, idB)
        )
        .map(([memberId, card]) => {
            // Beside the first person introduced, below the card above it.
            const y = Math.max(card.top, bottom + CARD_GAP);
            bottom = y + EXTERNAL_CARD.height;
            return {
                memberId,
                name: card.name,
                accountName: card.accountName,
                x: left,
                y,
                ...EXTERNAL_CARD
            };
        });
    return {
        introducers,
        edges: edges.sort(
            (a, b) => compareText(a.fromMemberId, b.fromMemberId) || compareText(a.to, b.to)
        ),
        width: introducers.length === 0 ? layout.width : left + EXTERNAL_CARD.width,
        height: Math.max(layout.height, bottom)
    };
}
