// End-to-end tests of plans as files and of the printouts, in real Chromium: saving a plan as a
// file, deleting it and importing it back; importing it again (keep both, replace); refusing a
// broken file; printing the full plan and "My plan" to PDF and reading the paper.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, artifacts, siteAndBrowser, assertAccessible, goTo } from './support.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const MARIA = path.join(fixtures, 'plan-maria.json');
const MARIA_ID = '7b7e2c1e-3f5d-4c1a-9d8e-2a6b4c8d0e11';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const site = siteAndBrowser();
before(() => fs.mkdirSync(artifacts, { recursive: true }));

const today = () => {
  const d = new Date();
  return {
    iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`,
  };
};

/** Everything the app keeps in local storage, as an object. */
const storage = (page) => page.evaluate(() => ({ ...localStorage }));

/** The plan with this id as stored (without the envelope's revision and time). */
async function storedPlan(page, id) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `careplan:plan:${id}`);
  return raw === null ? null : JSON.parse(raw).plan;
}

/** Chooses a file in "Import plans from a file", as a person would in the file dialog. */
async function importFile(page, file) {
  await page.getByLabel('Import plans from a file').setInputFiles(file);
}

const cards = (page) => page.getByRole('list', { name: 'Plans' }).getByRole('listitem');

async function openWithMaria(page) {
  await page.goto(`${site.url}/`);
  await importFile(page, MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
}

test('save a plan as a file, delete it, import the file: the plan is back, identical', async () => {
  const page = await newPage(site.browser);
  await openWithMaria(page);
  assert.match(
    await page.getByRole('status').innerText(),
    /Imported 1 plan from “plan-maria\.json”: “María López: Feeling steady at home”\./,
  );
  assert.equal(await cards(page).count(), 1);
  const before = await storedPlan(page, MARIA_ID);
  assert.equal(before.person.name, 'María López');
  // Keeping plans safe: no backup file yet, how much storage the plans use.
  await page.locator('.backup-reminder').getByText('You have not saved a backup file of your plans from this browser yet.').waitFor();
  assert.match(await page.locator('.storage-use').innerText(),
    /^ ?Your plans take up less than 0\.1 MB of the about 5 MB this browser keeps for this app\. (This browser has agreed to keep your plans|The browser may delete saved data)/);

  // Save as a file: a real download, named for the person and the day.
  const card = cards(page).filter({ hasText: 'María López' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /^Save as a file/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `care-plan-maria-lopez-${today().iso}.json`);
  const saved = path.join(artifacts, download.suggestedFilename());
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(file.format, 'careplan-backup');
  assert.equal(file.version, 1);
  assert.equal(file.plans.length, 1);
  await page.getByRole('status').filter({ hasText: 'Look for it in your downloads' }).waitFor();
  // The reminder has gone, and the date of the backup is remembered.
  assert.equal(await page.locator('.backup-reminder').count(), 0);
  assert.match(await page.locator('.storage-use').innerText(), new RegExp(`^Last backup file saved from this browser: ${today().long}\\.`));

  // Delete it.
  await card.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete plan' }).click();
  await page.getByText('No plans yet.').waitFor();
  assert.equal(await storedPlan(page, MARIA_ID), null);

  // Import the saved file: the same plan, to the last detail.
  await importFile(page, saved);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  assert.deepEqual(await storedPlan(page, MARIA_ID), before);
  await cards(page).getByRole('link', { name: 'Open María López' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'María López');
  await page.getByRole('link', { name: 'Back to My plans' }).click();

  // The same file again: it is already here, so the app asks. Keep both is the default.
  await importFile(page, saved);
  const review = page.getByRole('region', { name: 'Import: some plans are already here' });
  await review.waitFor();
  assert.match(await review.innerText(), /“María López: Feeling steady at home” is already in this browser/);
  assert.ok(await review.getByLabel(/^Keep both/).isChecked());
  await screenshot(page, 'import-review');
  await review.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  assert.equal(await cards(page).count(), 2);
  assert.ok(await cards(page).filter({ hasText: 'Feeling steady at home (imported copy)' }).isVisible());
  assert.deepEqual(await storedPlan(page, MARIA_ID), before, 'the plan here is untouched');

  // Once more, choosing Replace: asked to confirm; Cancel changes nothing, confirming replaces.
  await page.evaluate((key) => {
    const env = JSON.parse(localStorage.getItem(key));
    env.plan.title = 'Changed here';
    localStorage.setItem(key, JSON.stringify(env));
  }, `careplan:plan:${MARIA_ID}`);
  await importFile(page, saved);
  await review.getByLabel(/^Replace the plan/).check();
  await review.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace a plan in this browser?' });
  await dialog.waitFor();
  await assertAccessible(page, 'replace-plan-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await storedPlan(page, MARIA_ID)).title, 'Changed here');
  await review.getByRole('button', { name: 'Import' }).click();
  await dialog.getByRole('button', { name: 'Replace and import' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  assert.equal(await cards(page).count(), 2);
  assert.deepEqual(await storedPlan(page, MARIA_ID), before);

  // All plans in one file.
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save all plans as a file' }).click(),
  ]);
  assert.equal(all.suggestedFilename(), `care-plans-${today().iso}.json`);
  const allPath = path.join(artifacts, all.suggestedFilename());
  await all.saveAs(allPath);
  assert.equal(JSON.parse(fs.readFileSync(allPath, 'utf8')).plans.length, 2);
  assert.deepEqual(page.errors, []);
});

test('a broken or wrong file is refused in plain words, and nothing changes', async () => {
  const page = await newPage(site.browser);
  await openWithMaria(page);
  const before = await storage(page);
  const good = fs.readFileSync(MARIA, 'utf8');
  const cases = [
    ['letter.txt', 'text/plain', 'Dear doctor, please see the attached.', /This is not a care plan file/],
    ['cut-off.json', 'application/json', good.slice(0, good.length / 2), /The file is incomplete/],
    ['list.json', 'application/json', '{"name": "shopping list", "items": ["milk"]}', /holds data, but not a care plan/],
    ['empty.json', 'application/json', '', /The file is empty/],
    ['wrong.json', 'application/json', good.replace('"2026-11-20"', '"next Tuesday"'), /The plan “María López: Feeling steady at home” in this file is damaged/],
  ];
  for (const [name, mimeType, text, message] of cases) {
    await importFile(page, { name, mimeType, buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    const said = await alert.innerText();
    assert.match(said, message, name);
    assert.match(said, new RegExp(`“${name.replace('.', '\\.')}” could not be imported\\..*Nothing was changed\\.`, 's'));
    assert.doesNotMatch(said, /line \d+ column|expected|serde|invalid type/i, 'no parser dump');
    assert.deepEqual(await storage(page), before, `${name} changed nothing`);
  }
  await screenshot(page, 'import-refused');
  assert.equal(await cards(page).count(), 1);
  assert.deepEqual(page.errors, []);
});

/** The text of a PDF, page by page. */
function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  return Array.from({ length: count }, (_, i) => execFileSync(
    // -raw keeps the text of a table cell together, in reading order.
    'pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' },
  ));
}

/** Opens María's plan on the Print step, with window.print counted instead of opening a dialog. */
async function printStep(page) {
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await openWithMaria(page);
  await cards(page).getByRole('link', { name: 'Open María López' }).click();
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Print/ }).click();
  await page.getByRole('heading', { level: 1, name: /Print/ }).waitFor();
}

const BUTTONS = /Print the full plan|Print my plan|Save as a file|Save for another|Add reminders|Show on screen|Back to My plans|Previous:|Next:|Skip to main/;
const squash = (s) => s.replace(/\s+/g, ' ');

test('print the full plan: every part on paper, no buttons, name and date on each page', async () => {
  const page = await newPage(site.browser);
  await printStep(page);
  await page.getByRole('button', { name: 'Print the full plan' }).click();
  await page.waitForFunction(() => window.printed === 1);
  const printout = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await printout.waitFor();
  await screenshot(page, 'print-full-screen');

  for (const format of ['A4', 'Letter']) {
    const pdf = path.join(artifacts, `print-full-${format}.pdf`);
    await page.pdf({ path: pdf, format });
    const pages = pdfPages(pdf);
    const text = squash(pages.join('\n'));
    for (const expected of [
      'Care plan: Feeling steady at home', 'María López', 'Spanish and English',
      'Ana Ruiz', 'County Health', 'Lucía', '555-0177',
      'PHQ-9', 'Safety note', 'call or text 988',
      'Knowing which pill to take when', 'Not enough food at the end of the month',
      'By 31 January 2027, María López will take her diabetes pills 7 days a week every morning, up from 3 days a week today.',
      'By 28 February 2027, María López will get food from the food bank twice a month, so that the fridge is not empty at the end of the month.',
      'Confidence 8 out of 10', 'Why it matters: I want to feel well enough to cook',
      'Fill the weekly pill box', 'Every week from 1 December 2026 until 31 January 2027',
      'Ask the pharmacist about a simpler schedule', 'Call the County Food Bank to register',
      'How: At the Corner Pharmacy', 'Corner Pharmacy', 'County Food Bank', 'next appointment 2 December 2026', 'Reviews', '5 January 2027: Goals 1 and 2', 'Who: María López. What: take her diabetes pills every morning',
      // Monitoring, evaluation and transition.
      'Getting better · 50% of the way. Latest entry: 5 days a week on 4 December 2026',
      'Attainment scale', '0: 4 to 6 days', '+1: Every day',
      'GAS level +1 (More than expected), weight 2. Goal partly met.', 'What helped: The pill box',
      'Every 4 weeks. On 15 December 2026. Next review: 15 December 2026.',
      'Reviews held', 'María, Lucía, Ana', 'Goal 1: Halfway there',
      'GAS score: 60.0.', 'Based on 1 scored goal.',
      'Transition', 'Moving to another service', 'Eastside Clinic care coordination', 'Follow-up 1 March 2027',
      'Signatures', 'Case manager',
    ]) {
      assert.ok(text.includes(expected), `${format}: “${expected}” is on paper`);
    }
    assert.doesNotMatch(text, BUTTONS, `${format}: no buttons or navigation on paper`);
    pages.forEach((p, i) => {
      assert.match(squash(p), /Care plan for María López/, `${format} page ${i + 1} has the name`);
      assert.ok(squash(p).includes(`Printed ${today().long}`), `${format} page ${i + 1} has the date`);
      assert.match(squash(p), new RegExp(`Page ${i + 1} of ${pages.length}`));
    });
  }
  assert.deepEqual(page.errors, []);
});

test('print my plan: large type on one or two pages, next steps in date order, who to call, 988', async () => {
  const page = await newPage(site.browser);
  await printStep(page);
  await page.getByRole('button', { name: 'Print my plan' }).click();
  await page.waitForFunction(() => window.printed === 1);
  const printout = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await printout.waitFor();
  await screenshot(page, 'print-mine-screen');
  const size = await printout.locator('.my-goal-sentence').first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 22, `large type on screen (${size}px)`);

  const pdf = path.join(artifacts, 'print-mine-Letter.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const pages = pdfPages(pdf);
  assert.ok(pages.length <= 2, `one or two pages, not ${pages.length}`);
  const text = squash(pages.join('\n'));
  for (const expected of [
    'My plan: María López', 'What matters to me',
    'Staying in my own apartment and cooking for my grandchildren on Sundays.',
    'My goals', 'Why it matters to me: So my grandchildren have lunch on Sundays',
    'Who to call', 'Ana Ruiz (Case manager): 555-0101, ana@example.org', 'Lucía (Daughter): 555-0177',
    'County Food Bank (Food): 555-0150, 12 Main Street', 'Corner Pharmacy: 555-0199',
    'If you need help right now', 'call or text 988', 'call 911',
    // Her next review, 15 December 2026, is "next time" until that day, and due after it.
    today().iso > '2026-12-15' ? 'Time to look at this plan together again: it was due on 15 December 2026.'
      : 'Next time we look at this plan together: 15 December 2026',
    'After this plan', 'Where I go next: Eastside Clinic care coordination',
    'Someone checks in with me on 1 March 2027', 'If things get worse: Call Ana, or 988 in a crisis',
  ]) {
    assert.ok(text.includes(expected), `“${expected}” is on paper`);
  }
  // Next steps, earliest first, with who does each.
  const order = ['Call the County Food Bank to register', 'Every week from 1 December 2026', 'Ask the pharmacist'];
  const at = order.map((s) => text.indexOf(s));
  assert.ok(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], `steps in date order: ${at}`);
  // The pharmacist step is due 3 December 2026: after that day it says it is overdue. Its how or
  // where follows it.
  const pharmacist = today().iso > '2026-12-03' ? 'Overdue since 3 December 2026' : 'By 3 December 2026';
  assert.ok(text.includes(`${pharmacist}: Ask the pharmacist about a simpler schedule — María López How or where: At the Corner Pharmacy`), text);
  assert.doesNotMatch(text, BUTTONS);
  assert.doesNotMatch(text, /Staff notes|Signatures|PHQ-9/, 'the care team’s details stay on the full plan');
  assert.deepEqual(page.errors, []);
});

test('a long plan: no goal is split across pages and no heading ends a page', async () => {
  // Fourteen goals, each with four steps, from María's plan.
  const file = JSON.parse(fs.readFileSync(MARIA, 'utf8'));
  const plan = file.plans[0].plan;
  const template = plan.goals[0];
  plan.goals = Array.from({ length: 14 }, (_, g) => ({
    ...template,
    id: `00000000-0000-4000-8000-${String(g).padStart(12, '0')}`,
    action: `practise skill number ${g + 1}`,
    steps: Array.from({ length: 4 }, (_, s) => ({
      ...template.steps[0],
      id: `00000000-0000-4000-9000-${String(g * 10 + s).padStart(12, '0')}`,
      what: `Step ${s + 1} of goal ${g + 1}`,
    })),
  }));
  plan.services.forEach((s) => { s.goals = []; });
  const long = path.join(artifacts, 'plan-long.json');
  fs.writeFileSync(long, JSON.stringify(file));

  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await importFile(page, long);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  await cards(page).getByRole('link', { name: 'Open María López' }).click();
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Print/ }).click();
  await page.getByRole('article', { name: 'The full plan, as it will be printed' }).waitFor();
  const pdf = path.join(artifacts, 'print-long-A4.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = pdfPages(pdf).map(squash);
  assert.ok(pages.length >= 4, `a long plan takes several pages (${pages.length})`);
  for (let g = 1; g <= 14; g += 1) {
    const heading = pages.findIndex((p) => p.includes(`Goal ${g}: `));
    const last = pages.findIndex((p) => p.includes(`Step 4 of goal ${g} `) || p.endsWith(`Step 4 of goal ${g}`));
    assert.ok(heading >= 0 && heading === last, `goal ${g} starts and ends on one page (${heading}, ${last})`);
  }
  for (const [i, p] of pages.entries()) {
    // The last words on a page are never a section heading.
    const body = p.replace(/Care plan for María López|Printed \d+ \w+ \d{4}|Page \d+ of \d+/g, '').trim();
    assert.doesNotMatch(body, /(Goals|Services and referrals|Reviews|Signatures|Needs, most important first)$/, `page ${i + 1}`);
  }
  assert.deepEqual(page.errors, []);
});

test('save a plan for another health system (FHIR), delete it, import that file: the plan is back, identical', async () => {
  const page = await newPage(site.browser);
  await printStep(page);
  await page.getByRole('link', { name: 'Back to My plans' }).waitFor();
  const before = await storedPlan(page, MARIA_ID);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save for another health system (FHIR)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `care-plan-maria-lopez-${today().iso}.fhir.json`);
  const saved = path.join(artifacts, download.suggestedFilename());
  await download.saveAs(saved);
  const bundle = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'collection');
  const kinds = new Set(bundle.entry.map((e) => e.resource.resourceType));
  for (const kind of ['Patient', 'CarePlan', 'Goal', 'Condition', 'CareTeam', 'ServiceRequest', 'Observation']) {
    assert.ok(kinds.has(kind), `the Bundle has a ${kind}`);
  }
  await page.getByRole('status').filter({ hasText: 'FHIR' }).waitFor();

  await page.getByRole('link', { name: 'Back to My plans' }).click();
  const card = cards(page).filter({ hasText: 'María López' });
  await card.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete plan' }).click();
  await page.getByText('No plans yet.').waitFor();
  await importFile(page, saved);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  assert.deepEqual(await storedPlan(page, MARIA_ID), before);

  // A FHIR file that is not a care plan is refused, and nothing changes.
  const storedBefore = await storage(page);
  await importFile(page, { name: 'patient.json', mimeType: 'application/fhir+json', buffer: Buffer.from('{"resourceType": "Patient"}') });
  const alert = page.getByRole('alert').filter({ hasText: 'patient.json' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /holds a single Patient, not a Bundle with a care plan in it\..*Nothing was changed/s);
  assert.deepEqual(await storage(page), storedBefore);
  assert.deepEqual(page.errors, []);
});

test('a care plan from a FHIR server (a searchset with relative references) is imported, and what was left out is said', async () => {
  const base = 'https://fhir.example.org/r4';
  const entry = (type, id, resource) => ({ fullUrl: `${base}/${type}/${id}`, resource: { resourceType: type, id, ...resource } });
  const bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      entry('CarePlan', 'cp1', {
        status: 'active', intent: 'plan', title: 'Diabetes follow-up',
        subject: { reference: 'Patient/p1' },
        addresses: [{ reference: 'Condition/c1' }],
        goal: [{ reference: 'Goal/g1' }],
        activity: [{ detail: { status: 'not-started', description: 'Check blood sugar every morning' } }],
      }),
      entry('Patient', 'p1', { name: [{ use: 'official', given: ['Rosa', 'María'], family: 'Gómez' }], birthDate: '1961-04-02' }),
      entry('Condition', 'c1', { code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] } }),
      entry('Goal', 'g1', { lifecycleStatus: 'active', description: { text: 'Keep blood sugar under 180 before meals' } }),
      entry('Observation', 'o1', { status: 'final', code: { text: 'HbA1c' } }),
    ],
  };
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await importFile(page, { name: 'from-the-clinic.json', mimeType: 'application/fhir+json', buffer: Buffer.from(JSON.stringify(bundle)) });
  const status = page.getByRole('status').filter({ hasText: 'Imported 1 plan' });
  await status.waitFor();
  assert.match(await status.innerText(), /1 observation \(Observation\) was not brought over/);
  await screenshot(page, 'fhir-import-from-a-server');
  const card = cards(page).filter({ hasText: 'Rosa María Gómez' });
  await card.waitFor();
  assert.match(await card.innerText(), /Diabetes follow-up/);
  await card.getByRole('link', { name: /Open/ }).first().click();
  await page.getByLabel('Name or nickname').waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Rosa María Gómez');
  await goTo(page, 'Needs');
  await page.getByText('Diabetes mellitus type 2').first().waitFor();
  await goTo(page, 'Goals');
  assert.match(await page.locator('.goal-list').innerText(), /Keep blood sugar under 180 before meals/i);
  assert.deepEqual(page.errors, []);
});
