// End-to-end tests of what keeps plans safe in real Chromium: a damaged plan is moved aside and
// the rest keeps working; a plan from a newer version opens read-only and is never written; two
// tabs on the same plan never lose an edit silently; a private window is warned about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, anotherTab, screenshot, waitSaved, artifacts, goTo, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

/** Starts a plan for `name` from My plans and returns its address. */
async function startPlan(page, name) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill(name);
  await waitSaved(page);
  return page.url();
}

/** The storage key of the plan at `url`. */
const keyOf = (url) => `careplan:plan:${url.match(/plans\/([0-9a-f-]{36})/)[1]}`;
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careplan:')).sort());

test('a damaged plan is moved aside unchanged, can be downloaded, and every other plan keeps working', async () => {
  const page = await newPage(site.browser);
  await startPlan(page, 'Ana');
  const ben = keyOf(await startPlan(page, 'Ben'));
  // Half of Ben's plan is lost (a crash during a write, a faulty extension).
  const damaged = (await stored(page, ben)).slice(0, 120);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [ben, damaged]);

  await page.goto(`${site.url}/`);
  const section = page.getByRole('region', { name: 'Plans that could not be opened' });
  await section.waitFor();
  const item = section.getByRole('listitem').filter({ hasText: 'Ben' });
  await item.getByText('damaged and cannot be read. It has been moved aside, unchanged').waitFor();
  await screenshot(page, 'damaged-plan-set-aside');
  const recovery = ben.replace('careplan:plan:', 'careplan:recovery:');
  assert.equal(await stored(page, recovery), damaged, 'the raw data is kept exactly');
  assert.equal(await stored(page, ben), null, 'and its own key is free');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  const file = path.join(artifacts, 'damaged-plan.json');
  await download.saveAs(file);
  assert.equal(fs.readFileSync(file, 'utf8'), damaged);

  // Ana's plan opens and saves as before.
  const plans = page.getByRole('list', { name: 'Plans' });
  assert.equal(await plans.getByRole('listitem').count(), 1);
  await plans.getByRole('listitem').filter({ hasText: 'Ana' }).getByRole('link', { name: /^Open/ }).click();
  await page.getByLabel('Name or nickname').fill('Ana Lima');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await plans.getByRole('link', { name: 'Ana Lima', exact: true }).waitFor();

  // Deleting the damaged data asks first, and then it is gone.
  await item.getByRole('button', { name: /^Delete this data/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the damaged data?' });
  await dialog.waitFor();
  await assertAccessible(page, 'delete-damaged-dialog');
  assert.match(await dialog.innerText(), /download it first/);
  await dialog.getByRole('button', { name: 'Delete the data' }).click();
  await section.waitFor({ state: 'detached' });
  assert.equal(await stored(page, recovery), null);
  assert.deepEqual(page.errors, []);
});

test('a plan saved by a newer version opens read-only, prints, and is never written', async () => {
  const page = await newPage(site.browser);
  const url = await startPlan(page, 'Cleo');
  await page.getByLabel('Plan title').fill('Back to work');
  await waitSaved(page);
  const key = keyOf(url);
  const newer = (await stored(page, key))
    .replace('"schema_version":1', '"schema_version":7')
    .replace('"plan":{', '"plan":{"from_the_future":{"kept":true},');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, newer]);

  await page.goto(`${site.url}/`);
  const section = page.getByRole('region', { name: 'Plans from a newer version of this app' });
  await section.getByText('format 7').waitFor();
  await section.getByRole('link', { name: /Cleo/ }).click();
  await page.getByText('This plan was saved by a newer version of this app (format 7)').waitFor();
  await page.getByText('Read only: saved by a newer version').waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Cleo');
  assert.ok(await page.getByLabel('Name or nickname').isDisabled(), 'nothing can be changed');
  await screenshot(page, 'newer-plan-read-only');
  await goTo(page, 'Transition');
  assert.ok(await page.locator('#close-plan').isDisabled(), 'not even closing it');
  await goTo(page, 'Print');
  await page.getByRole('heading', { name: 'Care plan: Back to work' }).waitFor();
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await section.waitFor();
  assert.equal(await stored(page, key), newer, 'exactly as the newer version left it');
  assert.deepEqual(page.errors, []);
});

test('two tabs: an edit reaches the other tab, and unsaved edits on both sides are never lost', async () => {
  const a = await newPage(site.browser);
  const url = await startPlan(a, 'Dee');
  // The tabs run on a clock the test can stop, so that B's save waits until the test lets it.
  // (The clock is the context's, so A's timers stop too: A saves by leaving the plan, which
  // saves at once.)
  const b = await anotherTab(a);
  await b.clock.install();
  const stopClock = async () => b.clock.pauseAt((await b.evaluate(() => Date.now())) + 1000);
  await b.goto(url);
  await b.getByLabel('Name or nickname').waitFor();

  // Nothing unsaved in B: A's change simply shows there.
  await a.getByLabel('Plan title').fill('Steady home');
  await waitSaved(a);
  await b.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Steady home'));
  assert.equal(await b.getByLabel('Plan title').inputValue(), 'Steady home');

  // B types; before B saves, A saves too. B is told, and nothing is written over.
  await stopClock();
  await b.getByLabel('What matters most to you').fill('Seeing my grandson');
  await a.getByLabel('Name or nickname').fill('Dee Ray');
  await a.getByRole('link', { name: 'Back to My plans' }).click();
  const conflict = b.getByRole('alert').filter({ hasText: 'This plan was changed in another tab' });
  await conflict.waitFor();
  await b.clock.runFor(2000);
  await b.getByText('Not saved: changed in another tab').waitFor();
  await screenshot(b, 'two-tabs-conflict', { pausedClock: true });
  const key = keyOf(url);
  assert.match(await stored(a, key), /Dee Ray/);
  assert.doesNotMatch(await stored(a, key), /grandson/, 'B did not save over A');

  // B keeps its version as a separate plan: both versions now exist.
  await conflict.getByRole('button', { name: 'Keep my version as a separate plan' }).click();
  await b.waitForURL((u) => !u.href.startsWith(url.replace(/\/[a-z-]+$/, '')));
  await b.clock.runFor(2000);
  assert.equal(await b.getByLabel('What matters most to you').inputValue(), 'Seeing my grandson');
  assert.equal(await b.getByLabel('Plan title').inputValue(), 'Steady home (kept from another tab)');
  await waitSaved(b);
  const list = a.getByRole('list', { name: 'Plans' });
  await list.locator('.plan-title').getByText('Steady home (kept from another tab)', { exact: true }).waitFor();
  await list.getByRole('link', { name: 'Dee Ray', exact: true }).waitFor();
  assert.equal(await list.getByRole('listitem').count(), 2);

  // Once more, and this time B takes the other version.
  await b.goto(url);
  await b.getByLabel('Name or nickname').waitFor();
  await stopClock();
  await b.getByLabel('Plan title').fill('Dropped here');
  await a.getByRole('listitem').filter({ hasText: 'Dee Ray' }).getByRole('link', { name: /^Open/ }).click();
  await a.getByLabel('Plan title').fill('Kept there');
  await a.getByRole('link', { name: 'Back to My plans' }).click();
  await conflict.getByRole('button', { name: /Show the other version/ }).click();
  assert.equal(await b.getByLabel('Plan title').inputValue(), 'Kept there');
  await b.getByText('Saved in this browser').waitFor();

  // A deletes the plan while B has it open: B says so and can keep it.
  await a.getByRole('listitem').filter({ hasText: 'Dee Ray' }).getByRole('button', { name: 'Delete' }).click();
  await a.getByRole('dialog', { name: 'Delete this plan?' }).getByRole('button', { name: 'Delete plan' }).click();
  const deleted = b.getByRole('alert').filter({ hasText: 'This plan was deleted in another tab' });
  await deleted.waitFor();
  await assertAccessible(b, 'deleted-in-another-tab', { pausedClock: true });
  await deleted.getByRole('button', { name: 'Keep this plan' }).click();
  await b.clock.runFor(2000);
  await waitSaved(b);
  await list.getByRole('link', { name: 'Dee Ray', exact: true }).waitFor();
  assert.match(await stored(a, key), /Kept there/);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('a window that looks private is warned that its plans go when it closes', async () => {
  const page = await newPage(site.browser);
  const warning = page.getByText('This may be a private (incognito) window');
  // Headless Chromium gives every window the same large quota (and ignores the DevTools quota
  // override for estimate()), so the quota a private window would report is put in its place.
  await page.context().addInitScript(() => {
    const quota = Number(sessionStorage.getItem('test-quota'));
    if (quota) StorageManager.prototype.estimate = async () => ({ quota, usage: 0 });
  });
  await page.goto(`${site.url}/`);
  await page.getByRole('heading', { name: 'My plans' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await warning.count(), 0, 'an ordinary window: a share of a big disk');
  await page.evaluate(() => sessionStorage.setItem('test-quota', String(100 * 2 ** 20)));
  await page.reload();
  await warning.waitFor();
  await screenshot(page, 'private-window-warning');
  assert.deepEqual(page.errors, []);
});
