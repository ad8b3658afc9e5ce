/** @jest-environment node */
import { MASTER_RECORD_TYPE_ID, defaultRecordTypeIdOf, openStagesOfPicklist } from 'c/atlasData';

// getPicklistValues for Opportunity.StageName as the UI API answers it: each value carries the
// Opportunity stage attributes, in the sales process's order.
function stage(value: string, closed: boolean, won = false, label = value) {
    return {
        attributes: {
            closed,
            defaultProbability: closed ? (won ? 100 : 0) : 10,
            forecastCategoryName: closed ? (won ? 'Closed' : 'Omitted') : 'Pipeline',
            won
        },
        label,
        validFor: [],
        value
    };
}

describe('openStagesOfPicklist', () => {
    it("takes the org's own open stages in their order and leaves out every closed one", () => {
        const picklist = {
            controllerValues: {},
            defaultValue: null,
            eTag: 'e1',
            url: '/services/data/v66.0/ui-api/object-info/Opportunity/picklist-values/012000000000000AAA/StageName',
            values: [
                stage('Discover', false, false, 'Discovery'),
                stage('Shape', false),
                stage('Commit', false),
                stage('Signed', true, true),
                stage('No Decision', true),
                stage('Lost to Competitor', true)
            ]
        };

        expect(openStagesOfPicklist(picklist)).toEqual([
            { value: 'Discover', label: 'Discovery' },
            { value: 'Shape', label: 'Shape' },
            { value: 'Commit', label: 'Commit' }
        ]);
    });

    it('counts the default closed stages as closed when the values carry no attributes', () => {
        const picklist = {
            values: ['Prospecting', 'Qualification', 'Closed Won', 'Closed Lost'].map((value) => ({
                attributes: null,
                label: value,
                validFor: [],
                value
            }))
        };

        expect(openStagesOfPicklist(picklist).map((entry) => entry.value)).toEqual([
            'Prospecting',
            'Qualification'
        ]);
    });

    it('offers nothing for a missing or malformed answer', () => {
        expect(openStagesOfPicklist(undefined)).toEqual([]);
        expect(openStagesOfPicklist({ values: 'Prospecting' })).toEqual([]);
        expect(
            openStagesOfPicklist({ values: [null, { label: 'No value' }, { value: '' }] })
        ).toEqual([]);
    });
});

describe('defaultRecordTypeIdOf', () => {
    it("reads the object's default record type from the object infos", () => {
        const infos = {
            results: [
                { statusCode: 200, result: { apiName: 'Account', defaultRecordTypeId: '012A' } },
                {
                    statusCode: 200,
                    result: { apiName: 'Opportunity', defaultRecordTypeId: '012Dn000000B2bXIAS' }
                }
            ]
        };
        expect(defaultRecordTypeIdOf(infos, 'Opportunity')).toBe('012Dn000000B2bXIAS');
    });

    it('falls back to the master record type without record types or object infos', () => {
        expect(
            defaultRecordTypeIdOf(
                { results: [{ statusCode: 200, result: { apiName: 'Opportunity' } }] },
                'Opportunity'
            )
        ).toBe(MASTER_RECORD_TYPE_ID);
        expect(
            defaultRecordTypeIdOf(
                { results: [{ statusCode: 403, result: { apiName: 'Opportunity' } }] },
                'Opportunity'
            )
        ).toBe(MASTER_RECORD_TYPE_ID);
        expect(defaultRecordTypeIdOf(undefined, 'Opportunity')).toBe(MASTER_RECORD_TYPE_ID);
    });
});
