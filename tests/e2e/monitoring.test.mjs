// End-to-end tests of Monitoring, Evaluation and Transition in real Chromium: a review schedule,
// progress entries drawn as a chart with a table beside it, What's due in the plan and on My
// plans, a review, Goal Attainment Scaling with its T-score, closing and reopening a plan, and
// everything found again after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, screenshot, waitSaved, artifacts, goTo, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** `2026-12-05` as an iCalendar DATE: `20261205`. */
const icsDate = (iso) => iso.replaceAll('-', '');

/** A date `days` from today, as the date input wants it and as the app writes it. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` };
}

/** A new plan for Maria with two goals (walking, calling a friend), and any `extra` ones. */
async function planWithGoals(page, extra = []) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  await goTo(page, 'Needs');
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Can only walk a few steps');
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').last().fill('Lonely since moving');
  await goTo(page, 'Goals');
  for (const [what, unit, baseline, target] of [['walk', 'feet', '10', '50'], ['call a friend', 'calls a week', '0', '3'], ...extra]) {
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

test('monitoring: schedule, progress with chart and table, suggested status, What\'s due, a review; reload keeps it', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page);
  const walkGoal = `By ${inDays(60).long}, Maria will walk 50 feet, up from 10 feet today.`;

  // A step due tomorrow, and an overdue one.
  await goTo(page, 'Actions');
  const goal = page.locator('.goal-steps').first();
  await goal.getByRole('button', { name: 'Add a step' }).click();
  await goal.locator('.action-step').nth(0).getByLabel('What will be done').fill('Walk to the mailbox with Rosa');
  await goal.locator('.action-step').nth(0).getByLabel('Due date, or first time').fill(inDays(1).iso);
  await goal.getByRole('button', { name: 'Add a step' }).click();
  await goal.locator('.action-step').nth(1).getByLabel('What will be done').fill('Ask the doctor about a walker');
  await goal.locator('.action-step').nth(1).getByLabel('Due date, or first time').fill(inDays(-3).iso);

  await goTo(page, 'Monitoring');
  const due = page.getByRole('region', { name: "What's due" });
  const dueNow = await due.locator('li').allInnerTexts();
  assert.equal(dueNow.length, 2, dueNow.join('\n'));
  assert.match(dueNow[0], new RegExp(`^Overdue since ${inDays(-3).long} Step: Ask the doctor about a walker$`));
  assert.match(dueNow[1], /^Tomorrow Step: Walk to the mailbox with Rosa$/);

  // Review schedule: every 2 weeks from the plan's start (today), plus a chosen date sooner.
  const schedule = page.getByRole('region', { name: 'When the plan is reviewed' });
  assert.equal(await schedule.locator('.next-review').innerText(), 'No review planned yet.');
  await schedule.getByLabel('Review every').selectOption('2');
  await schedule.getByLabel('Days, weeks or months').selectOption({ label: 'weeks' });
  assert.equal(await schedule.locator('.next-review').innerText(), `Next review: ${inDays(14).long}.`);
  await schedule.getByLabel('Add a review on a chosen date').fill(inDays(5).iso);
  await schedule.getByRole('button', { name: 'Add this date' }).click();
  assert.equal(await schedule.locator('.next-review').innerText(), `Next review: ${inDays(5).long}.`);
  await due.getByText(/Plan review: Talk through how the plan is going/).waitFor();

  // Progress entries for the walking goal: 20 then 30 feet.
  const progress = page.getByRole('region', { name: 'Progress toward each goal' });
  const walk = progress.locator('details').first();
  assert.match(await walk.locator('summary').innerText(), /no entries yet/);
  await walk.locator('summary').click();
  await walk.getByLabel('Date').fill(inDays(-7).iso);
  await walk.getByLabel('Value (in feet)').fill('20');
  await walk.getByLabel('Note (optional)').fill('With a cane');
  await walk.getByRole('button', { name: 'Add entry' }).click();
  await walk.getByText('Entry added.').waitFor();
  // Typed out of order: the table and the chart put them in date order.
  await walk.getByLabel('Date').fill(inDays(0).iso);
  await walk.getByLabel('Value (in feet)').fill('30');
  await walk.getByRole('button', { name: 'Add entry' }).click();
  await walk.getByRole('row').nth(2).waitFor();
  await walk.getByLabel('Date').fill(inDays(-3).iso);
  await walk.getByLabel('Value (in feet)').fill('26');
  await walk.getByRole('button', { name: 'Add entry' }).click();
  await walk.getByRole('row').nth(3).waitFor();

  const rows = await walk.getByRole('table', { name: 'Progress entries' }).getByRole('row').allInnerTexts();
  assert.deepEqual(rows.slice(1).map((r) => r.split('\t').slice(0, 4).map((c) => c.trim())), [
    [inDays(-7).long, '20 feet', '25%', 'With a cane'],
    [inDays(-3).long, '26 feet', '40%', ''],
    [inDays(0).long, '30 feet', '50%', ''],
  ]);
  assert.match(await walk.locator('summary').innerText(), /Getting better · 50% of the way/);
  assert.match(await walk.locator('.achievement .hint').innerText(), /^Suggested: Getting better\./);
  // The chart: a starting point, three dots, the target line.
  const chart = walk.getByRole('img');
  assert.equal(await chart.locator('circle.entry').count(), 3);
  assert.equal(await chart.locator('rect.baseline').count(), 1);
  assert.equal(await chart.locator('line.target').count(), 1);
  await screenshot(page, 'monitoring-progress');

  // The person confirms a different status; the summary follows.
  await walk.getByLabel('How is it going?').selectOption({ label: 'In progress' });
  assert.match(await walk.locator('summary').innerText(), /In progress · 50% of the way/);

  // A review with a note on each goal.
  const reviews = page.getByRole('region', { name: 'Reviews' });
  await reviews.getByRole('button', { name: 'Record a review' }).click();
  // Focus moves to the new review's first field once it is drawn.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'Who took part');
  await reviews.getByLabel('Who took part').fill('Maria, Rosa, Ana');
  await reviews.getByLabel('What was decided').fill('Keep walking daily');
  await reviews.getByLabel(/^Goal 1: /).fill('Halfway there');
  // Recording a review today moves the next regular one to two weeks from today; the chosen
  // date, after today, still comes first.
  assert.equal(await schedule.locator('.next-review').innerText(), `Next review: ${inDays(5).long}.`);

  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Monitoring/ }).waitFor();
  const walkAgain = page.getByRole('region', { name: 'Progress toward each goal' }).locator('details').first();
  assert.match(await walkAgain.locator('summary').innerText(), new RegExp(`${walkGoal.replace(/[.()]/g, '\\$&')}[\\s\\S]*In progress · 50% of the way`));
  await walkAgain.locator('summary').click();
  // What a closed section holds is drawn when it opens.
  await walkAgain.getByRole('table', { name: 'Progress entries' }).getByRole('row').nth(3).waitFor();
  assert.equal(await walkAgain.getByRole('table', { name: 'Progress entries' }).getByRole('row').count(), 4);
  assert.equal(await walkAgain.getByLabel('How is it going?').inputValue(), 'in-progress');
  const review = page.getByRole('region', { name: 'Reviews' }).locator('details').first();
  assert.match(await review.locator('summary').innerText(), new RegExp(`Review of ${inDays(0).long}`));
  await review.locator('summary').click();
  assert.equal(await review.getByLabel('Who took part').inputValue(), 'Maria, Rosa, Ana');
  assert.equal(await review.getByLabel(/^Goal 1: /).inputValue(), 'Halfway there');

  // Removing an entry asks nothing (it is one line) and updates the percentage.
  await walkAgain.getByRole('button', { name: `Remove the entry of ${inDays(0).long}` }).click();
  assert.match(await walkAgain.locator('summary').innerText(), /40% of the way/);

  // My plans lists what is due across plans, with the plan named and linked.
  await waitSaved(page);
  await page.goto(`${site.url}/`);
  const dueAll = page.getByRole('region', { name: "What's due" });
  await dueAll.locator('li').first().waitFor();
  const lines = await dueAll.locator('li').allInnerTexts();
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.match(lines[0], /^Overdue since .* Step: Ask the doctor about a walker \(Maria: Untitled plan\)$/);
  assert.match(lines[1], /^Tomorrow Step: Walk to the mailbox with Rosa \(Maria: Untitled plan\)$/);
  assert.match(lines[2], new RegExp(`^\\w+day ${inDays(5).long} Plan review: Talk through how the plan is going \\(Maria: Untitled plan\\)$`));
  await screenshot(page, 'monitoring-my-plans-due');
  await dueAll.getByRole('link', { name: '(Maria: Untitled plan)' }).first().click();
  await page.getByRole('heading', { level: 1, name: /Monitoring/ }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('evaluation: GAS levels and scores for three goals give the T-score; outcomes and the plan summary', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page, [['cook a hot meal', 'meals a week', '1', '4']]);
  await goTo(page, 'Evaluation');
  const score = page.locator('.gas-score');
  assert.equal(await score.innerText(), 'No GAS score yet: score at least one goal. 3 goals are not scored yet and are left out.');

  const cards = page.getByRole('region', { name: 'Each goal' }).locator('details');
  const level = (n, name) => cards.nth(n).getByRole('radio', { name, exact: true }).check();
  const weight = (n, w) => cards.nth(n).getByLabel('How much this goal counts (weight)').selectOption(w);
  for (const n of [0, 1, 2]) await cards.nth(n).locator('summary').click();
  await cards.nth(0).getByRole('textbox', { name: 'Expected outcome' }).fill('Walks 50 feet alone');
  // One goal scored +1: T = 50 + 10 x = 60.
  await level(0, '+1 More than expected');
  assert.match(await score.innerText(), /^GAS score: 60\.0\./);
  assert.match(await score.innerText(), /2 goals are not scored yet and are left out\.$/);
  // Worked example G1 of the reference: 0, +1, -1 with equal weights gives 50.
  await level(1, '0 Expected outcome');
  await level(2, '\u22121 Less than expected');
  assert.match(await score.innerText(), /^GAS score: 50\.0\. .*Based on 3 scored goals\.$/);
  // Worked example G3: weights 3, 2, 1 and scores -1, 0, +2 give 47.7967.
  await level(0, '\u22121 Less than expected');
  await level(2, '+2 Much more than expected');
  await weight(0, '3');
  await weight(1, '2');
  assert.match(await score.innerText(), /^GAS score: 47\.8\. Overall, goals were met less well than expected\./);
  // Weights 1 to 10 are offered, 1 the usual; a weight of 6 (as in worked example G4) counts:
  // weights 3, 2, 6 and scores -1, 0, +2 give 60.7112.
  assert.deepEqual(await cards.nth(2).getByLabel('How much this goal counts (weight)').evaluate((s) => [...s.options].map((o) => o.text)),
    ['1 (usual)', '2', '3', '4', '5', '6', '7', '8', '9', '10 (counts 10 times as much)']);
  await weight(2, '6');
  assert.match(await score.innerText(), /^GAS score: 60\.7\. /);
  await weight(2, '1');
  assert.match(await score.innerText(), /^GAS score: 47\.8\. /);
  const t = 47.8;

  await cards.nth(0).getByRole('radio', { name: 'Met', exact: true }).check();
  await cards.nth(0).getByLabel('What helped').fill('Rosa walked with me');
  await cards.nth(1).getByRole('radio', { name: 'Partly met' }).check();
  assert.match(await cards.nth(0).locator('summary').innerText(), /GAS \u22121 · Met/);
  const glance = page.getByRole('region', { name: 'The plan at a glance' });
  assert.match(await glance.innerText(), /Met or not\s+Met: 1, Partly met: 1/);
  assert.match(await glance.innerText(), /Needs resolved\s+0 of 2/);
  await screenshot(page, 'evaluation');

  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Evaluation/ }).waitFor();
  assert.equal(Number((await page.locator('.gas-score').innerText()).match(/GAS score: (\d+\.\d)/)[1]), t);
  await cards.nth(0).locator('summary').click();
  assert.equal(await cards.nth(0).getByLabel('What helped').inputValue(), 'Rosa walked with me');
  assert.equal(await cards.nth(0).getByRole('textbox', { name: 'Expected outcome' }).inputValue(), 'Walks 50 feet alone');
  assert.deepEqual(page.errors, []);
});

test('transition: closing keeps the plan readable but not editable, and it can be reopened', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page);
  await goTo(page, 'Transition');
  await page.getByRole('radio', { name: 'Moving to another service' }).check();
  await page.getByLabel('Where the person goes next').fill('Sunrise Day Program');
  await page.getByLabel('Follow-up date').fill(inDays(30).iso);
  await page.getByLabel('Name', { exact: true }).fill('Dana Lee');
  await page.getByLabel('Role or organization').fill('Sunrise intake worker');
  await page.getByLabel('Phone').fill('555-0142');
  await page.getByRole('button', { name: 'Add this contact' }).click();
  await page.getByText('Added to the care team and to the hand-off.').waitFor();
  assert.ok(await page.getByLabel('Dana Lee (Sunrise intake worker)').isChecked());
  await page.getByLabel('What to do and whom to call').fill('Call Dana if walking gets harder');
  await page.getByRole('button', { name: 'Tick every need not resolved' }).click();
  assert.ok(await page.getByLabel(/^Can only walk a few steps/).isChecked());
  assert.ok(await page.getByLabel(/^Lonely since moving/).isChecked());

  await page.getByRole('button', { name: 'Close the plan' }).click();
  await page.getByRole('heading', { name: /^This plan was closed on / }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'reopen-plan');
  assert.ok(await page.getByLabel('Where the person goes next').isDisabled());
  // What only adds or changes things is gone while closed.
  assert.equal(await page.getByRole('button', { name: 'Add this contact' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Tick every need not resolved' }).count(), 0);
  await screenshot(page, 'transition-closed');

  // The other steps show everything, but nothing can be changed.
  await goTo(page, 'Goals');
  await page.getByText(/This plan was closed on .* You can read it/).first().waitFor();
  await page.getByText('Edit this goal').first().click();
  assert.ok(await page.getByLabel('What will be done').first().isDisabled());
  assert.equal(await page.getByLabel('What will be done').first().inputValue(), 'walk');
  // A closed plan has nothing due.
  await goTo(page, 'Monitoring');
  await page.getByText(/Nothing is due in the next 7 days/).waitFor();

  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Monitoring/ }).waitFor();
  await page.goto(`${site.url}/`);
  await page.locator('li.plan-card', { hasText: 'Maria' }).getByText('Completed', { exact: true }).waitFor();
  await page.getByRole('link', { name: /Maria/ }).first().click();
  await goTo(page, 'Transition');
  assert.equal(await page.getByLabel('Where the person goes next').inputValue(), 'Sunrise Day Program');
  await page.getByRole('button', { name: 'Reopen the plan' }).click();
  await page.getByRole('button', { name: 'Close the plan' }).waitFor();
  assert.ok(await page.getByLabel('Where the person goes next').isEnabled());
  await goTo(page, 'Goals');
  await page.getByText('Edit this goal').first().click();
  assert.ok(await page.getByLabel('What will be done').first().isEnabled());
  assert.deepEqual(page.errors, []);
});

test('calendar: the reminders file holds the reviews, steps and appointments to come', async () => {
  const page = await newPage(site.browser);
  await planWithGoals(page);
  await goTo(page, 'Actions');
  const goal = page.locator('.goal-steps').first();
  await goal.getByRole('button', { name: 'Add a step' }).click();
  const stretch = goal.locator('.action-step').nth(0);
  await stretch.getByLabel('What will be done').fill('Stretch, then rest; slowly');
  await stretch.getByLabel('How often').selectOption({ label: 'Every week' });
  await stretch.getByLabel('Due date, or first time').fill(inDays(2).iso);
  await stretch.getByLabel('Repeats until').fill(inDays(30).iso);
  await goal.getByRole('button', { name: 'Add a step' }).click();
  await goal.locator('.action-step').nth(1).getByLabel('What will be done').fill('Ask the doctor about a walker');
  await goal.locator('.action-step').nth(1).getByLabel('Due date, or first time').fill(inDays(-3).iso);
  await page.getByRole('button', { name: 'Add a service or referral' }).click();
  const service = page.locator('.service').first();
  await service.getByLabel('Organization or resource').fill('Eastside Clinic');
  await service.getByLabel('Next appointment').fill(inDays(9).iso);
  await service.getByLabel('Contact details').fill('555-0100, ask for Ana');

  await goTo(page, 'Monitoring');
  const schedule = page.getByRole('region', { name: 'When the plan is reviewed' });
  await schedule.getByLabel('Review every').selectOption('2');
  await schedule.getByLabel('Days, weeks or months').selectOption({ label: 'weeks' });
  const due = page.getByRole('region', { name: "What's due" });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    due.getByRole('button', { name: 'Add reminders to your calendar (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `care-plan-maria-${inDays(0).iso}.ics`);
  const saved = path.join(artifacts, 'reminders.ics');
  await download.saveAs(saved);
  await due.getByRole('status').filter({ hasText: /^Saved 5 reminders as “care-plan-maria-.*\.ics”/ }).waitFor();

  const text = fs.readFileSync(saved, 'utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), text.slice(0, 80));
  assert.ok(text.trimEnd().endsWith('END:VCALENDAR'));
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  // Unfolded, one event per reminder; the overdue one-off step is left out.
  const events = text.replaceAll('\r\n ', '').split('BEGIN:VEVENT').slice(1);
  const event = (summary) => {
    const found = events.filter((e) => e.includes(`\r\nSUMMARY:${summary}\r\n`));
    assert.equal(found.length, 1, `one event "${summary}" in\n${text}`);
    return found[0];
  };
  assert.equal(events.length, 5, text);
  assert.ok(!text.includes('walker'));
  const weekly = event('Stretch\\, then rest\\; slowly');
  assert.match(weekly, new RegExp(`DTSTART;VALUE=DATE:${icsDate(inDays(2).iso)}\r\n`));
  assert.match(weekly, new RegExp(`RRULE:FREQ=WEEKLY;UNTIL=${icsDate(inDays(30).iso)}\r\n`));
  assert.match(weekly, /DESCRIPTION:Who: Not decided yet\\nFor the goal: Maria will walk 50 feet\\, up from 10 feet today/);
  assert.match(weekly, /BEGIN:VALARM\r\nACTION:DISPLAY\r\n/);
  const review = event('Care plan review');
  assert.match(review, new RegExp(`DTSTART;VALUE=DATE:${icsDate(inDays(14).iso)}\r\n[\\s\\S]*RRULE:FREQ=WEEKLY;INTERVAL=2\r\n`));
  assert.match(event('Appointment: Eastside Clinic'), /DESCRIPTION:Contact: 555-0100\\, ask for Ana\\n/);
  assert.equal(events.filter((e) => e.includes('SUMMARY:Target date: Maria will')).length, 2);
  const uids = events.map((e) => e.match(/\r\nUID:([^\r]+)\r\n/)[1]);
  assert.equal(new Set(uids).size, 5);

  // Saved again from the Print step: the same events (same UIDs), so a calendar updates them.
  await goTo(page, 'Print');
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add reminders to your calendar (.ics)' }).click(),
  ]);
  const second = path.join(artifacts, 'reminders-again.ics');
  await again.saveAs(second);
  const uidsAgain = [...fs.readFileSync(second, 'utf8').replaceAll('\r\n ', '').matchAll(/\r\nUID:([^\r]+)\r\n/g)].map((m) => m[1]);
  assert.deepEqual(uidsAgain, uids);
  await page.getByRole('status').filter({ hasText: 'updates them instead of adding copies' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('calendar: a plan with nothing dated says so instead of saving an empty file', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await goTo(page, 'Monitoring');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Add reminders to your calendar (.ics)' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is nothing coming up to remind you of' }).waitFor();
  await assertAccessible(page, 'calendar-nothing-to-save');
  assert.equal(downloads, 0);
  assert.deepEqual(page.errors, []);
});
