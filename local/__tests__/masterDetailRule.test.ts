/** @jest-environment node */
// The master-detail write rule as the local org describes it: the same as force-app's metadata for
// every master-detail field, and Read on the Account enough for an account team to plan it.
import { loadSchema } from '../../schema/schema';
import { call, PROJECT_DIR, startTestOrg, type TestOrg } from './testOrg';

interface FieldDescribe {
    name: string;
    type: string;
    writeRequiresMasterRead: boolean;
}

describe('writeRequiresMasterRead in the local org describe', () => {
    let org: TestOrg;
    const schema = loadSchema(PROJECT_DIR);
    const masterDetails = schema
        .objects()
        .flatMap((object) => object.fields)
        .filter((field) => field.relationshipKind === 'MasterDetail');

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    async function describeField(objectName: string, fieldName: string): Promise<FieldDescribe> {
        const result = await call(
            org,
            'GET',
            `/services/data/v66.0/sobjects/${objectName}/describe`
        );
        const fields = (result.body as { fields: FieldDescribe[] }).fields;
        const field = fields.find((candidate) => candidate.name === fieldName);
        if (field === undefined) {
            throw new Error(`${objectName} describes no ${fieldName}`);
        }
        return field;
    }

    it('agrees with the metadata of every master-detail field', async () => {
        expect(masterDetails.length).toBeGreaterThanOrEqual(8);
        for (const field of masterDetails) {
            const described = await describeField(field.objectName, field.name);
            expect([field.objectName, field.name, described.writeRequiresMasterRead]).toEqual([
                field.objectName,
                field.name,
                field.writeRequiresMasterRead === true
            ]);
        }
    });

    it('lets Read on the Account plan it: buying centers, members, maps and their cells', async () => {
        for (const [objectName, fieldName] of [
            ['Buying_Center__c', 'Account__c'],
            ['Buying_Center_Member__c', 'Buying_Center__c'],
            ['Opportunity_Map__c', 'Account__c'],
            ['Opportunity_Map_Cell__c', 'Opportunity_Map__c']
        ] as const) {
            expect(await describeField(objectName, fieldName)).toMatchObject({
                type: 'reference',
                writeRequiresMasterRead: true
            });
        }
    });

    it('asks for Read/Write on the opportunity to record deal evidence and score snapshots', async () => {
        for (const objectName of ['Deal_Evidence__c', 'Deal_Score_Snapshot__c']) {
            expect(await describeField(objectName, 'Opportunity__c')).toMatchObject({
                writeRequiresMasterRead: false
            });
        }
    });
});
