// Relationship actions: map the decision maker, win over or meet the deciders, find a coach, address
// influential opposition, build a second thread. Each names the person it is about where it can.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { MemberFields } from './types';
import type { Candidate } from './factor';
import type { PreparedDeal } from './prepare';
import { compareText } from './values';
import type { Message } from 'c/atlasMessages';
import {
    addressOpposition,
    askForCoach,
    engageDecider,
    findCoach,
    findSecondThread,
    mapDecisionMaker,
    secondThread
} from './relationshipMessages';
import { personWording } from './wording';

const INFLUENCE_RANK: Readonly<Record<string, number>> = { High: 0, Medium: 1, Low: 2 };

/** Most influential first, then by id: the person an action names. */
function byInfluence(a: BuyingCenterMemberRecord, b: BuyingCenterMemberRecord): number {
    return (
        (INFLUENCE_RANK[a.Influence__c ?? ''] ?? 3) - (INFLUENCE_RANK[b.Influence__c ?? ''] ?? 3) ||
        compareText(a.Id, b.Id)
    );
}

/** The action about `member`: its role and influence kept, its support and coverage set. */
function aboutMember(
    code: Candidate['code'],
    message: Message,
    member: BuyingCenterMemberRecord,
    Support__c: MemberFields['Support__c'],
    Coverage__c: MemberFields['Coverage__c']
): Candidate {
    // Blank is null in what the result says, whatever form it came in (see values.ts blanksAsNull).
    const fields: MemberFields = {
        Buying_Role__c: member.Buying_Role__c ?? null,
        Influence__c: member.Influence__c ?? null,
        Support__c: Support__c ?? null,
        Coverage__c: Coverage__c ?? null
    };
    return {
        code,
        message,
        change: { kind: 'updateMember', memberId: member.Id, fields },
        memberId: member.Id
    };
}

/** The action of finding someone not mapped yet, as the member they would be. */
function newMember(
    code: Candidate['code'],
    message: Message,
    Buying_Role__c: MemberFields['Buying_Role__c'],
    Influence__c: MemberFields['Influence__c'],
    Support__c: MemberFields['Support__c'],
    Coverage__c: MemberFields['Coverage__c']
): Candidate {
    return {
        code,
        message,
        change: {
            kind: 'addMember',
            member: { Buying_Role__c, Influence__c, Support__c, Coverage__c }
        }
    };
}

export function relationshipCandidates(
    deal: PreparedDeal,
    coverage: BuyingCenterCoverage
): Candidate[] {
    const members = new Map(deal.members.map((member) => [member.Id, member]));
    const pick = (ids: readonly string[]) =>
        ids.map((id) => members.get(id)).filter((m): m is BuyingCenterMemberRecord => !!m);
    const name = (member: BuyingCenterMemberRecord) => personWording(member, deal.contactNames);
    const list: Candidate[] = [];

    if (!coverage.hasDecisionMaker) {
        list.push(
            newMember(
                'MAP_DECISION_MAKER',
                mapDecisionMaker(coverage.memberCount === 0, deal.buyingCenterName),
                'Decision Maker',
                'High',
                'Supporter',
                'Multiple'
            )
        );
    } else if (!coverage.supportiveDecisionMakerEngaged) {
        for (const decider of pick(coverage.decisionMakerIds).sort(byInfluence)) {
            const supportive =
                decider.Support__c === 'Mentor' || decider.Support__c === 'Supporter';
            const engaged =
                decider.Coverage__c === 'Multiple' || decider.Coverage__c === 'In Depth';
            list.push(
                aboutMember(
                    'ENGAGE_DECISION_MAKER',
                    engageDecider(name(decider), supportive, engaged),
                    decider,
                    supportive ? decider.Support__c : 'Supporter',
                    engaged ? decider.Coverage__c : 'Multiple'
                )
            );
        }
    }
    if (!coverage.hasCoach) {
        // Someone who already supports us is the natural coach; otherwise, find one. Someone who
        // does not decide is the better coach: a decider is asked to decide.
        const decides = new Set(coverage.decisionMakerIds);
        const supporter = deal.members
            .filter((m) => m.Support__c === 'Supporter')
            .sort(
                (a, b) => Number(decides.has(a.Id)) - Number(decides.has(b.Id)) || byInfluence(a, b)
            )[0];
        list.push(
            supporter
                ? aboutMember(
                      'FIND_COACH',
                      askForCoach(name(supporter)),
                      supporter,
                      'Mentor',
                      supporter.Coverage__c
                  )
                : newMember(
                      'FIND_COACH',
                      findCoach(deal.buyingCenterName),
                      'Coach',
                      'Medium',
                      'Mentor',
                      'Brief'
                  )
        );
    }
    for (const opponent of pick(coverage.unaddressedOpposition).sort(byInfluence)) {
        list.push(
            aboutMember(
                'ADDRESS_OPPOSITION',
                addressOpposition(name(opponent)),
                opponent,
                opponent.Support__c,
                'Multiple'
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
                ? aboutMember(
                      'MULTI_THREAD',
                      secondThread(name(next)),
                      next,
                      next.Support__c,
                      'Multiple'
                  )
                : newMember(
                      'MULTI_THREAD',
                      findSecondThread(),
                      'Evaluator',
                      'Medium',
                      'Neutral',
                      'Multiple'
                  )
        );
    }
    return list;
}
