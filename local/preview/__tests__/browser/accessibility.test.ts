/** @jest-environment node */
// Each of the four pages (the account page once per tab, the opportunity page's Deal Score and
// Competitors tabs), on the sample data: axe-core finds no serious or critical violation, and
// a screenshot of the page goes to docs/screenshots for the README.
import { axeViolations, describeViolations, isSeriousOrCritical } from './accessibility';
import { VIEWS } from './pages';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

test.each(VIEWS.map((view) => [view.name, view] as const))(
    'the %s view has no serious or critical accessibility violation',
    async (_name, previewPage) => {
        const page = await session.open(await previewPage.path(session.org));
        await previewPage.show(page);
        await saveScreenshot(page, previewPage.name);
        const violations = await axeViolations(page);
        const minor = violations.filter((violation) => !isSeriousOrCritical(violation));
        if (minor.length > 0) {
            console.log(
                `axe on the ${previewPage.name} page, moderate and minor:\n${describeViolations(minor).join('\n')}`
            );
        }
        expect(describeViolations(violations.filter(isSeriousOrCritical))).toEqual([]);
    }
);
