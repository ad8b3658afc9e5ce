// Which Chromium the browser tests drive, in this order: ATLAS_CHROMIUM, the system's Chromium or
// Chrome on PATH, then the binary the optional npm dependency @sparticuz/chromium ships (Linux x64).
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { packagedChromium, PACKAGE_NAME, type PackagedChromium } from './packagedChromium';

export interface ChromiumChoice {
    readonly executablePath: string;
    readonly source: 'ATLAS_CHROMIUM' | 'system' | typeof PACKAGE_NAME;
    /** Variables the binary needs besides the caller's environment (the package's own libraries and fonts). */
    readonly env: Readonly<Record<string, string>>;
}

/** Names a system Chromium or Chrome goes by on Debian, Ubuntu and Google's packages. */
export const SYSTEM_NAMES = [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable'
];

/** Set to 1 to skip the system's browsers (to prove the packaged one works on a machine without them). */
export const SKIP_SYSTEM_VARIABLE = 'ATLAS_CHROMIUM_SKIP_SYSTEM';

export interface FindOptions {
    readonly env?: NodeJS.ProcessEnv;
    /** The packaged Chromium, or null where the package is missing or does not fit this machine. */
    readonly packaged?: () => Promise<PackagedChromium | null>;
}

export function noChromium(): string {
    return (
        'No Chromium found. The browser tests look for, in order: ATLAS_CHROMIUM (a Chromium or Chrome binary), ' +
        `${SYSTEM_NAMES.join(', ')} on PATH, then the optional dependency ${PACKAGE_NAME} (Linux x64; npm ci installs it). ` +
        'Install one: apt-get install -y chromium (Debian/Ubuntu), or set ATLAS_CHROMIUM to a Chromium binary.'
    );
}

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

export function systemChromium(env: NodeJS.ProcessEnv): string | null {
    const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
    for (const name of SYSTEM_NAMES) {
        for (const dir of dirs) {
            const candidate = join(dir, name);
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
    }
    return null;
}

export async function findChromium(options: FindOptions = {}): Promise<ChromiumChoice> {
    const env = options.env ?? process.env;
    const configured = env.ATLAS_CHROMIUM;
    if (configured !== undefined && configured !== '') {
        if (!existsSync(configured)) {
            throw new Error(
                `ATLAS_CHROMIUM is ${configured}, which does not exist: set it to a Chromium or Chrome binary, or unset it to use the system's or the packaged one.`
            );
        }
        return { executablePath: configured, source: 'ATLAS_CHROMIUM', env: {} };
    }
    if (env[SKIP_SYSTEM_VARIABLE] !== '1') {
        const system = systemChromium(env);
        if (system !== null) {
            return { executablePath: system, source: 'system', env: {} };
        }
    }
    const packaged = await (options.packaged ?? packagedChromium)();
    if (packaged === null) {
        throw new Error(noChromium());
    }
    return { executablePath: packaged.executablePath, source: PACKAGE_NAME, env: packaged.env };
}
