// The house rules for imports (ARCHITECTURE.md, "What may import what"), checked by
// `npm run check:dependencies` in `npm test`: no import circles, and no import from a lower room to
// a higher one. Tests (__tests__) may reach anywhere and are not cruised; neither is the JavaScript
// tsc emits beside each LWC .ts (it mirrors the .ts).
'use strict';

const LWC = '^force-app/main/default/lwc/';
/** The floor of the LWC modules: record types, picklist values, value helpers. Import no bundle. */
const FLOOR = ['atlasModel', 'atlasValues', 'atlasMessages'];
/**
 * The pure domain helpers (no template, no platform module): typed data in, results out. They may
 * import the floor and each other, never the data layer or a panel. A new helper bundle goes here.
 * Every other bundle (panels, and modules that use labels or platform modules, such as
 * scoringSettingsText, unsavedChanges and atlasErrors, which words server errors with labels) is a
 * panel for these rules.
 */
const HELPERS = [
    'accountGrowth',
    'atlasRecords',
    'buyingCenterCoverage',
    'competitorStanding',
    'dealScoring',
    'pipelineHealth',
    'planCompleteness',
    'relationshipGraph',
    'scoringSettings',
    'dealCoaching',
    'mutualPlan',
    'networkValue',
    'referenceSuggestions',
    'relationshipFreshness',
    'salesFramework',
    'whiteSpace'
];
/** The data layer: the only bundle that knows GraphQL queries and record writes. */
const DATA = ['atlasData'];

const bundles = (names) => `${LWC}(${names.join('|')})/`;

module.exports = {
    forbidden: [
        {
            name: 'no-circular',
            comment:
                'An import circle: the modules in it cannot be understood, tested or moved one at a time. Break it by moving what both sides need into a module below them.',
            severity: 'error',
            from: {},
            to: { circular: true }
        },
        {
            name: 'lwc-floor-imports-no-bundle',
            comment: `${FLOOR.join(' and ')} are the floor of the LWC modules: they import no other bundle.`,
            severity: 'error',
            from: { path: bundles(FLOOR) },
            to: { path: LWC, pathNot: bundles(FLOOR) }
        },
        {
            name: 'helpers-import-no-data-layer-or-panel',
            comment:
                'A domain helper is pure (typed data in, results out): it may import the floor and other helpers, never atlasData or a panel. A new helper bundle is listed in HELPERS in .dependency-cruiser.cjs.',
            severity: 'error',
            from: { path: bundles(HELPERS) },
            to: { path: LWC, pathNot: bundles([...FLOOR, ...HELPERS]) }
        },
        {
            name: 'helpers-import-no-platform-module',
            comment:
                'A domain helper runs unchanged in the panels, the atlas command and the preview: no lightning/* or @salesforce/* module (labels and platform calls belong to atlasData and the panels).',
            severity: 'error',
            from: { path: bundles([...FLOOR, ...HELPERS]) },
            to: { couldNotResolve: true, path: '^(lightning|@salesforce)/' }
        },
        {
            name: 'data-layer-imports-no-panel',
            comment:
                'atlasData serves the panels; it imports helpers and the floor, never a panel.',
            severity: 'error',
            from: { path: bundles(DATA) },
            to: { path: LWC, pathNot: bundles([...FLOOR, ...HELPERS, ...DATA]) }
        },
        {
            name: 'package-imports-nothing-outside-it',
            comment:
                'force-app is what deploys to Salesforce: it cannot import the schema library, the local org or the scripts.',
            severity: 'error',
            from: { path: '^force-app/' },
            to: { path: '^(schema|local|scripts)/' }
        },
        {
            name: 'schema-is-the-ground-floor',
            comment:
                'schema/ reads the metadata for everyone above it (local/, scripts/): it imports none of them and no LWC module.',
            severity: 'error',
            from: { path: '^schema/' },
            to: { path: '^(force-app|local|scripts)/' }
        },
        {
            name: 'local-org-imports-no-scripts',
            comment:
                'local/ (the local org and the preview) sits below the scripts that drive it: it may import schema/ and LWC helpers, never scripts/.',
            severity: 'error',
            from: { path: '^local/' },
            to: { path: '^scripts/' }
        },
        {
            name: 'local-org-imports-no-panel-or-data-layer',
            comment:
                'local/ serves the components over HTTP; in code it may use the floor and helper modules only.',
            severity: 'error',
            from: { path: '^local/' },
            to: { path: LWC, pathNot: bundles([...FLOOR, ...HELPERS]) }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: {
            path: [
                'node_modules',
                '/__tests__/',
                '^force-app/.*\\.js$',
                '^scripts/atlas/atlas\\.cjs$'
            ]
        },
        // Type-only imports count: a circle of types is still a circle to read and to move.
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { extensions: ['.ts', '.d.ts', '.js', '.cjs', '.json'] }
    }
};
