// Debian's Chromium driven by playwright-core: nothing is downloaded by the test tool, so a machine
// without /usr/bin/chromium gets a failing test that says how to install it (never a silent skip).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumMissing(path: string): string {
    return `Chromium was not found at ${path}: install Chromium: apt-get install -y chromium (Debian/Ubuntu), or set ATLAS_CHROMIUM to a Chromium binary.`;
}

// The closed network of CI machines refuses Chromium's background connections; these flags keep
// it from trying, and --no-sandbox lets it run as root in containers.
const FLAGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

export async function launchChromium(path = CHROMIUM_PATH): Promise<Browser> {
    if (!existsSync(path)) {
        throw new Error(chromiumMissing(path));
    }
    return chromium.launch({ executablePath: path, headless: true, args: FLAGS });
}
