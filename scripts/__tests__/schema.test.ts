/** @jest-environment node */
// check-metadata-ignore-file: these tests name missing fields and objects on purpose.
import { loadSchema, type Schema } from '../../schema/schema';
import { OPPORTUNITY_STAGES } from '../../schema/standardObjects';
import { FIXTURE_DIR, fixtureForEachTest } from './fixtureProject';

describe('loadSchema on the atlas-mini fixture', () => {
    let schema: Schema;

    beforeAll(() => {
        schema = loadSchema(FIXTURE_DIR);
    });

    it('loads the fixture without issues', () => {
        expect(schema.issues).toEqual([]);
    });

    it('describes a custom object with its label, name field and source file', () => {
        const object = schema.object('Buying_Center__c');
        expect(object).toMatchObject({
            name: 'Buying_Center__c',
            label: 'Buying Center',
            pluralLabel: 'Buying Centers',
            custom: true,
            nameField: { label: 'Buying Center Name', type: 'Text' },
            sharingModel: 'ControlledByParent',
            source: 'force-app/main/default/objects/Buying_Center__c/Buying_Center__c.object-meta.xml'
        });
    });

    it('reads an auto-number name field as not createable', () => {
        expect(schema.object('Buying_Center_Member__c')?.nameField).toEqual({
            label: 'Member Number',
            type: 'AutoNumber',
            displayFormat: 'BCM-{00000}'
        });
        expect(schema.field('Buying_Center_Member__c', 'Name')).toMatchObject({
            type: 'AutoNumber',
            createable: false
        });
    });

    it('reads number and percent fields with precision and scale', () => {
        expect(schema.field('Buying_Center__c', 'Wallet_Share__c')).toMatchObject({
            objectName: 'Buying_Center__c',
            name: 'Wallet_Share__c',
            label: 'Wallet Share',
            type: 'Percent',
            custom: true,
            precision: 5,
            scale: 2,
            required: false,
            createable: true,
            updateable: true,
            inlineHelpText: 'Our share of what the buying center spends, in percent.'
        });
    });

    it('reads text key fields with length, uniqueness and external id', () => {
        expect(schema.field('Buying_Center_Member__c', 'Member_Key__c')).toMatchObject({
            type: 'Text',
            length: 40,
            unique: true,
            externalId: true,
            caseSensitive: false
        });
    });

    it('reads a checkbox default value', () => {
        expect(schema.field('Solution__c', 'Active__c')).toMatchObject({
            type: 'Checkbox',
            defaultValue: 'true'
        });
    });

    it('reads a restricted picklist with its values in order', () => {
        const field = schema.field('Buying_Center__c', 'Relationship_Status__c');
        expect(field?.picklist?.restricted).toBe(true);
        expect(field?.picklist?.valuesKnown).toBe(true);
        expect(schema.picklistValues('Buying_Center__c', 'Relationship_Status__c')).toEqual([
            'Vendor',
            'Credible Source',
            'Problem Solver',
            'Trusted Advisor'
        ]);
    });

    it('returns no picklist values for a field that is not a picklist', () => {
        expect(schema.picklistValues('Buying_Center__c', 'Wallet_Size__c')).toBeUndefined();
    });

    it('reads a master-detail field as required, cascading and not reparentable', () => {
        expect(schema.field('Buying_Center__c', 'Account__c')).toMatchObject({
            type: 'MasterDetail',
            required: true,
            referenceTo: ['Account'],
            relationshipName: 'Account__r',
            childRelationshipName: 'Buying_Centers__r',
            relationshipKind: 'MasterDetail',
            deleteConstraint: 'Cascade',
            reparentable: false,
            createable: true,
            updateable: false
        });
    });

    it('reads lookups with their delete constraint and requiredness', () => {
        expect(schema.field('Buying_Center_Member__c', 'Contact__c')).toMatchObject({
            type: 'Lookup',
            required: true,
            deleteConstraint: 'Restrict',
            relationshipKind: 'Lookup'
        });
        expect(schema.field('Buying_Center__c', 'Parent_Buying_Center__c')).toMatchObject({
            required: false,
            deleteConstraint: 'SetNull'
        });
    });

    it('resolves a parent relationship from the child side', () => {
        const relationship = schema.relationship('Buying_Center__c', 'Account__r');
        expect(relationship).toMatchObject({
            kind: 'parent',
            name: 'Account__r',
            objectName: 'Buying_Center__c',
            referenceTo: ['Account'],
            polymorphic: false
        });
    });

    it('resolves a child relationship from the parent side', () => {
        const relationship = schema.relationship('Account', 'Buying_Centers__r');
        expect(relationship).toMatchObject({
            kind: 'child',
            name: 'Buying_Centers__r',
            objectName: 'Account',
            childObject: 'Buying_Center__c',
            masterDetail: true,
            cascadeDelete: true
        });
        expect(relationship?.kind === 'child' && relationship.field.name).toBe('Account__c');
    });

    it('lists the child relationships of a custom object, including self-references', () => {
        expect(schema.object('Buying_Center__c')?.childRelationships.map((r) => r.name)).toEqual([
            'Child_Buying_Centers__r',
            'Members__r',
            'Opportunities__r'
        ]);
    });

    it('does not accept a child relationship name without __r', () => {
        expect(schema.relationship('Account', 'Buying_Centers')).toBeUndefined();
    });

    it('adds custom fields on standard objects to their relationships', () => {
        expect(schema.relationship('Opportunity', 'Buying_Center__r')?.kind).toBe('parent');
        expect(schema.childRelationship('Buying_Center__c', 'Opportunities__r')?.childObject).toBe(
            'Opportunity'
        );
    });

    it('merges the standard catalog: fields, the stage picklist and standard relationships', () => {
        expect(
            schema.field('Opportunity', 'StageName')?.picklist?.values.map((v) => v.value)
        ).toEqual(OPPORTUNITY_STAGES);
        expect(schema.field('Opportunity', 'IsWon')).toMatchObject({ createable: false });
        expect(schema.relationship('Account', 'Contacts')).toMatchObject({
            childObject: 'Contact'
        });
        expect(schema.relationship('Account', 'Opportunities')).toMatchObject({
            childObject: 'Opportunity'
        });
        expect(schema.relationship('Contact', 'ReportsTo')).toMatchObject({
            kind: 'parent',
            referenceTo: ['Contact']
        });
        expect(schema.object('Opportunity')?.folder).toBe(
            'force-app/main/default/objects/Opportunity'
        );
    });

    it('gives every object the system fields, and owners only to top-level objects', () => {
        const names = (objectName: string): string[] =>
            schema.fields(objectName).map((field) => field.name);
        for (const objectName of ['Account', 'Buying_Center__c', 'Solution__c', 'User']) {
            expect(names(objectName)).toEqual(
                expect.arrayContaining([
                    'Id',
                    'CreatedDate',
                    'CreatedById',
                    'SystemModstamp',
                    'IsDeleted'
                ])
            );
        }
        expect(names('Solution__c')).toContain('OwnerId');
        expect(names('Buying_Center__c')).not.toContain('OwnerId');
        expect(schema.relationship('Solution__c', 'Owner')).toMatchObject({
            polymorphic: true,
            referenceTo: ['Group', 'User']
        });
        expect(schema.relationship('Account', 'Owner')).toMatchObject({ polymorphic: false });
        expect(schema.field('Solution__c', 'CreatedDate')).toMatchObject({
            system: true,
            createable: false
        });
        expect(schema.field('Solution__c', 'Name')).toMatchObject({
            required: true,
            createable: true
        });
    });

    it('reads validation rules with their formula, message and display field', () => {
        expect(schema.validationRules('Buying_Center__c')).toEqual([
            expect.objectContaining({
                name: 'Wallet_Share_Within_0_100',
                active: true,
                errorConditionFormula: 'OR(Wallet_Share__c < 0, Wallet_Share__c > 100)',
                errorMessage: 'Wallet share is a percentage between 0 and 100.',
                errorDisplayField: 'Wallet_Share__c'
            })
        ]);
    });

    it('looks names up exactly unless asked to ignore case', () => {
        expect(schema.field('buying_center__c', 'wallet_share__c')).toBeUndefined();
        expect(
            schema.field('buying_center__c', 'wallet_share__c', { ignoreCase: true })?.name
        ).toBe('Wallet_Share__c');
    });

    it('follows relationship paths to a field, and explains a wrong step', () => {
        const resolved = schema.resolvePath(
            'Buying_Center_Member__c',
            'Buying_Center__r.Account__r.Name'
        );
        expect(resolved.ok && resolved.field.objectName).toBe('Account');
        const wrong = schema.resolvePath('Buying_Center_Member__c', 'Buying_Centre__r.Name');
        expect(wrong).toEqual({
            ok: false,
            error: expect.stringContaining(
                'has no parent relationship Buying_Centre__r (did you mean Buying_Center__r?)'
            )
        });
    });

    it('knows which __c and __r names exist', () => {
        expect(schema.isKnownCustomName('Buying_Center__c')).toBe(true);
        expect(schema.isKnownCustomName('Members__r')).toBe(true);
        expect(schema.isKnownCustomName('Contact__r')).toBe(true);
        expect(schema.isKnownCustomName('Wallet_Shares__c')).toBe(false);
    });
});

describe('loadSchema on broken metadata', () => {
    const project = fixtureForEachTest();

    it('reports a malformed field file instead of throwing', () => {
        const path =
            'force-app/main/default/objects/Buying_Center__c/fields/Wallet_Size__c.field-meta.xml';
        project.replace(path, '</CustomField>', '</CustomFeld>');
        const schema = loadSchema(project.dir);
        expect(schema.field('Buying_Center__c', 'Wallet_Size__c')).toBeUndefined();
        expect(schema.issues).toEqual([
            expect.objectContaining({
                file: path,
                message: expect.stringContaining('not well-formed')
            })
        ]);
    });

    it('reports a reference to an object nobody defines', () => {
        const path =
            'force-app/main/default/objects/Opportunity/fields/Buying_Center__c.field-meta.xml';
        project.replace(
            path,
            '<referenceTo>Buying_Center__c</referenceTo>',
            '<referenceTo>Buying_Centre__c</referenceTo>'
        );
        expect(loadSchema(project.dir).issues).toEqual([
            expect.objectContaining({
                file: path,
                message: expect.stringContaining('references Buying_Centre__c')
            })
        ]);
    });

    it('reports a field whose type it does not know', () => {
        const path = 'force-app/main/default/objects/Solution__c/fields/Family__c.field-meta.xml';
        project.replace(path, '<type>Text</type>', '<type>Txt</type>');
        expect(loadSchema(project.dir).issues).toEqual([
            expect.objectContaining({ file: path, message: 'has unknown type Txt' })
        ]);
    });

    it('reports fields of a custom object that has no object file', () => {
        project.remove('force-app/main/default/objects/Solution__c/Solution__c.object-meta.xml');
        expect(loadSchema(project.dir).issues).toEqual([
            expect.objectContaining({
                file: 'force-app/main/default/objects/Solution__c',
                message: 'Solution__c has fields or rules but no Solution__c.object-meta.xml'
            })
        ]);
    });
});
