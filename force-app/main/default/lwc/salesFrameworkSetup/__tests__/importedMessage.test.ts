// What an import of a framework template says once done (#22): a second Import MEDDICC used to add
// "MEDDICC (2)" with the same words as the first, so nobody noticed the copy.
import { MEDDICC } from 'c/salesFramework';
import { importedMessage } from '../frameworkView';

jest.mock(
    '@salesforce/label/c.Atlas_SF_Imported',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_SF_Imported'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SF_Imported_Copy',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_SF_Imported_Copy'),
    { virtual: true }
);

describe('importedMessage', () => {
    it('says the template was imported the first time', () => {
        expect(importedMessage(MEDDICC, ['TAS'])).toBe(
            'MEDDICC imported. Check its groups and the preview, then activate it.'
        );
    });

    it('says an import of a template already there is another copy, and names it', () => {
        expect(importedMessage(MEDDICC, ['TAS', 'MEDDICC'])).toBe(
            'MEDDICC was already imported, so this is another copy, named MEDDICC (2). Check its groups and the preview, then activate it.'
        );
        expect(importedMessage(MEDDICC, ['MEDDICC', 'MEDDICC (2)'])).toContain(
            'named MEDDICC (3).'
        );
    });
});
