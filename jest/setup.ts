// Runs before every Jest test file. Component tests get the LWC preset's DOM setup and the
// toBeAccessible() matcher (axe-core via @sa11y/jest); files that ask for
// `@jest-environment node` (pure helpers, scripts, the local org) have no DOM, so they skip both.
import type * as Sa11y from '@sa11y/jest';

if (typeof Element !== 'undefined') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('@lwc/jest-preset/src/setup.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sa11y: typeof Sa11y = require('@sa11y/jest');
    sa11y.registerSa11yMatcher();
}
