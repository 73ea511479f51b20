// End-to-end test of a full browser storage in real Chromium: local storage is filled until it
// refuses more, the person keeps typing, a banner says the changes are only on screen, the plan
// with every change is saved as a file, and once space is freed the save goes through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, screenshot, waitSaved, artifacts, siteAndBrowser, fillStorage, freeStorage } from './support.mjs';

const site = siteAndBrowser();

test('storage full: nothing lost, the plan saved as a file, and saved again once space is freed', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Sam');
  await waitSaved(page);

  // Another site's data (or old plans) fill the browser's storage to the last byte.
  const filled = await fillStorage(page);
  assert.ok(filled > 0);

  await page.getByLabel('Name or nickname').fill('Sam Stone');
  const banner = page.getByRole('alert').filter({ hasText: 'This browser’s storage is full' });
  await banner.waitFor();
  await page.getByText('Not saved: this browser’s storage is full').waitFor();
  await screenshot(page, 'storage-full');
  // The app keeps working: the change is on screen.
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Sam Stone');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Save this plan as a file' }).click(),
  ]);
  const saved = path.join(artifacts, 'storage-full-plan.json');
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(file.plans[0].plan.person.name, 'Sam Stone', 'the file holds the change storage refused');
  await banner.getByText(/^Saved the plan with all your changes as/).waitFor();

  // Space is freed; trying again saves, and the banner goes.
  await freeStorage(page);
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await waitSaved(page);
  assert.equal(await banner.count(), 0);
  await page.reload();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Sam Stone');
  assert.deepEqual(page.errors, []);
});
