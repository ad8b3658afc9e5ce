/** @jest-environment node */
// Law for every panel query: a field field-level security may hide from a user is selected
// `@optional` (else the whole query fails for that user), every other field is not, the directive
// never sits on Id, edges, node, pageInfo or a child connection, and each reader's list of optional
// fields is exactly what its query marks.
import { join } from 'node:path';
import { panelQueries } from '../../../../../../scripts/metadata/panelQueries';
import { loadSchema, type Schema } from '../../../../../../schema/schema';
import {
    mayBeHiddenByFieldSecurity,
    optionalFieldsByObject,
    queryFields
} from '../../../../../../scripts/atlas/doctor/queryFields';
import {
    ACCOUNT_PLAN_OPTIONAL_FIELDS,
    BUYING_CENTERS_OPTIONAL_FIELDS,
    OPPORTUNITY_MAPS_OPTIONAL_FIELDS
} from 'c/atlasRecords';
import { DEAL_SCORE_OPTIONAL_FIELDS } from 'c/atlasRecords';
import { PIPELINE_HEALTH_OPTIONAL_FIELDS } from '../pipelineData';
import { STAGE_CRITERIA_SETUP_OPTIONAL_FIELDS } from '../stageCriteriaData';
import type { OptionalFields } from 'c/atlasRecords';

const PROJECT_DIR = join(__dirname, '../../../../../..');

/** Each panel query (by operation) with the optional fields its reader checks for hidden ones. */
const READERS: [operation: string, optional: OptionalFields][] = [
    ['AccountPlan', ACCOUNT_PLAN_OPTIONAL_FIELDS],
    ['AccountBuyingCenters', BUYING_CENTERS_OPTIONAL_FIELDS],
    ['DealScore', DEAL_SCORE_OPTIONAL_FIELDS],
    ['AccountOpportunityMaps', OPPORTUNITY_MAPS_OPTIONAL_FIELDS],
    ['PipelineHealth', PIPELINE_HEALTH_OPTIONAL_FIELDS],
    ['StageCriteriaSetup', STAGE_CRITERIA_SETUP_OPTIONAL_FIELDS]
];

function queryTextOf(operation: string): string {
    const queries = panelQueries(PROJECT_DIR).filter((query) => query.operation === operation);
    expect(queries).toHaveLength(1);
    return queries[0]!.text;
}

describe('optional fields in every panel query', () => {
    let schema: Schema;

    beforeAll(() => {
        schema = loadSchema(PROJECT_DIR);
    });

    it.each(READERS)(
        '%s marks @optional exactly the fields field-level security can hide',
        (file) => {
            const { fields, misplaced } = queryFields(schema, queryTextOf(file));
            expect(fields.length).toBeGreaterThan(0);
            const describe = (field: (typeof fields)[number]): string =>
                `${field.objectApiName}.${field.selectedAs} at ${field.path.join('.')}`;
            const notOptional = fields.filter((field) => {
                const described = schema.field(field.objectApiName, field.fieldApiName)!;
                return mayBeHiddenByFieldSecurity(described) && !field.optional;
            });
            const needlesslyOptional = fields.filter((field) => {
                const described = schema.field(field.objectApiName, field.fieldApiName)!;
                return !mayBeHiddenByFieldSecurity(described) && field.optional;
            });
            expect(notOptional.map(describe)).toEqual([]);
            expect(needlesslyOptional.map(describe)).toEqual([]);
            expect(misplaced).toEqual([]);
        }
    );

    it.each(READERS)("%s's reader lists the optional fields its query marks", (file, optional) => {
        const { fields } = queryFields(schema, queryTextOf(file));
        const sorted = Object.fromEntries(
            Object.entries(optional)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([objectApiName, names]) => [objectApiName, [...names].sort()])
        );
        expect(sorted).toEqual(optionalFieldsByObject(fields));
    });

    it('knows the fields a profile can hide from the ones it cannot', () => {
        const field = (objectApiName: string, fieldApiName: string): boolean =>
            mayBeHiddenByFieldSecurity(schema.field(objectApiName, fieldApiName)!);
        expect(field('Opportunity', 'Amount')).toBe(true);
        expect(field('Opportunity', 'Deal_Score__c')).toBe(true);
        expect(field('Contact', 'Title')).toBe(true);
        // Required, owner and platform-set fields are always readable.
        expect(field('Opportunity', 'StageName')).toBe(false);
        expect(field('Opportunity', 'CloseDate')).toBe(false);
        expect(field('Opportunity', 'OwnerId')).toBe(false);
        expect(field('Opportunity', 'IsClosed')).toBe(false);
        expect(field('Opportunity', 'CreatedDate')).toBe(false);
        expect(field('Buying_Center__c', 'Account__c')).toBe(false);
        expect(field('Stage_Criterion__c', 'Question__c')).toBe(false);
    });

    it('finds a field left without @optional and a directive on Id or a connection', () => {
        const { fields, misplaced } = queryFields(
            schema,
            `query Q {
                uiapi {
                    query {
                        Opportunity @optional {
                            edges {
                                node {
                                    Id @optional
                                    Amount { value }
                                    Deal_Score__c @optional { value }
                                    Deal_Evidence__r @optional {
                                        edges { node { Id State__c @optional { value } } }
                                    }
                                }
                            }
                        }
                    }
                }
            }`
        );
        expect(
            fields.map((field) => [field.objectApiName, field.selectedAs, field.optional])
        ).toEqual([
            ['Opportunity', 'Amount', false],
            ['Opportunity', 'Deal_Score__c', true],
            ['Deal_Evidence__c', 'State__c', true]
        ]);
        expect(misplaced.map((entry) => entry.selectedAs)).toEqual([
            'Opportunity',
            'Id',
            'Deal_Evidence__r'
        ]);
    });
});
