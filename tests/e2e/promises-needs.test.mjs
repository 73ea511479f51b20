// End-to-end tests of the needs the assessment proposes (issue #26, item 5): findings about the
// same need come as one proposal listing every source, added as one need; a part of life rated
// moderate with a problem written is proposed too, at lower priority, in the person's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

const PHQ_CHOICES = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const MOOD = 'Feeling down or depressed much of the time';
const HOUSING = 'No steady place to live';
const RIDES = 'No reliable way to get to appointments, work or shops';
const MEDICINES = 'Medicines: Cannot afford the hepatitis C medicine';

/** A new plan for `name`, opened at the Assessment step with an assessment started. */
async function startAssessment(page, name) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill(name);
  await page.getByRole('link', { name: /Next: Assessment/ }).click();
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByLabel('Date of this assessment').waitFor();
}

/** Opens a questionnaire or part of life by clicking its summary line. */
async function open(page, detailsId) {
  const details = page.locator(`#${detailsId}`);
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator('summary').click();
  }
  return details;
}

/** Answers all nine PHQ-9 questions with the given values (0-3). */
async function answerPhq(page, values) {
  const phq = await open(page, 'instrument-phq9');
  for (const [i, v] of values.entries()) {
    if (i === 2 && !(await phq.getByRole('group', { name: /^3\. / }).isVisible())) {
      await phq.getByRole('button', { name: 'Answer all nine questions' }).click();
    }
    const group = phq.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) });
    await group.getByLabel(PHQ_CHOICES[v], { exact: true }).check();
  }
  return phq;
}

/** AHC: no steady place to live and no transportation; everything else negative. */
async function answerAhcHousingAndTransport(page) {
  const ahc = await open(page, 'instrument-ahc');
  const q = (n) => ahc.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  await q(1).getByLabel(/I do not have a steady place to live/).check();
  await q(2).getByLabel('None of the above').check();
  await q(3).getByLabel('Never true').check();
  await q(4).getByLabel('Never true').check();
  await q(5).getByLabel('Yes', { exact: true }).check();
  await q(6).getByLabel('No', { exact: true }).check();
  for (const n of [7, 8, 9, 10]) await q(n).getByLabel('Never', { exact: true }).check();
  return ahc;
}

/** Rates a part of life and writes the person's concerns (left empty when `concerns` is ''). */
async function rate(page, code, level, concerns) {
  const part = await open(page, `domain-${code}`);
  await part.getByLabel(level).check();
  if (concerns) await part.getByLabel('Concerns, in the person\'s own words').fill(concerns);
}

test('one proposal per need with every source; a moderate rating with a problem written comes last, at lower priority', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page, 'John');
  const phq = await answerPhq(page, [2, 2, 2, 2, 2, 2, 2, 2, 0]);
  await phq.getByText('PHQ-9 score: 16 of 27, moderately severe depression symptoms.').waitFor();
  await answerAhcHousingAndTransport(page);
  await rate(page, 'mental-health', 'High need', 'I feel down most days');
  await rate(page, 'housing', 'High need', 'The motel is full of drinking');
  await rate(page, 'transportation', 'High need', 'No license since the DUI');
  await rate(page, 'medications', 'Moderate need', 'Cannot afford the hepatitis C medicine');
  // Moderate with nothing written: not proposed.
  await rate(page, 'legal', 'Moderate need', '');
  await waitSaved(page);

  await page.getByRole('link', { name: /Next: Needs/ }).click();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  const suggested = page.getByRole('region', { name: 'Suggested by the assessment' });
  // Four needs, not seven proposals: the PHQ-9 and the mood rating, the AHC and the housing
  // rating, the AHC and the getting-around rating each make one. The moderate one comes last.
  assert.deepEqual(await suggested.locator('.proposal-statement').allInnerTexts(), [MOOD, HOUSING, RIDES, MEDICINES]);

  const proposal = (text) => suggested.locator('.proposal').filter({ hasText: text });
  const sources = (text) => proposal(text).locator('.proposal-source').allInnerTexts();
  assert.deepEqual(await sources(MOOD), ['PHQ-9 total 16 (moderately severe)', 'Mental health and mood rated high need']);
  assert.match(await proposal(MOOD).locator('.meta').innerText(),
    /^Mental health and mood\s+From: PHQ-9 total 16 \(moderately severe\); Mental health and mood rated high need/);
  assert.deepEqual(await sources(HOUSING), ['AHC question 1, living situation', 'Housing rated high need']);
  assert.deepEqual(await sources(RIDES), ['AHC question 5, transportation', 'Getting around rated high need']);
  assert.deepEqual(await sources(MEDICINES), ['Medicines rated moderate need']);
  // Only the moderate one says it is lower priority.
  assert.equal(await suggested.locator('.proposal-priority').count(), 1);
  assert.equal(await proposal(MEDICINES).locator('.proposal-priority').innerText(), 'Lower priority');
  assert.equal(await proposal('Legal matters').count(), 0);
  await screenshot(page, 'needs-proposals-merged');

  // Added: one need, carrying both sources.
  await proposal(MOOD).getByRole('button', { name: 'Add as a need' }).click();
  const need1 = page.getByRole('group', { name: `Need 1: ${MOOD}` });
  await need1.waitFor();
  assert.equal(await page.locator('.need').count(), 1);
  assert.match(await need1.locator('.sources').innerText(),
    /^Comes from: PHQ-9 total 16 \(moderately severe\), assessment of .+; Mental health and mood rated high need, assessment of .+$/);
  assert.deepEqual(await suggested.locator('.proposal-statement').allInnerTexts(), [HOUSING, RIDES, MEDICINES]);

  // The moderate one, added in the person's words.
  await proposal(MEDICINES).getByRole('button', { name: 'Add as a need' }).click();
  const need2 = page.getByRole('group', { name: `Need 2: ${MEDICINES}` });
  await need2.waitFor();
  assert.equal(await need2.getByLabel('Part of life').inputValue(), 'medications');
  assert.match(await need2.locator('.sources').innerText(), /^Comes from: Medicines rated moderate need, assessment of .+$/);

  // Dismissed: one row for the housing need, both sources set aside; brought back whole.
  await proposal(HOUSING).getByRole('button', { name: 'Dismiss' }).click();
  await proposal(HOUSING).waitFor({ state: 'detached' });
  assert.deepEqual(await suggested.locator('.proposal-statement').allInnerTexts(), [RIDES]);
  const dismissed = page.getByRole('region', { name: 'Dismissed suggestions' });
  assert.equal(await dismissed.locator('li').count(), 1);
  assert.match(await dismissed.locator('li span').innerText(), /^No steady place to live \(assessment of .+\)$/);
  await waitSaved(page);

  // Saved: after a reload the same.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  assert.deepEqual(await page.locator('.need legend').allInnerTexts(), [`Need 1: ${MOOD}`, `Need 2: ${MEDICINES}`]);
  assert.deepEqual(await suggested.locator('.proposal-statement').allInnerTexts(), [RIDES]);
  await dismissed.getByRole('button', { name: 'Bring back' }).click();
  await dismissed.waitFor({ state: 'detached' });
  await proposal(HOUSING).waitFor();
  assert.deepEqual(await sources(HOUSING), ['AHC question 1, living situation', 'Housing rated high need']);
  assert.deepEqual(await suggested.locator('.proposal-statement').allInnerTexts(), [HOUSING, RIDES]);
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
});
