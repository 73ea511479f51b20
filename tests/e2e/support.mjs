// Shared by the end-to-end tests: serves dist/ like a static host with an index.html fallback
// (so deep links work on reload), and starts Chromium quietly on a closed network.
import { before, after } from 'node:test';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serves `dir` on a free loopback port; unknown paths get index.html, like a SPA host. With a
 * `prefix` ("/tools/careplan"), the site lives under that path and anything outside it is 404.
 */
export async function serve(dir = dist, { prefix = '' } = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "make dist" first`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const inside = url.pathname.slice(prefix.length);
    let file = path.normalize(path.join(dir, decodeURIComponent(inside)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(dir, 'index.html');
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
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
export async function newPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
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

/** Saves a screenshot for a person to look at (tests/e2e/artifacts, not committed). */
export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** Waits until the app has written everything to local storage. */
export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
}

/** The plan's step bar. */
export const stepBar = (page) => page.getByRole('navigation', { name: 'Steps of the plan' });

/** Opens a step of the open plan from the step bar and waits for its heading. */
export async function goTo(page, step) {
  await stepBar(page).getByRole('link', { name: new RegExp(`^${step}`) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(step) }).waitFor();
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
