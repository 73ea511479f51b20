// End-to-end test of practice cases (teaching mode): open Sandra's case, build part of a plan,
// "Check my plan" shows what was missed, reset the case, and practice plans never appear among
// real plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, goTo, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('practice with Sandra: partial plan, check it, see the missed needs, start again; never a real plan', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  const cases = page.getByRole('region', { name: 'Practice cases' });
  const sandra = cases.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sandra' }) });
  await sandra.getByText('Read Sandra’s story').click();
  await sandra.getByText('She is not sure which pills she should still take').waitFor();
  await sandra.getByRole('button', { name: /^Start practising/ }).click();

  // Marked as practice on every step, with the guidance open.
  const banner = page.getByRole('region', { name: 'Practice copy: Sandra’s case' });
  await banner.waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Sandra');
  assert.notEqual(await page.locator('details.guidance').getAttribute('open'), null, 'guidance open in practice');
  await goTo(page, 'Needs');
  await banner.waitFor();

  // Before writing anything: every key need is missed.
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  const revisit = banner.locator('ul.to-revisit');
  await revisit.waitFor();
  const before = await revisit.innerText();
  assert.match(before, /A medicine schedule she can follow/);
  assert.match(before, /Fewer hospital and emergency room visits/);

  // A partial plan: one of the key needs, in the trainee's words; then check again.
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Confused about which medicines to take and when');
  await waitSaved(page);
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  await banner.locator('ul.done-well').waitFor();
  const found = await banner.locator('ul.done-well').innerText();
  assert.match(found, /medicine schedule/i, found);
  const still = await banner.locator('ul.to-revisit').innerText();
  assert.match(still, /Fewer hospital and emergency room visits/);
  assert.doesNotMatch(still, /Missed: A medicine schedule/, 'the need was found');
  assert.match(still, /“A medicine schedule she can follow” is one of the needs that matter most, but no goal is linked to it yet/);
  await screenshot(page, 'practice-check-my-plan');

  // Our model plan, beside the trainee's.
  await banner.getByRole('button', { name: 'Show our model plan beside yours' }).click();
  const model = page.getByRole('complementary', { name: 'Our model plan for Sandra' });
  await model.waitFor();
  assert.match(await model.innerText(), /Care plan:[\s\S]*Goals/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the window`);
  await screenshot(page, 'practice-model-plan-beside');
  await banner.getByRole('button', { name: 'Hide our model plan' }).click();
  await model.waitFor({ state: 'detached' });

  // Printouts say it is practice.
  await goTo(page, 'Print');
  await page.getByText('Practice copy for training — not a real plan').first().waitFor();

  // My plans: no real plan; the case can be continued or started again.
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByText('No plans yet').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).count(), 0, 'never among real plans');
  await sandra.getByRole('button', { name: /^Start again from the beginning/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the practice again?' });
  await dialog.getByRole('button', { name: 'Start again' }).click();
  await page.getByText('The practice copy of Sandra’s case starts again from the beginning.').waitFor();
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careplan:plan:')).length);
  assert.equal(copies, 1, 'one practice copy, fresh');
  await sandra.getByRole('link', { name: /^Continue practising/ }).click();
  await goTo(page, 'Needs');
  await banner.getByRole('button', { name: 'Check my plan' }).click();
  assert.equal(await banner.locator('ul.to-revisit').innerText(), before, 'back to the start');
  assert.deepEqual(page.errors, []);
});
