// Customer network value: what an account is worth beyond what it buys. The business that came
// through its people — deals one of its contacts referred (in this account or another) and deals
// of buying centers we entered through an introduction by one of its members — set beside the
// account's own business. Every amount is rounded to whole units before it is added, so each
// total is the sum of the items listed under it:
//   won       = Σ deals won in the last 12 months        pipeline = Σ open deals' amounts
//   network   = won + pipeline of the deals that came through the account's people, each once
import { compareText } from 'c/atlasValues';
import type { IsoDate, RecordId } from 'c/atlasModel';

export interface NetworkDeal {
    Id: RecordId;
    Name: string;
    AccountId: RecordId;
    accountName: string;
    Amount?: number | null;
    CloseDate?: IsoDate | null;
    IsClosed?: boolean | null;
    IsWon?: boolean | null;
    Buying_Center__c?: RecordId | null;
    /** The referring contact, with the account they belong to. */
    Referred_By__c?: RecordId | null;
    referrerName?: string;
    referrerAccountId?: RecordId | null;
}

/** A buying center member with who introduced them (the introducer's buying center and account). */
export interface NetworkMember {
    Id: RecordId;
    name: string;
    Buying_Center__c: RecordId;
    centerName: string;
    Introduced_By__c?: RecordId | null;
    introducerName?: string;
    introducerCenterId?: RecordId | null;
    introducerAccountId?: RecordId | null;
}

export interface NetworkInput {
    accountId: RecordId;
    /** "The last 12 months" of won business end here. */
    today: IsoDate;
    /** The account's own deals, deals its contacts referred, and deals of introduced buying centers. */
    deals: readonly NetworkDeal[];
    /** Members of the buying centers its members introduced us to (others may be included). */
    members: readonly NetworkMember[];
}

export type NetworkReason =
    | { kind: 'referred'; person: string }
    | { kind: 'introduced'; person: string; introduced: string; center: string };

export interface NetworkItem {
    Id: RecordId;
    Name: string;
    accountName: string;
    /** The deal is the account's own: its value counts in both columns. */
    inAccount: boolean;
    status: 'won' | 'open';
    amount: number;
    reasons: NetworkReason[];
}

export interface BusinessFigures {
    won: number;
    pipeline: number;
    /** won + pipeline. */
    total: number;
}

export interface NetworkValue {
    own: BusinessFigures;
    network: BusinessFigures;
    /** The part of the network total that is also the account's own business. */
    insideAccount: number;
    items: NetworkItem[];
}

function money(value: number | null | undefined): number {
    return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0;
}

/** The same calendar day a year earlier (29 February falls back to the 28th). */
function yearBefore(day: string): string {
    const [year = '0', month = '01', date = '01'] = day.split('-');
    const safeDate = month === '02' && date === '29' ? '28' : date;
    return `${String(Number(year) - 1).padStart(4, '0')}-${month}-${safeDate}`;
}

/** Won in the last 12 months, open, or neither (lost, or won longer ago): not counted. */
function statusOf(deal: NetworkDeal, today: IsoDate): 'won' | 'open' | null {
    if (deal.IsClosed !== true) {
        return 'open';
    }
    const closed = deal.CloseDate ?? '';
    return deal.IsWon === true && closed > yearBefore(today) && closed <= today ? 'won' : null;
}

function figures(items: readonly { status: 'won' | 'open'; amount: number }[]): BusinessFigures {
    const sumOf = (status: 'won' | 'open') =>
        items
            .filter((item) => item.status === status)
            .reduce((total, item) => total + item.amount, 0);
    const won = sumOf('won');
    const pipeline = sumOf('open');
    return { won, pipeline, total: won + pipeline };
}

function reasonKey(reason: NetworkReason): string {
    return reason.kind === 'referred'
        ? `0|${reason.person}`
        : `1|${reason.center}|${reason.person}|${reason.introduced}`;
}

/** The buying centers entered through an introduction by one of the account's members, and how. */
function introducedCenters(input: NetworkInput): Map<RecordId, NetworkReason[]> {
    const centers = new Map<RecordId, NetworkReason[]>();
    const members = new Map(input.members.map((member) => [member.Id, member]));
    for (const member of members.values()) {
        const fromAccount = member.introducerAccountId === input.accountId;
        // An introduction inside the same buying center opens no new door.
        const newCenter = member.introducerCenterId !== member.Buying_Center__c;
        if (!member.Introduced_By__c || !fromAccount || !newCenter) {
            continue;
        }
        const reasons = centers.get(member.Buying_Center__c) ?? [];
        reasons.push({
            kind: 'introduced',
            person: member.introducerName ?? '',
            introduced: member.name,
            center: member.centerName
        });
        centers.set(member.Buying_Center__c, reasons);
    }
    return centers;
}

export function networkValue(input: NetworkInput): NetworkValue {
    const deals = [...new Map(input.deals.map((deal) => [deal.Id, deal])).values()];
    const counted = deals.flatMap((deal) => {
        const status = statusOf(deal, input.today);
        return status === null ? [] : [{ deal, status, amount: money(deal.Amount) }];
    });
    const own = figures(counted.filter(({ deal }) => deal.AccountId === input.accountId));
    const centers = introducedCenters(input);
    const items: NetworkItem[] = counted
        .map(({ deal, status, amount }) => {
            const referred: NetworkReason[] =
                deal.Referred_By__c && deal.referrerAccountId === input.accountId
                    ? [{ kind: 'referred', person: deal.referrerName ?? '' }]
                    : [];
            const introduced = deal.Buying_Center__c
                ? (centers.get(deal.Buying_Center__c) ?? [])
                : [];
            const reasons = [...referred, ...introduced].sort((a, b) =>
                compareText(reasonKey(a), reasonKey(b))
            );
            return {
                Id: deal.Id,
                Name: deal.Name,
                accountName: deal.accountName,
                inAccount: deal.AccountId === input.accountId,
                status,
                amount,
                reasons
            };
        })
        .filter((item) => item.reasons.length > 0)
        .sort(
            (a, b) => b.amount - a.amount || compareText(a.Name, b.Name) || compareText(a.Id, b.Id)
        );
    const network = figures(items);
    const insideAccount = figures(items.filter((item) => item.inAccount)).total;
    return { own, network, insideAccount, items };
}
