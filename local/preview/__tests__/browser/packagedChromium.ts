// The Chromium that the optional npm dependency @sparticuz/chromium ships inside its package (brotli
// archives in its bin/ folder; nothing is downloaded): unpacked once per version into the user's cache.
import { execFileSync } from 'node:child_process';
import {
    createReadStream,
    createWriteStream,
    existsSync,
    mkdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

export const PACKAGE_NAME = '@sparticuz/chromium';

export interface PackagedChromium {
    readonly executablePath: string;
    readonly version: string;
    /** Its own NSS libraries (the Amazon Linux 2023 set it ships) and fonts, so it needs nothing from apt. */
    readonly env: Readonly<Record<string, string>>;
}

/** The package's folder, or null when npm left the optional dependency out. */
export function packageDirectory(): string | null {
    try {
        // The package exports only its entry point (build/cjs/index.cjs); its root is two levels up.
        return join(dirname(require.resolve(PACKAGE_NAME)), '..', '..');
    } catch {
        return null;
    }
}

export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
    const base =
        env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME !== ''
            ? env.XDG_CACHE_HOME
            : join(homedir(), '.cache');
    return join(base, 'account-atlas');
}

function unbrotli(archive: string, target: string): Promise<void> {
    return pipeline(
        createReadStream(archive),
        createBrotliDecompress(),
        createWriteStream(target, { mode: 0o755 })
    );
}

/** A .tar.br unpacked with the system's tar (part of every Debian and Ubuntu install). */
async function untar(archive: string, directory: string): Promise<void> {
    mkdirSync(directory, { recursive: true });
    // Decompressed to a file first: tar stops reading at the archive's end marker, before the stream ends.
    const tarball = `${directory}.tar`;
    await unbrotli(archive, tarball);
    try {
        execFileSync('tar', ['-x', '--no-same-owner', '-f', tarball, '-C', directory], {
            stdio: ['ignore', 'ignore', 'pipe']
        });
    } finally {
        rmSync(tarball, { force: true });
    }
}

/** The fonts.conf the package ships names /tmp/fonts; this one names where the fonts are, then the system's. */
function fontsConf(directory: string): string {
    return [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${join(directory, 'fonts', 'fonts')}</dir>`,
        '  <dir>/usr/share/fonts</dir>',
        '  <dir>/usr/local/share/fonts</dir>',
        `  <cachedir>${join(directory, 'fonts-cache')}</cachedir>`,
        '</fontconfig>',
        ''
    ].join('\n');
}

/** Unpacks into `directory`, which is renamed to `final` afterwards (fonts.conf names the final place). */
async function unpack(bin: string, directory: string, final: string): Promise<void> {
    mkdirSync(directory, { recursive: true });
    await unbrotli(join(bin, 'chromium.br'), join(directory, 'chromium'));
    // libEGL, libGLESv2 and SwiftShader sit beside the binary, where Chromium looks for them.
    await untar(join(bin, 'swiftshader.tar.br'), directory);
    await untar(join(bin, 'fonts.tar.br'), join(directory, 'fonts'));
    writeFileSync(join(directory, 'fonts', 'fonts.conf'), fontsConf(final));
    // lib/: libnss3, libnspr4, libexpat… (a fresh Debian or Ubuntu lacks them without Chromium's package).
    await untar(join(bin, 'al2023.tar.br'), directory);
}

/**
 * The packaged Chromium, unpacked on first use into ~/.cache/account-atlas/chromium-<version>
 * (about 200 MB). Several test workers may start at once: each unpacks into its own folder and
 * renames it into place, so none ever sees a half-written binary. Null where the package is
 * missing or its binary cannot run here (it is built for Linux x64 only).
 */
export async function packagedChromium(
    env: NodeJS.ProcessEnv = process.env
): Promise<PackagedChromium | null> {
    const root = packageDirectory();
    if (root === null || process.platform !== 'linux' || process.arch !== 'x64') {
        return null;
    }
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string;
    };
    const directory = join(cacheDirectory(env), `chromium-${version}`);
    const executablePath = join(directory, 'chromium');
    if (!existsSync(executablePath)) {
        const partial = `${directory}.partial-${process.pid}-${Date.now()}`;
        try {
            await unpack(join(root, 'bin'), partial, directory);
            renameSync(partial, directory);
        } catch (error) {
            // Another worker finished first (the folder exists and is complete), or unpacking failed.
            rmSync(partial, { recursive: true, force: true });
            if (!existsSync(executablePath)) {
                throw error;
            }
        }
    }
    return {
        executablePath,
        version,
        env: {
            LD_LIBRARY_PATH: [join(directory, 'lib'), env.LD_LIBRARY_PATH ?? '']
                .filter((part) => part !== '')
                .join(':'),
            FONTCONFIG_PATH: join(directory, 'fonts')
        }
    };
}
