#!/usr/bin/env node
// The `atlas` bin: loads the TypeScript command line through tsx (a dependency of the project), so
// `npx atlas …` runs the same sources as `npm run atlas -- …` with no build step.
'use strict';

const { require: tsxRequire } = require('tsx/cjs/api');

const { main } = tsxRequire('./main.ts', __filename);
main();
