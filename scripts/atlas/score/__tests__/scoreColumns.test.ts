/** @jest-environment node */
// `atlas score` reads what the Deal Score panel reads: for each object, the Bulk SOQL columns of the
// command (dealRecords.ts) and the fields the panel's GraphQL query selects (DEAL_SCORE_TEXT) are
// the same list, apart from the few columns the command declares its own (CLI_ONLY_COLUMNS). A
// field added to one and not the other fails here, before inputParity scores a deal differently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEAL_SCORE_TEXT } from 'c/atlasRecords';
import {
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS,
    DEAL_COMPETITOR_FIELDS,
    FRAMEWORK_GROUP_FIELDS,
    DEAL_EVIDENCE_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    OPPORTUNITY_FIELDS,
    STAGE_CRITERION_FIELDS
} from '../../../../force-app/main/default/lwc/atlasRecords/objectFields';
import {
    CLI_ONLY_COLUMNS,
    OPPORTUNITY_FIELDS as OPPORTUNITY_COLUMNS,
    recordsOf,
    scoringQueries
} from '../dealRecords';

const LISTS = [
    OPPORTUNITY_FIELDS,
    DEAL_EVIDENCE_FIELDS,
    STAGE_CRITERION_FIELDS,
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    DEAL_COMPETITOR_FIELDS,
    FRAMEWORK_GROUP_FIELDS
];

/** The SOQL columns of each record query the command sends, by object. */
function cliColumns(): Map<string, string[]> {
    // The closed stage names are a list of names, not records of a field list.
    const { closedStages, ...recordQueries } = scoringQueries(null);
    expect(closedStages).toMatch(/^SELECT StageName FROM Opportunity /);
    const columns = new Map<string, string[]>();
    for (const soql of Object.values(recordQueries)) {
        const match = /^SELECT (.+?) FROM (\w+)/.exec(soql);
        if (match?.[1] && match[2]) {
            columns.set(match[2], match[1].split(', '));
        }
    }
    return columns;
}

/**
 * The fields the panel's query selects for each record node, by record type: the lines after each
 * `# record:` mark that read a field of the node itself (`Name { value }`, `Name @optional { value }`).
 */
function panelSelections(text: string): Map<string, string[][]> {
    const selections = new Map<string, string[][]>();
    const lines = text.split('\n').map((line) => line.trim());
    lines.forEach((line, index) => {
        const mark = /^# record: (\w+)$/.exec(line);
        if (!mark?.[1]) {
            return;
        }
        const fields: string[] = [];
        for (const next of lines.slice(index + 1)) {
            const field = /^(\w+)(?: @optional)? \{ value \}$/.exec(next);
            if (next === 'Id') {
                fields.push('Id');
            } else if (field?.[1]) {
                fields.push(field[1]);
            } else {
                break;
            }
        }
        selections.set(mark[1], [...(selections.get(mark[1]) ?? []), fields]);
    });
    return selections;
}

describe('atlas score reads the fields the Deal Score panel reads', () => {
    const cli = cliColumns();
    const panel = panelSelections(DEAL_SCORE_TEXT);

    it.each(LISTS.map((list) => [list.objectApiName, list.recordType]))(
        '%s: the Bulk columns are the panel query’s fields plus the declared CLI-only ones',
        (objectApiName, recordType) => {
            const columns = cli.get(objectApiName);
            const selections = panel.get(recordType);
            expect(columns).toBeDefined();
            expect(selections?.length).toBeGreaterThan(0);
            // The declared extras stay out of both sides (the panel selects the contact's
            // LastActivityDate beside its list, right after the list's own fields).
            const own = Object.keys(CLI_ONLY_COLUMNS[objectApiName] ?? {});
            const listed = (fields: readonly string[]): string[] =>
                fields.filter((field) => !own.includes(field)).sort();
            for (const selected of selections ?? []) {
                expect(listed(columns ?? [])).toEqual(listed(selected));
            }
        }
    );

    it('finds a field the panel gains and the command lacks (the comparison is not vacuous)', () => {
        // A field no list has, unknown to the metadata on purpose.
        // check-metadata-ignore-next-line
        const newField = 'New_Field__c';
        const gained = panelSelections(
            DEAL_SCORE_TEXT.replace(
                'Counter_Champion__c @optional { value }',
                `Counter_Champion__c @optional { value }\n${newField} @optional { value }`
            )
        ).get('BuyingCenterMemberRecord');
        const columns = cli.get('Buying_Center_Member__c') ?? [];
        expect(gained?.some((fields) => fields.includes(newField))).toBe(true);
        expect(columns).not.toContain(newField);
    });

    it('the CLI-only columns are few, and each reads an object the command queries', () => {
        for (const [objectApiName, extra] of Object.entries(CLI_ONLY_COLUMNS)) {
            expect(cli.get(objectApiName)).toEqual(expect.arrayContaining(Object.keys(extra)));
        }
    });

    it('Atlas_User, the set the access check asks for, can read every custom column FLS could hide', () => {
        const permissionSet = readFileSync(
            resolve(
                __dirname,
                '../../../../force-app/main/default/permissionsets/Atlas_User.permissionset-meta.xml'
            ),
            'utf8'
        );
        const readable = new Set(
            [
                ...permissionSet.matchAll(/<field>([\w.]+)<\/field>\s*<readable>true<\/readable>/g)
            ].map((match) => match[1])
        );
        // Required and master-detail fields are readable by whoever reads the object; the rest are
        // what field-level security can hide, and so what the set must grant.
        const required = new Map<string, readonly string[]>(
            LISTS.map((list) => [list.objectApiName, list.fields])
        );
        const unreadable = [...cli.entries()].flatMap(([objectApiName, columns]) =>
            columns
                .filter((column) => column.endsWith('__c') && !column.includes('.'))
                .filter((column) => !(required.get(objectApiName) ?? []).includes(column))
                .map((column) => `${objectApiName}.${column}`)
                .filter((field) => !readable.has(field))
        );
        expect(unreadable).toEqual([]);
    });

    it('reads each column by its metadata type: numbers, checkboxes and date-times typed', () => {
        const [record] = recordsOf<Record<string, unknown>>(
            [
                {
                    Id: '006000000000001AAA',
                    Amount: '1200.5',
                    IsClosed: 'false',
                    CreatedDate: '2026-11-02T09:30:00.000+0000',
                    CloseDate: '2026-12-31',
                    Deal_Score__c: '',
                    'Buying_Center__r.Name': 'Finance'
                }
            ],
            OPPORTUNITY_COLUMNS
        );
        expect(record).toMatchObject({
            Amount: 1200.5,
            IsClosed: false,
            CreatedDate: '2026-11-02T09:30:00.000Z',
            CloseDate: '2026-12-31',
            Deal_Score__c: null,
            'Buying_Center__r.Name': 'Finance'
        });
    });
});
