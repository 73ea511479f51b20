// End-to-end test of the text size setting: chosen in the header, applied to every page,
// remembered after a reload, and the layout holds at phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, goTo, siteAndBrowser, openSettings } from './support.mjs';

const site = siteAndBrowser();

const rootSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('text size: normal, large, extra large; remembered; nothing spills sideways on a phone', async () => {
  const page = await newPage(site.browser, { width: 390, height: 844 });
  await page.goto(`${site.url}/`);
  await openSettings(page);
  const select = page.getByLabel('Text size');
  assert.equal(await select.inputValue(), 'normal');
  const normal = await rootSize(page);
  await select.selectOption({ label: 'Large' });
  const large = await rootSize(page);
  await select.selectOption({ label: 'Extra large' });
  const extra = await rootSize(page);
  assert.ok(normal < large && large < extra, `${normal} < ${large} < ${extra}`);

  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Bea');
  await page.reload();
  await page.getByLabel('Name or nickname').waitFor();
  assert.equal(await rootSize(page), extra, 'remembered');
  await openSettings(page);
  assert.equal(await page.getByLabel('Text size').inputValue(), 'extra-large');
  for (const step of ['Intake', 'Goals', 'Actions & services', 'Print']) {
    await goTo(page, step);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${step}: the page is ${overflow}px wider than the screen`);
  }
  await goTo(page, 'Goals');
  await screenshot(page, 'text-size-extra-large-phone');
  assert.deepEqual(page.errors, []);
});
