/** @jest-environment node */
// The picklist check: the model module's value lists against the field metadata, on the project
// itself and on a fixture copy whose metadata or model is changed one thing at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../metadata/checks/check';
import { MODEL_MODULE, picklistValues, readModel } from '../metadata/checks/picklistValues';
import { runChecks } from '../metadata/runChecks';
import { loadSchema } from '../../schema/schema';
import { copyFixture, type FixtureProject } from './fixtureProject';

const PROJECT_DIR = join(__dirname, '..', '..');
const MODEL = `force-app/${MODEL_MODULE}`;
const ROLE_FIELD =
    'force-app/main/default/objects/Buying_Center_Member__c/fields/Buying_Role__c.field-meta.xml';
const STATUS_FIELD =
    'force-app/main/default/objects/Buying_Center__c/fields/Relationship_Status__c.field-meta.xml';

/** A model module for the atlas-mini fixture, written like the real one (a list a line). */
const FIXTURE_MODEL = `// The fixture's model.
export const RELATIONSHIP_STATUSES = ['Vendor', 'Credible Source', 'Problem Solver', 'Trusted Advisor'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];
export const BUYING_ROLES = ['Decision Maker', 'Approver', 'Evaluator', 'Influencer', 'User', 'Gatekeeper', 'Coach'] as const;
export const PICKLIST_FIELDS = {
    'Buying_Center__c.Relationship_Status__c': RELATIONSHIP_STATUSES,
    'Buying_Center_Member__c.Buying_Role__c': BUYING_ROLES
} as const;
`;

async function findingsIn(dir: string): Promise<readonly Finding[]> {
    const [result] = await runChecks(dir, [picklistValues]);
    return result?.findings ?? [];
}

describe('the project', () => {
    it('binds every custom picklist field to a list equal to its metadata', async () => {
        expect(await findingsIn(PROJECT_DIR)).toEqual([]);
    });

    it('has a list for each of its custom picklist fields (the check compares something)', () => {
        const schema = loadSchema(PROJECT_DIR);
        const picklists = schema
            .objects()
            .flatMap((object) => object.fields)
            .filter((field) => field.custom && field.picklist?.valuesKnown)
            .map((field) => `${field.objectName}.${field.name}`);
        const model = readModel(MODEL, readFileSync(join(PROJECT_DIR, MODEL), 'utf8'));
        const bindings = model.bindings ?? [];
        expect(bindings.map((binding) => binding.field).sort()).toEqual(picklists.sort());
        expect(bindings.every((binding) => binding.listName !== undefined)).toBe(true);
        expect(model.lists.get('BUYING_ROLES')?.values).toEqual(
            schema.picklistValues('Buying_Center_Member__c', 'Buying_Role__c')
        );
    });
});

describe('a fixture with a model module', () => {
    let project: FixtureProject;

    beforeEach(() => {
        project = copyFixture();
        project.write(MODEL, FIXTURE_MODEL);
    });

    afterEach(() => {
        project.cleanup();
    });

    it('passes while the lists equal the metadata', async () => {
        expect(await findingsIn(project.dir)).toEqual([]);
    });

    it('fails when a value is renamed in the field metadata, naming both values and the list', async () => {
        project.replace(ROLE_FIELD, '<fullName>Coach</fullName>', '<fullName>Champion</fullName>');
        const findings = await findingsIn(project.dir);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ file: MODEL, line: 4 });
        expect(findings[0]?.message).toBe(
            `BUYING_ROLES (the values of Buying_Center_Member__c.Buying_Role__c) lacks 'Champion' and has 'Coach', which the field does not (${ROLE_FIELD})`
        );
        expect(findings[0]?.fix).toContain("'Gatekeeper', 'Champion']");
    });

    it('fails when the model lists the values in another order than the field', async () => {
        project.replace(MODEL, "'Vendor', 'Credible Source'", "'Credible Source', 'Vendor'");
        const [finding] = await findingsIn(project.dir);
        expect(finding?.message).toContain('RELATIONSHIP_STATUSES');
        expect(finding?.message).toContain('orders the values differently');
    });

    it('fails when a picklist field has no list, naming the field file', async () => {
        project.replace(MODEL, "    'Buying_Center_Member__c.Buying_Role__c': BUYING_ROLES\n", '');
        const findings = await findingsIn(project.dir);
        expect(findings.map((finding) => finding.file)).toEqual([ROLE_FIELD]);
        expect(findings[0]?.message).toContain('Buying_Center_Member__c.Buying_Role__c');
    });

    it('fails when a binding names a field that is not a picklist or a list that is not `as const`', async () => {
        project.replace(
            MODEL,
            "'Buying_Center__c.Relationship_Status__c': RELATIONSHIP_STATUSES",
            "'Buying_Center__c.Relationship_Status__c': ['Vendor'],\n    'Buying_Center__c.Wallet_Size__c': BUYING_ROLES"
        );
        const messages = (await findingsIn(project.dir)).map((finding) => finding.message);
        expect(messages).toEqual([
            "PICKLIST_FIELDS['Buying_Center__c.Relationship_Status__c'] is not an exported `as const` list of strings in this module",
            'PICKLIST_FIELDS names Buying_Center__c.Wallet_Size__c, which is not a picklist field of the data model'
        ]);
    });

    it('fails when the module has no PICKLIST_FIELDS', async () => {
        project.replace(MODEL, 'export const PICKLIST_FIELDS', 'const PICKLIST_FIELDS');
        const [finding] = await findingsIn(project.dir);
        expect(finding?.message).toContain('has no exported PICKLIST_FIELDS');
    });

    it('is read against the metadata of the field changed in the XML', async () => {
        project.replace(
            STATUS_FIELD,
            '<fullName>Trusted Advisor</fullName>',
            '<fullName>Trusted Partner</fullName>'
        );
        const [finding] = await findingsIn(project.dir);
        expect(finding?.message).toContain("lacks 'Trusted Partner'");
    });
});
