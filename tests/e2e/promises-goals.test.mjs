// End-to-end tests of two promises of issue #26 in real Chromium: the Goal Attainment Scaling
// levels can be written when the goal is set (Goals step) and are the same ones the Evaluation
// step scores, edited from either side; and a goal tells one story about its status: where it
// stands in the plan (Goals) and how it is going (Monitoring), each named as such, an entry or a
// chosen status moving a goal not begun to "Working on it".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, goTo, siteAndBrowser } from './support.mjs';

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

/** The five levels, worst first, with what each would look like for the walking goal. */
const LEVELS = [
  ['Much less than expected', 'Walks 10 feet or less'],
  ['Less than expected', 'Walks 25 feet'],
  ['Expected outcome', 'Walks 50 feet alone'],
  ['More than expected', 'Walks to the mailbox'],
  ['Much more than expected', 'Walks to the bus stop'],
];

/** A new plan for Maria with the given goals ([what, unit, baseline, target]), written on Goals. */
async function planWithGoals(page, goals) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  await goTo(page, 'Goals');
  for (const [what, unit, baseline, target] of goals) {
    await page.getByRole('button', { name: 'Write a new goal' }).click();
    const goal = page.getByRole('article').last();
    await goal.getByLabel('What will be done').fill(what);
    await goal.getByLabel('Unit').fill(unit);
    await goal.getByLabel('Where things are now (baseline)').fill(baseline);
    await goal.getByLabel('Target number').fill(target);
    await goal.getByLabel('Start date').fill(inDays(-14).iso);
    await goal.getByLabel('Target date').fill(inDays(60).iso);
  }
}

/** A level's text box, by the level's name (exact: "Less than expected" is inside "Much less …"). */
const levelBox = (scope, name) => scope.getByRole('textbox', { name, exact: true });

test('GAS levels written on Goals are the ones on Evaluation, and an edit there shows on Goals', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page, [['walk', 'feet', '10', '50']]);
  const goal = page.getByRole('article', { name: 'Goal 1' });

  // Offered on the goal itself, folded, with a plain explanation.
  const scale = goal.locator('details.goal-gas');
  assert.equal(await scale.getAttribute('open'), null, 'folded while no level is written');
  await scale.getByText('How will we score this goal? (optional)').click();
  await scale.getByText(/^Best done now, while the goal is fresh\./).waitFor();
  assert.match(await scale.locator('p.hint').first().innerText(),
    /They are the same words as on the Evaluation step: a change in one place shows in the other\.$/);
  for (const [name, text] of LEVELS) await levelBox(scale, name).fill(text);
  await scale.getByLabel('How much this goal counts (weight)').selectOption('3');
  await waitSaved(page);
  await screenshot(page, 'promises-goals-gas-on-goals');

  // The same levels and weight on Evaluation, whose hint says where else they are written.
  await goTo(page, 'Evaluation');
  await page.getByText(/the Goals step offers the same levels under “How will we score this goal\?”/).waitFor();
  const card = page.getByRole('region', { name: 'Each goal' }).locator('details').first();
  await card.locator('summary').click();
  for (const [name, text] of LEVELS) assert.equal(await levelBox(card, name).inputValue(), text, name);
  assert.equal(await card.getByLabel('How much this goal counts (weight)').inputValue(), '3');

  // Changed on Evaluation: the Goals step shows the change, its scale open as it has levels.
  await levelBox(card, 'More than expected').fill('Walks to the mailbox and back');
  await card.getByLabel('How much this goal counts (weight)').selectOption('2');
  await waitSaved(page);
  await goTo(page, 'Goals');
  await goal.getByText('Edit this goal').click();
  assert.notEqual(await scale.getAttribute('open'), null, 'open: levels are written');
  assert.equal(await levelBox(scale, 'More than expected').inputValue(), 'Walks to the mailbox and back');
  assert.equal(await levelBox(scale, 'Expected outcome').inputValue(), 'Walks 50 feet alone');
  assert.equal(await scale.getByLabel('How much this goal counts (weight)').inputValue(), '2');

  // Kept after a reload, in one place: Evaluation reads what Goals wrote last.
  await levelBox(scale, 'Much more than expected').fill('Walks to the bus stop on her own');
  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  await goTo(page, 'Evaluation');
  const again = page.getByRole('region', { name: 'Each goal' }).locator('details').first();
  await again.locator('summary').click();
  assert.equal(await levelBox(again, 'Much more than expected').inputValue(), 'Walks to the bus stop on her own');
  assert.equal(await levelBox(again, 'More than expected').inputValue(), 'Walks to the mailbox and back');
  assert.deepEqual(page.errors, []);
});

test('one status story: where a goal stands in the plan on Goals, how it is going on Monitoring', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page, [['walk', 'feet', '10', '50'], ['call a friend', 'calls a week', '0', '3']]);
  const walkGoal = page.getByRole('article', { name: 'Goal 1' });
  const callGoal = page.getByRole('article', { name: 'Goal 2' });
  const stands = 'Where this goal stands in the plan';

  // On Goals (both goals open, as just written): where it stands in the plan, and how it is
  // going named as such.
  await walkGoal.getByLabel(stands).selectOption({ label: 'Planned' });
  await callGoal.getByLabel(stands).selectOption({ label: 'Planned' });
  await walkGoal.getByText('How it is going (kept on the Monitoring step): Not started yet.').waitFor();
  await waitSaved(page);

  // On Monitoring: a planned goal is not "In progress" but not started yet, and the open goal
  // says where it stands in the plan.
  await goTo(page, 'Monitoring');
  const progress = page.getByRole('region', { name: 'Progress toward each goal' });
  const walk = progress.locator('details').first();
  const call = progress.locator('details').nth(1);
  const summary = await walk.locator('summary').innerText();
  assert.match(summary, /How it is going: Not started yet · no entries yet/);
  assert.doesNotMatch(summary, /In progress/);
  await walk.locator('summary').click();
  const inPlan = walk.locator('p.in-plan');
  assert.equal(await inPlan.innerText(), 'Where this goal stands in the plan (set on the Goals step): Planned.');

  // An entry: work has begun, so the goal is now "Working on it", and the screen says so.
  await walk.getByLabel('Date').fill(inDays(0).iso);
  await walk.getByLabel('Value (in feet)').fill('20');
  await walk.getByRole('button', { name: 'Add entry' }).click();
  await walk.getByText('Entry added. This goal is now “Working on it” in the plan (Goals step).').waitFor();
  assert.equal(await inPlan.innerText(), 'Where this goal stands in the plan (set on the Goals step): Working on it.');
  assert.match(await walk.locator('summary').innerText(), /How it is going: Getting better · 25% of the way/);
  await screenshot(page, 'promises-goals-monitoring');

  // Choosing how it is going moves a goal not begun too.
  await call.locator('summary').click();
  await call.getByLabel('How is it going?').selectOption({ label: 'Reached' });
  await call.getByText('This goal is now “Working on it” in the plan (Goals step).').waitFor();
  assert.match(await call.locator('summary').innerText(), /How it is going: Reached · no entries yet/);
  await waitSaved(page);

  // Back on Goals: the same story, in the same words.
  await goTo(page, 'Goals');
  await walkGoal.getByText('Edit this goal').click();
  await callGoal.getByText('Edit this goal').click();
  assert.equal(await walkGoal.getByLabel(stands).inputValue(), 'active');
  assert.equal(await walkGoal.getByLabel(stands).evaluate((s) => s.options[s.selectedIndex].text), 'Working on it');
  await walkGoal.getByText('How it is going (kept on the Monitoring step): Getting better.').waitFor();
  assert.equal(await callGoal.getByLabel(stands).inputValue(), 'active');
  await callGoal.getByText('How it is going (kept on the Monitoring step): Reached.').waitFor();

  // Set back to "Planned" with progress recorded: the screen points it out.
  await walkGoal.getByLabel(stands).selectOption({ label: 'Planned' });
  const note = 'Progress is recorded for this goal, yet it is marked “Planned”. If work has begun, choose “Working on it”.';
  await walkGoal.getByText(note).waitFor();
  await walkGoal.getByLabel(stands).selectOption({ label: 'Working on it' });
  await walkGoal.getByText(note).waitFor({ state: 'detached' });
  await waitSaved(page);

  // The printout says both, with the same words.
  await goTo(page, 'Print');
  const printed = await page.getByRole('article', { name: 'The full plan, as it will be printed' }).innerText();
  assert.ok(printed.includes('Where it stands in the plan: Working on it'), printed);
  assert.ok(printed.includes('How it is going: Getting better · 25% of the way'), printed);
  assert.ok(printed.includes('How it is going: Reached · no entries yet'), printed);
  assert.deepEqual(page.errors, []);
});
