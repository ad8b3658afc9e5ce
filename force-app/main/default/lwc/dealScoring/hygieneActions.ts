// Data hygiene's next best actions: put right what a check found wrong (a close date that passed, a
// quiet deal, no amount, no buying center). Each change is what the rep would enter, as of today.
import type { FactorDetail } from './types';
import type { Candidate } from './factor';
import type { PreparedDeal } from './prepare';
import { SIMULATED_PREFIX } from './applyActionChange';
import { compareText } from './values';
import { logActivity, setAmount, setBuyingCenter, updateCloseDate } from './hygieneMessages';

/** `checks`: the hygiene factor's lines, one per check, keyed by the check. */
export function hygieneCandidates(
    deal: PreparedDeal,
    checks: readonly FactorDetail[]
): Candidate[] {
    const problem = (key: string) =>
        checks.some((detail) => detail.key === key && detail.status === 'problem');
    const { asOf } = deal;
    const list: Candidate[] = [];
    if (problem('closeDate') && asOf) {
        list.push({
            code: 'UPDATE_CLOSE_DATE',
            message: updateCloseDate(deal.deal.closeDate),
            change: { kind: 'opportunity', fields: { CloseDate: asOf } }
        });
    }
    if (problem('activity') && asOf) {
        list.push({
            code: 'LOG_ACTIVITY',
            message: logActivity(),
            change: { kind: 'opportunity', fields: { LastActivityDate: asOf } }
        });
    }
    if (problem('amount')) {
        // Any positive amount scores the same; 1 stands for the amount the rep will enter.
        list.push({
            code: 'SET_AMOUNT',
            message: setAmount(),
            change: { kind: 'opportunity', fields: { Amount: 1 } }
        });
    }
    if (problem('buyingCenter')) {
        const centers = deal.members
            .map((member) => member.Buying_Center__c)
            .filter((id): id is string => typeof id === 'string' && id.length > 0)
            .sort(compareText);
        list.push({
            code: 'SET_BUYING_CENTER',
            message: setBuyingCenter(deal.buyingCenterName),
            change: {
                kind: 'opportunity',
                fields: { Buying_Center__c: centers[0] ?? `${SIMULATED_PREFIX}buying-center` }
            }
        });
    }
    return list;
}
