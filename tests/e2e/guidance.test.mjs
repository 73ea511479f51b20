// End-to-end test of "Why this step matters": on every step, closed until the person opens it,
// then open on every step (the choice is remembered), with that step's own guidance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, goTo, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('why this step matters: shown on request, remembered, different for each step, not printed', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  const panel = page.locator('details.guidance');
  const summary = panel.getByText('Why this step matters');
  await summary.waitFor();
  assert.equal(await panel.getAttribute('open'), null, 'closed at first');
  assert.ok(!(await page.getByRole('heading', { name: 'Common mistakes' }).isVisible()));

  await summary.click();
  await page.getByRole('heading', { name: 'Common mistakes' }).waitFor();
  await page.getByText('Intake is the first meeting').waitFor();

  await goTo(page, 'Goals');
  await page.getByRole('heading', { name: 'Common mistakes' }).waitFor();
  const goals = await panel.innerText();
  assert.doesNotMatch(goals, /Intake is the first meeting/);
  assert.match(goals, /SMART/);
  await screenshot(page, 'guidance-goals');

  await page.reload();
  await page.getByRole('heading', { name: 'Common mistakes' }).waitFor();
  await summary.click();
  await goTo(page, 'Needs');
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  assert.equal(await panel.getAttribute('open'), null, 'closed again, as left');

  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await panel.isVisible()), 'not on paper');
  assert.deepEqual(page.errors, []);
});
