// End-to-end tests of what the printouts promise (#26): "My plan" lists the services' next
// appointments and each step's how or where; a step whose day has passed says "Overdue since"
// on My plan (on screen and on paper), on the full plan, on its line on Actions and in What's
// due, and so does a review whose day has passed; a very long word wraps inside the page in both printouts; a table's title is a line of
// its own that keeps with its table and still names it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, artifacts, goTo, siteAndBrowser, waitSaved } from './support.mjs';

const site = siteAndBrowser();
before(() => fs.mkdirSync(artifacts, { recursive: true }));

const MARIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date `days` from today: as the date input wants it, as the app writes it, and its weekday. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`, weekday: WEEKDAYS[d.getDay()] };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The text of a PDF, page by page. */
function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  return Array.from({ length: count }, (_, i) => execFileSync(
    'pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' },
  ));
}

test('My plan lists the appointments, how or where, and says which step is overdue; What\'s due says so too', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('John');
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  await page.getByLabel('What will be done').fill('get to the clinic on time');

  // Two steps: one whose day passed 17 days ago, with how or where; one due today.
  await goTo(page, 'Actions');
  const goal = page.locator('.goal-steps').first();
  await goal.getByRole('button', { name: 'Add a step' }).click();
  const bus = goal.locator('.action-step').nth(0);
  await bus.getByLabel('What will be done').fill('Apply for a bus pass');
  await bus.getByLabel('Who does it').selectOption({ label: 'John' });
  await bus.getByLabel('Due date, or first time').fill(inDays(-17).iso);
  await bus.getByLabel(/^How or where/).fill('Bus 12 from the motel, Wednesdays 10 am');
  await goal.getByRole('button', { name: 'Add a step' }).click();
  const call = goal.locator('.action-step').nth(1);
  await call.getByLabel('What will be done').fill('Call the clinic to confirm');
  await call.getByLabel('Who does it').selectOption({ label: 'John' });
  await call.getByLabel('Due date, or first time').fill(inDays(0).iso);
  // The step's own line on Actions says it is overdue; the one due today is not.
  await bus.locator('.step-facts').filter({ hasText: 'Overdue since' }).waitFor();
  assert.equal(await bus.locator('.step-facts').innerText(), `John · Overdue since ${inDays(-17).long} · Not started`);
  assert.equal(await call.locator('.step-facts').innerText(), `John · By ${inDays(0).long} · Not started`);

  // Three services: two appointments to come (entered out of order), one already past.
  for (const [name, kind, days] of [['Hope House', 'Housing', 3], ['County Clinic', 'Medical', 2], ['Food pantry', 'Food', -2]]) {
    await page.getByRole('button', { name: 'Add a service or referral' }).click();
    const service = page.locator('.service').last();
    await service.getByLabel('Organization or resource').fill(name);
    await service.getByLabel('Type').selectOption({ label: kind });
    await service.getByLabel('Next appointment').fill(inDays(days).iso);
  }
  await waitSaved(page);

  // What's due: the overdue step first, in words, then today's step and the two appointments.
  await goTo(page, 'Monitoring');
  const due = page.getByRole('region', { name: "What's due" });
  await due.locator('li').nth(3).waitFor();
  assert.deepEqual((await due.locator('li').allInnerTexts()).map(squash), [
    `Overdue since ${inDays(-17).long} Step: Apply for a bus pass`,
    'Today Step: Call the clinic to confirm',
    `${inDays(2).weekday} ${inDays(2).long} Appointment: County Clinic`,
    `${inDays(3).weekday} ${inDays(3).long} Appointment: Hope House`,
  ]);

  // My plan, on screen.
  await goTo(page, 'Print');
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.getByRole('heading', { name: 'My appointments', exact: true }).waitFor();
  assert.deepEqual((await mine.locator('.my-appointments li').allInnerTexts()).map(squash), [
    `${inDays(2).weekday} ${inDays(2).long}: County Clinic (Medical)`,
    `${inDays(3).weekday} ${inDays(3).long}: Hope House (Housing)`,
  ], 'the appointments to come, earliest first; the one already past is left out');
  assert.deepEqual((await mine.locator('.my-steps li').allInnerTexts()).map(squash), [
    `Overdue since ${inDays(-17).long}: Apply for a bus pass — John How or where: Bus 12 from the motel, Wednesdays 10 am`,
    `By ${inDays(0).long}: Call the clinic to confirm — John`,
  ]);
  assert.doesNotMatch(await mine.innerText(), /Food pantry/);
  assert.doesNotMatch(await mine.innerText(), new RegExp(`By ${inDays(-17).long}`), 'a past day never reads as to come');
  await screenshot(page, 'promises-my-plan-screen');

  // On paper: the same words, which need no colour to be read.
  const pdf = path.join(artifacts, 'promises-my-plan-Letter.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const paper = squash(pdfPages(pdf).join('\n'));
  for (const expected of [
    'My appointments',
    `${inDays(2).weekday} ${inDays(2).long}: County Clinic (Medical)`,
    `${inDays(3).weekday} ${inDays(3).long}: Hope House (Housing)`,
    `Overdue since ${inDays(-17).long}: Apply for a bus pass — John`,
    'How or where: Bus 12 from the motel, Wednesdays 10 am',
    `By ${inDays(0).long}: Call the clinic to confirm — John`,
  ]) {
    assert.ok(paper.includes(expected), `“${expected}” is on paper:\n${paper}`);
  }
  assert.ok(!paper.includes('Food pantry'));

  // The full plan says it too, in the step's When column.
  await page.getByRole('radio', { name: 'The full plan' }).check();
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  const steps = full.getByRole('table', { name: 'Action steps' });
  const busRow = steps.getByRole('row').filter({ hasText: 'Apply for a bus pass' });
  assert.match(squash(await busRow.innerText()), new RegExp(`Overdue since ${inDays(-17).long} Not started$`));
  assert.deepEqual(page.errors, []);
});

test('a very long word wraps inside the page in both printouts; a table\'s title keeps with its table and names it', async () => {
  // María's plan, with a web address of 160 letters in a step, a need, her own words and a
  // care-team email.
  const long = `https://www.example.org/${'benefits-application-'.repeat(6)}form`;
  const file = JSON.parse(fs.readFileSync(MARIA, 'utf8'));
  const plan = file.plans[0].plan;
  plan.goals[0].steps[1].what = `Fill in the form at ${long}`;
  plan.needs[0].statement = `Apply at ${long}`;
  plan.person.what_matters = `Staying home. ${long}`;
  plan.care_team[0].email = `ana.${'x'.repeat(60)}@example.org`;
  // Her next review was due three days ago (the last one was 40 days ago).
  plan.reviews[0].date = inDays(-40).iso;
  plan.review_schedule = { dates: [inDays(-3).iso], every: null, period: 'weeks' };
  const saved = path.join(artifacts, 'plan-long-words.json');
  fs.writeFileSync(saved, JSON.stringify(file));

  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(saved);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  await page.getByRole('list', { name: 'Plans' }).getByRole('link', { name: 'Open María López' }).click();
  await goTo(page, 'Print');
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await full.waitFor();

  // As on paper: print styles, and the width of a Letter page inside its margins (186 mm).
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  /** Every piece of text in the printout that reaches past its right edge. */
  const overflowing = (article) => article.evaluate((root) => {
    const edge = root.getBoundingClientRect().right + 1;
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      // Words only for a screen reader are clipped to nothing: not on paper.
      if (walker.currentNode.parentElement.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      const right = range.getBoundingClientRect().right;
      if (right > edge) out.push(`${walker.currentNode.textContent.slice(0, 40)}… ends at ${Math.round(right)} > ${Math.round(edge)}`);
    }
    if (root.getBoundingClientRect().right > window.innerWidth + 1) out.push('the printout is wider than the page');
    return out;
  });
  assert.deepEqual(await overflowing(full), [], 'the full plan');
  assert.ok((await full.innerText()).replace(/\s+/g, '').includes(long), 'the address is all there, wrapped');

  // "Reviews held" is a line before its table, not a caption: it keeps with the table on paper
  // and still names it for a screen reader.
  const title = full.locator('.print-table-title').filter({ hasText: 'Reviews held' });
  assert.equal(await title.evaluate((el) => getComputedStyle(el).breakAfter), 'avoid');
  assert.equal(await title.evaluate((el) => el.nextElementSibling.querySelector('table')?.getAttribute('aria-label')), 'Reviews held');
  await full.getByRole('table', { name: 'Reviews held' }).waitFor();
  assert.equal(await full.locator('.print-table caption').count(), 0);

  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.waitFor();
  // A review whose day has passed is not "next time".
  assert.equal(squash(await mine.locator('.my-review').innerText()),
    `Time to look at this plan together again: it was due on ${inDays(-3).long}.`);
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await overflowing(mine), [], 'My plan');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.errors, []);
});


test('My plan of three goals, eight steps, two services and the crisis box prints on two Letter pages', async () => {
  // The plan #26 printed on three pages: María's plan grown to three goals with eight steps,
  // each with how or where, two services with appointments to come, and PHQ-9 question 9
  // answered (the crisis box).
  const file = JSON.parse(fs.readFileSync(MARIA, 'utf8'));
  const plan = file.plans[0].plan;
  const id = (n) => `7a11c0de-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const third = structuredClone(plan.goals[0]);
  Object.assign(third, {
    id: id(1), action: 'start treatment for hepatitis C', detail: 'at the county clinic',
    measure: '', unit: '', baseline: '', target: '', outcome: 'the first dose is taken',
    why: 'I want to be around for my grandchildren', progress: [],
  });
  plan.goals.push(third);
  const steps = [
    ['Fill the weekly pill box', 'At the kitchen table, Sunday evenings'],
    ['Ask the pharmacist about a simpler schedule', 'At the Corner Pharmacy on Main Street'],
    ['Set a phone alarm for 8 am', 'Lucía helps on her phone'],
    ['Go to the food bank', 'Bus 12 from the motel, Wednesdays 10 am'],
    ['Apply for SNAP benefits', 'Online with the case manager, or at the county office'],
    ['Call the clinic for an appointment', 'County Clinic, 555-0100, mornings'],
    ['Ask about help paying for the medicine', 'The clinic’s financial counsellor'],
    ['Get the blood test the doctor asks for', 'Lab on the clinic’s second floor'],
  ];
  const owner = plan.goals[0].steps[1].owner;
  const goalOf = [0, 0, 0, 1, 1, 2, 2, 2];
  plan.goals.forEach((g) => { g.steps = []; });
  steps.forEach(([what, how], i) => {
    plan.goals[goalOf[i]].steps.push({
      id: id(100 + i), what, owner, due: inDays(5 + i).iso, repeat: null, until: null, how,
      status: 'not-started', barrier: null,
    });
  });
  plan.services = plan.services.slice(0, 2);
  plan.services[0].next_appointment = inDays(9).iso;
  plan.services[1].next_appointment = inDays(10).iso;
  plan.services.forEach((s) => { s.status = 'active'; });
  plan.assessments[0].phq9.items[8] = 1;
  const saved = path.join(artifacts, 'plan-three-goals.json');
  fs.writeFileSync(saved, JSON.stringify(file));

  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(saved);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  await page.getByRole('list', { name: 'Plans' }).getByRole('link', { name: 'Open María López' }).click();
  await goTo(page, 'Print');
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.locator('.my-steps li').nth(7).waitFor();
  assert.equal(await mine.locator('.my-appointments li').count(), 2);
  const pdf = path.join(artifacts, 'promises-my-plan-three-goals-Letter.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const pages = pdfPages(pdf);
  const paper = squash(pages.join('\n'));
  for (const [what, how] of steps) {
    assert.ok(paper.includes(what), `“${what}” is on paper`);
    assert.ok(paper.includes(`How or where: ${how}`), `its how or where is on paper`);
  }
  assert.match(paper, /988/, 'the crisis box is on paper');
  assert.ok(pages.length <= 2, `My plan takes ${pages.length} Letter pages:\n${pages.join('\n--- page ---\n')}`);
  assert.deepEqual(page.errors, []);
});
