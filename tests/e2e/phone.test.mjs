// End-to-end tests of the phone-first start (issue #25): something shows at once while the app's
// code arrives, a plain message when it cannot start, each file downloaded once on a first visit,
// repeat visits from the cache, compressed files, and at phone size every step starting on the
// first screen with nothing wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, screenshot, waitSaved, dist, openSettings } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const WASM = /_bg\.wasm$/;
// What a refused or held-back file makes the browser say in the console: expected here.
const loadNoise = (e) => /Failed to load resource|net::ERR_|Failed to fetch|WebAssembly|TypeError|Load failed|fetch/i.test(e);

test('the shell shows at once while the app loads, in the browser language, and goes when the app starts', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  for (const [locale, loading, brand] of [
    ['en-US', 'Loading your care plans…', 'Care plan builder'],
    ['es-MX', 'Cargando sus planes de cuidado…', 'Creador de planes de cuidado'],
  ]) {
    const page = await newPage(browser, { width: 390, height: 844, locale });
    // The wasm is held back until the test lets it go, as on a slow connection.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(WASM, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    const shell = page.locator('#app-shell');
    await shell.getByRole('status').filter({ hasText: loading }).waitFor();
    assert.ok(await shell.locator('.shell-indicator').isVisible(), 'a visible sign of loading');
    assert.equal(await shell.locator('.brand').innerText(), brand);
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale.slice(0, 2));
    // Styled by the app's own CSS: the header is the app's blue.
    assert.equal(await shell.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(29, 79, 145)');
    await screenshot(page, `shell-loading-${locale}`);
    release();
    await page.getByRole('heading', { level: 1, name: locale === 'en-US' ? 'My plans' : 'Mis planes' }).waitFor();
    assert.equal(await page.locator('#app-shell').count(), 0, 'the shell is gone once the app runs');
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('when the app cannot start, a plain message says what to do, never a blank page', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  // The wasm refused (the connection dropped), in English and in Spanish.
  for (const [locale, title, text] of [
    ['en-US', 'The care plan builder could not start', /Your saved plans are safe in this browser\. Check your connection, then reload the page\./],
    ['es-ES', 'El creador de planes de cuidado no pudo iniciarse', /Sus planes guardados están a salvo en este navegador\./],
  ]) {
    const page = await newPage(browser, { width: 390, height: 844, locale });
    await page.route(WASM, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: title }).waitFor();
    assert.match(await alert.innerText(), text);
    assert.equal(await page.locator('.shell-loading').isVisible(), false, 'no turning ring beside the message');
    await screenshot(page, `shell-failed-${locale}`);
    // Reloading with the connection back starts the app.
    await page.unroute(WASM);
    await alert.getByRole('button').click();
    await page.getByRole('heading', { level: 1, name: locale === 'en-US' ? 'My plans' : 'Mis planes' }).waitFor();
    assert.deepEqual(page.errors.filter((e) => !loadNoise(e)), []);
    await page.context().close();
  }

  // The app's script itself refused.
  const page = await newPage(browser);
  await page.route(/\/careplan-[0-9a-f]+\.js$/, (route) => route.abort('connectionreset'));
  await page.goto(`${server.url}/`);
  await page.getByRole('alert').getByRole('heading', { name: 'The care plan builder could not start' }).waitFor();
  await page.context().close();

  // A browser without WebAssembly.
  const old = await newPage(browser);
  await old.context().addInitScript(() => { delete window.WebAssembly; });
  await old.goto(`${server.url}/`);
  const alert = old.getByRole('alert');
  await alert.getByRole('heading', { name: 'This browser cannot run the care plan builder' }).waitFor();
  assert.match(await alert.innerText(), /Open this page in a current version of Chrome, Edge, Firefox or Safari/);
  await old.context().close();
});

test('a first visit downloads each file once, compressed; a repeat visit starts from the cache', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const page = await newPage(browser, { width: 390, height: 844 });
  const pageFiles = new Set();
  page.on('request', (r) => pageFiles.add(new URL(r.url()).pathname));
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });

  const bodies = server.log.filter((a) => a.status === 200);
  const counts = new Map();
  for (const a of bodies) counts.set(a.path, (counts.get(a.path) ?? 0) + 1);
  const twice = [...counts].filter(([p, n]) => n > 1 && p !== '/sw.js');
  assert.deepEqual(twice, [], 'no file downloaded twice');
  const wasm = bodies.find((a) => WASM.test(a.path));
  assert.equal(wasm.encoding, 'br', 'the wasm comes compressed');
  assert.ok(bodies.find((a) => a.path === '/').encoding === 'br', 'so does the page');
  const total = bodies.reduce((sum, a) => sum + a.bytes, 0);
  const firstPage = bodies.filter((a) => pageFiles.has(a.path)).reduce((sum, a) => sum + a.bytes, 0);
  assert.ok(total <= 1.1 * firstPage, `a first visit moved ${total} bytes for a page of ${firstPage}`);

  // Every file the worker keeps is in its cache.
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('careplan-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/', wasm.path]) assert.ok(kept.includes(file), `${file} is kept (${kept})`);

  // A repeat visit: the page and the app's files come from the worker's cache; the network is
  // asked for nothing but the worker's own script (the check for a new version, beside).
  const seen = server.log.length;
  const again = await page.context().newPage();
  await again.goto(`${server.url}/`);
  await again.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await again.getByRole('button', { name: 'Start a new plan' }).click();
  await again.getByLabel('Name or nickname').waitFor();
  const asked = server.log.slice(seen).map((a) => a.path).filter((p) => !['/sw.js', '/config.json', '/manifest.webmanifest'].includes(p));
  assert.deepEqual(asked, [], 'nothing of the app was fetched from the network');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the built site has compressed copies, validators and a robots.txt', async (t) => {
  for (const file of fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f))) {
    assert.ok(fs.existsSync(path.join(dist, `${file}.br`)), `${file}.br`);
    assert.ok(fs.existsSync(path.join(dist, `${file}.gz`)), `${file}.gz`);
  }
  const server = await serve();
  t.after(() => server.close());
  const robots = await fetch(`${server.url}/robots.txt`);
  assert.match(await robots.text(), /^User-agent: \*/m);
  // An unchanged file is answered "not modified", with no body.
  const first = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(first.headers.get('content-encoding'), 'gzip');
  const etag = first.headers.get('etag');
  const second = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
  assert.equal(second.status, 304);
});

/** The steps of a plan, with what counts as the start of each one's own content. */
const STEPS = ['intake', 'assessment', 'needs', 'goals', 'actions', 'monitoring', 'evaluation', 'transition', 'print'];
// A step's own content: the first thing inside its body (after the heading, the purpose, the
// words and the guidance, which every step has), or on Print the first button.
const FIRST_CONTENT = 'main > fieldset.plain > :first-child, main .print-controls';

test('on a 390x844 phone every step starts on the first screen; nothing is wider than 320 px', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Phone Pat');
  await waitSaved(page);
  const base = page.url().replace(/\/intake$/, '');
  // The header's settings are one button; the steps one row with the whole list a tap away.
  const settings = page.getByRole('button', { name: 'Settings (language, text size)' });
  assert.equal(await page.getByLabel('Text size').isVisible(), false);
  await settings.click();
  assert.equal(await page.getByLabel('Text size').isVisible(), true);
  await settings.click();
  const bar = page.getByRole('navigation', { name: 'Steps of the plan' });
  await bar.getByRole('button', { name: /^All steps \(1 of 9 started\)/ }).click();
  await bar.getByRole('link', { name: /^Goals/ }).click();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.equal(await bar.getByRole('link', { name: /^Needs/ }).isVisible(), false, 'the list folds again');
  await bar.getByRole('link', { name: 'Next step: Actions & services' }).click();
  await page.getByRole('heading', { level: 1, name: /Actions & services/ }).waitFor();

  for (const step of STEPS) {
    await page.goto(`${base}/${step}`);
    await page.locator('main h1').waitFor();
    const first = page.locator(FIRST_CONTENT).first();
    await first.waitFor();
    const box = await first.boundingBox();
    assert.ok(box.y + Math.min(box.height, 100) <= 844, `${step}: its content starts at y = ${Math.round(box.y)}`);
    if (step === 'intake') {
      const field = await page.locator('main input').first().boundingBox();
      assert.ok(field.y + field.height <= 844, `intake: its first field is at y = ${Math.round(field.y)}`);
    }
    // Every control of the frame is at least 44 px square to tap.
    for (const control of await page.locator('.site-header :is(a, button, select), .step-bar-folded :is(a, button), .prev-next a, .safety-plan-link').all()) {
      if (!(await control.isVisible())) continue;
      const b = await control.boundingBox();
      assert.ok(b.height >= 44 && b.width >= 44, `${step}: ${await control.innerText()} is ${b.width}x${b.height}`);
    }
    if (step === 'intake' || step === 'goals') await screenshot(page, `phone-${step}`);
  }
  // At 320 px (400% zoom), with the lists open, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  for (const step of STEPS) {
    await page.goto(`${base}/${step}`);
    await page.locator('main h1').waitFor();
    await page.getByRole('button', { name: /^All steps/ }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${step}: ${overflow}px wider than the screen`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on a phone, a plan\'s goals start on the first screen of Goals; the SMART explanation is folded once there are goals', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(`${server.url}/`);
  const fixture = new URL('../fixtures/plan-maria.json', import.meta.url);
  await page.getByLabel('Import plans from a file').setInputFiles(fixture.pathname);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const { id } = JSON.parse(fs.readFileSync(fixture, 'utf8')).plans[0].plan;
  await page.goto(`${server.url}/plans/${id}/goals`);
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  const explained = page.locator('details.smart-fold');
  assert.equal(await explained.getAttribute('open'), null, 'folded: the plan has goals');
  const goal = page.locator('.goal-list > li').first();
  await goal.waitFor();
  const box = await goal.boundingBox();
  assert.ok(box.y + 60 <= 844, `the first goal starts at y = ${Math.round(box.y)}`);
  await screenshot(page, 'phone-goals-with-goals');
  // One tap opens it.
  await explained.locator('summary').click();
  await page.getByText('says exactly what will be done, and by whom.').waitFor();
  // A plan with no goal yet shows the explanation open.
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Nina');
  await page.goto(page.url().replace(/intake$/, 'goals'));
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.notEqual(await page.locator('details.smart-fold').getAttribute('open'), null, 'open: no goal yet');
  assert.ok(await page.getByText('says exactly what will be done, and by whom.').isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a goal\'s baseline and target bring up a number pad', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Nina');
  await page.goto(page.url().replace(/intake$/, 'goals'));
  await page.getByRole('button', { name: 'Write a new goal' }).click();
  for (const label of ['Where things are now (baseline)', 'Target number']) {
    assert.equal(await page.getByLabel(label, { exact: true }).getAttribute('inputmode'), 'decimal', label);
  }
  await page.context().close();
});

test('offline after one visit: a Spanish practice case and a 200-goal plan open', async (t) => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-site-'));
  fs.cpSync(dist, site, { recursive: true });
  const server = await serve(site);
  t.after(() => server.close());
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
  // A 200-goal plan, stored as the app stores it.
  const file = JSON.parse(fs.readFileSync(new URL('../fixtures/plan-maria.json', import.meta.url), 'utf8'));
  const plan = file.plans[0].plan;
  const goal = plan.goals[0];
  plan.goals = Array.from({ length: 200 }, (_, i) => ({ ...goal, id: crypto.randomUUID(), action: `walk ${i + 1} blocks`, steps: [] }));
  const big = path.join(site, 'big-plan.json');
  fs.writeFileSync(big, JSON.stringify(file));
  await page.getByLabel('Import plans from a file').setInputFiles(big);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();

  await server.close();
  await page.context().setOffline(true);
  await page.goto(`${server.url}/plans/${plan.id}/goals`);
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.equal(await page.locator('.goal-list > .goal').count(), 200);

  await page.goto(`${server.url}/`);
  await openSettings(page);
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1, name: 'Mis planes' }).waitFor();
  const cases = page.getByRole('region', { name: 'Casos de práctica' });
  const sandra = cases.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sandra' }) });
  await sandra.getByRole('button', { name: /^Empezar a practicar/ }).click();
  await page.getByRole('region', { name: /Copia de práctica: el caso de Sandra/ }).waitFor();
  assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await page.context().close();
  fs.rmSync(site, { recursive: true, force: true });
});
