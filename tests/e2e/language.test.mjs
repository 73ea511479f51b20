// End-to-end tests of the interface language: switching to Spanish in the header changes the
// page frame (header, step bar, step heading, previous/next, save line, footer), the page's
// lang, and is remembered; an agency's default_language applies until the person chooses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, waitSaved, siteAndBrowser, siteWithFiles, assertAccessible } from './support.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every English text of the interface (locales/en.json) as the pieces that show on screen: a
 * text with {{ values }} is cut at them ("Step ", " of "), and pieces of 4 letters or fewer
 * and those the same in Spanish ("Normal") are left out, as they cannot tell the languages apart.
 */
function englishPieces() {
  const texts = [];
  const walk = (v) => (typeof v === 'string' ? texts.push(v) : Object.values(v).forEach(walk));
  walk(JSON.parse(fs.readFileSync(path.join(root, 'locales/en.json'), 'utf8')));
  return texts.flatMap((t) => t.split(/\{\{.*?\}\}/)).map((p) => p.trim())
    .filter((p) => p.replace(/[^A-Za-z]/g, '').length > 4 && p !== 'Normal');
}

/** The parts of the page now translated: the frame around every page. */
const FRAME = ['header.site-header', 'nav.step-bar', 'main h1', 'main p.lead', 'nav.prev-next', '.save-status',
  'footer.site-footer', '.step-words > span'];

async function frameText(page) {
  return page.evaluate((selectors) => selectors
    .flatMap((s) => [...document.querySelectorAll(s)].map((el) => el.innerText))
    .join('\n'), FRAME);
}

test('switch to Spanish: the frame of every step is in Spanish, the page says lang="es", and it is remembered', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Rosa');
  await waitSaved(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: /Admisión/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const bar = page.getByRole('navigation', { name: 'Pasos del plan' });
  for (const name of ['Admisión', 'Valoración', 'Necesidades', 'Metas', 'Acciones y servicios', 'Seguimiento', 'Evaluación', 'Transición', 'Imprimir']) {
    await bar.getByRole('link', { name: new RegExp(name) }).waitFor();
  }
  assert.match(await page.locator('main h1').innerText(), /Paso 1 de 9\s+Admisión/);
  await page.getByRole('link', { name: 'Siguiente: Valoración →' }).waitFor();
  await page.getByLabel('Language / Idioma').waitFor();
  await page.getByLabel('Tamaño de letra').waitFor();

  // Typing still saves, and says so in Spanish.
  await page.getByLabel('Name or nickname').fill('Rosa María');
  await page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

  // On every step, no English text of the interface is left in the frame.
  const english = englishPieces();
  assert.ok(english.includes('Steps of the plan') && english.includes('Step') === false);
  for (const step of ['Valoración', 'Necesidades', 'Metas', 'Acciones y servicios', 'Seguimiento', 'Evaluación', 'Transición', 'Imprimir']) {
    await bar.getByRole('link', { name: new RegExp(step) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(step) }).waitFor();
    const text = await frameText(page);
    const left = english.filter((t) => text.includes(t));
    assert.deepEqual(left, [], `${step}: English left in the frame`);
  }
  await screenshot(page, 'spanish-print-step');
  // The forms are not translated yet: they say so to screen readers (lang="en"), and the
  // translated frame inside them says Spanish.
  assert.equal(await page.locator('main').getAttribute('lang'), 'en');
  assert.equal(await page.locator('main h1').getAttribute('lang'), 'es');
  await bar.getByRole('link', { name: /Metas/ }).click();
  await page.getByRole('heading', { level: 1, name: /Metas/ }).waitFor();
  await assertAccessible(page, 'spanish goals step');

  // Remembered after a reload, and on My plans and a page that does not exist.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Metas/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.goto(`${site.url}/nowhere`);
  await page.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
  await page.getByRole('link', { name: 'Ir a Mis planes' }).waitFor();

  // And back to English.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(page.errors, []);
});

test("the agency's default language applies until the person chooses another", async () => {
  const spanishAgency = await siteWithFiles({ 'config.json': { agency: { name: 'Clínica del Valle' }, default_language: 'es' } });
  const page = await newPage(site.browser);
  await page.goto(`${spanishAgency.url}/`);
  await page.getByRole('link', { name: 'Significado de las palabras' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.getByLabel('Language / Idioma').inputValue(), 'es');

  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Words explained' }).waitFor();
  await page.reload();
  await page.getByRole('link', { name: 'Words explained' }).waitFor();
  // The config arrives after the first picture; the person's choice still stands after it.
  await page.getByText('Clínica del Valle').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(page.errors, []);
});

test('a browser that prefers Spanish opens in Spanish; a choice of English is kept', async () => {
  const page = await newPage(site.browser, { locale: 'es-US' });
  await page.goto(`${site.url}/`);
  await page.getByRole('link', { name: 'Significado de las palabras' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.reload();
  await page.getByRole('link', { name: 'Words explained' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(page.errors, []);
});
