// End-to-end test of the calendar file taking the plan on screen: with the browser's storage
// full, a review schedule chosen just now is not saved in the browser, yet the reminders file
// holds it, as the page shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, waitSaved, artifacts, goTo, siteAndBrowser, fillStorage, freeStorage } from './support.mjs';

const site = siteAndBrowser();

test('storage full: the calendar file holds the review schedule on screen, not the stored plan', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Sam');
  await waitSaved(page);
  await goTo(page, 'Monitoring');

  // Storage refuses more: the schedule chosen now is only on screen.
  assert.ok(await fillStorage(page) > 0);
  // A schedule can take fewer bytes than none ("every": null becomes 2), so a longer title is
  // what first finds storage full; the schedule chosen after it is not saved either.
  await goTo(page, 'Intake');
  await page.getByLabel('Plan title').fill('Staying well at home this winter');
  await page.getByText('Not saved: this browser’s storage is full').first().waitFor();
  await goTo(page, 'Monitoring');
  const schedule = page.getByRole('region', { name: 'When the plan is reviewed' });
  await schedule.getByLabel('Review every').selectOption('2');
  await schedule.getByLabel('Days, weeks or months').selectOption({ label: 'weeks' });
  await page.getByText('Not saved: this browser’s storage is full').first().waitFor();

  const due = page.getByRole('region', { name: "What's due" });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    due.getByRole('button', { name: 'Add reminders to your calendar (.ics)' }).click(),
  ]);
  const saved = path.join(artifacts, 'plan-list-reminders-on-screen.ics');
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8').replaceAll('\r\n ', '');
  assert.ok(text.includes('\r\nSUMMARY:Care plan review\r\n'), text);
  assert.match(text, /RRULE:FREQ=WEEKLY;INTERVAL=2\r\n/);
  await due.getByRole('status').filter({ hasText: /^Saved \d+ reminders? as “care-plan-sam-.*\.ics”/ }).waitFor();
  assert.equal(await due.getByRole('alert').filter({ hasText: 'There is nothing coming up' }).count(), 0);

  await freeStorage(page);
  assert.deepEqual(page.errors, []);
});
