const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    moduleFileExtensions: ['ts', 'js', 'html'],
    testMatch: ['**/__tests__/**/*.test.ts'],
    // jest/setup.ts applies the LWC preset's DOM setup only where a DOM exists.
    setupFilesAfterEnv: ['<rootDir>/jest/setup.ts'],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.atlas'],
    testTimeout: 20000
};
