// `tsx local/preview/__tests__/browser/checkChromium.ts`: starts the Chromium the browser tests would
// use and prints which one; exits 1 when none starts (.ci/run then installs Debian's).
import { launchChromium } from './chromium';
import { findChromium } from './findChromium';

async function main(): Promise<void> {
    const choice = await findChromium();
    const browser = await launchChromium(choice);
    const version = browser.version();
    await browser.close();
    console.log(`Chromium ${version} (${choice.source}): ${choice.executablePath}`);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
});
