/** @jest-environment node */
// The harness's own checks: which Chromium is chosen (ATLAS_CHROMIUM, then the system's, then the
// npm package's), a machine with none fails with what to do, the packaged binary renders a page on
// its own, and the chosen Chromium reports console errors to the watcher.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { findChromium, SKIP_SYSTEM_VARIABLE } from './findChromium';
import { packagedChromium, PACKAGE_NAME } from './packagedChromium';
import { watchPage } from './pageProblems';

jest.setTimeout(120_000);

let binDir: string;
beforeAll(() => {
    // A stand-in for a system browser on PATH: only its path is checked, it is never started.
    binDir = mkdtempSync(join(tmpdir(), 'atlas-chromium-path-'));
    writeFileSync(join(binDir, 'google-chrome'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(binDir, 'google-chrome'), 0o755);
});
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

const noPackage = (): Promise<null> => Promise.resolve(null);

test('ATLAS_CHROMIUM comes first, and a wrong one says so', async () => {
    const own = join(binDir, 'google-chrome');
    await expect(
        findChromium({ env: { ATLAS_CHROMIUM: own, PATH: '/usr/bin' } })
    ).resolves.toMatchObject({
        executablePath: own,
        source: 'ATLAS_CHROMIUM'
    });
    await expect(
        findChromium({ env: { ATLAS_CHROMIUM: '/nonexistent/chromium' } })
    ).rejects.toThrow('ATLAS_CHROMIUM is /nonexistent/chromium, which does not exist');
});

test('a Chromium or Chrome on PATH comes next, unless the system ones are skipped', async () => {
    await expect(
        findChromium({ env: { PATH: `/nonexistent:${binDir}` }, packaged: noPackage })
    ).resolves.toEqual({
        executablePath: join(binDir, 'google-chrome'),
        source: 'system',
        env: {}
    });
    await expect(
        findChromium({ env: { PATH: binDir, [SKIP_SYSTEM_VARIABLE]: '1' }, packaged: noPackage })
    ).rejects.toThrow('Install one: apt-get install -y chromium');
});

test('a machine with no Chromium at all fails with the ways to get one', async () => {
    const failure = findChromium({ env: { PATH: '/nonexistent' }, packaged: noPackage });
    await expect(failure).rejects.toThrow(`then the optional dependency ${PACKAGE_NAME}`);
    await expect(
        findChromium({ env: { PATH: '/nonexistent' }, packaged: noPackage })
    ).rejects.toThrow('apt-get install -y chromium (Debian/Ubuntu), or set ATLAS_CHROMIUM');
});

// The package ships a Linux x64 binary; elsewhere the finder treats it as absent.
const packageFits = process.platform === 'linux' && process.arch === 'x64';

test(`without ATLAS_CHROMIUM or a system browser, the Chromium shipped in ${PACKAGE_NAME} renders a page`, async () => {
    const packaged = await packagedChromium();
    expect(packaged === null).toBe(!packageFits);
    if (packaged === null) {
        return;
    }
    const choice = await findChromium({
        env: { PATH: '/nonexistent', [SKIP_SYSTEM_VARIABLE]: '1' }
    });
    expect(choice).toEqual({
        executablePath: packaged.executablePath,
        source: PACKAGE_NAME,
        env: packaged.env
    });
    const browser = await launchChromium(choice);
    try {
        // The browser's major version is the package's (143.0.4 ships Chromium 143).
        expect(browser.version().split('.')[0]).toBe(packaged.version.split('.')[0]);
        const page = await browser.newPage();
        await page.setContent('<main><h1>Account Atlas</h1></main>');
        expect(await page.getByRole('heading').textContent()).toBe('Account Atlas');
        // A font draws the heading's glyphs (its own Open Sans where the machine has no fonts).
        const cdp = await page.context().newCDPSession(page);
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', {
            nodeId: root.nodeId,
            selector: 'h1'
        });
        await cdp.send('CSS.enable');
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect(fonts.reduce((glyphs, font) => glyphs + font.glyphCount, 0)).toBe(
            'AccountAtlas'.length + 1
        );
    } finally {
        await browser.close();
    }
});

test('Chromium starts headless and the watcher collects console errors and uncaught exceptions', async () => {
    const browser = await launchChromium();
    try {
        const page = await browser.newPage();
        const problems = watchPage(page);
        await page.setContent(
            '<main><p>ok</p><script>console.error("broken panel"); setTimeout(() => { throw new Error("boom"); });</script></main>'
        );
        await page.waitForTimeout(200);
        expect(await page.getByText('ok').textContent()).toBe('ok');
        expect(problems.list).toEqual([
            expect.stringContaining('console error on about:blank: broken panel'),
            expect.stringContaining('uncaught exception on about:blank: Error: boom')
        ]);
    } finally {
        await browser.close();
    }
});
