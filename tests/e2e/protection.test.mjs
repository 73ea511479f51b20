// End-to-end test of passphrase protection in real Chromium: turning it on (with the warnings),
// what is stored, reload and unlock, a wrong passphrase, locking with unsaved typing, changing
// the passphrase and turning it off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, anotherTab, screenshot, waitSaved, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

/**
 * Fails if `words` can be read in a stored value: in its text outside the ciphertext, or in the
 * ciphertext's bytes. (Matching the base64 text itself would fail now and then by chance.)
 */
function assertSealedAway(key, value, words) {
  let visible = value;
  let bytes = '';
  try {
    const parsed = JSON.parse(value);
    if (typeof parsed?.data === 'string') {
      bytes = Buffer.from(parsed.data, 'base64').toString('latin1');
      visible = JSON.stringify({ ...parsed, data: '', iv: '' });
    }
  } catch {
    // Not JSON: checked as it is.
  }
  assert.doesNotMatch(visible, words, key);
  assert.doesNotMatch(bytes, words, key);
}

/** Every value the app keeps in local storage. */
const storedValues = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((k) => k.startsWith('careplan:')).sort().map((k) => [k, localStorage.getItem(k)]));

async function startPlan(page, name, title) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill(name);
  await page.getByLabel('Plan title').fill(title);
  await waitSaved(page);
}

async function unlock(page, passphrase) {
  await page.getByRole('heading', { level: 1, name: 'Your plans are locked' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('passphrase protection: on, reload, wrong passphrase, unlock, lock while typing, change, off', async () => {
  const page = await newPage(site.browser);
  await startPlan(page, 'Rosa Delgado', 'Quiet nights');
  await startPlan(page, 'Tom', 'Work again');
  await page.getByRole('link', { name: 'Back to My plans' }).click();

  const section = page.getByRole('region', { name: 'Protect your plans with a passphrase' });
  await section.getByText('If the passphrase is forgotten, nobody can open the plans again').waitFor();
  const turnOn = section.getByRole('button', { name: 'Turn on protection' });
  await section.getByLabel('New passphrase').fill('short');
  await section.getByLabel('Type the passphrase again').fill('short');
  await turnOn.click();
  await section.getByRole('alert').getByText('Use at least 8 characters').waitFor();
  await section.getByLabel('New passphrase').fill('blue kettle garden');
  await section.getByLabel('Type the passphrase again').fill('blue kettle garden');
  await turnOn.click();
  await section.getByRole('alert').getByText('Tick the box').waitFor();
  await section.getByLabel('I understand that a forgotten passphrase cannot be recovered').check();
  await screenshot(page, 'protection-turn-on');
  await turnOn.click();
  await section.getByText('Your plans are protected with a passphrase and stored encrypted').waitFor();

  // Nothing personal is readable in storage any more.
  const sealed = await storedValues(page);
  const lock = Object.fromEntries(sealed)['careplan:lock'];
  assert.match(lock, /"kdf":"PBKDF2-SHA256","iterations":600000,"salt":"[^"]+"/);
  for (const [key, value] of sealed) {
    if (key === 'careplan:lock' || key === 'careplan:last-backup') continue;
    assert.match(value, /^\{"sealed":1,"cipher":"AES-GCM-256","iv":"[^"]+","data":"[^"]+"\}$/, key);
    assertSealedAway(key, value, /Rosa|Tom|Quiet/);
  }

  // A reload locks; a wrong passphrase says so and changes nothing.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your plans are locked' }).waitFor();
  assert.equal(await page.getByText('Rosa').count(), 0, 'no plan shows while locked');
  await unlock(page, 'blue kettle gardens');
  await page.getByRole('alert').getByText('That passphrase is not right').waitFor();
  await screenshot(page, 'protection-locked-wrong-passphrase');
  assert.deepEqual(await storedValues(page), sealed);

  await unlock(page, 'blue kettle garden');
  const plans = page.getByRole('list', { name: 'Plans' });
  await plans.getByRole('link', { name: 'Rosa Delgado', exact: true }).waitFor();
  assert.equal(await plans.getByRole('listitem').count(), 2);

  // Typing, then Lock at once: what was typed is saved (sealed) before the plans lock.
  await plans.getByRole('listitem').filter({ hasText: 'Rosa Delgado' }).getByRole('link', { name: /^Open/ }).click();
  await page.getByLabel('What matters most to you').fill('Sleeping through the night');
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plans are locked' }).waitFor();
  await page.waitForTimeout(200);
  for (const [key, value] of await storedValues(page)) {
    assertSealedAway(key, value, /Sleeping/);
  }
  await unlock(page, 'blue kettle garden');
  await page.getByLabel('What matters most to you').waitFor();
  assert.equal(await page.getByLabel('What matters most to you').inputValue(), 'Sleeping through the night');

  // A new passphrase: the old one stops working.
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await section.getByText('Change the passphrase').first().click();
  await section.getByLabel('Current passphrase').fill('blue kettle garden');
  await section.getByLabel('New passphrase', { exact: true }).fill('green teapot hill');
  await section.getByLabel('Type the new passphrase again').fill('green teapot hill');
  await section.getByRole('button', { name: 'Change the passphrase' }).click();
  await section.getByText('The passphrase is changed').waitFor();
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, 'blue kettle garden');
  await page.getByRole('alert').getByText('That passphrase is not right').waitFor();
  await unlock(page, 'green teapot hill');
  await plans.getByRole('link', { name: 'Rosa Delgado', exact: true }).waitFor();

  // Off: a wrong passphrase is refused; the right one stores everything plain again.
  await section.getByText('Turn off protection', { exact: true }).first().click();
  await section.getByLabel('Passphrase', { exact: true }).fill('blue kettle garden');
  await section.getByRole('button', { name: 'Turn off protection' }).click();
  await section.getByRole('alert').getByText('That passphrase is not right').waitFor();
  await section.getByLabel('Passphrase', { exact: true }).fill('green teapot hill');
  await section.getByRole('button', { name: 'Turn off protection' }).click();
  await section.getByRole('button', { name: 'Turn on protection' }).waitFor();
  const plain = Object.fromEntries(await storedValues(page));
  assert.equal(plain['careplan:lock'], undefined);
  assert.ok(Object.values(plain).some((v) => v.includes('Sleeping through the night')));
  await page.reload();
  await plans.getByRole('link', { name: 'Rosa Delgado', exact: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a forgotten passphrase: the locked plans can be deleted, after a warning, to start again', async () => {
  const page = await newPage(site.browser);
  await startPlan(page, 'Ivy', 'Garden');
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  const section = page.getByRole('region', { name: 'Protect your plans with a passphrase' });
  await section.getByLabel('New passphrase').fill('forget me soon');
  await section.getByLabel('Type the passphrase again').fill('forget me soon');
  await section.getByLabel('I understand that a forgotten passphrase cannot be recovered').check();
  await section.getByRole('button', { name: 'Turn on protection' }).click();
  await section.getByText('Your plans are protected').waitFor();
  await page.reload();
  await page.getByRole('button', { name: /Delete the locked plans/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the locked plans?' });
  assert.match(await dialog.innerText(), /Plans you saved as files are not affected/);
  await assertAccessible(page, 'delete-locked-plans-dialog');
  await dialog.getByRole('button', { name: 'Delete the locked plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.getByText('No plans yet').waitFor();
  assert.deepEqual((await storedValues(page)).map(([k]) => k).filter((k) => k !== 'careplan:last-backup'), []);
  assert.deepEqual(page.errors, []);
});

test('protected plans in two tabs: each unlocks on its own, and an edit in one shows in the other', async () => {
  const a = await newPage(site.browser);
  await startPlan(a, 'Nia', 'First steps');
  const url = a.url();
  await a.getByRole('link', { name: 'Back to My plans' }).click();
  const section = a.getByRole('region', { name: 'Protect your plans with a passphrase' });
  await section.getByLabel('New passphrase').fill('two tabs here');
  await section.getByLabel('Type the passphrase again').fill('two tabs here');
  await section.getByLabel('I understand that a forgotten passphrase cannot be recovered').check();
  await section.getByRole('button', { name: 'Turn on protection' }).click();
  await section.getByText('Your plans are protected').waitFor();

  const b = await anotherTab(a);
  await b.goto(url);
  await unlock(b, 'two tabs here');
  await b.getByLabel('Plan title').waitFor();
  await a.goto(url);
  await unlock(a, 'two tabs here');
  await a.getByLabel('Plan title').fill('Next steps');
  await waitSaved(a);
  await b.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Next steps'));
  await b.getByText('Saved in this browser').waitFor();
  for (const [key, value] of await storedValues(a)) assertSealedAway(key, value, /Next steps/);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('protection turned on or off in another tab: typing here is kept and saved the right way', async () => {
  const a = await newPage(site.browser);
  await startPlan(a, 'Omar', 'Steady');
  const url = a.url();
  const b = await anotherTab(a);
  await b.goto(url);
  await b.getByLabel('Plan title').waitFor();

  // A turns protection on while B has the plan open, unprotected.
  await a.getByRole('link', { name: 'Back to My plans' }).click();
  const section = a.getByRole('region', { name: 'Protect your plans with a passphrase' });
  await section.getByLabel('New passphrase').fill('other tab on');
  await section.getByLabel('Type the passphrase again').fill('other tab on');
  await section.getByLabel('I understand that a forgotten passphrase cannot be recovered').check();
  await section.getByRole('button', { name: 'Turn on protection' }).click();
  await section.getByText('Your plans are protected').waitFor();
  const banner = b.getByRole('alert').filter({ hasText: 'Your plans were protected with a passphrase in another tab' });
  await banner.waitFor();
  // B keeps typing: nothing is written plain, and nothing is lost.
  await b.getByLabel('Plan title').fill('Steady again');
  await b.getByText('Not saved: The plans are locked with a passphrase').waitFor();
  await screenshot(b, 'protection-on-in-another-tab');
  for (const [key, value] of await storedValues(a)) assertSealedAway(key, value, /Steady again|Omar/);
  await banner.getByLabel('Passphrase', { exact: true }).fill('other tab on');
  await banner.getByRole('button', { name: 'Unlock' }).click();
  await b.getByText('Saved in this browser').waitFor();
  assert.equal(await b.getByLabel('Plan title').inputValue(), 'Steady again');
  for (const [key, value] of await storedValues(a)) assertSealedAway(key, value, /Steady again/);

  // A turns protection off while B is unlocked; B's next save is plain and A reads it.
  await section.getByText('Turn off protection', { exact: true }).first().click();
  await section.getByLabel('Passphrase', { exact: true }).fill('other tab on');
  await section.getByRole('button', { name: 'Turn off protection' }).click();
  await section.getByRole('button', { name: 'Turn on protection' }).waitFor();
  await b.getByLabel('Plan title').fill('Steady for good');
  await waitSaved(b);
  assert.ok((await storedValues(a)).some(([, v]) => v.includes('Steady for good')), 'stored plain');
  await a.reload();
  const plans = a.getByRole('list', { name: 'Plans' });
  await plans.locator('.plan-title').getByText('Steady for good', { exact: true }).waitFor();
  assert.equal(await a.getByRole('region', { name: 'Plans that could not be opened' }).count(), 0);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});
