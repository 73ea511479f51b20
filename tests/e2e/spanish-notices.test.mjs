// End-to-end tests, in real Chromium, of what the app says about storage, files and
// protection when Spanish is chosen: passphrase protection and the locked page, a damaged plan
// and a refused file on My plans, a full storage and a plan changed in another tab on a step,
// the agency's settings file with mistakes. Every sentence is Spanish, nothing is marked as
// English except the settings file's own mistakes, and no English of those texts is left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  newPage, anotherTab, screenshot, artifacts, siteAndBrowser, siteWithFiles, assertAccessible,
} from './support.mjs';
import { englishPieces, englishIn } from './spanish.mjs';

const site = siteAndBrowser();
const waitSaved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

/** A new plan for `name`, started from My plans in Spanish; returns its address. */
async function startPlan(page, name) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Empezar un plan nuevo' }).click();
  await page.getByLabel('Nombre o apodo').fill(name);
  await waitSaved(page);
  return page.url();
}

/** No English text of the notices (locales/en/notices.json) in `text`. */
function assertNoEnglishNotices(text, where) {
  assert.deepEqual(englishIn(text, englishPieces('notices')), [], `English left: ${where}`);
}

test('protection in Spanish: the passphrase rules, the locked page, a wrong passphrase, the backup reminder', async () => {
  const page = await newPage(site.browser, { locale: 'es-US' });
  await startPlan(page, 'Rosa');
  await page.getByRole('link', { name: 'Volver a Mis planes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mis planes' }).waitFor();
  // No backup file yet: the reminder and what the plans take up, in Spanish.
  await page.getByText('Todavía no ha guardado desde este navegador una copia de seguridad de sus planes en un archivo.').waitFor();
  assert.match(await page.locator('.storage-use').innerText(), /^Sus planes ocupan menos de 0\.1 MB de los unos 5 MB/);

  const section = page.getByRole('region', { name: 'Proteja sus planes con una frase de contraseña' });
  await section.getByLabel('Nueva frase de contraseña', { exact: true }).fill('corta');
  await section.getByLabel('Escriba la frase de contraseña otra vez').fill('corta');
  await section.getByRole('button', { name: 'Activar la protección' }).click();
  await section.getByRole('alert').filter({ hasText: 'Use al menos 8 caracteres.' }).waitFor();
  await section.getByLabel('Nueva frase de contraseña', { exact: true }).fill('tetera azul jardín');
  await section.getByLabel('Escriba la frase de contraseña otra vez').fill('tetera azul jardin');
  await section.getByRole('button', { name: 'Activar la protección' }).click();
  await section.getByRole('alert').filter({ hasText: 'Las dos frases de contraseña no son iguales.' }).waitFor();
  await section.getByLabel('Escriba la frase de contraseña otra vez').fill('tetera azul jardín');
  await section.getByRole('checkbox').check();
  await section.getByRole('button', { name: 'Activar la protección' }).click();
  await section.getByText('Sus planes están protegidos').waitFor();

  // Locked after a reload: the page in Spanish, a wrong passphrase said in Spanish.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Sus planes están bloqueados' }).waitFor();
  await page.getByLabel('Frase de contraseña', { exact: true }).fill('tetera roja');
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await page.getByRole('alert').filter({ hasText: 'Esa frase de contraseña no es la correcta' }).waitFor();
  const locked = await page.locator('main').innerText();
  assertNoEnglishNotices(locked, 'locked page');
  assert.match(locked, /¿Olvidó la frase de contraseña\?/);
  assert.equal(await page.locator('main [lang="en"]').count(), 0);
  await screenshot(page, 'spanish-locked');
  await assertAccessible(page, 'spanish locked page');
  await page.getByRole('button', { name: /^Borrar los planes bloqueados/ }).click();
  const dialog = page.getByRole('dialog', { name: '¿Borrar los planes bloqueados?' });
  assert.match(await dialog.innerText(), /Los planes que guardó como archivos no se ven afectados/);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  await page.getByLabel('Frase de contraseña', { exact: true }).fill('tetera azul jardín');
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mis planes' }).waitFor();
  await page.getByRole('link', { name: 'Rosa', exact: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('My plans in Spanish: a damaged plan, a refused file, a duplicate and an imported copy are named in Spanish', async () => {
  const page = await newPage(site.browser, { locale: 'es-US' });
  const ana = await startPlan(page, 'Ana');
  const ben = await startPlan(page, 'Ben');
  const key = `careplan:plan:${ben.split('/plans/')[1].split('/')[0]}`;
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, raw.slice(0, 100)]);

  await page.goto(`${site.url}/`);
  const damaged = page.getByRole('region', { name: 'Planes que no se pudieron abrir' });
  await damaged.getByText('Los datos guardados de este plan están dañados y no se pueden leer. Se apartaron, sin cambios').waitFor();
  assert.equal(await damaged.locator('[lang]').count(), 0);

  // A file that is not a plan: why, in Spanish, and nothing changed.
  const letter = path.join(artifacts, 'carta.txt');
  fs.writeFileSync(letter, 'Estimada doctora: ...');
  await page.getByLabel('Importar planes desde un archivo').setInputFiles(letter);
  const refused = page.getByRole('alert').filter({ hasText: 'carta.txt' });
  await refused.waitFor();
  assert.match(await refused.innerText(), /Este no es un archivo de plan de cuidado\. Elija un archivo guardado con «Guardar como archivo» en esta aplicación \(termina en \.json\)\./);
  assert.match(await refused.innerText(), /No se cambió nada/);
  assert.equal(await refused.locator('[lang]').count(), 0);

  // Duplicating says "Copia de"; a file of a plan already here, kept beside it, "(copia importada)".
  const cards = page.getByRole('list', { name: 'Planes' }).getByRole('listitem');
  await cards.filter({ hasText: 'Ana' }).getByRole('button', { name: /^Duplicar/ }).click();
  await cards.filter({ hasText: 'Copia de Plan sin título' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cards.filter({ hasText: 'Ana' }).filter({ hasNotText: 'Copia de' }).getByRole('button', { name: /^Guardar como archivo/ }).click(),
  ]);
  const file = path.join(artifacts, 'ana-es.json');
  await download.saveAs(file);
  await page.getByRole('status').filter({ hasText: /^Se guardó «Ana: Plan sin título» como el archivo/ }).waitFor();
  await page.getByLabel('Importar planes desde un archivo').setInputFiles(file);
  const review = page.getByRole('region', { name: 'Importar: algunos planes ya están aquí' });
  await review.getByRole('button', { name: 'Importar', exact: true }).click();
  await cards.filter({ hasText: 'Plan sin título (copia importada)' }).waitFor();
  assertNoEnglishNotices(await page.locator('main').innerText(), 'My plans');
  await screenshot(page, 'spanish-damaged-and-refused');
  await assertAccessible(page, 'spanish my plans with a damaged plan');
  assert.ok(ana);
  assert.deepEqual(page.errors, []);
});

test('a step in Spanish: full storage, and a plan changed in another tab', async () => {
  const page = await newPage(site.browser, { locale: 'es-US' });
  const url = await startPlan(page, 'Sam');
  await page.evaluate(() => {
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
  });
  await page.getByLabel('Nombre o apodo').fill('Sam Stone');
  const full = page.getByRole('alert').filter({ hasText: 'El almacenamiento de este navegador está lleno' });
  await full.waitFor();
  await page.getByText('No se guardó: el almacenamiento de este navegador está lleno').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    full.getByRole('button', { name: 'Guardar este plan como archivo' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  await full.getByText(/^Se guardó el plan con todos sus cambios como «.+\.json»\. Búsquelo en sus descargas\.$/).waitFor();
  assertNoEnglishNotices(await full.innerText(), 'storage full banner');
  assert.equal(await full.locator('[lang]').count(), 0);
  await screenshot(page, 'spanish-storage-full');
  await assertAccessible(page, 'spanish storage full');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await full.getByRole('button', { name: 'Intentar guardar otra vez' }).click();
  await waitSaved(page);

  // Another tab saves while this one has unsaved typing.
  const other = await anotherTab(page);
  await page.clock.install();
  await page.goto(url);
  await page.getByLabel('Nombre o apodo').waitFor();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByLabel('Título del plan').fill('Aquí');
  await other.goto(url);
  await other.getByLabel('Título del plan').fill('Allá');
  await other.getByRole('link', { name: 'Volver a Mis planes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Este plan se cambió en otra pestaña' });
  await conflict.waitFor();
  assertNoEnglishNotices(await conflict.innerText(), 'conflict banner');
  await conflict.getByRole('button', { name: 'Conservar mi versión como un plan aparte' }).click();
  await page.clock.runFor(2000);
  assert.equal(await page.getByLabel('Título del plan').inputValue(), 'Aquí (conservado de otra pestaña)');
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
});

test("the agency's settings file with mistakes, in Spanish: the notice is Spanish, the mistakes marked English", async () => {
  const copy = await siteWithFiles({ 'config.json': { agency: { name: 42 }, colour: 'red' } });
  const page = await newPage(site.browser, { locale: 'es-US' });
  await page.goto(`${copy.url}/`);
  const problems = page.getByRole('region', { name: 'El archivo de ajustes de la agencia tiene errores' });
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /Los errores, tal como los nombra el archivo \(en inglés/);
  assert.match(text, /Sus planes no se ven afectados/);
  assert.equal(await problems.locator('ul[lang="en"]').count(), 1);
  assert.ok(await problems.locator('ul[lang="en"] li').count() >= 2);
  await assertAccessible(page, 'spanish config problems');
  // In English, no line about English.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  const english = page.getByRole('region', { name: 'The agency’s settings file has mistakes' });
  await english.waitFor();
  assert.doesNotMatch(await english.innerText(), /as the file names them/);
  assert.equal(await english.locator('[lang]').count(), 0);
  assert.deepEqual(page.errors, []);
});
