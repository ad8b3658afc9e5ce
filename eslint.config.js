// Lint in two passes: the TypeScript sources with typescript-eslint, and the JavaScript that tsc
// emits into each LWC bundle with the Salesforce LWC rules (that JS is what the platform runs).
const lwcConfig = require('@salesforce/eslint-config-lwc');
const lwcPlatform = require('@lwc/eslint-plugin-lwc-platform');
const tseslint = require('typescript-eslint');
const jestPlugin = require('eslint-plugin-jest');
const globals = require('globals');

const LWC_JS = ['force-app/**/lwc/**/*.js'];
const TESTS = ['**/__tests__/**'];

// Rules that keep code safe under Lightning Web Security and in Node. The shared configs above turn
// most of them on today; pinning them here as errors keeps the security scan from weakening silently
// when an upstream config changes. (@salesforce/eslint-plugin-lightning 2.x has no security rule:
// its rules are i18n and Apex-call checks, and the Apex one is on through the LWC config.)
const CODE_INJECTION_RULES = {
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
    'no-script-url': 'error',
    'no-proto': 'error',
    'no-caller': 'error',
    'no-extend-native': 'error',
    'no-global-assign': 'error'
};
const LWC_SECURITY_RULES = {
    ...CODE_INJECTION_RULES,
    'no-with': 'error',
    '@lwc/lwc/no-inner-html': 'error',
    '@lwc/lwc/no-document-query': 'error',
    '@lwc/lwc/no-api-reassignments': 'error',
    '@lwc/lwc/no-template-children': 'error',
    '@lwc/lwc/no-disallowed-lwc-imports': 'error',
    '@lwc/lwc-platform/no-inline-disable': 'error',
    '@lwc/lwc-platform/no-process-env': 'error',
    '@lwc/lwc-platform/no-interop-sanitize': 'error',
    '@lwc/lwc-platform/no-interop-execute-privileged': 'error',
    '@lwc/lwc-platform/no-interop-execute-raw-response': 'error',
    '@lwc/lwc-platform/no-restricted-namespaces': ['error', { namespaces: ['forcegen'] }],
    '@lwc/lwc-platform/no-dynamic-import-identifier': 'error',
    '@salesforce/lightning/valid-apex-method-invocation': 'error'
};

module.exports = [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            '.atlas/**',
            'dist/**',
            '.sf/**',
            '.sfdx/**',
            'scripts/atlas/atlas.cjs'
        ]
    },
    ...lwcConfig.configs.recommended.map((config) => ({
        ...config,
        files: LWC_JS,
        ignores: TESTS
    })),
    ...lwcPlatform.configs.recommended.map((config) => ({
        ...config,
        files: LWC_JS,
        ignores: TESTS,
        rules: {
            ...config.rules,
            // Crashes on @wire in the pinned version (see ARCHITECTURE.md).
            '@lwc/lwc-platform/valid-offline-wire': 'off'
        }
    })),
    {
        files: LWC_JS,
        ignores: TESTS,
        rules: LWC_SECURITY_RULES
    },
    ...tseslint.configs.strict.map((config) => ({ ...config, files: ['**/*.ts'] })),
    {
        files: ['**/*.ts'],
        // Declaration files emit nothing, so they may describe platform namespaces.
        ignores: ['**/*.d.ts'],
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
            ],
            // Emitted JS must stay plain LWC JavaScript: no TypeScript-only runtime constructs.
            'no-restricted-syntax': [
                'error',
                { selector: 'TSEnumDeclaration', message: 'Use a union type, not an enum.' },
                {
                    selector: 'TSModuleDeclaration[declare!=true]',
                    message: 'Namespaces emit non-LWC JavaScript; use modules.'
                },
                {
                    selector: 'TSParameterProperty',
                    message: 'Declare the field explicitly; parameter properties emit extra code.'
                }
            ]
        }
    },
    {
        files: ['**/__tests__/**/*.ts'],
        ...jestPlugin.configs['flat/recommended'],
        languageOptions: { globals: { ...globals.jest, ...globals.node } }
    },
    {
        files: ['**/__tests__/**/*.ts'],
        rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
    },
    {
        files: [
            'scripts/**/*.ts',
            'schema/**/*.ts',
            'local/**/*.ts',
            '*.js',
            '*.cjs',
            '.ci/**/*.js'
        ],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: ['*.js'],
        languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
    },
    {
        // Every TypeScript source (Node scripts, the local org, LWC sources) and the tool configs.
        files: ['**/*.ts', '*.js', '*.cjs', '.ci/**/*.js', 'scripts/**/*.cjs'],
        rules: CODE_INJECTION_RULES
    }
];
