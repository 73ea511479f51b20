// End-to-end tests of the Goals step in real Chromium: writing a SMART goal field by field while
// the check updates, starting from the library, and finding everything again after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** A date `days` from today, as the date input wants it and as the app writes it. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` };
}

/** The verdict shown for each letter, e.g. { Specific: 'needs work', ... }. */
async function verdicts(goal) {
  const items = await goal.locator('.smart-mark strong').allInnerTexts();
  return Object.fromEntries(items.map((t) => t.split(': ')));
}

test('write a goal from scratch: each SMART letter turns from needs work to pass', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('John');
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Needs/ }).click();
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Can only walk a few steps');
  await page.getByRole('link', { name: /Next: Goals/ }).click();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();

  await page.getByRole('button', { name: 'Write a new goal' }).click();
  const goal = page.getByRole('article', { name: 'Goal 1' });
  await goal.getByText('SMART check: 0 of 5 letters pass.').waitFor();
  assert.deepEqual(await verdicts(goal), {
    Specific: 'needs work', Measurable: 'needs work', Achievable: 'needs work',
    Relevant: 'needs work', 'Time-bound': 'needs work',
  });
  assert.equal(await goal.locator('.goal-sentence').innerText(), 'By (when?), John will (do what?).');
  // Focus went to the first field.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'What will be done');

  await goal.getByLabel('What will be done').fill('improve');
  assert.match(await goal.locator('.smart-mark').first().innerText(), /“improve” is hard to see happening/);
  await goal.getByLabel('What will be done').fill('walk');
  await goal.getByLabel('Any detail (optional)').fill('without help');
  assert.equal((await verdicts(goal)).Specific, 'looks good');

  await goal.getByLabel('Unit').fill('feet');
  await goal.getByLabel('Target number').fill('50');
  assert.match(await goal.locator('.smart-mark').nth(1).innerText(), /where things are now/);
  await goal.getByLabel('Where things are now (baseline)').fill('60');
  assert.match(await goal.locator('.smart-mark').nth(1).innerText(), /lower than now/);
  await goal.getByLabel('Where things are now (baseline)').fill('10');
  assert.equal((await verdicts(goal)).Measurable, 'looks good');

  await goal.getByLabel(/How sure are you/).selectOption('5');
  assert.match(await goal.locator('.smart-mark').nth(2).innerText(), /smaller first step/);
  await goal.getByLabel(/How sure are you/).selectOption('8');
  assert.equal((await verdicts(goal)).Achievable, 'looks good');

  await goal.getByLabel('Can only walk a few steps').check();
  assert.match(await goal.locator('.smart-mark').nth(3).innerText(), /why it matters/);
  await goal.getByLabel('Why it matters, in the person\'s own words').fill('So I can get to the bus stop');
  assert.equal((await verdicts(goal)).Relevant, 'looks good');

  const due = inDays(14);
  await goal.getByLabel('Target date').fill(due.iso);
  await goal.getByText('SMART check: 5 of 5 letters pass.').waitFor();
  assert.equal(
    await goal.locator('.goal-sentence').innerText(),
    `By ${due.long}, John will walk 50 feet without help, up from 10 feet today.`,
  );
  await waitSaved(page);
  await screenshot(page, 'goals-written-desktop');

  // A goal from the library: nothing is added until it is chosen.
  await page.getByLabel('Part of life').first().selectOption({ label: 'Food' });
  assert.equal(await page.locator('.goal').count(), 1);
  await page.getByRole('button', { name: /^Use this goal\s*:\s*Use a food pantry$/ }).click();
  const second = page.getByRole('article', { name: 'Goal 2' });
  assert.match(await second.locator('.goal-sentence').innerText(), /John will visit a food pantry 2 times a month\./);
  assert.equal(await second.getByLabel('Unit').inputValue(), 'times a month');
  await second.getByLabel('Where things are now (baseline)').fill('0');
  await waitSaved(page);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  const sentences = await page.locator('.goal-sentence').allInnerTexts();
  assert.deepEqual(sentences, [
    `By ${due.long}, John will walk 50 feet without help, up from 10 feet today.`,
    'By (when?), John will visit a food pantry 2 times a month, up from 0 times a month today.',
  ]);
  await page.getByRole('article', { name: 'Goal 1' }).getByText('SMART check: 5 of 5 letters pass.').waitFor();

  // Removing the need asks first and says which goal loses the link.
  await page.getByRole('link', { name: /Previous: Needs/ }).click();
  await page.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this need?' });
  await dialog.waitFor();
  await assertAccessible(page, 'remove-need-dialog-goals');
  assert.match(await dialog.innerText(), /unlinked from the goal “By .*walk 50 feet.*”; the goal stays/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A step moves from one goal to another and keeps what was typed.
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Actions/ }).click();
  const pantry = page.locator('.goal-steps').nth(1);
  await pantry.getByRole('button', { name: 'Add a step' }).click();
  await pantry.getByLabel('What will be done').fill('Find the pantry opening hours');
  await pantry.getByRole('button', { name: 'Move to another goal' }).click();
  await pantry.getByLabel('Move this step to another goal').selectOption({ label: `Goal 1: By ${due.long}, John will walk 50 feet without help, up from 10 feet today.` });
  const walking = page.locator('.goal-steps').nth(0);
  assert.equal(await walking.getByLabel('What will be done').inputValue(), 'Find the pantry opening hours');
  assert.equal(await pantry.locator('.action-step').count(), 0);
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
});
