// End-to-end test of working offline: after one visit, the service worker serves the app with
// the network gone (server stopped, browser offline), and a plan can be created and edited; the
// web-app manifest and its icons are there to install the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, waitSaved, dist } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('offline after the first visit: reload, create and edit a plan', async () => {
  const server = await serve();
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  // The worker has installed and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });

  // The manifest and its icons, for installing the app.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.name, 'Care plan builder');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const ok = await page.evaluate(async (src) => (await fetch(new URL(src, document.baseURI))).ok, icon.src);
    assert.ok(ok, `${icon.src} is served`);
  }

  // The network is gone: the server is stopped and the browser is offline.
  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Offline Olga');
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /^Goals/ }).click();
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  await page.getByLabel('What will be done').fill('walk to the bus stop');
  await waitSaved(page);
  // A deep link, reloaded offline, still opens.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.match(await page.locator('.goal-sentence').first().innerText(), /Offline Olga will walk to the bus stop/);
  // No "new version" notice: nothing new was deployed.
  assert.equal(await page.getByText('A new version of this app is ready').count(), 0);
  assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
});

test('a new deployment is announced, not forced: the page keeps what the person typed', async () => {
  // A copy of the site, so the test can deploy a new version of it.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-site-'));
  fs.cpSync(dist, site, { recursive: true });
  const server = await serve(site);
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Nadia');
  // A new deployment: the site now has a different worker script.
  // (A deployment writes its compressed copies afresh; this one has none.)
  fs.appendFileSync(path.join(site, 'sw.js'), '\n// the next deployment\n');
  for (const ext of ['.br', '.gz']) fs.rmSync(path.join(site, `sw.js${ext}`), { force: true });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByText('A new version of this app is ready').waitFor();
  // Nothing reloaded: the typing is still there.
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Nadia');
  await page.getByRole('button', { name: 'Use it now' }).click();
  await page.getByLabel('Name or nickname').waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Nadia', 'saved before the reload');
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
  assert.deepEqual(page.errors, []);
});
