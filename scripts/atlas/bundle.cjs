#!/usr/bin/env node
// Compiles the atlas command line into one CommonJS file, scripts/atlas/atlas.cjs (generated, not
// committed), so `npx atlas` starts as plain JavaScript instead of compiling TypeScript at run
// time. Runs in `npm run build` (and so in `npm ci`'s prepare). Packages stay external; the `c/…`
// paths come from tsconfig.json. The file sits beside main.ts, so `__dirname` means the same.
// A module reached only through `await import(…)` runs when that line runs, so each command's
// weight (jsforce, the local org's store) loads only for the command that needs it.
'use strict';

const path = require('node:path');
const esbuild = require('esbuild');

const projectDir = path.join(__dirname, '..', '..');

/** Builds the bundle into `outfile` (tests build a copy elsewhere: `node bundle.cjs <outfile>`). */
function bundleAtlas(outfile = path.join(__dirname, 'atlas.cjs')) {
    esbuild.buildSync({
        entryPoints: [path.join(__dirname, 'main.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        tsconfig: path.join(projectDir, 'tsconfig.json'),
        // The entry runs main() when it is the program (require.main === module): true for the bundle.
        logLevel: 'warning'
    });
}

if (require.main === module) {
    bundleAtlas(process.argv[2]);
}
