// The benchmark of issue #11: sizes, startup, typing, saving, printing and the static-HTML limit,
// measured in headless Chromium against the release build in dist/, at normal speed and with the
// CPU throttled. Prints a table and writes bench/results.json.
//
//   node bench/bench.mjs            (make bench builds dist/ and bench/plans.json first)
//   BENCH_SIZES=empty,20,200,1000   which stored-plan sizes ("empty" is an empty store)
//   BENCH_THROTTLES=1,4             CPU slowdown factors (Emulation.setCPUThrottlingRate)
//   BENCH_REPEATS=3                 runs of each measurement (min / median / max)
//   BENCH_KEYSTROKES=100            keystrokes per typing run (p50 / p95)
//   BENCH_STARTUP_LOADS=3           cold loads of My plans per run (its figure is the budget's,
//                                   and single loads vary by 20% on a 2-core machine)
//   BENCH_CHECK=1                   fail unless every figure was produced (the smoke test)
//
// Nothing leaves the machine: the site is served on 127.0.0.1 and every other request is aborted.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST: another build to measure (e.g. to compare two builds of the same code).
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const plansFile = path.join(root, 'bench/plans.json');
const outFile = process.env.BENCH_OUT ?? path.join(root, 'bench/results.json');

const list = (v, d) => (v ?? d).split(',').map((s) => s.trim()).filter(Boolean);
const SIZES = list(process.env.BENCH_SIZES, 'empty,20,200,1000');
const THROTTLES = list(process.env.BENCH_THROTTLES, '1,4').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 100);
const STARTUP_LOADS = Number(process.env.BENCH_STARTUP_LOADS ?? 3);
const CHECK = process.env.BENCH_CHECK === '1';
// Actions & services is measured for plans up to this many goals (all, unless told).
const ACTIONS_MAX = Number(process.env.BENCH_ACTIONS_MAX ?? Infinity);
const TIMEOUT = 120_000;

const KiB = 1024;
const BUDGETS = {
  brotli_total_kib: 200,
  plans_list_ms_200: 300,
  typing_p95_ms_200: 16,
  typing_p95_ms_1000: 50,
  save_ms_200: 16,
  static_ratio: 2,
};

// ---------------------------------------------------------------- sizes of what is shipped

function sizes() {
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
  const rows = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const kind = path.extname(f).slice(1);
    const data = fs.readFileSync(path.join(dist, f));
    const row = rows[kind] ?? { files: [], raw: 0, gzip: 0, brotli: 0 };
    row.files.push(f);
    row.raw += data.length;
    row.gzip += zlib.gzipSync(data, { level: 9 }).length;
    row.brotli += zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length;
    rows[kind] = row;
  }
  for (const row of Object.values(rows)) {
    total.raw += row.raw;
    total.gzip += row.gzip;
    total.brotli += row.brotli;
  }
  return { ...rows, total };
}

// ---------------------------------------------------------------- a local static host

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/** dist/ with an index.html fallback; `pages` holds extra in-memory pages (the static copies). */
async function serve(pages) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (pages.has(url.pathname)) {
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
      res.end(pages.get(url.pathname));
      return;
    }
    let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(dist, 'index.html');
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

// ---------------------------------------------------------------- in-page helpers

/**
 * Installed before any page script: `__bench.when(selector, test)` resolves with the time
 * (ms since navigation start) of the first paint after the DOM satisfied the test, watched with
 * a MutationObserver from the very start of the document.
 */
function installProbe() {
  const afterPaint = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
  });
  const waits = [];
  const check = () => {
    for (let i = waits.length - 1; i >= 0; i--) {
      const w = waits[i];
      if (w.test()) {
        waits.splice(i, 1);
        const dom = performance.now();
        afterPaint().then((paint) => w.resolve({ dom, paint }));
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  window.__bench = {
    afterPaint,
    when(test) {
      return new Promise((resolve) => { waits.push({ test, resolve }); check(); });
    },
  };
}

// ---------------------------------------------------------------- measurements

async function newPage(browser, throttle, storage) {
  // The probes build their readiness checks with `new Function`, which the app's CSP (no
  // 'unsafe-eval') would refuse; the CSP does not change what is measured.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  // A closed network: only the local host answers.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  if (storage) {
    await page.goto(`${base}/__bench/blank`);
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, storage);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/** Navigates and returns ms from navigation start to the paint after `test` holds. */
async function timeNavigation(page, url, test, arg) {
  await page.goto(url, { waitUntil: 'commit' });
  const t = await Promise.race([
    page.evaluate(([src, a]) => window.__bench.when(() => new Function('a', src)(a)), [test, arg]),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${url} not ready after ${TIMEOUT} ms`)), TIMEOUT)),
  ]);
  return t.paint;
}

const LIST_READY = `return document.querySelector('ul.plan-list > li') || document.querySelector('main.plans-page p.empty')`;
const GOALS_READY = `return document.querySelectorAll('ol.goal-list > li.goal').length >= a`;
const ACTIONS_READY = `return document.querySelectorAll('section.goal-steps').length >= a
  && document.querySelectorAll('li.service').length > 0`;
const PRINT_READY = `return document.querySelectorAll('.printout.full-plan .print-goal').length >= a
  && document.querySelector('.printout.full-plan .signatures')`;
const STATIC_READY = `return !!window.__staticDone`;

/** The Goals page as it stands, as one static file (inline CSS, no scripts). */
async function staticCopy(page) {
  return page.evaluate(async () => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((n) => n.remove());
    const css = [];
    for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
      css.push(await (await fetch(link.href)).text());
      link.remove();
    }
    const style = document.createElement('style');
    style.textContent = css.join('\n');
    doc.querySelector('head').appendChild(style);
    // Marks the end of parsing, forces layout, then waits for the paint like the app's probe.
    const done = document.createElement('script');
    // (The comment is a DOM change, which is what the probe watches for.)
    done.textContent = 'document.body.offsetHeight; window.__staticDone = true; document.body.append(document.createComment("done"));';
    doc.querySelector('body').appendChild(done);
    return '<!doctype html>\n' + doc.outerHTML;
  });
}

/**
 * Types `count` characters at the end of the field `fieldId`; returns ms from each keydown to the
 * paint after the elements `watch` returns (run in the page) changed.
 */
async function typeInto(page, fieldId, watch, count) {
  const field = page.locator(`#${fieldId}`);
  await field.click();
  await field.press('End');
  await page.evaluate(([id, watchSrc]) => {
    const input = document.getElementById(id);
    const watched = new Function('input', watchSrc)(input).filter(Boolean);
    // Per keystroke: from the key event (its timeStamp, so time spent queued counts) to the last
    // DOM change it caused (`dom`), and to the paint after it (`paint`).
    const state = { samples: [], paints: [], t0: null, last: null, waiters: [] };
    window.__typing = state;
    input.addEventListener('keydown', (e) => { state.t0 = e.timeStamp; }, true);
    const seen = () => {
      state.last = performance.now();
      if (state.t0 === null) return;
      const t0 = state.t0;
      state.t0 = null;
      window.__bench.afterPaint().then((t) => {
        state.samples.push(state.last - t0);
        state.paints.push(t - t0);
        state.waiters.splice(0).forEach((w) => w());
      });
    };
    const obs = new MutationObserver(seen);
    for (const el of watched) {
      obs.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    state.next = (n) => new Promise((resolve) => {
      if (state.samples.length >= n) return resolve(true);
      state.waiters.push(() => resolve(true));
      setTimeout(() => resolve(false), 5000);
    });
  }, [fieldId, watch]);
  // Letters only: a trailing space changes nothing on screen (the sentence is trimmed).
  const text = 'eachdaywithmyfriend';
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(text[i % text.length]);
    const ok = await page.evaluate((n) => window.__typing.next(n), i + 1);
    if (!ok) throw new Error(`keystroke ${i + 1} in #${fieldId} did not reach the DOM`);
    await page.waitForTimeout(30); // a fast typist: about 30 ms between keys on top of the update
  }
  return page.evaluate(() => ({ dom: window.__typing.samples, paint: window.__typing.paints }));
}

/** Unfolds the goal and types in its detail field: the sentence and SMART marks follow. */
async function typeInGoal(page, goalId, count) {
  const detail = page.locator(`#goal-${goalId}-detail`);
  if (!(await detail.isVisible().catch(() => false))) {
    await page.locator(`#goal-${goalId}-title`).locator('xpath=..').locator('details.goal-fields > summary').click();
  }
  await detail.waitFor();
  return typeInto(page, `goal-${goalId}-detail`, `return [
    document.getElementById('goal-${goalId}-sentence'),
    document.getElementById('goal-${goalId}-smart'),
  ]`, count);
}

/**
 * Opens the first step on Actions & services (a big plan's steps start as one line each) and
 * types in its "what" field: the step's name in its line and legend follows.
 */
async function typeInStep(page, stepId, count) {
  const what = page.locator(`#step-${stepId}-what`);
  if (!(await what.isVisible().catch(() => false))) {
    await page.locator(`#step-${stepId}-fold > summary`).click();
  }
  await what.waitFor();
  return typeInto(page, `step-${stepId}-what`, `return [
    input.closest('fieldset').querySelector('legend'),
    input.closest('details').querySelector('summary .step-name'),
  ]`, count);
}

/** The saves the app made (User Timing "careplan-save", see src/state/plan.rs). */
async function saves(page) {
  await page.waitForFunction(() => performance.getEntriesByName('careplan-save').length > 0, null, { timeout: 10_000 }).catch(() => {});
  return page.evaluate(() => performance.getEntriesByName('careplan-save').map((e) => e.duration));
}

const pct = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const stat = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x));
  if (!v.length) return null;
  return { min: Math.min(...v), median: pct(v, 50), max: Math.max(...v), n: v.length };
};

// ---------------------------------------------------------------- the run

let base;
const staticPages = new Map([['/__bench/blank', '<!doctype html><title>blank</title>']]);

async function runSize(browser, size, throttle, plans) {
  const data = size === 'empty' ? null : plans[size];
  if (size !== 'empty' && !data) throw new Error(`no generated plans of size ${size} in bench/plans.json`);
  const m = {
    plans_list: [], goals_open: [], static_goals: [], ratio: [], typing_p50: [], typing_p95: [], typing_paint_p95: [], save: [],
    actions_open: [], actions_typing_p50: [], actions_typing_p95: [], print: [],
  };
  for (let r = 0; r < REPEATS; r++) {
    // Startup: navigation to the My plans list rendered.
    for (let i = 0; i < STARTUP_LOADS; i++) {
      const { context, page } = await newPage(browser, throttle, data?.storage ?? {});
      m.plans_list.push(await timeNavigation(page, `${base}/`, LIST_READY));
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
      await context.close();
    }
    if (!data) continue;
    // Cold open of the big plan's Goals step, then typing and saving on it.
    {
      const { context, page } = await newPage(browser, throttle, data.storage);
      const t = await timeNavigation(page, `${base}/plans/${data.plan_id}/goals`, GOALS_READY, data.goals);
      m.goals_open.push(t);
      // The limit: the same final DOM as a static file, parsed and laid out by Chromium.
      const html = await staticCopy(page);
      const key = `/__bench/static-${size}.html`;
      staticPages.set(key, html);
      const { context: c2, page: p2 } = await newPage(browser, throttle, null);
      const s = await timeNavigation(p2, `${base}${key}`, STATIC_READY);
      await c2.close();
      m.static_goals.push(s);
      m.ratio.push(t / s);
      const samples = await typeInGoal(page, data.first_goal_id, KEYSTROKES);
      m.typing_p50.push(pct(samples.dom, 50));
      m.typing_p95.push(pct(samples.dom, 95));
      m.typing_paint_p95.push(pct(samples.paint, 95));
      await page.waitForTimeout(600); // let the debounced save run
      m.save.push(...(await saves(page)));
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
      await context.close();
    }
    // Actions & services: cold open, then typing in a step.
    if (data.goals <= ACTIONS_MAX) {
      const { context, page } = await newPage(browser, throttle, data.storage);
      m.actions_open.push(await timeNavigation(page, `${base}/plans/${data.plan_id}/actions`, ACTIONS_READY, data.goals));
      const samples = await typeInStep(page, data.first_step_id, KEYSTROKES);
      m.actions_typing_p50.push(pct(samples.dom, 50));
      m.actions_typing_p95.push(pct(samples.dom, 95));
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
      await context.close();
    }
    // Print: the full printout of the big plan, from a cold load of the Print step.
    {
      const { context, page } = await newPage(browser, throttle, data.storage);
      m.print.push(await timeNavigation(page, `${base}/plans/${data.plan_id}/print`, PRINT_READY, data.goals));
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
      await context.close();
    }
  }
  const out = {};
  for (const [k, v] of Object.entries(m)) out[k] = stat(v);
  return out;
}

const fmt = (x, d = 0) => (x === null || x === undefined ? '-' : x.toFixed(d));
const cell = (s, d = 0) => (s ? `${fmt(s.median, d)} (${fmt(s.min, d)}-${fmt(s.max, d)})` : '-');

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/);
    if (m) cpu = m[1];
  } catch { /* not Linux */ }
  return { cpu, cores: os.cpus().length, node: process.version };
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run "make dist" first');
  const plans = SIZES.some((s) => s !== 'empty') ? JSON.parse(fs.readFileSync(plansFile, 'utf8')) : {};
  const server = await serve(staticPages);
  base = server.url;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    browser: browser.version(),
    settings: { sizes: SIZES, throttles: THROTTLES, repeats: REPEATS, keystrokes: KEYSTROKES, startup_loads: STARTUP_LOADS },
    size: sizes(),
    runs: {},
  };
  try {
    // Untimed loads first: the first pages a new browser shows pay for its own start (its
    // processes, the disk cache), which the app's figures should not carry. Each timed load
    // below still starts in a fresh context, with nothing of the app cached.
    for (let i = 0; i < 2; i++) {
      const { context, page } = await newPage(browser, 1, {});
      await timeNavigation(page, `${base}/`, LIST_READY);
      await context.close();
    }
    for (const throttle of THROTTLES) {
      for (const size of SIZES) {
        process.stderr.write(`bench: ${size} goals, ${throttle}x CPU...\n`);
        results.runs[`${size}@${throttle}x`] = { size, throttle, ...(await runSize(browser, size, throttle, plans)) };
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.budgets = budgets(results);
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  print(results);
  if (CHECK) check(results);
}

function budgets(r) {
  const at = (size, key) => r.runs[`${size}@1x`]?.[key]?.median ?? null;
  const rows = [
    ['Total transfer, brotli (KiB)', r.size.total.brotli / KiB, BUDGETS.brotli_total_kib],
    ['My plans rendered, 200-goal plans stored (ms)', at('200', 'plans_list'), BUDGETS.plans_list_ms_200],
    ['Keystroke to DOM p95, 200 goals (ms)', at('200', 'typing_p95'), BUDGETS.typing_p95_ms_200],
    ['Keystroke to DOM p95, 1,000 goals (ms)', at('1000', 'typing_p95'), BUDGETS.typing_p95_ms_1000],
    ['Saving the 200-goal plan (ms)', at('200', 'save'), BUDGETS.save_ms_200],
    ['App / static HTML, 200-goal Goals page', at('200', 'ratio'), BUDGETS.static_ratio],
  ];
  return rows.map(([what, value, budget]) => ({
    what, value, budget, met: value === null ? null : value <= budget,
  }));
}

function print(r) {
  const lines = [];
  lines.push(`Machine: ${r.machine.cpu}, ${r.machine.cores} cores; ${r.browser}; ${r.settings.repeats} repeats, ${r.settings.keystrokes} keystrokes, ${r.settings.startup_loads} loads of My plans per repeat`);
  lines.push('');
  lines.push('| shipped | raw KiB | gzip KiB | brotli KiB |');
  lines.push('|---|---:|---:|---:|');
  for (const [k, v] of Object.entries(r.size)) {
    lines.push(`| ${k} | ${fmt(v.raw / KiB, 1)} | ${fmt(v.gzip / KiB, 1)} | ${fmt(v.brotli / KiB, 1)} |`);
  }
  lines.push('');
  lines.push('Times in ms, median (min-max) over the runs. Page times run from navigation start to the first paint');
  lines.push('with the page complete. Typing: key event to the last DOM change it caused, p50 / p95 over the');
  lines.push('keystrokes of each run (to the next paint, which waits for the display frame, in results.json).');
  lines.push('');
  lines.push('| goals | CPU | My plans | open Goals | static Goals | app/static | Goals typing p50 | p95 | save | open Actions | Actions typing p50 | p95 | print |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const v of Object.values(r.runs)) {
    lines.push(`| ${v.size} | ${v.throttle}x | ${cell(v.plans_list)} | ${cell(v.goals_open)} | ${cell(v.static_goals)} | ${cell(v.ratio, 2)} | ${cell(v.typing_p50, 1)} | ${cell(v.typing_p95, 1)} | ${cell(v.save, 1)} | ${cell(v.actions_open)} | ${cell(v.actions_typing_p50, 1)} | ${cell(v.actions_typing_p95, 1)} | ${cell(v.print)} |`);
  }
  lines.push('');
  lines.push('| budget (normal speed, medians) | value | budget | met |');
  lines.push('|---|---:|---:|---|');
  for (const b of r.budgets) {
    lines.push(`| ${b.what} | ${fmt(b.value, b.budget < 10 ? 2 : 1)} | ${b.budget} | ${b.met === null ? 'not run' : b.met ? 'yes' : 'NO'} |`);
  }
  console.log(lines.join('\n'));
}

function check(r) {
  const missing = [];
  for (const k of ['wasm', 'js', 'css']) if (!r.size[k]?.brotli) missing.push(`size.${k}`);
  for (const [name, v] of Object.entries(r.runs)) {
    const keys = v.size === 'empty' ? ['plans_list'] : Object.keys(v).filter((k) => !['size', 'throttle'].includes(k)
      && !(k.startsWith('actions_') && Number(v.size) > ACTIONS_MAX));
    for (const k of keys) if (!v[k] || !Number.isFinite(v[k].median) || v[k].median <= 0) missing.push(`${name}.${k}`);
  }
  if (missing.length) {
    console.error(`bench: figures missing: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.error('bench: every figure was produced');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
