// End-to-end test of the Goals step in Spanish: every label, hint, choice and button, the SMART
// check and the goal's sentence composed in Spanish (the person's own words kept as typed),
// the library's starting points in Spanish, the removal dialog; typing saves, and
// switching back to English restores English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, siteAndBrowser } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish, PARTS_OF_LIFE, inDays } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');

/** The verdict shown for each letter, e.g. { Específica: 'está bien', ... }. */
async function verdicts(goal) {
  const items = await goal.locator('.smart-mark strong').allInnerTexts();
  return Object.fromEntries(items.map((t) => t.split(': ')));
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

test('the Goals step in Spanish: labels, choices, the SMART check and the sentence; typing saves', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const id = JSON.parse(fs.readFileSync(MARIA, 'utf8')).plans[0].plan.id;
  await page.goto(`${site.url}/plans/${id}/goals`);
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  // Open the first goal's fields; they stay the same elements when the language changes.
  const first = page.getByRole('article', { name: 'Goal 1' });
  await first.getByText('Edit this goal').click();
  await first.getByLabel('What will be done').evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: 'Metas' }).waitFor();
  const meta1 = page.getByRole('article', { name: 'Meta 1' });
  assert.equal(await meta1.getByLabel('Qué se va a hacer').evaluate((el) => el.kept), true);
  assert.equal(await page.locator('main').getAttribute('lang'), null);

  // María's first goal, in Spanish words around her own.
  assert.equal(
    await meta1.locator('.goal-sentence').innerText(),
    'Para el 31 de enero de 2027, María López va a take her diabetes pills 7 days a week every morning, subiendo desde 3 days a week hoy.',
  );
  assert.equal(await meta1.getByLabel('Prioridad').evaluate((s) => s.options[s.selectedIndex].text), 'Alta');
  assert.equal(await meta1.getByLabel('Estado').evaluate((s) => s.options[s.selectedIndex].text), 'En marcha');
  assert.ok(await meta1.getByRole('radio', { name: 'Aumentar' }).isChecked());
  assert.equal(await meta1.getByLabel(/Qué tan seguro está/).evaluate((s) => s.options[s.selectedIndex].text), '8');

  // A new goal, written in Spanish: the check answers in Spanish as each letter is met.
  await page.getByRole('button', { name: 'Escribir una meta nueva' }).click();
  const meta3 = page.getByRole('article', { name: 'Meta 3' });
  await meta3.getByText('Revisión SMART: 0 de 5 letras están bien.').waitFor();
  assert.deepEqual(await verdicts(meta3), {
    Específica: 'falta trabajo', Medible: 'falta trabajo', Alcanzable: 'falta trabajo',
    Relevante: 'falta trabajo', 'Con fecha': 'falta trabajo',
  });
  assert.equal(await meta3.locator('.goal-sentence').innerText(), 'Para (¿cuándo?), María López va a (¿hacer qué?).');
  await meta3.getByLabel('Qué se va a hacer').fill('comer mejor');
  assert.match(await meta3.locator('.smart-mark').first().innerText(), /es difícil ver si “mejor” está pasando/);
  await meta3.getByLabel('Qué se va a hacer').fill('caminar');
  await meta3.getByLabel('Algún detalle (opcional)').fill('sin ayuda');
  assert.equal((await verdicts(meta3)).Específica, 'está bien');
  await meta3.getByLabel('Unidad').fill('pies');
  await meta3.getByLabel('Número a alcanzar').fill('50');
  assert.match(await meta3.locator('.smart-mark').nth(1).innerText(), /No dice cómo están las cosas ahora/);
  await meta3.getByLabel('Cómo están las cosas ahora (línea de base)').fill('10');
  await meta3.getByLabel(/Qué tan seguro está/).selectOption({ label: '0 (nada seguro)' });
  assert.match(await meta3.locator('.smart-mark').nth(2).innerText(), /La confianza es 0 de 10: menos de 7\./);
  await meta3.getByLabel(/Qué tan seguro está/).selectOption('8');
  await meta3.getByLabel('Knowing which pill to take when').check();
  await meta3.getByLabel('Por qué es importante, con las propias palabras de la persona').fill('Para llegar a la parada del autobús');
  const due = inDays(20);
  await meta3.getByLabel('Fecha límite').fill(due.iso);
  await meta3.getByText('Revisión SMART: 5 de 5 letras están bien.').waitFor();
  assert.equal(
    await meta3.locator('.goal-sentence').innerText(),
    `Para el ${due.largo}, María López va a caminar 50 pies sin ayuda, subiendo desde 10 pies hoy.`,
  );
  await saved(page);

  // The library: its frame and the app's starting points in Spanish, each previewed as a
  // Spanish sentence; one added fills the goal with Spanish words.
  await page.getByLabel('Parte de la vida').selectOption({ label: 'Comida' });
  const pantry = page.locator('.library-item').filter({ hasText: 'Usar un banco de comida' });
  assert.match(await pantry.innerText(), /María López va a ir a un banco de comida 2 veces al mes\./);
  assert.equal(await page.locator('.library-list [lang]').count(), 0);
  assert.equal(await page.getByText('Los puntos de partida propios de la agencia').count(), 0);
  await page.getByRole('button', { name: /^Usar esta meta\s*:\s*Usar un banco de comida$/ }).click();
  const meta4 = page.getByRole('article', { name: 'Meta 4' });
  await meta4.waitFor();
  await meta4.locator('.goal-sentence').filter({ hasText: 'María López va a ir a un banco de comida 2 veces al mes' }).waitFor();

  // No English text of the Goals step (or the parts of life) is left, other than marked lang="en".
  const english = [...englishPieces('goals'), ...PARTS_OF_LIFE];
  assert.ok(english.includes('Write a new goal') && english.includes('Working on it'));
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), english), [], 'English left on the Goals step');
  await screenshot(page, 'spanish-goals');

  // Removing María's first goal asks in Spanish, with the sentence and its two steps.
  await meta1.getByRole('button', { name: 'Quitar' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar esta meta?' });
  await dialog.waitFor();
  assert.match(
    await dialog.locator('.confirm-message').innerText(),
    /^“Para el 31 de enero de 2027, María López va a take her diabetes pills .*” se quitará del plan\. Sus 2 pasos de acción se quitarán con ella\. .*Las necesidades a las que estaba unida se quedan\.$/,
  );
  await screenshot(page, 'spanish-goals-dialog');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Saved: after a reload, in Spanish still, as typed.
  await page.reload();
  const again = page.getByRole('article', { name: 'Meta 3' });
  await again.locator('.goal-sentence').filter({ hasText: 'va a caminar 50 pies sin ayuda' }).waitFor();
  await again.getByText('Revisión SMART: 5 de 5 letras están bien.').waitFor();

  // Back to English: the same goals in English words, and nothing in main says Spanish.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  const goal3 = page.getByRole('article', { name: 'Goal 3' });
  await goal3.getByText('SMART check: 5 of 5 letters pass.').waitFor();
  await goal3.locator('.goal-sentence')
    .filter({ hasText: /^By .*, María López will caminar 50 pies sin ayuda, up from 10 pies today\.$/ }).waitFor();
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  assert.equal(await page.locator('.library-list [lang]').count(), 0);
  await page.locator('#library-domain').selectOption({ label: 'Food' });
  await page.getByRole('button', { name: /^Use this goal\s*:\s*Use a food pantry$/ }).waitFor();
  assert.deepEqual(page.errors, []);
});
