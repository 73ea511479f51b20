// End-to-end tests of the GAD-7 anxiety screen (issue #27) in real Chromium: answered as a
// person would, it shows the GAD-2, then the score and band, marks the mental-health row, and
// proposes an anxiety need of its own on the Needs step; an agency's config.json can leave it
// out. Written without being run here: the lead runs it after the wasm build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, goTo, siteAndBrowser, siteWithFiles } from './support.mjs';

const site = siteAndBrowser();

const CHOICES = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** A new plan for `name`, opened at the Assessment step with an assessment started. */
async function startAssessment(page, url, name) {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill(name);
  await page.getByRole('link', { name: /Next: Assessment/ }).click();
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByLabel('Date of this assessment').waitFor();
}

/** Opens the GAD-7 by clicking its summary line. */
async function openGad7(page) {
  const gad = page.locator('#instrument-gad7');
  if (!(await gad.evaluate((d) => d.open))) await gad.locator('summary').click();
  return gad;
}

/** Answers GAD-7 questions 1..n with the given values (0-3). */
async function answerGad7(page, values) {
  const gad = await openGad7(page);
  for (const [i, v] of values.entries()) {
    if (i === 2 && !(await gad.getByRole('group', { name: /^3\. / }).isVisible())) {
      await gad.getByRole('button', { name: 'Answer all seven questions' }).click();
    }
    await gad.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
      .getByLabel(CHOICES[v], { exact: true }).check();
  }
  return gad;
}

test('GAD-7: the GAD-2, then score and band, and an anxiety need on the Needs step', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page, site.url, 'Rosa');
  const gad = await openGad7(page);
  assert.ok(await gad.getByText(/No permission required to reproduce/).isVisible(), 'attribution shown');
  assert.ok(await gad.getByText('Over the last 2 weeks, how often have you been bothered by the following problems?').isVisible());
  assert.equal((await gad.locator('summary').innerText()).replace(/\s+/g, ' '), 'GAD-7 (Generalized Anxiety Disorder) Not started');

  // GAD-2 of 2 is negative: the rest waits behind a button.
  await answerGad7(page, [1, 1]);
  await gad.getByText('GAD-2 score: 2 of 6. This is a negative screen (below 3).').waitFor();
  assert.equal(await gad.getByRole('group', { name: /^3\. / }).count(), 0);
  // 3 is positive: the other five questions show at once.
  await answerGad7(page, [2, 1]);
  await gad.getByText('GAD-2 score: 3 of 6. This is a positive screen (3 or more)').waitFor();
  await gad.getByRole('group', { name: /^7\. Feeling afraid, as if something awful might happen/ }).waitFor();
  await gad.getByText('Not scored yet: questions 3, 4, 5, 6 and 7 still need an answer.').waitFor();

  // Worked example A3: 2,1,1,1,0,0,0 is 5, mild: no need proposed.
  await answerGad7(page, [2, 1, 1, 1, 0, 0, 0]);
  await gad.getByText('GAD-7 score: 5 of 21, mild anxiety symptoms.').waitFor();
  assert.equal(await gad.getByRole('link', { name: 'Needs step' }).count(), 0);

  // Worked example A4: 2,2,2,1,1,1,1 is 10, moderate: a need is suggested.
  await answerGad7(page, [2, 2, 2, 1, 1, 1, 1]);
  await gad.getByText('GAD-7 score: 10 of 21, moderate anxiety symptoms.').waitFor();
  assert.equal(
    (await gad.locator('summary').innerText()).replace(/\s+/g, ' '),
    'GAD-7 (Generalized Anxiety Disorder) Score 10 of 21: moderate',
  );
  await gad.getByRole('link', { name: 'Needs step' }).waitFor();
  // The unscored question, answered, leaves the score alone.
  await gad.getByRole('group', { name: /how difficult have they made it/ }).getByLabel('Somewhat difficult').check();
  await gad.getByText('GAD-7 score: 10 of 21').waitFor();
  const row = page.locator('.overview-item').filter({ hasText: 'Mental health and mood' });
  assert.match(await row.innerText(), /Anxiety screen positive/);
  await screenshot(page, 'assessment-gad7-desktop');
  await waitSaved(page);

  // The Needs step: anxiety is its own suggestion, from the GAD-7.
  await page.getByRole('link', { name: /Next: Needs/ }).click();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  const proposal = page.locator('#proposal-anxiety');
  await proposal.waitFor();
  assert.equal(await proposal.locator('.proposal-statement').innerText(), 'Feeling nervous, anxious or worried much of the time');
  assert.match(await proposal.innerText(), /GAD-7 total 10 \(moderate\)/);
  await proposal.getByRole('button', { name: 'Add as a need' }).click();
  await page.getByRole('group', { name: 'Need 1: Feeling nervous, anxious or worried much of the time' }).waitFor();
  await waitSaved(page);

  // Reloaded, the answers are still there.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  await goTo(page, 'Assessment');
  const again = await openGad7(page);
  assert.ok(await again.getByRole('group', { name: /^2\. / }).getByLabel('More than half the days', { exact: true }).isChecked());
  await again.getByText('GAD-7 score: 10 of 21, moderate anxiety symptoms.').waitFor();
  assert.deepEqual(page.errors, []);
});

test('an agency that leaves "gad7" out of config.json does not see the GAD-7', async () => {
  const copy = await siteWithFiles({ 'config.json': { instruments: ['phq9', 'katz'] } });
  const page = await newPage(site.browser);
  await startAssessment(page, copy.url, 'Rosa');
  await page.locator('#instrument-phq9').waitFor();
  assert.equal(await page.locator('#instrument-gad7').count(), 0);

  const withIt = await siteWithFiles({ 'config.json': { instruments: ['gad7'] } });
  const other = await newPage(site.browser);
  await startAssessment(other, withIt.url, 'Rosa');
  await other.locator('#instrument-gad7').waitFor();
  assert.equal(await other.locator('#instrument-phq9').count(), 0);
  assert.equal(await other.getByRole('heading', { name: /settings file has mistakes/ }).count(), 0);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
});
