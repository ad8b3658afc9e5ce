#!/usr/bin/env node
// The `atlas` bin: runs the compiled command line (scripts/atlas/atlas.cjs, built by `npm run
// build`, which `npm ci` runs), plain JavaScript that starts in a fraction of the time a run-time
// TypeScript loader needs. Without the build it falls back to the sources through tsx, and says so.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, 'atlas.cjs');

if (fs.existsSync(compiled)) {
    require(compiled).main();
} else {
    process.stderr.write(
        'atlas: not built yet (npm run build compiles it); running the TypeScript sources, slower.\n'
    );
    // tsx looks for tsconfig.json from the working directory; the sources need the project's.
    process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', '..', 'tsconfig.json');
    const { require: tsxRequire } = require('tsx/cjs/api');
    tsxRequire('./main.ts', __filename).main();
}
