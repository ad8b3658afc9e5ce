/** @jest-environment node */
// check-metadata-ignore-file: these tests break queries on purpose to prove the check catches them.
// The queries c/atlasRecords builds from its field lists: each passes the graphqlQueries check, and
// the check fails a built query that leaves out a field of the record type it is read as.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactRecord } from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import {
    BUILT_QUERIES,
    BUYING_CENTER_MEMBER_FIELDS,
    BUYING_CENTERS_TEXT,
    objectFields
} from '../../force-app/main/default/lwc/atlasRecords/atlasRecords';
import { loadSchema, type Schema } from '../../schema/schema';
import { checkBuiltQuery, isBuiltReference } from '../metadata/checks/graphqlQueries';
import { recordTypesOf, type RecordTypes } from '../metadata/checks/recordTypes';
import { gqlTemplates, panelQueries } from '../metadata/panelQueries';

const PROJECT_DIR = join(__dirname, '../..');
const MODEL = 'force-app/main/default/lwc/atlasModel/atlasModel.ts';
const FILE = 'force-app/main/default/lwc/atlasRecords/accountQueries.ts';

let schema: Schema;
let recordTypes: RecordTypes;

beforeAll(() => {
    schema = loadSchema(PROJECT_DIR);
    recordTypes = recordTypesOf(MODEL, readFileSync(join(PROJECT_DIR, MODEL), 'utf8'));
});

describe('built GraphQL queries', () => {
    it.each(BUILT_QUERIES.map((query) => [query.name, query.text]))(
        '%s passes the graphqlQueries check',
        (_name, text) => {
            expect(checkBuiltQuery(schema, recordTypes, FILE, text)).toEqual([]);
        }
    );

    it('are among the panel queries the doctor and the local org tests run', () => {
        const texts = panelQueries(PROJECT_DIR).map((query) => query.text);
        for (const query of BUILT_QUERIES) {
            expect(texts).toContain(query.text);
        }
    });

    it('fail the check when a selection leaves out a field its record type declares', () => {
        const broken = BUYING_CENTERS_TEXT.replace('Wallet_Share__c @optional { value }', '');
        expect(broken).not.toEqual(BUYING_CENTERS_TEXT);
        const findings = checkBuiltQuery(schema, recordTypes, FILE, broken);
        expect(findings.map((finding) => finding.message)).toEqual([
            'AccountBuyingCenters reads BuyingCenterRecord records but does not select Wallet_Share__c, which BuyingCenterRecord declares: the reader would see it as undefined'
        ]);
    });

    it('fail the check when a member selection leaves out a field, as in a hand-written query', () => {
        const text = `query Members($accountId: ID) {
            uiapi {
                query {
                    Buying_Center_Member__c(where: { Buying_Center__r: { Account__c: { eq: $accountId } } }) {
                        edges {
                            node {
                                # record: BuyingCenterMemberRecord
                                Id
                                Buying_Center__c { value }
                                Contact__c { value }
                            }
                        }
                    }
                }
            }
        }`;
        const missing = checkBuiltQuery(schema, recordTypes, FILE, text).map(
            (finding) => /does not select (\w+)/.exec(finding.message)?.[1]
        );
        // The hand-written selection has the two fields every reader can read: the rest, the
        // optional ones, are what the check names, in the list's order.
        expect(missing).toEqual(BUYING_CENTER_MEMBER_FIELDS.optional);
    });

    it('fail the check when a mark names no record type', () => {
        const broken = BUYING_CENTERS_TEXT.replace(
            '# record: ContactRecord',
            '# record: ContactRecords'
        );
        expect(
            checkBuiltQuery(schema, recordTypes, FILE, broken).map((finding) => finding.message)
        ).toContain(
            'AccountBuyingCenters marks a selection "# record: ContactRecords", which is no interface of c/atlasModel'
        );
    });

    it('are referenced from gql only by a name BUILT_QUERIES lists', () => {
        const names = new Set(BUILT_QUERIES.map((query) => query.name));
        const [known, unknown, mixed] = gqlTemplates(
            'x.ts',
            [
                'const A = gql`${BUYING_CENTERS_TEXT}`;',
                'const B = gql`${SOMETHING_ELSE}`;',
                'const C = gql`query Q { ${BUYING_CENTERS_TEXT} }`;'
            ].join('\n')
        );
        expect(isBuiltReference(known!, names)).toBe(true);
        expect(isBuiltReference(unknown!, names)).toBe(false);
        expect(isBuiltReference(mixed!, names)).toBe(false);
    });
});

describe('the field lists', () => {
    it('are checked by the compiler to name every field of their record type', () => {
        const contactFields = objectFields<ContactRecord>();
        // @ts-expect-error -- the list leaves out ReportsToId, a field of ContactRecord.
        const incomplete = contactFields({
            objectApiName: 'Contact',
            recordType: 'ContactRecord',
            fields: ['Name'],
            optional: ['Title', 'AccountId']
        });
        expect(incomplete.optional).toEqual(['Title', 'AccountId']);
    });
});
