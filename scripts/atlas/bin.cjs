#!/usr/bin/env node
// The `atlas` bin: loads the TypeScript command line through tsx (a dependency of the project), so
// `npx atlas …` runs the same sources as `npm run atlas -- …` with no build step.
'use strict';

const path = require('node:path');

// tsx looks for tsconfig.json from the working directory; the sources need the project's (its
// `c/…` paths name the LWC modules), wherever the command is started from.
process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', '..', 'tsconfig.json');

const { require: tsxRequire } = require('tsx/cjs/api');

const { main } = tsxRequire('./main.ts', __filename);
main();
