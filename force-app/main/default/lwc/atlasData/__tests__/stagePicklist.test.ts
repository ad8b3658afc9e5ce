/** @jest-environment node */
import {
    MASTER_RECORD_TYPE_ID,
    closedStagesOfPicklist,
    closingFields,
    defaultRecordTypeIdOf,
    openStagesOfPicklist,
    picklistOptionsOf
} from 'c/atlasData';

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

describe('closedStagesOfPicklist', () => {
    it("offers the org's own closed stages, whatever their names, each with its won flag", () => {
        const picklist = {
            values: [
                stage('Discover', false),
                stage('Signed', true, true, 'Signed (won)'),
                stage('Signed Renewal', true, true),
                stage('Lost', true, false, 'Lost to someone'),
                stage('Closed Won', false)
            ]
        };
        expect(closedStagesOfPicklist(picklist)).toEqual([
            { value: 'Signed', label: 'Signed (won)', won: true },
            { value: 'Signed Renewal', label: 'Signed Renewal', won: true },
            { value: 'Lost', label: 'Lost to someone', won: false }
        ]);
    });

    it('never guesses from a name: values without stage attributes are not offered', () => {
        const picklist = {
            values: [
                { attributes: null, label: 'Closed Won', value: 'Closed Won' },
                { label: 'Closed Lost', value: 'Closed Lost' }
            ]
        };
        expect(closedStagesOfPicklist(picklist)).toEqual([]);
        expect(closedStagesOfPicklist(undefined)).toEqual([]);
    });
});

describe('picklistOptionsOf', () => {
    it('keeps the values in order with their labels', () => {
        expect(
            picklistOptionsOf({
                values: [
                    { label: 'Outsold', value: 'Outsold' },
                    { label: '', value: 'No Decision' },
                    { label: 'broken' }
                ]
            })
        ).toEqual([
            { value: 'Outsold', label: 'Outsold' },
            { value: 'No Decision', label: 'No Decision' }
        ]);
    });
});

describe('closingFields', () => {
    it('writes the stage, the close date, and for a loss its reason and the competitor who won', () => {
        expect(
            closingFields({
                stageName: 'Lost',
                won: false,
                closeDate: '2026-12-07',
                lossReason: 'Outsold',
                competitorWon: 'Northwind Analytics'
            })
        ).toEqual({
            StageName: 'Lost',
            CloseDate: '2026-12-07',
            Loss_Reason__c: 'Outsold',
            Competitor_Won__c: 'Northwind Analytics'
        });
    });

    it('clears the loss reason and competitor when the deal is won', () => {
        expect(
            closingFields({
                stageName: 'Signed',
                won: true,
                closeDate: '2026-12-07',
                lossReason: 'No Decision',
                competitorWon: 'Northwind Analytics'
            })
        ).toEqual({
            StageName: 'Signed',
            CloseDate: '2026-12-07',
            Loss_Reason__c: null,
            Competitor_Won__c: null
        });
    });
});
