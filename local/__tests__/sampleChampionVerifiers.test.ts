/** @jest-environment node */
// The sample's passed champion tests name who verified them (#22), as the member form requires of
// every Passed test: the local org fills in the sales director, Morgan Lee.
import { startTestOrg, type TestOrg } from './testOrg';

interface MemberRow {
    Contact__r: { Name: string };
    Champion_Access_Test__c: string | null;
    Champion_Access_Verified_By__r: { Name: string } | null;
    Champion_Sells_Test__c: string | null;
    Champion_Sells_Verified_By__r: { Name: string } | null;
    Champion_Gains_Test__c: string | null;
    Champion_Gains_Verified_By__r: { Name: string } | null;
}

describe('the sample champions in the local org', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    }, 120000);

    afterAll(async () => {
        await org?.stop();
    });

    it('names a verifier on every passed champion test', async () => {
        const result = await org.conn.query<MemberRow>(
            "SELECT Contact__r.Name, Champion_Access_Test__c, Champion_Access_Verified_By__r.Name, Champion_Sells_Test__c, Champion_Sells_Verified_By__r.Name, Champion_Gains_Test__c, Champion_Gains_Verified_By__r.Name FROM Buying_Center_Member__c WHERE Champion_Access_Test__c = 'Passed' OR Champion_Sells_Test__c = 'Passed' OR Champion_Gains_Test__c = 'Passed'"
        );
        const passed = result.records.flatMap((row) =>
            (
                [
                    [row.Champion_Access_Test__c, row.Champion_Access_Verified_By__r],
                    [row.Champion_Sells_Test__c, row.Champion_Sells_Verified_By__r],
                    [row.Champion_Gains_Test__c, row.Champion_Gains_Verified_By__r]
                ] as const
            )
                .filter(([test]) => test === 'Passed')
                .map(([, verifier]) => [row.Contact__r.Name, verifier?.Name ?? null])
        );
        expect(passed.length).toBe(4);
        expect(passed).toContainEqual(['Nina Castillo', 'Morgan Lee']);
        expect(passed.filter(([, verifier]) => verifier !== 'Morgan Lee')).toEqual([]);
    });
});
