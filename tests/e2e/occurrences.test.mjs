// End-to-end test of following through on a repeating step in real Chromium: a weekly step
// that began three weeks ago, two of its times marked done and one missed (from What's due and
// from the Monitoring step's list of repeating steps), What's due showing the next time and the
// missed one, the count of the last times done beside the goal's progress, everything found
// again after a reload, and a changed rule keeping the marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, goTo, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date `days` from today: as the date input wants it, as the app writes it, and with its weekday. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const long = `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return { iso, long, day: `${WEEKDAYS[d.getDay()]} ${long}` };
}

const WALK = 'Walk to the mailbox';

test('a weekly step: two times done and one missed; What\'s due shows the next and the missed one, the progress counts them', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  await goTo(page, 'Needs');
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Can only walk a few steps');
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  const goalCard = page.getByRole('article').last();
  await goalCard.getByLabel('What will be done').fill('walk');
  await goalCard.getByLabel('Unit').fill('feet');
  await goalCard.getByLabel('Where things are now (baseline)').fill('10');
  await goalCard.getByLabel('Target number').fill('50');

  // Every week, the first time three weeks ago: today is a time too.
  await goTo(page, 'Actions');
  const goal = page.locator('.goal-steps').first();
  await goal.getByRole('button', { name: 'Add a step' }).click();
  const step = goal.locator('.action-step').nth(0);
  await step.getByLabel('What will be done').fill(WALK);
  await step.getByLabel('How often').selectOption({ label: 'Every week' });
  await step.getByLabel('Due date, or first time').fill(inDays(-21).iso);

  await goTo(page, 'Monitoring');
  const due = page.getByRole('region', { name: "What's due" });
  const rows = () => due.locator('.due-list > li');
  // Nothing marked: the three past times wait to be marked, and today is the next.
  await rows().nth(3).waitFor();
  let texts = await rows().allInnerTexts();
  assert.equal(texts.length, 4, texts.join('\n'));
  for (const [i, days] of [[0, -21], [1, -14], [2, -7]]) {
    assert.match(texts[i], new RegExp(`^Not marked yet: ${inDays(days).day} Step: ${WALK}`));
  }
  assert.match(texts[3], new RegExp(`^Today Step: ${WALK}`));

  // From What's due: the first time done, the last one missed.
  await due.getByRole('button', { name: `Done: ${WALK}, ${inDays(-21).long}` }).click();
  await due.getByRole('status').filter({ hasText: `Marked “Done”: ${WALK}, ${inDays(-21).long}.` }).waitFor();
  await due.getByRole('button', { name: `Missed: ${WALK}, ${inDays(-7).long}` }).click();
  await due.getByRole('status').filter({ hasText: `Marked “Missed”: ${WALK}, ${inDays(-7).long}.` }).waitFor();
  // The row of the missed time stays, said as missed; the button for "Missed" has gone from it.
  const missedRow = rows().filter({ hasText: `Missed on ${inDays(-7).long}` });
  await missedRow.waitFor();
  assert.equal(await missedRow.getByRole('button', { name: /^Missed:/ }).count(), 0);
  assert.equal(await missedRow.getByRole('button', { name: `Done: ${WALK}, ${inDays(-7).long}` }).count(), 1);

  // From the list of repeating steps: the second time done, with a note on the missed one.
  const times = page.getByRole('region', { name: 'Repeating steps: how often they were done' });
  const walk = times.locator('details').first();
  assert.match(await walk.locator('summary').innerText(), new RegExp(`${WALK}[\\s\\S]*Done 1 of the last 3 times`));
  await walk.locator('summary').click();
  assert.equal(await walk.getByLabel(`What happened on ${inDays(-21).day}?`).inputValue(), 'done');
  assert.equal(await walk.getByLabel(`What happened on ${inDays(-7).day}?`).inputValue(), 'missed');
  await walk.getByLabel(`What happened on ${inDays(-14).day}?`).selectOption({ label: 'Done' });
  await walk.locator(`[id$="-${inDays(-7).iso}-note"]`).fill('Rain all day');
  assert.match(await walk.locator('summary').innerText(), /Done 2 of the last 3 times/);

  // What's due: the missed time and today's, nothing else.
  await rows().nth(1).waitFor();
  texts = await rows().allInnerTexts();
  assert.equal(texts.length, 2, texts.join('\n'));
  assert.match(texts[0], new RegExp(`^Missed on ${inDays(-7).long} Step: ${WALK}`));
  assert.match(texts[1], new RegExp(`^Today Step: ${WALK}`));

  // The goal's progress counts the times done.
  const progress = page.getByRole('region', { name: 'Progress toward each goal' });
  const walkGoal = progress.locator('details').first();
  await walkGoal.locator('summary').click();
  assert.equal(
    (await walkGoal.getByRole('list', { name: 'Repeating steps for this goal' }).innerText()).trim(),
    `${WALK}: Done 2 of the last 3 times`,
  );

  // Marking today's time done moves the next one to next week.
  await due.getByRole('button', { name: `Done: ${WALK}, ${inDays(0).long}` }).click();
  await rows().filter({ hasText: new RegExp(`^${inDays(7).day} Step: ${WALK}`) }).waitFor();
  assert.match(await walk.locator('summary').innerText(), /Done 3 of the last 4 times/);
  await screenshot(page, 'occurrences-monitoring');
  await assertAccessible(page, 'monitoring with repeating steps marked');

  // Phone size: the marking buttons and the choice of what happened are easy to tap.
  await page.setViewportSize({ width: 375, height: 800 });
  for (const control of [
    due.getByRole('button', { name: `Done: ${WALK}, ${inDays(-7).long}` }),
    walk.getByLabel(`What happened on ${inDays(-14).day}?`),
  ]) {
    const box = await control.boundingBox();
    assert.ok(box && box.height >= 44, `tap target ${JSON.stringify(box)}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // After a reload: the marks, the note and the count are all there.
  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Monitoring/ }).waitFor();
  const walkAgain = page.getByRole('region', { name: 'Repeating steps: how often they were done' }).locator('details').first();
  assert.match(await walkAgain.locator('summary').innerText(), /Done 3 of the last 4 times/);
  await walkAgain.locator('summary').click();
  assert.equal(await walkAgain.locator(`[id$="-${inDays(-7).iso}-note"]`).inputValue(), 'Rain all day');
  const dueAgain = await page.getByRole('region', { name: "What's due" }).locator('.due-list > li').allInnerTexts();
  assert.equal(dueAgain.length, 2, dueAgain.join('\n'));
  assert.match(dueAgain[0], new RegExp(`^Missed on ${inDays(-7).long} Step: ${WALK}`));

  // A changed rule (a day later each week) keeps every mark, shown as off the schedule.
  await goTo(page, 'Actions');
  const fold = page.locator('details.step-fold').first();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await fold.getByLabel('Due date, or first time').fill(inDays(-20).iso);
  await goTo(page, 'Monitoring');
  const moved = page.getByRole('region', { name: 'Repeating steps: how often they were done' }).locator('details').first();
  await moved.locator('summary').click();
  assert.equal(await moved.getByLabel(`What happened on ${inDays(-21).day}?`).inputValue(), 'done');
  assert.equal(await moved.getByLabel(`What happened on ${inDays(-7).day}?`).inputValue(), 'missed');
  assert.equal(await moved.getByText('No longer on the schedule (kept as marked).').count(), 4);
  assert.deepEqual(page.errors, []);
});
