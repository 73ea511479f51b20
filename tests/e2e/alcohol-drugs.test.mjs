// End-to-end tests of the alcohol and drug screens (issue #27) in real Chromium: AUDIT-C answered
// with the cut-off the person chooses, the single drug question typed as a number (bad numbers
// refused in plain words), the scores and positive/negative, and the one need they propose on
// the Needs step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** A new plan for `name`, opened at the Assessment step with an assessment started. */
async function startAssessment(page, name = 'Sam') {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill(name);
  await page.getByRole('link', { name: /Next: Assessment/ }).click();
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByLabel('Date of this assessment').waitFor();
}

/** Opens a questionnaire by clicking its summary line. */
async function open(page, detailsId) {
  const details = page.locator(`#${detailsId}`);
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator('summary').click();
  }
  return details;
}

const summary = async (details) => (await details.locator('summary').innerText()).replace(/\s+/g, ' ');

test('AUDIT-C with a chosen cut-off and the drug question: scores, results and one proposed need', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page);

  // --- AUDIT-C: worked example C2 (2, 1, 0 = 3): negative for men, positive for women.
  const audit = await open(page, 'instrument-audit-c');
  assert.ok(await audit.getByText(/the AUDIT is in the public domain/).isVisible(), 'attribution shown');
  const q = (n) => audit.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  await q(1).getByLabel('2 to 4 times a month').check();
  await audit.getByText('Not scored yet: questions 2 and 3 still need an answer.').waitFor();
  await q(2).getByLabel('3 or 4').check();
  await q(3).getByLabel('Never', { exact: true }).check();
  // Scored, but not read as positive or negative until a cut-off is chosen.
  await audit.getByText('AUDIT-C score: 3 of 12.').waitFor();
  await audit.getByText('Choose a cut-off above to read the score as positive or negative.').waitFor();
  assert.equal(await summary(audit), 'AUDIT-C (alcohol) Score 3 of 12: no cut-off chosen yet');

  const cutOff = audit.getByRole('group', { name: 'Which cut-off should the score be read with?' });
  assert.match(await cutOff.innerText(), /does not record sex/);
  await cutOff.getByLabel('The cut-off for men: 4 or more is positive').check();
  await audit.getByText('Negative with the cut-off for men (below 4).').waitFor();
  assert.equal(await summary(audit), 'AUDIT-C (alcohol) Score 3 of 12: negative (cut-off for men)');
  assert.equal(await audit.getByRole('link', { name: 'Needs step' }).count(), 0, 'a negative screen proposes nothing');

  await cutOff.getByLabel('The cut-off for women: 3 or more is positive').check();
  await audit.getByText(/Positive with the cut-off for women \(3 or more is positive\)/).waitFor();
  assert.equal(await summary(audit), 'AUDIT-C (alcohol) Score 3 of 12: positive (cut-off for women)');
  assert.equal(await audit.getByRole('link', { name: 'Needs step' }).count(), 1);

  // "Never" skips questions 2 and 3 and scores 0; then back to the answers above.
  await q(1).getByLabel('Never', { exact: true }).check();
  await audit.getByText(/questions 2 and 3 are not asked and the score is 0/).waitFor();
  assert.equal(await q(2).count(), 0, 'question 2 is not asked');
  await audit.getByText('Negative with the cut-off for women (below 3).').waitFor();
  await q(1).getByLabel('2 to 4 times a month').check();
  await audit.getByText(/Positive with the cut-off for women/).waitFor();
  assert.ok(await q(2).getByLabel('3 or 4').isChecked(), 'the earlier answers are still there');

  // --- The drug question: typed as a person would, mistakes and all.
  const drugs = await open(page, 'instrument-drug-screen');
  assert.ok(await drugs.getByText(/Smith PC, Schmidt SM, Allensworth-Davies D, Saitz R/).isVisible(), 'source cited');
  const times = drugs.getByLabel(/How many times in the past year have you used an illegal drug/);
  await drugs.getByText('Not answered yet.').waitFor();

  await times.fill('-2');
  const alert = drugs.getByRole('alert');
  await alert.getByText(/The number of times cannot be below 0/).waitFor();
  assert.match(await alert.innerText(), /Nothing is kept for this question until the number is corrected/);
  assert.equal(await times.getAttribute('aria-invalid'), 'true');
  await drugs.getByText('Not answered yet.').waitFor();

  await times.fill('twice');
  await alert.getByText(/Type the number of times in digits/).waitFor();
  await times.fill('2.5');
  await alert.getByText(/Type a whole number of times/).waitFor();

  await times.fill('0');
  await drugs.getByText('Negative: none in the past year.').waitFor();
  assert.equal((await alert.innerText()).trim(), '', 'the mistake message is gone');
  assert.equal(await times.getAttribute('aria-invalid'), null);
  assert.equal(await summary(drugs), 'Drug use (single-question screen) Negative: none in the past year');

  // Not wanting to answer is no result, not a negative one.
  const declined = drugs.getByLabel('The person did not want to answer');
  await declined.check();
  await drugs.getByText(/No result: the person did not want to answer/).waitFor();
  assert.equal(await times.inputValue(), '');

  // A number answers it again.
  await times.fill('12');
  await drugs.getByText('Positive (1 or more is positive): 12 times in the past year.').waitFor();
  assert.equal(await declined.isChecked(), false);
  assert.equal(await summary(drugs), 'Drug use (single-question screen) Positive: 12 times in the past year');

  // The overview marks the part of life with both screens.
  const row = page.locator('.overview-item').filter({ hasText: 'Alcohol, drugs and smoking' });
  assert.match(await row.innerText(), /Alcohol screen positive/);
  assert.match(await row.innerText(), /Drug screen positive/);
  await screenshot(page, 'assessment-alcohol-drugs-desktop');
  await waitSaved(page);

  // --- Needs: one proposal about alcohol and drugs, with both sources.
  await page.getByRole('link', { name: /Next: Needs/ }).click();
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  const proposal = page.locator('#proposal-substance-use');
  assert.equal(
    await proposal.locator('.proposal-statement').innerText(),
    'Drinks an amount of alcohol that may harm their health; used illegal drugs or prescription medicines for non-medical reasons in the past year',
  );
  const sources = await proposal.locator('.proposal-source').allInnerTexts();
  assert.deepEqual(sources, [
    'AUDIT-C total 3 of 12, positive with the cut-off for women (3 or more is positive)',
    'Single-question drug screen: 12 times in the past year (1 or more is positive)',
  ]);
  assert.match(await proposal.innerText(), /Alcohol, drugs and smoking/);
  await proposal.getByRole('button', { name: 'Add as a need' }).click();
  await page.getByRole('group', { name: /^Need 1: Drinks an amount of alcohol/ }).waitFor();
  await screenshot(page, 'needs-alcohol-drugs-desktop');

  // Back on the Assessment step, the answers are where they were.
  await waitSaved(page);
  await page.getByRole('link', { name: /Previous: Assessment/ }).click();
  const again = await open(page, 'instrument-drug-screen');
  assert.equal(await again.getByLabel(/How many times in the past year/).inputValue(), '12');
  const auditAgain = await open(page, 'instrument-audit-c');
  assert.ok(await auditAgain.getByLabel('The cut-off for women: 3 or more is positive').isChecked());
  assert.deepEqual(page.errors, []);
});
