/** @jest-environment node */
// A rep keeps a deal's mutual plan: opens the deal, adds a step the customer can only do after the
// close date (a nameless save first, refused with what to do and nothing typed lost), sees the risk
// that names the step and the days on the Deal Score panel, completes another step, and exports the
// plan for the customer: a CSV with the steps and none of the internal notes.
import { readFileSync } from 'node:fs';
import { query, queryOne } from './orgApi';
import { axeViolations, describeViolations, isSeriousOrCritical } from './accessibility';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import { choose, eventually, openTab, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const DEAL = 'Kestrel - Supply Chain Integration';
const NEW_STEP = 'Executive sponsor sign-off';
const NOTE = 'Greta wants a second discount before she signs';

test('a rep adds a step due after the close date, sees the risk, completes a step and exports the plan', async () => {
    const deal = await queryOne(session.org, `SELECT Id FROM Opportunity WHERE Name = '${DEAL}'`);
    const page = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
    await panel(page, 'Deal Score').waitFor();
    const plan = await openTab(page, 'Mutual Plan');
    const steps = plan.locator('li[data-step]');
    await steps.filter({ hasText: 'IT security review' }).waitFor();
    expect(await texts(plan.locator('[data-id="close-date"]'))).toEqual([
        'Close date: Jan 29, 2027'
    ]);
    expect(
        await texts(steps.filter({ hasText: 'IT security review' }).locator('[data-slip]'))
    ).toEqual(['Due 14 days after the close date']);

    // A step without a name is refused with what to do; the date typed stays.
    await plan.getByRole('button', { name: 'Add step' }).click();
    const form = plan.locator('[data-id="step-form"]');
    await form.getByLabel('Due date').fill('Feb 19, 2027');
    await form.getByRole('button', { name: 'Save step' }).click();
    await form.getByText('Name the step, for example Security review.').waitFor();
    expect(await form.getByLabel('Due date').inputValue()).toBe('Feb 19, 2027');

    await form.getByRole('textbox', { name: 'Step', exact: true }).fill(NEW_STEP);
    await choose(form, 'Customer owner', 'Greta Vollmer');
    await form.getByLabel('Evidence it produces').fill('Signed sponsor letter');
    await form.getByLabel('Internal notes (never exported)').fill(NOTE);
    await saveScreenshot(page, 'opportunity-mutual-plan-form');
    await form.getByRole('button', { name: 'Save step' }).click();
    await form.waitFor({ state: 'detached' });

    const added = steps.filter({ hasText: NEW_STEP });
    await added.waitFor();
    expect(await texts(added.locator('[data-slip]'))).toEqual(['Due 21 days after the close date']);
    const saved = await queryOne(
        session.org,
        `SELECT Due_Date__c, Status__c, Customer_Owner__r.Name, Internal_Notes__c FROM Mutual_Plan_Step__c WHERE Name = '${NEW_STEP}'`
    );
    expect([saved.Due_Date__c, saved.Status__c, saved.Internal_Notes__c]).toEqual([
        '2027-02-19',
        'Not Started',
        NOTE
    ]);

    // The Deal Score panel lists the slipping steps among the deal's risks, by name and days.
    const dealScore = await openTab(page, 'Deal Score');
    const planRisks = await eventually(
        'the new step among the deal risks',
        () => texts(dealScore.getByText(/^Mutual plan step .* after the close date/)),
        (lines) => lines.some((line) => line.includes(NEW_STEP))
    );
    console.log(`Plan risks on the deal: ${planRisks.join(' | ')}`);
    expect(planRisks).toEqual([
        'Mutual plan step "IT security review" is due Feb 12, 2027, 14 days after the close date (Jan 29, 2027): agree an earlier date with the customer or move the close date.',
        `Mutual plan step "${NEW_STEP}" is due Feb 19, 2027, 21 days after the close date (Jan 29, 2027): agree an earlier date with the customer or move the close date.`
    ]);

    // Completing a step.
    await openTab(page, 'Mutual Plan');
    const proof = steps.filter({ hasText: 'Proof of value on Dayton demand data' });
    await proof.getByRole('button', { name: 'Mark done' }).click();
    await proof.getByText(/^Done on /).waitFor();
    await eventually(
        'the step done in the org',
        () =>
            query(
                session.org,
                "SELECT Status__c, Completed_On__c FROM Mutual_Plan_Step__c WHERE Name = 'Proof of value on Dayton demand data'"
            ),
        (rows) => rows[0]?.Status__c === 'Done' && typeof rows[0]?.Completed_On__c === 'string'
    );
    expect(await proof.getByRole('button', { name: 'Mark done' }).count()).toBe(0);

    const violations = (await axeViolations(page)).filter(isSeriousOrCritical);
    expect(describeViolations(violations)).toEqual([]);
    await saveScreenshot(page, 'opportunity-mutual-plan');

    // The export: every step in order, no internal note.
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        plan.getByRole('button', { name: 'Export for the customer (CSV)' }).click()
    ]);
    expect(download.suggestedFilename()).toBe(`Mutual plan - ${DEAL}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    console.log(`Exported plan:\n${lines.join('\n')}`);
    expect(lines[0]).toBe(
        'No.,Step,Due date,Status,Our owner,Customer owner,Evidence,Completed on'
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
        '1,Solution workshop with supply chain planners,2026-12-04',
        '2,Proof of value on Dayton demand data,2027-01-08',
        '3,Business case approval by the CFO,2027-01-22',
        '4,Contract signature,2027-01-29',
        '5,IT security review,2027-02-12',
        `6,${NEW_STEP},2027-02-19`
    ]);
    expect(lines[6]).toBe(
        `6,${NEW_STEP},2027-02-19,Not Started,,Greta Vollmer,Signed sponsor letter,`
    );
    expect(csv).not.toContain(NOTE);
    expect(csv).not.toContain('security board');
});
