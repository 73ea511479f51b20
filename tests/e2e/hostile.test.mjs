// End-to-end tests of hostile text in real Chromium: script and markup typed into every text
// field of every step, and brought in by an imported file, shows as text on screen and on
// paper, and nothing runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newPage, waitSaved, artifacts, goTo, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

// Each would set window.pwned, or open a dialog, if the app ever treated text as markup.
const PAYLOADS = [
  '<img src=x onerror="window.pwned=1;alert(1)">',
  '<script>window.pwned=2</script>',
  'javascript:window.pwned=3',
  '"><svg onload="window.pwned=4">',
];

/** A page that records dialogs; `window.pwned` tells whether any payload ran. */
async function watchedPage() {
  const page = await newPage(site.browser);
  page.dialogs = [];
  page.on('dialog', async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  return page;
}

async function nothingRan(page) {
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no payload ran');
  // No element came from the text: the app never draws an <img src="x"> or a <script> in the page.
  assert.equal(await page.locator('main img[src="x"], main script, main svg[onload]').count(), 0);
}

/** Fills every visible text field in the main area with a payload, numbered. */
async function fillEverything(page, tag) {
  const fields = page.locator([
    'main input[type="text"]:visible', 'main input[type="tel"]:visible', 'main input[type="email"]:visible',
    'main input[type="search"]:visible', 'main textarea:visible',
  ].join(', '));
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    if (await field.isDisabled()) continue;
    await field.fill(`${PAYLOADS[i % PAYLOADS.length]} ${tag}${i}`);
  }
  return count;
}

test('script and markup typed into every field of every step show as text, and nothing runs', async () => {
  const page = await watchedPage();
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('button', { name: 'Add a team member' }).click();
  const filled = { intake: await fillEverything(page, 'intake') };

  await goTo(page, 'Needs');
  await page.getByRole('button', { name: 'Add a need' }).click();
  filled.need = await fillEverything(page, 'need');

  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  filled.goal = await fillEverything(page, 'goal');

  await goTo(page, 'Actions');
  await page.locator('.goal-steps').first().getByRole('button', { name: 'Add a step' }).click();
  await page.getByRole('button', { name: 'Add a service or referral' }).click();
  filled.action = await fillEverything(page, 'action');

  await goTo(page, 'Monitoring');
  await page.getByRole('button', { name: 'Record a review' }).click();
  await page.getByRole('region', { name: 'Progress toward each goal' }).locator('summary').first().click();
  await page.getByLabel('Note (optional)').waitFor();
  filled.monitoring = await fillEverything(page, 'monitoring');

  await goTo(page, 'Evaluation');
  await page.getByRole('region', { name: 'Each goal' }).locator('summary').first().click();
  await page.getByRole('textbox', { name: 'Expected outcome' }).waitFor();
  filled.evaluation = await fillEverything(page, 'evaluation');

  await goTo(page, 'Transition');
  filled.transition = await fillEverything(page, 'transition');
  for (const [step, n] of Object.entries(filled)) assert.ok(n > 0, `${step}: ${n} fields filled`);
  const total = Object.values(filled).reduce((a, b) => a + b, 0);
  assert.ok(total >= 30, `${total} fields filled: ${JSON.stringify(filled)}`);
  await nothingRan(page);

  // Shown literally where the app writes text (not only in fields): the goal sentence.
  await goTo(page, 'Goals');
  assert.ok((await page.locator('.goal-sentence').first().innerText()).includes('<'), 'markup in the sentence as text');

  // Reloaded from storage, and printed.
  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  await goTo(page, 'Print');
  const onScreen = await page.getByRole('article', { name: 'The full plan, as it will be printed' }).innerText();
  for (const p of PAYLOADS) assert.ok(onScreen.includes(p), `“${p}” shows as text on screen`);
  await nothingRan(page);
  const pdf = path.join(artifacts, 'hostile-full.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const paper = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const p of PAYLOADS) assert.ok(paper.includes(p), `“${p}” is printed as text`);
  await page.getByRole('radio', { name: 'My plan' }).check();
  await page.getByRole('article', { name: 'My plan, as it will be printed' }).waitFor();
  await nothingRan(page);
  assert.deepEqual(page.errors, []);
});

test('an imported file full of script and markup shows it as text, and nothing runs', async () => {
  const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');
  const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  const plan = file.plans[0].plan;
  plan.person.name = PAYLOADS[0];
  plan.title = PAYLOADS[1];
  plan.person.what_matters = PAYLOADS[3];
  plan.needs[0].statement = PAYLOADS[2];
  plan.goals[0].action = PAYLOADS[0];
  plan.goals[0].steps[0].what = PAYLOADS[1];
  plan.care_team[0].name = PAYLOADS[3];
  plan.services[0].organization = PAYLOADS[2];
  const hostile = path.join(artifacts, 'hostile-plan.json');
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(hostile, JSON.stringify(file));

  const page = await watchedPage();
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(hostile);
  await page.getByRole('status').filter({ hasText: /^Imported 1 plan/ }).waitFor();
  await nothingRan(page);
  const list = await page.locator('main').innerText();
  assert.ok(list.includes(PAYLOADS[0]) && list.includes(PAYLOADS[1]), 'name and title show as text on My plans');
  await page.locator('li.plan-card').first().getByRole('link').first().click();
  for (const step of ['Intake', 'Needs', 'Goals', 'Actions', 'Print']) {
    await goTo(page, step);
    await nothingRan(page);
  }
  const printed = await page.getByRole('article', { name: 'The full plan, as it will be printed' }).innerText();
  for (const p of PAYLOADS) assert.ok(printed.includes(p), `“${p}” shows as text in the printout`);
  assert.deepEqual(page.errors, []);
});
