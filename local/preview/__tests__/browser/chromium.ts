// Starts the Chromium the browser tests drive (see findChromium.ts for which one) through
// playwright-core; a machine with none gets a failing test that says how to get one (never a skip).
import { chromium, type Browser } from 'playwright-core';
import { findChromium, type ChromiumChoice } from './findChromium';

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

export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
    const chosen = choice ?? (await findChromium());
    return chromium.launch({
        executablePath: chosen.executablePath,
        headless: true,
        args: FLAGS,
        env: { ...process.env, ...chosen.env }
    });
}
