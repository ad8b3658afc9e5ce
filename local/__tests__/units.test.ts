/** @jest-environment node */
// The local org's pure parts: Salesforce ids, date literal ranges, and SOQL compiled against the
// project's schema with a pinned clock (checked on a store without a server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseSafeSuffix, customKeyPrefix, makeId, normalizeId } from '../org/ids';
import { LocalOrg } from '../org/org';
import { dateLiteralRange } from '../org/query/dateLiterals';
import { runQuery } from '../org/query/execute';
import { compileSoql } from '../org/query/soql';
import { seedFromPlan } from '../org/seed';
import { PROJECT_DIR } from './testOrg';

describe('Salesforce ids', () => {
    it('computes the case-safe suffix of a 15-character id', () => {
        expect(caseSafeSuffix('00D000000000062')).toBe('EAA');
        expect(caseSafeSuffix('001Dn00000ABCDE')).toBe('IA5');
    });

    it('normalises 15- and 18-character ids, restoring case from the suffix', () => {
        const id = makeId('001', 123456);
        expect(id).toMatch(/^0010L0\w{9}\w{3}$/);
        expect(normalizeId(id.slice(0, 15))).toBe(id);
        expect(normalizeId(id.toLowerCase())).toBe(id);
        expect(normalizeId(id.toUpperCase())).toBe(id);
        expect(normalizeId('001xx')).toBeUndefined();
        expect(normalizeId("001'; DROP TABLE")).toBeUndefined();
    });

    it('hands out custom key prefixes in order', () => {
        expect([0, 1, 10, 61, 62].map(customKeyPrefix)).toEqual([
            'a00',
            'a01',
            'a0A',
            'a0z',
            'a10'
        ]);
    });
});

describe('date literal ranges (GMT, calendar fiscal year)', () => {
    const now = new Date('2026-11-22T15:30:00Z'); // a Sunday

    it.each([
        ['TODAY', undefined, '2026-11-22', '2026-11-23'],
        ['YESTERDAY', undefined, '2026-11-21', '2026-11-22'],
        ['THIS_WEEK', undefined, '2026-11-22', '2026-11-29'],
        ['LAST_MONTH', undefined, '2026-10-01', '2026-11-01'],
        ['THIS_QUARTER', undefined, '2026-10-01', '2027-01-01'],
        ['NEXT_FISCAL_YEAR', undefined, '2027-01-01', '2028-01-01'],
        ['LAST_N_DAYS', 7, '2026-11-15', '2026-11-23'],
        ['NEXT_N_DAYS', 3, '2026-11-23', '2026-11-26'],
        ['N_DAYS_AGO', 2, '2026-11-20', '2026-11-21'],
        ['LAST_N_MONTHS', 2, '2026-09-01', '2026-11-01']
    ])('%s:%s covers %s up to %s', (literal, n, start, end) => {
        expect(dateLiteralRange(literal, n, now)).toEqual({ start, end });
    });
});

describe('SOQL on a store with a pinned clock', () => {
    let dataDir: string;
    let org: LocalOrg;
    const now = new Date('2026-11-22T12:00:00Z');

    beforeAll(() => {
        dataDir = mkdtempSync(join(tmpdir(), 'atlas-units-'));
        org = LocalOrg.open({ projectDir: PROJECT_DIR, dataDir, now: () => now });
        seedFromPlan(org, join(PROJECT_DIR, 'data', 'sample-data-plan.json'));
    });

    afterAll(() => {
        org.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    const names = (soql: string): string[] =>
        runQuery(
            org.store,
            compileSoql(org.model, soql, { includeDeleted: false, now }),
            '66.0'
        ).records.map((record) => String(record.Name));

    it('compares dates with literals at the range bounds', () => {
        const overdue = names(
            "SELECT Name FROM Marketing_Action__c WHERE Due_Date__c < TODAY AND Status__c != 'Completed' ORDER BY Name"
        );
        const dated = org.db
            .prepare(
                "SELECT Name FROM Marketing_Action__c WHERE Due_Date__c < '2026-11-22' AND IFNULL(Status__c, '') != 'Completed' AND IsDeleted = 0 ORDER BY Name COLLATE NOCASE"
            )
            .all() as { Name: string }[];
        expect(overdue).toEqual(dated.map((row) => row.Name));
        expect(overdue.length).toBeGreaterThan(0);
    });

    it('treats string values as parameters, never as SQL', () => {
        expect(names("SELECT Name FROM Account WHERE Name = 'x\\' OR Name != \\'y'")).toEqual([]);
        expect(() => names("SELECT Name FROM Account WHERE Name = 'x'' OR 1=1 --'")).toThrow(
            /unexpected token: ' OR 1=1 --'/
        );
        expect(names("SELECT Name FROM Account WHERE Name LIKE '%\\_%'")).toEqual([]);
        expect(
            names("SELECT Name FROM Account WHERE Name IN ('Meridian Global Bank', 'it\\'s')")
        ).toEqual(['Meridian Global Bank']);
    });

    it('keeps NOT, parentheses and blanks in two-valued SOQL logic', () => {
        const all = names('SELECT Name FROM Opportunity');
        const closedLost = names("SELECT Name FROM Opportunity WHERE StageName = 'Closed Lost'");
        const notLost = names("SELECT Name FROM Opportunity WHERE NOT (StageName = 'Closed Lost')");
        expect(notLost.length + closedLost.length).toBe(all.length);
        const blankReason = names('SELECT Name FROM Opportunity WHERE Loss_Reason__c = null');
        const notBlank = names('SELECT Name FROM Opportunity WHERE NOT Loss_Reason__c = null');
        expect(blankReason.length + notBlank.length).toBe(all.length);
        const notIn = names("SELECT Name FROM Opportunity WHERE Loss_Reason__c NOT IN ('Outsold')");
        const outsold = names("SELECT Name FROM Opportunity WHERE Loss_Reason__c IN ('Outsold')");
        expect(notIn.length + outsold.length).toBe(all.length);
    });

    it('starts empty again with reset', () => {
        const otherDir = mkdtempSync(join(tmpdir(), 'atlas-reset-'));
        const reopened = LocalOrg.open({
            projectDir: PROJECT_DIR,
            dataDir: otherDir,
            now: () => now
        });
        try {
            expect(reopened.isEmpty()).toBe(true);
            reopened.store.insert('Account', { Name: 'Temporary' });
            expect(reopened.isEmpty()).toBe(false);
        } finally {
            reopened.close();
            rmSync(otherDir, { recursive: true, force: true });
        }
        org.close();
        org = LocalOrg.open({ projectDir: PROJECT_DIR, dataDir, now: () => now, reset: true });
        expect(org.isEmpty()).toBe(true);
        expect(org.isSeeded()).toBe(false);
    });
});
