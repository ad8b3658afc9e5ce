// A custom label's text as the platform gives it to a component (Jest gives only its name), so a
// test can read what the user sees: jest.mock('@salesforce/label/c.X', () => labelModule('X')).
import { join } from 'node:path';
import { readLabels } from '../../../../../../local/preview/labels';

let labels: Map<string, string> | undefined;

export function labelModule(name: string): { default: string } {
    labels ??= readLabels(join(__dirname, '../../../../../..'));
    const text = labels.get(name);
    if (text === undefined) {
        throw new Error(`No custom label ${name} in force-app/main/default/labels.`);
    }
    return { default: text };
}
