// End-to-end tests of promises about stored plans (#26): a new plan nobody typed into does not
// stay in My plans after Back, while one with a name typed in does; a stored plan with a
// wrong-typed field anywhere is set aside unchanged like other damaged data, can be downloaded,
// and "Save all plans as a file" saves every healthy plan and names the one left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, screenshot, waitSaved, artifacts, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

const planKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careplan:plan:')).sort());
const keyOf = (url) => `careplan:plan:${url.match(/plans\/([0-9a-f-]{36})/)[1]}`;

/** From My plans: "Start a new plan", and waits for the Intake step. */
async function startNewPlan(page) {
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
}

/** Back to My plans from a step, and waits for the list to be drawn. */
async function back(page) {
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
}

/** Starts a plan for `name` (a title too, when given) and returns its address. */
async function planFor(page, name, title) {
  await page.goto(`${site.url}/`);
  await startNewPlan(page);
  await page.getByLabel('Name or nickname').fill(name);
  if (title) await page.getByLabel('Plan title').fill(title);
  await waitSaved(page);
  return page.url();
}

/** Writes `value` into the stored plan's `field` (a wrong type), as another version or a hand
 * edit might; returns the stored text. */
async function breakField(page, key, field, value) {
  return page.evaluate(([key, field, value]) => {
    const stored = JSON.parse(localStorage.getItem(key));
    stored.plan[field] = value;
    const text = JSON.stringify(stored);
    localStorage.setItem(key, text);
    return text;
  }, [key, field, value]);
}

test('"Start a new plan" then Back leaves no empty plan; a plan with a name typed in stays', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await startNewPlan(page);
  await waitSaved(page);
  await back(page);
  await page.getByText('No plans yet. Start a new plan to begin.').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans', exact: true }).count(), 0, 'no "Unnamed person" plan listed');
  assert.deepEqual(await planKeys(page), [], 'and none stored');

  // Twice in a row, then the browser's own Back: still nothing left behind.
  await startNewPlan(page);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.getByText('No plans yet. Start a new plan to begin.').waitFor();
  assert.deepEqual(await planKeys(page), []);

  // A name typed in: the plan stays, through Back and a reload.
  await startNewPlan(page);
  await page.getByLabel('Name or nickname').fill('Rosa');
  await back(page);
  const list = page.getByRole('list', { name: 'Plans', exact: true });
  await list.getByRole('listitem').filter({ hasText: 'Rosa' }).waitFor();
  assert.equal(await list.getByRole('listitem').count(), 1);
  await page.reload();
  await page.getByRole('list', { name: 'Plans', exact: true }).getByRole('listitem').filter({ hasText: 'Rosa' }).waitFor();
  assert.equal((await planKeys(page)).length, 1);
  await screenshot(page, 'promises-storage-new-plan-back');
  assert.deepEqual(page.errors, []);
});

test('a stored plan with a wrong-typed field is set aside unchanged, downloadable, and "Save all" saves the others and names it', async () => {
  const page = await newPage(site.browser);
  await planFor(page, 'Ana', 'Housing');
  await planFor(page, 'Ben', 'Work');
  const broken = keyOf(await planFor(page, 'Broken', 'Money'));
  await back(page);

  // Another version, an extension or a hand edit left a word where a list of goals belongs.
  const damaged = await breakField(page, broken, 'goals', 'many');
  await page.reload();

  // Listed with the damaged data, not as a plan that then cannot be opened.
  const section = page.getByRole('region', { name: 'Plans that could not be opened' });
  await section.waitFor();
  assert.match(await section.innerText(), /Broken: Money[\s\S]*damaged[\s\S]*moved aside, unchanged/);
  const list = page.getByRole('list', { name: 'Plans', exact: true });
  await list.getByRole('listitem').filter({ hasText: 'Ana' }).waitFor();
  assert.equal(await list.getByRole('listitem').count(), 2, 'Ana and Ben only');
  assert.equal(await list.getByRole('listitem').filter({ hasText: 'Broken' }).count(), 0);

  // Set aside as it was, to the last character, and its own key freed.
  const recovery = broken.replace('careplan:plan:', 'careplan:recovery:');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), recovery), damaged);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), broken), null);
  const [raw] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  const rawPath = path.join(artifacts, 'promises-storage-damaged.json');
  await raw.saveAs(rawPath);
  assert.equal(fs.readFileSync(rawPath, 'utf8'), damaged, 'the download is the stored data');

  // Opening it by its address says where it went.
  const id = broken.split(':')[2];
  await page.goto(`${site.url}/plans/${id}/intake`);
  await page.getByRole('heading', { level: 1, name: 'This plan cannot be opened' }).waitFor();
  await page.getByText('It has been moved aside unchanged').waitFor();
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();

  // The backup of every healthy plan goes ahead, and says which plan is not in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save all plans as a file' }).click(),
  ]);
  const saved = path.join(artifacts, 'promises-storage-all.json');
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.deepEqual(file.plans.map((p) => p.plan.person.name).sort(), ['Ana', 'Ben']);
  const notice = page.getByRole('status').filter({ hasText: 'Saved 2 plans as the file' });
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    /Left out: “Broken: Money”, because its saved data is damaged\. It is under “Plans that could not be opened”, where you can download it\./,
  );
  await screenshot(page, 'promises-storage-left-out');
  assert.deepEqual(page.errors, []);
});

test('a date that is not a date is damage too: set aside, and the backup names it', async () => {
  const page = await newPage(site.browser);
  await planFor(page, 'Ana', 'Housing');
  const broken = keyOf(await planFor(page, 'Dana', 'Health'));
  await back(page);
  const damaged = await breakField(page, broken, 'start_date', 'next Tuesday');
  await page.reload();
  const section = page.getByRole('region', { name: 'Plans that could not be opened' });
  await section.getByText('Dana: Health').first().waitFor();
  assert.match(await section.innerText(), /Dana: Health[\s\S]*damaged/);
  const recovery = broken.replace('careplan:plan:', 'careplan:recovery:');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), recovery), damaged);

  // One plan left to save: it is saved alone, and Dana's is named as left out.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save all plans as a file' }).click(),
  ]);
  const saved = path.join(artifacts, 'promises-storage-one.json');
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.deepEqual(file.plans.map((p) => p.plan.person.name), ['Ana']);
  await page.getByRole('status').filter({ hasText: 'Left out: “Dana: Health”' }).waitFor();
  assert.deepEqual(page.errors, []);
});
