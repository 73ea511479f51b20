// End-to-end tests of action steps in real Chromium: steps with different owners and a weekly
// repeat, a step suggested by a barrier, removing a care-team member who owns a step, and a big
// plan whose steps show as one line each until opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, waitSaved, siteAndBrowser, assertAccessible } from './support.mjs';

const MARIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');

const site = siteAndBrowser();

const stepBar = (page) => page.getByRole('navigation', { name: 'Steps of the plan' });

test('steps with different owners and a weekly repeat; removing an owner warns and keeps the step', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('John');
  for (const [role, name] of [['Case manager', 'Ana'], ['Family', 'Rosa']]) {
    await page.getByRole('button', { name: 'Add a team member' }).click();
    const member = page.locator('.member').last();
    await member.getByLabel('Role').fill(role);
    await member.getByLabel('Name', { exact: true }).fill(name);
  }

  // A barrier in the assessment becomes a suggested step.
  await stepBar(page).getByRole('link', { name: /^Assessment/ }).click();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('#domain-transportation summary').click();
  await page.locator('#domain-transportation').getByLabel('No easy way to get there').check();

  await stepBar(page).getByRole('link', { name: /^Goals/ }).click();
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  await page.getByLabel('What will be done').fill('go to every clinic appointment');

  await page.getByRole('link', { name: /Next: Actions/ }).click();
  await page.getByRole('heading', { level: 1, name: /Actions & services/ }).waitFor();
  const goal = page.locator('.goal-steps').first();
  assert.match(await goal.locator('h2').innerText(), /^Goal 1: By \(when\?\), John will go to every clinic appointment\.$/);

  await goal.getByRole('button', { name: 'Add a step' }).click();
  let step = goal.locator('.action-step').nth(0);
  await step.getByLabel('What will be done').fill('Take my evening pills');
  await step.getByLabel('Who does it').selectOption({ label: 'John' });
  await step.getByLabel('How often').selectOption({ label: 'Every week' });
  await step.getByLabel('Due date, or first time').fill('2026-12-01');
  await step.getByLabel('Repeats until').fill('2027-01-31');
  assert.equal(await step.locator('.step-when').innerText(), 'Every week from 1 December 2026 until 31 January 2027');

  await goal.getByRole('button', { name: 'Add a step' }).click();
  step = goal.locator('.action-step').nth(1);
  await step.getByLabel('What will be done').fill('Drive John to the clinic');
  await step.getByLabel('Who does it').selectOption({ label: 'Rosa (Family)' });
  await step.getByLabel('Due date, or first time').fill('2026-12-03');

  await goal.getByLabel(/deals with a barrier/).selectOption({ label: 'No easy way to get there: Arrange a ride service for appointments' });
  await goal.getByRole('button', { name: 'Add this step' }).click();
  step = goal.locator('.action-step').nth(2);
  assert.equal(await step.getByLabel('What will be done').inputValue(), 'Arrange a ride service for appointments');
  assert.equal(await step.getByLabel('Barrier it deals with').inputValue(), 'transportation');
  await step.getByLabel('Who does it').selectOption({ label: 'Ana (Case manager)' });
  await step.getByLabel('Status').selectOption({ label: 'In progress' });
  // The person's step matters most: move the ride step up one place.
  await step.getByRole('button', { name: 'Move up' }).click();

  // A referral to a ride program, linked to the goal, doing one of the steps.
  await page.getByRole('button', { name: 'Add a service or referral' }).click();
  const service = page.locator('.service').first();
  await service.getByLabel('Organization or resource').fill('County Ride Program');
  await service.getByLabel('Type').selectOption({ label: 'Transportation' });
  await service.getByLabel('Status').selectOption({ label: 'Referral sent' });
  await service.getByLabel('Referral date').fill('2026-11-20');
  await service.getByLabel('Next appointment').fill('2026-12-02');
  await service.getByLabel('Contact details').fill('555-0199, Mon-Fri 8-4');
  await service.getByLabel(/^Goal 1: /).check();
  await page.getByRole('group', { name: /^County Ride Program$/ }).waitFor();
  await page.locator('.action-step').nth(1).getByLabel('Who does it').selectOption({ label: 'County Ride Program' });
  await waitSaved(page);
  await screenshot(page, 'actions-desktop');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Actions & services/ }).waitFor();
  const legends = await page.locator('.action-step legend').allInnerTexts();
  assert.deepEqual(legends, [
    'Step 1: Take my evening pills',
    'Step 2: Arrange a ride service for appointments',
    'Step 3: Drive John to the clinic',
  ]);
  const owner = (n) => page.locator('.action-step').nth(n).getByLabel('Who does it');
  const chosen = (n) => owner(n).evaluate((s) => s.options[s.selectedIndex].text);
  assert.deepEqual([await chosen(0), await chosen(2)], ['John', 'Rosa (Family)']);
  assert.equal(await page.locator('.action-step').nth(1).getByLabel('Status').inputValue(), 'in-progress');
  assert.equal(await chosen(1), 'County Ride Program');
  const saved = page.locator('.service').first();
  assert.equal(await saved.getByLabel('Status').inputValue(), 'referred');
  assert.equal(await saved.getByLabel('Next appointment').inputValue(), '2026-12-02');
  assert.ok(await saved.getByLabel(/^Goal 1: /).isChecked());

  // Rosa owns a step: removing her says so, and the step stays with no one assigned.
  await stepBar(page).getByRole('link', { name: /^Intake/ }).click();
  await page.getByRole('group', { name: /Rosa \(Family\)/ }).getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove from the care team?' });
  await dialog.waitFor();
  await assertAccessible(page, 'remove-member-dialog');
  assert.match(await dialog.innerText(), /They do 1 action step: “Drive John to the clinic”\. Those steps stay, with no one assigned\./);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await waitSaved(page);
  await stepBar(page).getByRole('link', { name: /^Actions/ }).click();
  await page.locator('.action-step').nth(2).waitFor();
  assert.equal(await chosen(2), 'Not decided yet');
  assert.equal(await page.locator('.action-step').nth(2).getByLabel('What will be done').inputValue(), 'Drive John to the clinic');
  assert.deepEqual(page.errors, []);
});

test('a plan with many steps shows each as one line (who, when, status) until opened; a new step opens ready', async () => {
  // María's plan (3 steps) with 40 more steps on her first goal, as a plan file.
  const file = JSON.parse(fs.readFileSync(MARIA, 'utf8'));
  const plan = file.plans[0].plan;
  const first = plan.goals[0].steps[0];
  for (let i = 1; i <= 40; i++) {
    plan.goals[0].steps.push({ id: crypto.randomUUID(), what: `Extra step ${i}`, owner: 'person', due: null,
      repeat: null, until: null, how: '', status: 'done', barrier: null });
  }
  const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-')), 'big-plan.json');
  fs.writeFileSync(big, JSON.stringify(file));

  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(big);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  await page.goto(`${site.url}/plans/${plan.id}/actions`);
  await page.getByRole('heading', { level: 1, name: /Actions & services/ }).waitFor();

  // Every step is one line: no fields are built until a step is opened.
  const steps = page.locator('.goal-steps').first().locator('.action-step');
  assert.equal(await steps.count(), 42);
  assert.equal(await page.getByLabel('What will be done').count(), 0);
  const line = steps.nth(0).locator('summary');
  assert.equal(await line.locator('.step-name').innerText(), 'Step 1: Fill the weekly pill box');
  assert.equal(await line.locator('.step-facts').innerText(),
    'Ana Ruiz (Case manager) \u00b7 Every week from 1 December 2026 until 31 January 2027 \u00b7 Not started');
  assert.match(await steps.nth(41).locator('.step-facts').innerText(), /^María López · No date yet · Done$/);
  await screenshot(page, 'actions-many-steps');

  // Opened with the keyboard, its fields show what is saved; a change shows in its line.
  await line.focus();
  await page.keyboard.press('Enter');
  const what = steps.nth(0).getByLabel('What will be done');
  assert.equal(await what.inputValue(), first.what);
  await what.fill('Fill the pill box every Sunday');
  await steps.nth(0).getByLabel('Status').selectOption({ label: 'In progress' });
  assert.equal(await line.locator('.step-name').innerText(), 'Step 1: Fill the pill box every Sunday');
  assert.match(await line.locator('.step-facts').innerText(), /· In progress$/);
  await waitSaved(page);

  // A step added now opens ready to fill in, its first field focused.
  await page.locator('.goal-steps').first().getByRole('button', { name: 'Add a step' }).click();
  const added = steps.nth(42);
  await added.getByLabel('What will be done').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), await added.getByLabel('What will be done').getAttribute('id'));
  await page.keyboard.type('Call the pharmacy');
  await waitSaved(page);
  await assertAccessible(page, 'actions with many steps, two open');

  // After a reload, the change is kept and every step is one line again.
  await page.reload();
  await steps.nth(0).waitFor();
  assert.equal(await page.getByLabel('What will be done').count(), 0);
  assert.equal(await steps.nth(0).locator('.step-name').innerText(), 'Step 1: Fill the pill box every Sunday');
  assert.equal(await steps.nth(42).locator('.step-name').innerText(), 'Step 43: Call the pharmacy');
  await page.context().close();
});
