// End-to-end test of hosting under a sub-path: the site built with
// PUBLIC_URL=/tools/careplan/ (make dist-subpath), served only under that path by a host that
// answers unknown addresses with index.html. Walks a plan, reloads on a deep link, and checks
// that every request stays under the sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { newPage, waitSaved, siteAndBrowser } from './support.mjs';

const SUB = '/tools/careplan';
const built = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../target/dist-subpath');

const site = siteAndBrowser(built, { prefix: SUB });

test('under a sub-path: every page, deep-link reload, and no request outside it', async () => {
  const page = await newPage(site.browser);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });

  await page.goto(`${site.url}${SUB}/`);
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  assert.match(page.url(), new RegExp(`${SUB}/plans/[0-9a-f-]+/intake$`));
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Goals/ }).click();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  const deep = page.url();
  assert.match(deep, new RegExp(`${SUB}/plans/[0-9a-f-]+/goals$`));
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  await page.getByLabel('What will be done').fill('walk to the corner shop');
  await waitSaved(page);

  // A reload on the deep link: the host sends index.html, the app finds its files and the plan.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.equal(page.url(), deep);
  assert.match(await page.locator('.goal-sentence').first().innerText(), /Maria will walk to the corner shop/);
  // Opened fresh in a new tab, straight on the deep link.
  const other = await page.context().newPage();
  await other.goto(deep);
  await other.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  await other.close();

  // Home is the sub-path's home, not the site's.
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  assert.equal(page.url(), `${site.url}${SUB}/`);
  await page.getByRole('link', { name: 'Care plan builder' }).click();
  assert.equal(page.url(), `${site.url}${SUB}/`);
  await page.getByRole('heading', { level: 2, name: 'Maria' }).waitFor();

  const outside = requests.filter((p) => !p.startsWith(`${SUB}/`));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  assert.ok(requests.includes(`${SUB}/config.json`), 'the agency settings are looked for beside index.html');
  // config.json is absent: the host answers with index.html, which is not an error here.
  assert.deepEqual(failed, []);
  assert.deepEqual(page.errors, []);
});
