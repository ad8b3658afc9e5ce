import { currentTargetOf, pipelineFromGraphQL, targetsOf } from '../pipelineData';
import pipelineHealth from '../../pipelineHealthPanel/__tests__/data/pipelineHealth.json';

const ALEX_MORGAN = '005Dn0000000001AAA';

function target(Id: string, start: string, end: string) {
    return {
        Id,
        OwnerId: ALEX_MORGAN,
        Period_Start__c: start,
        Period_End__c: end,
        Target_Amount__c: 1
    };
}

describe('pipeline data', () => {
    it('reads the opportunities, their stage histories from the snapshots, the targets and their owners', () => {
        const data = pipelineFromGraphQL(pipelineHealth, ALEX_MORGAN);

        expect(data.opportunities).toHaveLength(40);
        expect(data.opportunities.filter((opportunity) => opportunity.IsClosed)).toHaveLength(25);
        expect(data.stageHistories['006Dn0000000032AAA']).toEqual([
            { StageName: 'Proposal/Price Quote', EnteredAt: '2026-11-01T06:00:00.000Z' },
            { StageName: 'Negotiation/Review', EnteredAt: '2026-11-15T06:00:00.000Z' }
        ]);
        expect(data.owners).toEqual([
            { id: '005Dn0000000002AAA', name: 'Sam Okoro' },
            { id: ALEX_MORGAN, name: 'Alex Morgan' }
        ]);
        expect(data.stageOrder).toHaveLength(8);
        expect(targetsOf(data, '005Dn0000000002AAA').map((t) => t.Name)).toEqual([
            'Mid-Market West 2026-Q4'
        ]);
    });

    it('opens on the target whose period includes today, else the next to start, else the latest', () => {
        const q3 = target('q3', '2026-07-01', '2026-09-30');
        const q4 = target('q4', '2026-10-01', '2026-12-31');
        const q1 = target('q1', '2027-01-01', '2027-03-31');

        expect(currentTargetOf([q1, q4, q3], '2026-12-31')?.Id).toBe('q4');
        expect(currentTargetOf([q1, q3], '2026-11-22')?.Id).toBe('q1');
        expect(currentTargetOf([q3], '2026-11-22')?.Id).toBe('q3');
        expect(currentTargetOf([], '2026-11-22')).toBeNull();
    });
});
