// End-to-end tests of "Why this step matters": on every step, closed until the person opens it,
// then open on every step (the choice is remembered), with that step's own guidance. And of
// "Words explained", the glossary each step links to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, goTo, siteAndBrowser, waitSaved } from './support.mjs';

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

test('words explained: each step links its less common words to a plain explanation, and back', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Ray');
  await waitSaved(page);
  await goTo(page, 'Goals');
  const words = page.locator('.step-words');
  assert.equal(await words.innerText(), 'Words on this step: SMART goal, Baseline, Target, Barrier');

  await words.getByRole('link', { name: 'Baseline' }).click();
  await page.getByRole('heading', { level: 1, name: 'Words explained' }).waitFor();
  assert.match(page.url(), /\/words#baseline$/);
  // The entry is where the focus went, so a screen reader reads it first.
  await page.waitForFunction(() => document.activeElement?.id === 'baseline');
  const entry = page.locator('#baseline.glossary-entry');
  assert.match(await entry.innerText(), /Baseline\s+Where things are at the start, as a number\./);
  assert.ok(await entry.isVisible());
  await screenshot(page, 'words-explained');

  // Back returns to the step, with what was typed.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();

  // The guidance on the step explains the same words, from the same list.
  await page.locator('details.guidance summary').click();
  const terms = page.locator('details.guidance dl.terms');
  assert.match(await terms.innerText(), /SMART goal\s+A goal that is Specific/);
  assert.match(await terms.innerText(), /Baseline\s+Where things are at the start/);

  // Every page has the way there, in the footer; the words the issue names are all in it.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Words explained' }).click();
  await page.getByRole('heading', { level: 1, name: 'Words explained' }).waitFor();
  const list = await page.locator('.glossary-list').innerText();
  for (const word of ['Assessment', 'SMART goal', 'Baseline', 'Referral', 'GAS (Goal Attainment Scaling)', 'PHQ-9']) {
    assert.match(list, new RegExp(`^${word.replace(/[()]/g, '\\$&')}$`, 'm'), word);
  }
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.getByRole('contentinfo').isVisible()), 'the footer is not printed');
  assert.deepEqual(page.errors, []);
});
