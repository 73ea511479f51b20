// Accessibility, checked by axe-core against WCAG 2.2 A and AA in real Chromium: every page of
// the app, empty and full, with its dialogs, errors and banners open, at desktop and phone
// width and at the largest text size. Other test files scan the states only they reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, siteAndBrowser, accessibilityViolations, waitSaved, openSettings } from './support.mjs';

const site = siteAndBrowser();
const MARIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');
const MARIA_ID = '7b7e2c1e-3f5d-4c1a-9d8e-2a6b4c8d0e11';
const STEPS = ['intake', 'assessment', 'needs', 'goals', 'actions', 'monitoring', 'evaluation', 'transition', 'print'];

/** Collects what axe finds in each state, so one run reports every problem at once. */
function collector(page) {
  const found = [];
  return {
    scan: async (where) => found.push(...(await accessibilityViolations(page, where))),
    done: () => assert.deepEqual(found, [], `Accessibility problems (axe, WCAG 2.2 A/AA):\n${found.join('\n')}`),
  };
}

/** Imports María's full plan from its file on My plans. */
async function importMaria(page) {
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
}

async function openStep(page, id, step) {
  await page.goto(`${site.url}/plans/${id}/${step}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('every page of an empty plan and of a full plan, at desktop width', async () => {
  const page = await newPage(site.browser);
  const a11y = collector(page);

  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).waitFor();
  await a11y.scan('My plans, first visit');

  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  const id = page.url().match(/plans\/([0-9a-f-]{36})/)[1];
  for (const step of STEPS) {
    await openStep(page, id, step);
    await a11y.scan(`empty plan, ${step}`);
  }

  await importMaria(page);
  await a11y.scan('My plans, two plans, import message');
  for (const step of STEPS) {
    await openStep(page, MARIA_ID, step);
    await a11y.scan(`full plan, ${step}`);
  }
  await page.goto(`${site.url}/nowhere`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await a11y.scan('not found');
  await page.goto(`${site.url}/words#smart`);
  await page.getByRole('heading', { level: 1, name: 'Words explained' }).waitFor();
  await a11y.scan('words explained, at an entry');
  await page.goto(`${site.url}/practice/james`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await a11y.scan('case handout');
  a11y.done();
  assert.deepEqual(page.errors, []);
});

test('every page of the full plan at phone width with extra large text', async () => {
  const page = await newPage(site.browser, { width: 360, height: 740 });
  const a11y = collector(page);
  await importMaria(page);
  await openSettings(page);
  await page.getByLabel('Text size').selectOption({ label: 'Extra large' });
  await a11y.scan('phone, My plans');
  for (const step of STEPS) {
    await openStep(page, MARIA_ID, step);
    await a11y.scan(`phone, full plan, ${step}`);
  }
  a11y.done();
  assert.deepEqual(page.errors, []);
});

test('reflow: at 320 px wide (400% zoom) and 640 px (200% zoom) no page scrolls sideways', async () => {
  const tooWide = [];
  for (const width of [320, 640]) {
    const page = await newPage(site.browser, { width, height: 800 });
    await importMaria(page);
    const pages = [['My plans', `${site.url}/`], ['Words explained', `${site.url}/words`],
      ['Case handout', `${site.url}/practice/sandra`],
      ...STEPS.map((step) => [step, `${site.url}/plans/${MARIA_ID}/${step}`])];
    for (const [name, url] of pages) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Open every fold, so what is inside is measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 1 && getComputedStyle(el).position !== 'absolute')
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { overflow: document.documentElement.scrollWidth - limit, over: over.slice(0, 5) };
      });
      if (wide.overflow > 1) tooWide.push(`${width}px, ${name}: ${wide.overflow}px too wide (${wide.over.join(', ')})`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(tooWide, []);
});
