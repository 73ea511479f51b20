// End-to-end tests of practice cases (teaching mode): open Sandra's case, build part of a plan,
// "Check my plan" shows what was missed, our model plan beside it, reset the case, and practice
// plans never appear among real plans; a trainee hands in a file and a trainer reviews it; the
// printable case handout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, screenshot, waitSaved, goTo, artifacts, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

test('practice with Sandra: partial plan, check it, see the missed needs, start again; never a real plan', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  const cases = page.getByRole('region', { name: 'Practice cases' });
  const sandra = cases.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sandra' }) });
  await sandra.getByText('Read Sandra’s story').click();
  await sandra.getByText('She is not sure which pills she should still take').waitFor();
  await sandra.getByRole('button', { name: /^Start practising/ }).click();

  // Marked as practice on every step, with the guidance open.
  const banner = page.getByRole('region', { name: 'Practice copy: Sandra’s case' });
  await banner.waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Sandra');
  assert.notEqual(await page.locator('details.guidance').getAttribute('open'), null, 'guidance open in practice');
  await goTo(page, 'Needs');
  await banner.waitFor();

  // Before writing anything: every key need is missed.
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  const revisit = banner.locator('ul.to-revisit');
  await revisit.waitFor();
  const before = await revisit.innerText();
  assert.match(before, /A medicine schedule she can follow/);
  assert.match(before, /Fewer hospital and emergency room visits/);

  // A partial plan: one of the key needs, in the trainee's words; then check again.
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Confused about which medicines to take and when');
  await waitSaved(page);
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  await banner.locator('ul.done-well').waitFor();
  const found = await banner.locator('ul.done-well').innerText();
  assert.match(found, /medicine schedule/i, found);
  const still = await banner.locator('ul.to-revisit').innerText();
  assert.match(still, /Fewer hospital and emergency room visits/);
  assert.doesNotMatch(still, /Missed: A medicine schedule/, 'the need was found');
  assert.match(still, /“A medicine schedule she can follow” is one of the needs that matter most, but no goal is linked to it yet/);
  await screenshot(page, 'practice-check-my-plan');

  // Our model plan, beside the trainee's.
  await banner.getByRole('button', { name: 'Show our model plan beside yours' }).click();
  const model = page.getByRole('complementary', { name: 'Our model plan for Sandra' });
  await model.waitFor();
  assert.match(await model.innerText(), /Care plan:[\s\S]*Goals/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the window`);
  await screenshot(page, 'practice-model-plan-beside');
  await banner.getByRole('button', { name: 'Hide our model plan' }).click();
  await model.waitFor({ state: 'detached' });

  // Printouts say it is practice.
  await goTo(page, 'Print');
  await page.getByText('Practice copy for training — not a real plan').first().waitFor();

  // My plans: no real plan; the case can be continued or started again.
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByText('No plans yet').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).count(), 0, 'never among real plans');
  await sandra.getByRole('button', { name: /^Start again from the beginning/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the practice again?' });
  await dialog.waitFor();
  await assertAccessible(page, 'start-again-dialog');
  await dialog.getByRole('button', { name: 'Start again' }).click();
  await page.getByText('The practice copy of Sandra’s case starts again from the beginning.').waitFor();
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careplan:plan:')).length);
  assert.equal(copies, 1, 'one practice copy, fresh');
  await sandra.getByRole('link', { name: /^Continue practising/ }).click();
  await goTo(page, 'Needs');
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  assert.equal(await banner.locator('ul.to-revisit').innerText(), before, 'back to the start');
  assert.deepEqual(page.errors, []);
});

test('a trainee hands in a practice plan as a file; the trainer imports it and sees the same check', async () => {
  const trainee = await newPage(site.browser);
  await trainee.goto(`${site.url}/`);
  const johnCard = (page) => page.getByRole('region', { name: 'Practice cases' }).getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'John', exact: true }) });
  await johnCard(trainee).getByRole('button', { name: /^Start practising/ }).click();
  await goTo(trainee, 'Needs');
  await trainee.getByRole('button', { name: 'Add a need' }).click();
  await trainee.getByLabel('The need, in plain words').fill('No safe and sober place to live');
  await waitSaved(trainee);
  const banner = (page) => page.getByRole('region', { name: 'Practice copy: John’s case' });
  await banner(trainee).getByRole('button', { name: 'Check my plan' }).click();
  const theirs = await banner(trainee).locator('.feedback').innerText();
  const [download] = await Promise.all([
    trainee.waitForEvent('download'),
    banner(trainee).getByRole('button', { name: 'Save my practice plan as a file' }).click(),
  ]);
  const file = path.join(artifacts, 'handed-in-practice.json');
  await download.saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).plans[0].plan.practice, 'john');

  // The trainer, in another browser profile: import, find it under the case, same check.
  const trainer = await newPage(site.browser);
  await trainer.goto(`${site.url}/`);
  await trainer.getByLabel('Import plans from a file').setInputFiles(file);
  await johnCard(trainer).getByRole('link', { name: /^Continue practising/ }).click();
  await banner(trainer).getByRole('button', { name: 'Check my plan' }).click();
  assert.equal(await banner(trainer).locator('.feedback').innerText(), theirs);
  await trainer.getByRole('link', { name: 'Back to My plans' }).click();
  await trainer.getByText('No plans yet').waitFor();
  assert.deepEqual(trainee.errors, []);
  assert.deepEqual(trainer.errors, []);
});

test('a case handout to print: the story, the screening answers and the questions', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('link', { name: /^Case handout to print \(James\)/ }).click();
  await page.getByRole('heading', { level: 1, name: 'James’s case' }).waitFor();
  await page.getByRole('heading', { name: 'What the screening questionnaires showed' }).waitFor();
  assert.equal(await page.locator('.handout-questions > li').count(), 8);
  assert.match(await page.locator('main').innerText(), /PHQ-9/);
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.getByRole('button', { name: 'Print this handout' }).isVisible()), 'no buttons on paper');
  await screenshot(page, 'case-handout-print');
  await page.pdf({ path: path.join(artifacts, 'case-handout.pdf') });
  assert.deepEqual(page.errors, []);
});
