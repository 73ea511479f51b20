// Shared by the end-to-end tests: serves dist/ like a real static host (compressed copies,
// validators, an index.html fallback so deep links work on reload), and starts Chromium quietly on a closed network.
import { before, after } from 'node:test';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static_server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// E2E_DIST: a site built elsewhere (trunk build --dist DIR), so two builds need not share dist/.
export const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');

/**
 * Serves `dir` on a free loopback port as a real static host does (scripts/static_server.mjs:
 * the .br/.gz copies, validators, index.html for unknown paths). With a `prefix`
 * ("/tools/careplan"), the site lives under that path and anything outside it is 404. The
 * returned `log` lists every answer ({ path, status, encoding, bytes }).
 */
export async function serve(dir = dist, { prefix = '' } = {}) {
  return serveStatic(dir, { prefix });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A fresh page in its own context (its own local storage). Fails the test on any page error,
 * console error, CSP violation or request to another origin, so a panic, a broken wasm or a
 * leak never passes silently.
 */
export async function newPage(browser, { width = 1280, height = 900, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  // The Content-Security-Policy: any violation fails the test.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return watched(await context.newPage());
}

/** Another tab beside `page`: the same context, so the same local storage; watched the same way. */
export async function anotherTab(page) {
  return watched(await page.context().newPage());
}

function watched(page) {
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // Privacy: nothing may be requested from anywhere but this site (tests serve on loopback).
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      page.errors.push(`request to another origin: ${r.url()}`);
    }
  });
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return page;
}

/**
 * Saves a screenshot for a person to look at (tests/e2e/artifacts, not committed), and checks
 * the page as it is with axe (WCAG 2.2 A/AA): every state worth a picture is worth a scan.
 * `options` as for `assertAccessible`.
 */
export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await assertAccessible(page, name, options);
}

/** Waits until the app has written everything to local storage. */
export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
}

/**
 * Fills the browser's local storage to the last byte, as another site's data (or old plans)
 * would; returns how many filler values it took. `freeStorage` takes them out again.
 */
export async function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

/** Removes what `fillStorage` wrote. */
export async function freeStorage(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

/** The plan's step bar. */
export const stepBar = (page) => page.getByRole('navigation', { name: 'Steps of the plan' });

/**
 * On a phone the step bar is folded into one row: opens its list of steps (whatever the
 * language), if it is folded. Does nothing on a wide screen.
 */
export async function unfoldSteps(page) {
  // Only once the plan's page is drawn (a slow machine may still be starting the app).
  await page.locator('.step-bar').waitFor({ state: 'attached' });
  const toggle = page.locator('.step-bar-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** On a phone the header's language and text size are behind one button: opens it if so. */
export async function openSettings(page) {
  // The loading page has no settings: wait for the app's own header first (a slow machine
  // may still be starting the app).
  await page.locator('.header-settings').waitFor({ state: 'attached' });
  const toggle = page.locator('.settings-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Opens a step of the open plan from the step bar and waits for its heading. */
export async function goTo(page, step) {
  await unfoldSteps(page);
  await stepBar(page).getByRole('link', { name: new RegExp(`^${step}`) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(step) }).waitFor();
}

/**
 * Serves a copy of the built site to which an agency added `files` (name -> text, or an object
 * written as JSON) beside index.html, as an agency uploads config.json. Stopped and removed
 * after the test file.
 */
export async function siteWithFiles(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-site-'));
  fs.cpSync(dist, dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  }
  const server = await serve(dir);
  after(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return server;
}

/**
 * For one test file: serves the built site (`dir`, `options` as for `serve`) and starts
 * Chromium before its tests, and stops both after them. Read `site.url` and `site.browser`
 * inside tests.
 */
export function siteAndBrowser(dir = dist, options = {}) {
  const site = { url: '', browser: null, server: null };
  before(async () => {
    site.server = await serve(dir, options);
    site.url = site.server.url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

// axe-core, the accessibility checker, run inside the page. Evaluated through the DevTools
// protocol, which the page's Content-Security-Policy does not govern (a <script> tag would be
// refused, rightly).
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 success criteria at levels A and AA as axe tags them, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The page as it is now, checked by axe against WCAG 2.2 A and AA. Returns the violations as
 * readable lines ("where: rule (impact): what, at which elements"); empty when there are none.
 */
export async function accessibilityViolations(page, where, { pausedClock = false } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  const run = page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    }));
  }, AXE_TAGS);
  // axe waits on timers: on a page whose clock the test has paused, move it on until axe is
  // done, a little at a time and at most 300 ms, short of the app's 400 ms save delay, so the
  // state the test holds stays as it is.
  let done = false;
  run.finally(() => { done = true; }).catch(() => {});
  for (let moved = 0; pausedClock && !done; moved += 5) {
    if (moved >= 300) throw new Error(`${where}: axe did not finish within 300 ms of the paused clock`);
    await page.clock.runFor(5);
  }
  const violations = await run;
  return violations.map((v) => `${where}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`);
}

/**
 * Fails with every WCAG 2.2 A/AA violation axe finds on the page as it is now. Pass
 * `{ pausedClock: true }` for a page whose clock the test holds (`page.clock.pauseAt`).
 */
export async function assertAccessible(page, where, options = {}) {
  const found = await accessibilityViolations(page, where, options);
  if (found.length > 0) {
    throw new Error(`Accessibility problems (axe, WCAG 2.2 A/AA):\n${found.join('\n')}`);
  }
}
