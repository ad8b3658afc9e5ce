// Relationship actions: map the decision maker, win over or meet the deciders, find a coach, address
// influential opposition, build a second thread. Each names the person it is about where it can.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { NextAction } from './types';
import type { PreparedDeal } from './prepare';
import { compareText } from './values';
import {
    addressOpposition,
    askForCoach,
    engageDecider,
    findCoach,
    findSecondThread,
    mapDecisionMaker,
    personName,
    secondThread
} from './messages';

/** An action before its gain is measured. */
export type Candidate = Omit<NextAction, 'gain'>;

const INFLUENCE_RANK: Readonly<Record<string, number>> = { High: 0, Medium: 1, Low: 2 };

/** Most influential first, then by id: the person an action names. */
function byInfluence(a: BuyingCenterMemberRecord, b: BuyingCenterMemberRecord): number {
    return (
        (INFLUENCE_RANK[a.Influence__c ?? ''] ?? 3) - (INFLUENCE_RANK[b.Influence__c ?? ''] ?? 3) ||
        compareText(a.Id, b.Id)
    );
}

const withMember = (action: Candidate, member: BuyingCenterMemberRecord): Candidate => ({
    ...action,
    memberId: member.Id
});

export function relationshipCandidates(
    deal: PreparedDeal,
    coverage: BuyingCenterCoverage
): Candidate[] {
    const members = new Map(deal.members.map((member) => [member.Id, member]));
    const pick = (ids: readonly string[]) =>
        ids.map((id) => members.get(id)).filter((m): m is BuyingCenterMemberRecord => !!m);
    const name = (member: BuyingCenterMemberRecord) => personName(member, deal.contactNames);
    const list: Candidate[] = [];

    if (!coverage.hasDecisionMaker) {
        list.push({
            code: 'MAP_DECISION_MAKER',
            message: mapDecisionMaker(coverage.memberCount === 0, deal.buyingCenterName),
            change: {
                kind: 'addMember',
                member: {
                    Buying_Role__c: 'Decision Maker',
                    Influence__c: 'High',
                    Support__c: 'Supporter',
                    Coverage__c: 'Multiple'
                }
            }
        });
    } else if (!coverage.supportiveDecisionMakerEngaged) {
        for (const decider of pick(coverage.decisionMakerIds).sort(byInfluence)) {
            const supportive =
                decider.Support__c === 'Mentor' || decider.Support__c === 'Supporter';
            const engaged =
                decider.Coverage__c === 'Multiple' || decider.Coverage__c === 'In Depth';
            list.push(
                withMember(
                    {
                        code: 'ENGAGE_DECISION_MAKER',
                        message: engageDecider(name(decider), supportive, engaged),
                        change: {
                            kind: 'updateMember',
                            memberId: decider.Id,
                            fields: {
                                Buying_Role__c: decider.Buying_Role__c,
                                Influence__c: decider.Influence__c,
                                Support__c: supportive ? decider.Support__c : 'Supporter',
                                Coverage__c: engaged ? decider.Coverage__c : 'Multiple'
                            }
                        }
                    },
                    decider
                )
            );
        }
    }
    if (!coverage.hasCoach) {
        // Someone who already supports us is the natural coach; otherwise, find one. Someone who does not decide is the better coach: a decider is asked to decide.
        const decides = new Set(coverage.decisionMakerIds);
        const supporter = deal.members
            .filter((m) => m.Support__c === 'Supporter')
            .sort(
                (a, b) => Number(decides.has(a.Id)) - Number(decides.has(b.Id)) || byInfluence(a, b)
            )[0];
        list.push(
            supporter
                ? withMember(
                      {
                          code: 'FIND_COACH',
                          message: askForCoach(name(supporter)),
                          change: {
                              kind: 'updateMember',
                              memberId: supporter.Id,
                              fields: {
                                  Buying_Role__c: supporter.Buying_Role__c,
                                  Influence__c: supporter.Influence__c,
                                  Support__c: 'Mentor',
                                  Coverage__c: supporter.Coverage__c
                              }
                          }
                      },
                      supporter
                  )
                : {
                      code: 'FIND_COACH',
                      message: findCoach(deal.buyingCenterName),
                      change: {
                          kind: 'addMember',
                          member: {
                              Buying_Role__c: 'Coach',
                              Influence__c: 'Medium',
                              Support__c: 'Mentor',
                              Coverage__c: 'Brief'
                          }
                      }
                  }
        );
    }
    for (const opponent of pick(coverage.unaddressedOpposition).sort(byInfluence)) {
        list.push(
            withMember(
                {
                    code: 'ADDRESS_OPPOSITION',
                    message: addressOpposition(name(opponent)),
                    change: {
                        kind: 'updateMember',
                        memberId: opponent.Id,
                        fields: {
                            Buying_Role__c: opponent.Buying_Role__c,
                            Influence__c: opponent.Influence__c,
                            Support__c: opponent.Support__c,
                            Coverage__c: 'Multiple'
                        }
                    }
                },
                opponent
            )
        );
    }
    if (coverage.memberCount > 0 && coverage.engagedMemberCount < 2) {
        const engaged = new Set(coverage.engagedMemberIds);
        const opposed = new Set(coverage.oppositionIds);
        const next = deal.members
            .filter((m) => !engaged.has(m.Id) && !opposed.has(m.Id))
            .sort(byInfluence)[0];
        list.push(
            next
                ? withMember(
                      {
                          code: 'MULTI_THREAD',
                          message: secondThread(name(next)),
                          change: {
                              kind: 'updateMember',
                              memberId: next.Id,
                              fields: {
                                  Buying_Role__c: next.Buying_Role__c,
                                  Influence__c: next.Influence__c,
                                  Support__c: next.Support__c,
                                  Coverage__c: 'Multiple'
                              }
                          }
                      },
                      next
                  )
                : {
                      code: 'MULTI_THREAD',
                      message: findSecondThread(),
                      change: {
                          kind: 'addMember',
                          member: {
                              Buying_Role__c: 'Evaluator',
                              Influence__c: 'Medium',
                              Support__c: 'Neutral',
                              Coverage__c: 'Multiple'
                          }
                      }
                  }
        );
    }
    return list;
}
