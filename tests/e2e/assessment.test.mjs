// End-to-end tests of the Assessment and Needs steps in real Chromium: answering screening
// questionnaires, seeing scores and the safety message, accepting and ordering needs, and
// re-assessing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, screenshot, waitSaved, artifacts, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

const PHQ_CHOICES = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** A new plan for `name`, opened at the Assessment step with an assessment started. */
async function startAssessment(page, name = 'John') {
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

/** Answers PHQ-9 questions 1..n with the given values (0-3). */
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

/** AHC: worried about housing, food sometimes short, everything else negative. */
async function answerAhcFoodAndHousing(page) {
  const ahc = await open(page, 'instrument-ahc');
  const q = (n) => ahc.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  await q(1).getByLabel(/worried about losing it/).check();
  await q(2).getByLabel('None of the above').check();
  await q(3).getByLabel('Sometimes true').check();
  await q(4).getByLabel('Never true').check();
  await q(5).getByLabel('No', { exact: true }).check();
  await q(6).getByLabel('No', { exact: true }).check();
  for (const n of [7, 8, 9, 10]) await q(n).getByLabel('Never', { exact: true }).check();
  return ahc;
}

test('PHQ-9 with thoughts of self-harm: score, band and a calm safety message with 988', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page);
  const phq = await open(page, 'instrument-phq9');
  assert.ok(await phq.getByText(/No permission required to reproduce/).isVisible(), 'attribution shown');

  // Worked example P3: 3,3,2,2,2,2,2,1,1.
  await answerPhq(page, [3, 3]);
  await phq.getByText('PHQ-2 score: 6 of 6. This is a positive screen').waitFor();
  assert.equal(await page.locator('.crisis-notice').count(), 0, 'no safety message before question 9');
  await answerPhq(page, [3, 3, 2, 2, 2, 2, 2, 1]);
  await phq.getByText('Not scored yet: question 9 still needs an answer.').waitFor();
  await answerPhq(page, [3, 3, 2, 2, 2, 2, 2, 1, 1]);

  await phq.getByText('PHQ-9 score: 18 of 27, moderately severe depression symptoms.').waitFor();
  assert.equal(
    (await phq.locator('summary').innerText()).replace(/\s+/g, ' '),
    'PHQ-9 (Patient Health Questionnaire) Score 18 of 27: moderately severe',
  );
  // The safety message, below question 9 and at the top of the assessment.
  // (The one at the top is a landmark; the one in the questionnaire a group, so that the page
  // has no two landmarks of the same name.)
  const top = page.getByRole('region', { name: 'Help is available now' });
  assert.equal(await top.count(), 1);
  assert.equal(await phq.getByRole('group', { name: 'Help is available now' }).count(), 1);
  const text = await top.innerText();
  assert.match(text, /call or text 988/);
  assert.match(text, /988lifeline\.org/);
  assert.match(text, /call 911/);
  // The mental-health row of the overview is marked.
  const row = page.locator('.overview-item').filter({ hasText: 'Mental health and mood' });
  assert.match(await row.innerText(), /Depression screen positive/);
  assert.match(await row.innerText(), /Thoughts of self-harm/);
  await screenshot(page, 'assessment-phq9-desktop');

  // Printed, the page keeps the crisis line and drops the buttons.
  fs.mkdirSync(artifacts, { recursive: true });
  const pdf = path.join(artifacts, 'assessment-phq9.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(printed, /Help is available now/);
  assert.match(printed, /call or text 988/);
  assert.match(printed, /Mental health and mood/, 'parts of life keep their names on paper');
  assert.doesNotMatch(printed, /Start a new assessment/);

  // Question 9 back to "Not at all": the message goes, the score follows.
  await phq.getByRole('group', { name: /^9\. / }).getByLabel('Not at all').check();
  await phq.getByText('PHQ-9 score: 17 of 27').waitFor();
  assert.equal(await page.locator('.crisis-notice').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('positive food and housing screens propose needs: accept, dismiss, reorder, reload', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page, 'Maria');
  const ahc = await answerAhcFoodAndHousing(page);
  const results = ahc.locator('.result');
  await results.getByText('Safety total: 4').waitFor();
  const areas = (await results.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.deepEqual(areas, [
    'Living situation: Positive: possible need',
    'Food: Positive: possible need',
    'Transportation: Negative',
    'Utilities: Negative',
    'Safety: Negative',
  ]);
  assert.ok(await ahc.getByText(/Centers for Medicare & Medicaid Services/).isVisible());
  assert.match(await page.locator('.overview-item').filter({ hasText: /^Food/ }).innerText(), /Food insecurity/);

  // A part of life rated high also proposes a need, in the person's words.
  await page.getByRole('button', { name: 'Legal matters' }).click();
  const legal = page.locator('#domain-legal');
  assert.ok(await legal.evaluate((d) => d.open), 'the overview opens the part of life');
  await legal.getByLabel('High need').check();
  await legal.getByLabel('Concerns, in the person\'s own words').fill('Court date for the eviction');
  await legal.getByLabel('No easy way to get there').check();
  await legal.getByText(/Arrange a ride service for appointments/).waitFor();
  assert.match(await page.locator('.overview-item').filter({ hasText: 'Legal matters' }).innerText(), /High need/);
  await screenshot(page, 'assessment-ahc-desktop');
  await waitSaved(page);

  await page.getByRole('link', { name: /Next: Needs/ }).click();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  const proposals = page.locator('.proposal-statement');
  assert.deepEqual(await proposals.allInnerTexts(), [
    'Worried about losing their home',
    'Not always enough food (food insecurity)',
    'Legal matters: Court date for the eviction',
  ]);
  await screenshot(page, 'needs-proposals-desktop');

  const proposal = (text) => page.locator('.proposal').filter({ hasText: text });
  await proposal('food insecurity').getByRole('button', { name: 'Add as a need' }).click();
  await proposal('Court date').getByRole('button', { name: 'Add as a need' }).click();
  await proposal('losing their home').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByText('No new suggestions from the assessment').waitFor();
  assert.match(
    await page.getByRole('region', { name: 'Dismissed suggestions' }).innerText(),
    /Worried about losing their home/,
  );

  // The court date matters most to Maria: move it to the top.
  const need2 = page.getByRole('group', { name: /^Need 2: Legal matters/ });
  await need2.getByRole('button', { name: 'Move up' }).click();
  await page.getByRole('group', { name: 'Need 1: Legal matters: Court date for the eviction' }).waitFor();
  const first = page.getByRole('group', { name: /^Need 1/ });
  assert.match(await first.innerText(), /Comes from: Legal matters rated high need, assessment of/);
  await page.getByRole('group', { name: /^Need 2: Not always enough food/ })
    .getByLabel('Status').selectOption({ label: 'Not now' });
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByRole('group', { name: 'Need 3' }).getByLabel('The need, in plain words').fill('Get my ID card back');
  await waitSaved(page);
  await screenshot(page, 'needs-list-desktop');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  const legends = await page.locator('.need legend').allInnerTexts();
  assert.deepEqual(legends, [
    'Need 1: Legal matters: Court date for the eviction',
    'Need 2: Not always enough food (food insecurity)',
    'Need 3: Get my ID card back',
  ]);
  assert.equal(await page.getByRole('group', { name: /^Need 2/ }).getByLabel('Status').inputValue(), 'not-now');
  assert.equal(await page.getByRole('group', { name: /^Need 1/ }).getByLabel('Part of life').inputValue(), 'legal');

  // Removing a need asks first, keeps the assessment, and the suggestion comes back.
  await page.getByRole('group', { name: /^Need 2/ }).getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this need?' });
  assert.match(await dialog.innerText(), /The assessment answers stay as they are/);
  await assertAccessible(page, 'remove-need-dialog');
  await dialog.getByRole('button', { name: 'Remove need' }).click();
  await proposal('food insecurity').waitFor();
  // Bring back the dismissed one.
  await page.getByRole('region', { name: 'Dismissed suggestions' }).getByRole('button', { name: 'Bring back' }).click();
  await proposal('losing their home').waitFor();
  await waitSaved(page);

  await page.getByRole('link', { name: /Previous: Assessment/ }).click();
  const ahcAgain = await open(page, 'instrument-ahc');
  assert.ok(await ahcAgain.getByRole('group', { name: /^3\. / }).getByLabel('Sometimes true').isChecked());
  assert.equal(await page.locator('#domain-legal').getByLabel('Concerns, in the person\'s own words').inputValue(),
    'Court date for the eviction');
  assert.deepEqual(page.errors, []);
});

test('a re-assessment starts as a copy, keeps the old one, and shows how scores changed', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page);
  await page.getByLabel('Date of this assessment').fill('2026-10-01');
  await answerPhq(page, [3, 3, 2, 2, 2, 2, 2, 1, 0]);
  const katz = await open(page, 'instrument-katz');
  for (const [i, yes] of [false, false, true, true, true, true].entries()) {
    await katz.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
      .getByLabel(yes ? 'Yes, without help' : 'No, needs help').check();
  }
  await katz.getByText('Score: 4 of 6, moderate impairment.').waitFor();
  await waitSaved(page);

  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByText('This is assessment 2.').waitFor();
  await page.getByLabel('Date of this assessment').fill('2026-11-20');
  await page.getByRole('heading', { name: 'Assessment of 20 November 2026' }).waitFor();
  // The copy keeps the answers; change two of them.
  const phq = await open(page, 'instrument-phq9');
  await phq.getByText('PHQ-9 score: 17 of 27').waitFor();
  await answerPhq(page, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
  const katz2 = await open(page, 'instrument-katz');
  await katz2.getByRole('group', { name: /^1\. Bathing/ }).getByLabel('Yes, without help').check();

  const history = page.getByRole('region', { name: 'Scores over time' });
  const row = async (name) => (await history.getByRole('row', { name }).innerText()).replace(/\s+/g, ' ');
  assert.equal(
    await row(/^PHQ-9/),
    'PHQ-9 (depression) 17 (moderately severe) 8 (mild) from 17 (moderately severe) to 8 (mild): down 9, better',
  );
  assert.match(await row(/Everyday activities/), /from 4 of 6 to 5 of 6: up 1, better/);
  const headers = await history.locator('thead th').allInnerTexts();
  assert.deepEqual(headers, ['Questionnaire', '1 October 2026', '20 November 2026', 'Change']);
  // The first assessment is kept as it was.
  await history.locator('details.earlier summary').filter({ hasText: 'Assessment of 1 October 2026' }).click();
  const earlier = history.locator('details.earlier');
  assert.match(await earlier.innerText(), /PHQ-9 \(depression\)\s+17 \(moderately severe\)/);
  assert.match(await earlier.innerText(), /4 of 6/);
  await waitSaved(page);
  await screenshot(page, 'assessment-history-desktop');

  await page.reload();
  await page.getByText('This is assessment 2.').waitFor();
  assert.match(await row(/^PHQ-9/), /down 9/);
  assert.deepEqual(page.errors, []);
});

test('an instrument can be completed with the keyboard alone', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page);
  // Open the Hunger Vital Sign from the keyboard: focus its summary and press Enter.
  await page.locator('#instrument-hvs summary').focus();
  await page.keyboard.press('Enter');
  const hvs = page.locator('#instrument-hvs');
  const q1 = hvs.getByRole('group', { name: /^1\. Within the past 12 months we worried/ });
  await q1.waitFor();
  // Tab into the first radio group: the first option takes focus; arrows choose.
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.labels?.[0]?.innerText ?? document.activeElement?.innerText);
  assert.equal(await focused(), 'Often true');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight'); // "Sometimes true", and it is chosen
  assert.ok(await q1.getByLabel('Sometimes true').isChecked());
  await page.keyboard.press('Tab'); // on to question 2
  assert.equal(await focused(), 'Often true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // "Never true"
  const q2 = hvs.getByRole('group', { name: /^2\. / });
  assert.ok(await q2.getByLabel('Never true').isChecked());
  await hvs.getByText('At risk of food insecurity.').waitFor();
  assert.match(await hvs.locator('summary').innerText(), /At risk/);
  assert.ok(await hvs.getByText(/Children's HealthWatch/).isVisible());
  assert.deepEqual(page.errors, []);
});

test('the assessment works on a phone-sized screen', async () => {
  const page = await newPage(site.browser, { width: 360, height: 800 });
  await startAssessment(page);
  await answerAhcFoodAndHousing(page);
  await open(page, 'domain-housing');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await screenshot(page, 'assessment-phone');
  assert.equal(overflow, false, 'no sideways scrolling');
  assert.deepEqual(page.errors, []);
});
