/** @jest-environment node */
// DATA_MODEL.md is generated from the object metadata and the access policy: it must say what they
// say today. Tables are compared cell by cell, as Prettier only pads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSchema } from '../../../schema/schema';
import { DATA_MODEL_FILE, dataModelMarkdown } from '../dataModel';

const PROJECT_DIR = join(__dirname, '..', '..', '..');

/** The text with table rows reduced to their trimmed cells and separator rows to `---`. */
function withoutPadding(text: string): string[] {
    return text
        .trim()
        .split('\n')
        .map((line) =>
            line.startsWith('|')
                ? line
                      .split(/(?<!\\)\|/)
                      .map((cell) => cell.trim().replace(/^-+$/, '---'))
                      .join('|')
                : line
        );
}

describe('DATA_MODEL.md', () => {
    it('says what the object metadata and the access policy say (npm run docs:data-model)', () => {
        const kept = readFileSync(join(PROJECT_DIR, DATA_MODEL_FILE), 'utf8');
        const generated = dataModelMarkdown(loadSchema(PROJECT_DIR));
        expect(withoutPadding(kept)).toEqual(withoutPadding(generated));
    });

    it('lists every custom field of the data model with its picklist values', () => {
        const kept = readFileSync(join(PROJECT_DIR, DATA_MODEL_FILE), 'utf8');
        const schema = loadSchema(PROJECT_DIR);
        const fields = schema
            .objects()
            .flatMap((object) => object.fields)
            .filter((field) => field.custom && field.source !== undefined);
        expect(fields.length).toBeGreaterThan(50);
        for (const field of fields) {
            expect(kept).toContain(`| \`${field.name}\``);
        }
        expect(kept).toContain(
            `Picklist: ${schema.picklistValues('Buying_Center_Member__c', 'Buying_Role__c')?.join(', ')}`
        );
    });
});
