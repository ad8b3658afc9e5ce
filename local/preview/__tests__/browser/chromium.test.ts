/** @jest-environment node */
// The harness's own checks: a machine without Chromium fails with the install command, and the
// installed Chromium starts, renders a page and reports console errors to the watcher.
import { launchChromium } from './chromium';
import { watchPage } from './pageProblems';

jest.setTimeout(60_000);

test('a missing Chromium fails with the command that installs it', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
        'install Chromium: apt-get install -y chromium'
    );
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
