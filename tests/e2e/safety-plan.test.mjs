// End-to-end tests of the personal safety plan (#27 item 6), in real Chromium: PHQ-9 question 9
// answered above "Not at all" offers it beside the crisis line; the person starts it (the
// crisis line already in it), writes a few lines, finds it again from the header of any step,
// and sees it first on the printable "My plan" and on the full plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { newPage, screenshot, waitSaved, artifacts, siteAndBrowser, goTo } from './support.mjs';

const site = siteAndBrowser();

const PHQ_CHOICES = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const squash = (s) => s.replace(/\s+/g, ' ');

/** A new plan for Rosa, at the Assessment step with an assessment started. */
async function startAssessment(page) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Rosa');
  await page.getByRole('link', { name: /Next: Assessment/ }).click();
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByLabel('Date of this assessment').waitFor();
}

/** Answers the nine PHQ-9 questions with the given values (0-3). */
async function answerPhq(page, values) {
  const phq = page.locator('#instrument-phq9');
  if (!(await phq.evaluate((d) => d.open))) await phq.locator('summary').click();
  for (const [i, v] of values.entries()) {
    if (i === 2 && !(await phq.getByRole('group', { name: /^3\. / }).isVisible())) {
      await phq.getByRole('button', { name: 'Answer all nine questions' }).click();
    }
    const group = phq.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) });
    await group.getByLabel(PHQ_CHOICES[v], { exact: true }).check();
  }
  return phq;
}

const WARNING = '1. Signs that things are getting hard';
const COPING = '2. What I can do by myself to feel a bit better';
const PROFESSIONALS = '5. Professionals and services I can call';
const REASONS = '7. My reasons for living';

test('thoughts of self-harm offer a safety plan; its lines print first on My plan', async () => {
  const page = await newPage(site.browser);
  await startAssessment(page);

  // No offer before anything is answered.
  assert.equal(await page.getByRole('link', { name: 'Make my safety plan' }).count(), 0);

  // Question 9 answered "More than half the days": the crisis notice, with the offer in it,
  // below the question and at the top of the assessment.
  const phq = await answerPhq(page, [1, 1, 1, 0, 0, 0, 0, 0, 2]);
  const inline = phq.getByRole('group', { name: 'Help is available now' });
  await inline.waitFor();
  const top = page.getByRole('region', { name: 'Help is available now' });
  await top.getByRole('link', { name: 'Make my safety plan' }).waitFor();
  assert.match(await inline.innerText(), /A safety plan can help you through the hardest moments/);
  await inline.getByRole('link', { name: 'Make my safety plan' }).click();

  // The safety plan: the crisis line first, then one button to start.
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  assert.match(page.url(), /\/plans\/[0-9a-f-]+\/safety-plan$/);
  const help = page.getByRole('region', { name: 'If you need help right now' });
  assert.match(await help.innerText(), /call or text 988/);
  assert.match(await help.innerText(), /call 911/);
  await page.getByRole('button', { name: 'Start my safety plan' }).click();

  // Started: seven parts to write in, the crisis line already among whom to call, and the
  // focus in the first part.
  const parts = page.getByRole('region', { name: 'The parts of my safety plan' });
  assert.equal(await parts.locator('textarea').count(), 7);
  await page.waitForFunction(() => document.activeElement?.id === 'safety-plan-warning-signs');
  const professionals = await page.getByLabel(PROFESSIONALS).inputValue();
  assert.match(professionals, /call or text 988/);
  assert.match(professionals, /call 911/);

  await page.getByLabel(WARNING).fill('Not sleeping\nStaying in bed all day');
  await page.getByLabel(COPING).fill('Walk the dog');
  await page.getByLabel(REASONS).fill('My daughter Ana');
  await waitSaved(page);
  await screenshot(page, 'safety-plan');

  // From any step, the plan's header leads back to it, with what was written.
  await goTo(page, 'Goals');
  await page.getByRole('link', { name: 'My safety plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  assert.equal(await page.getByLabel(COPING).inputValue(), 'Walk the dog');

  // Its own address opens it again after a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  assert.equal(await page.getByLabel(WARNING).inputValue(), 'Not sleeping\nStaying in bed all day');

  // Back on the assessment, the offer now opens the plan already made.
  await goTo(page, 'Assessment');
  await page.getByRole('region', { name: 'Help is available now' })
    .getByRole('link', { name: 'Open my safety plan' }).waitFor();

  // My plan: the safety plan comes first, only the parts written in, lines as typed.
  await goTo(page, 'Print');
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.waitFor();
  const first = mine.locator('.print-section').first();
  assert.equal(await first.locator('h3').innerText(), 'My safety plan');
  assert.deepEqual(await first.locator('h4').allInnerTexts(), [WARNING, COPING, PROFESSIONALS, REASONS]);
  const written = await first.locator('li').allInnerTexts();
  assert.deepEqual(written.filter((l) => !/988|911|Veterans/.test(l)),
    ['Not sleeping', 'Staying in bed all day', 'Walk the dog', 'My daughter Ana']);
  assert.ok(written.some((l) => /call or text 988/.test(l)), 'the crisis line is in it');
  await screenshot(page, 'safety-plan-my-plan');

  // On paper too, before everything else.
  fs.mkdirSync(artifacts, { recursive: true });
  const pdf = path.join(artifacts, 'safety-plan-my-plan.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
  const at = ['My safety plan', 'Not sleeping', 'Walk the dog', 'My daughter Ana', 'What matters to me']
    .map((s) => text.indexOf(s));
  assert.ok(at.every((i) => i >= 0) && at.every((i, n) => n === 0 || at[n - 1] < i), `in order on paper: ${at}`);
  assert.doesNotMatch(text, /Start my safety plan|Make my safety plan/);

  // The full plan shows it first as well.
  await page.getByRole('radio', { name: 'The full plan' }).check();
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await full.waitFor();
  assert.equal(await full.locator('.print-section').first().locator('h3').innerText(), 'My safety plan');
  assert.deepEqual(page.errors, []);
});

test('a safety plan can be started at any time, from the header of any step', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  await page.getByRole('link', { name: 'My safety plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  // Nothing is written until the person starts it.
  assert.equal(await page.locator('textarea').count(), 0);
  await page.getByRole('button', { name: 'Start my safety plan' }).click();
  await page.getByLabel(REASONS).fill('My garden');
  await waitSaved(page);
  // Printed, only what is in it: the crisis line and the reason written.
  await goTo(page, 'Print');
  await page.getByRole('radio', { name: 'My plan' }).check();
  const first = page.getByRole('article', { name: 'My plan, as it will be printed' }).locator('.print-section').first();
  assert.deepEqual(await first.locator('h4').allInnerTexts(), [PROFESSIONALS, REASONS]);
  assert.match(await first.innerText(), /My garden/);
  assert.deepEqual(page.errors, []);
});
