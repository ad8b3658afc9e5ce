/** @jest-environment node */
// The templates are well-formed data, their mappings name groups that exist, and a question finds its
// group by its lookup first and by its category after.
import {
    TEMPLATES,
    frameworkGroupsOf,
    groupOfCriterion,
    groupTitle,
    mapCriteriaToTemplate,
    templateOf,
    MEDDICC,
    MEDDPICC,
    BANT
} from 'c/salesFramework';
import type { FrameworkGroupRecord } from 'c/atlasModel';

describe('the framework templates', () => {
    it.each(TEMPLATES.map((t) => [t.key, t] as const))(
        '%s has groups with one label each, distinct orders and weights of 0 or more',
        (_key, template) => {
            const labels = template.groups.map((g) => g.label);
            expect(new Set(labels).size).toBe(labels.length);
            const orders = template.groups.map((g) => g.order);
            expect(new Set(orders).size).toBe(orders.length);
            for (const group of template.groups) {
                expect(group.weight).toBeGreaterThanOrEqual(0);
                expect(group.key.length).toBeGreaterThan(0);
                expect(group.key.length).toBeLessThanOrEqual(20); // Key__c's length
                expect(group.question.length).toBeLessThanOrEqual(255); // Question__c's length
            }
        }
    );

    it.each(TEMPLATES.map((t) => [t.key, t] as const))(
        '%s maps only from groups of a template that exist, to groups of its own',
        (_key, template) => {
            for (const [from, mapping] of Object.entries(template.mapsFrom)) {
                const source = templateOf(from);
                expect(source).toBeDefined();
                for (const [sourceLabel, target] of Object.entries(mapping)) {
                    expect(source?.groups.map((g) => g.label)).toContain(sourceLabel);
                    expect(template.groups.map((g) => g.label)).toContain(target);
                }
            }
        }
    );

    it('MEDDPICC is MEDDICC with the Paper Process after Decision Process', () => {
        expect(MEDDPICC.groups.map((g) => g.key).join('')).toBe('MEDDPICC');
        expect(MEDDICC.groups.map((g) => g.key).join('')).toBe('MEDDICC');
        expect(BANT.groups.map((g) => g.key).join('')).toBe('BANT');
    });
});

describe('a question’s group', () => {
    const groups = frameworkGroupsOf([
        { Id: 'g1', Name: 'Metrics', Sales_Framework__c: 'f', Key__c: 'M', Order__c: 2 },
        {
            Id: 'g2',
            Name: 'Can we win?',
            Sales_Framework__c: 'f',
            Key__c: 'CAN_WIN',
            Order__c: 1,
            Weight__c: -3
        }
    ] as FrameworkGroupRecord[]);

    it('is its lookup when that group is active, else the group named by its category', () => {
        expect(
            groupOfCriterion({ Framework_Group__c: 'g1', Category__c: 'Can we win?' }, groups)?.id
        ).toBe('g1');
        expect(
            groupOfCriterion(
                { Framework_Group__c: 'elsewhere', Category__c: 'Can we win?' },
                groups
            )?.id
        ).toBe('g2');
        expect(
            groupOfCriterion({ Framework_Group__c: null, Category__c: 'Relationship' }, groups)
        ).toBeNull();
    });

    it('lists groups by order, reads an unusable weight as 1 and shows letters before labels', () => {
        expect(groups.map((g) => [g.label, g.weight])).toEqual([
            ['Can we win?', 1],
            ['Metrics', 1]
        ]);
        expect(groups.map(groupTitle)).toEqual(['Can we win?', 'M · Metrics']);
    });

    it('is the TAS template’s when no framework is given', () => {
        expect(frameworkGroupsOf(null).map((g) => g.label)).toEqual([
            'Is there an opportunity?',
            'Can we compete?',
            'Can we win?',
            'Is it worth winning?'
        ]);
    });

    it('moves on import by the template’s mapping and leaves unmapped questions without a group', () => {
        const mapped = mapCriteriaToTemplate(
            BANT,
            [
                { Id: 'q1', Question__c: 'Funded?', Category__c: 'Is it worth winning?' },
                { Id: 'q2', Question__c: 'Outcome?', Category__c: 'Verifiable Outcome' },
                {
                    Id: 's1',
                    Question__c: 'Staged',
                    Stage__c: 'Prospecting',
                    Category__c: 'Can we win?'
                }
            ],
            null
        );
        expect(mapped.criteria.map((c) => c.Framework_Group__c ?? null)).toEqual([
            'new:Budget',
            null,
            null
        ]);
        expect(mapped.unmapped.map((c) => c.Id)).toEqual(['q2']);
    });
});
