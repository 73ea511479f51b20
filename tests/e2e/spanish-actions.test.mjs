// End-to-end test of the Actions & services step in Spanish: every label, hint, choice and
// button of the steps and services, the step's "when" and the goals' sentences composed in
// Spanish (the person's own words kept as typed), a step suggested by a barrier, the agency's
// resource directory, moving a step to another goal and the removal dialog; the folded line of
// a big plan's steps; typing saves, and switching back to English restores English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, siteAndBrowser, siteWithFiles, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');

/** The agency's directory of local resources (an agency's own words, not translated). */
const CONFIG = {
  agency: { name: 'Eastside Community Services' },
  resources: [
    { name: 'County Food Bank', category: 'food', phone: '555-0150', address: '12 Main Street', hours: 'Mon-Fri 9-5' },
    { name: 'Ride Line', category: 'transportation', phone: '555-0160', notes: 'Free rides to medical visits.' },
    { name: 'Eastside Law Help', category: 'legal', phone: '555-0170' },
  ],
};

/**
 * The English of this step and of the shared parts (Cancel), as locales/en holds them, less the
 * pieces María's own words hold ("of the": "at the end of the month"), which stay as typed.
 */
const MARIAS_WORDS = fs.readFileSync(MARIA, 'utf8');
const ENGLISH = [...englishPieces('actions'), ...englishPieces('common')]
  .filter((p) => !englishIn(MARIAS_WORDS, [p]).length);

/** The model's English words that this step shows in Spanish now (not in locales/). */
const MODEL_ENGLISH = ['Every week', 'Every month', 'No date yet', 'Not decided yet', 'Unnamed service',
  'No easy way to get there', 'Arrange a ride service', 'By 1 December', 'Goal 1'];

/** No English of the step left in main outside the parts marked lang="en". */
async function noEnglishLeft(page, where) {
  const text = await textNotMarkedEnglish(page);
  assert.deepEqual(englishIn(text, ENGLISH), [], `English left: ${where}`);
  assert.deepEqual(MODEL_ENGLISH.filter((w) => text.includes(w)), [], `the model's English left: ${where}`);
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

/** María's plan as a file, with `change` made to it, written to a temporary folder. */
function mariaWith(change) {
  const file = JSON.parse(fs.readFileSync(MARIA, 'utf8'));
  change(file.plans[0].plan);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-')), 'plan.json');
  fs.writeFileSync(out, JSON.stringify(file));
  return { out, id: file.plans[0].plan.id };
}

async function importPlan(page, url, file) {
  await page.goto(`${url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
}

const chosenText = (select) => select.evaluate((s) => s.options[s.selectedIndex].text);

test('the Actions & services step in Spanish: steps, services, resources, suggestions and the dialog; typing saves', async () => {
  // María's plan with a barrier in her assessment, so the step suggests ways to deal with it,
  // on a site whose agency lists three local resources.
  const { out, id } = mariaWith((plan) => { plan.assessments[0].barriers = ['transportation']; });
  const withConfig = await siteWithFiles({ 'config.json': CONFIG });
  const page = await newPage(site.browser);
  await importPlan(page, withConfig.url, out);
  await page.goto(`${withConfig.url}/plans/${id}/actions`);
  await page.getByRole('heading', { level: 1, name: /Actions & services/ }).waitFor();
  // The fields stay the same elements when the language changes: only their words change.
  const firstWhat = page.locator('.action-step').first().getByLabel('What will be done');
  await firstWhat.evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: 'Servicios y referidos' }).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('details.guidance').getAttribute('lang'), 'es');

  // María's first goal and its first step, in Spanish words around her own.
  const goal1 = page.locator('.goal-steps').first();
  assert.equal(await goal1.locator('h2').innerText(),
    'Meta 1: Para el 31 de enero de 2027, María López va a take her diabetes pills 7 days a week every morning, subiendo desde 3 days a week hoy.');
  const step1 = page.getByRole('group', { name: 'Paso 1: Fill the weekly pill box' });
  assert.equal(await step1.getByLabel('Qué se va a hacer').evaluate((el) => el.kept), true);
  assert.equal(await chosenText(step1.getByLabel('Quién lo hace')), 'Ana Ruiz (Case manager)');
  assert.equal(await chosenText(step1.getByLabel('Cada cuánto')), 'Cada semana');
  assert.equal(await step1.getByLabel('Para cuándo, o la primera vez').inputValue(), '2026-12-01');
  assert.equal(await step1.getByLabel('Se repite hasta').inputValue(), '2027-01-31');
  assert.equal(await chosenText(step1.getByLabel('Estado')), 'Sin empezar');
  assert.equal(await chosenText(step1.getByLabel('Barrera con la que ayuda')), 'Ninguna');
  assert.equal(await step1.locator('.step-when').innerText(),
    'Cada semana desde el 1 de diciembre de 2026 hasta el 31 de enero de 2027');
  const step2 = page.getByRole('group', { name: 'Paso 2: Ask the pharmacist about a simpler schedule' });
  assert.equal(await step2.getByLabel('Cómo o dónde (opcional)').inputValue(), 'At the Corner Pharmacy');
  assert.equal(await step2.locator('.step-when').innerText(), 'Para el 3 de diciembre de 2026');
  assert.equal(await chosenText(page.getByRole('group', { name: /^Paso 1: Call the County Food Bank/ }).getByLabel('Estado')), 'En marcha');

  // The services, their choices in Spanish.
  const pharmacy = page.getByRole('group', { name: 'Corner Pharmacy', exact: true });
  assert.equal(await chosenText(pharmacy.getByLabel('Tipo')), 'Otro');
  assert.equal(await chosenText(pharmacy.getByLabel('Estado')), 'Lo usa ahora');
  const foodBank = page.getByRole('group', { name: 'County Food Bank', exact: true });
  assert.equal(await chosenText(foodBank.getByLabel('Tipo')), 'Comida');
  assert.equal(await chosenText(foodBank.getByLabel('Estado')), 'Se envió el referido');
  assert.equal(await foodBank.getByLabel('Fecha del referido').inputValue(), '2026-11-21');
  assert.equal(await foodBank.getByLabel('Próxima cita').inputValue(), '2026-12-02');
  assert.equal(await foodBank.getByLabel('Datos de contacto').inputValue(), '555-0150, 12 Main Street');
  await foodBank.getByRole('group', { name: '¿Con qué metas ayuda?' }).getByLabel(/^Meta 2: /).waitFor();

  // The agency's resources: the directory's own words are Spanish, the agency's stay as written.
  const directory = page.getByRole('region', { name: 'Recursos locales de Eastside Community Services' });
  await directory.getByText('3 de 3 recursos').waitFor();
  assert.equal(await directory.locator('.resource').filter({ hasText: 'County Food Bank' }).locator('.resource-added').innerText(), 'En este plan');
  assert.match(await directory.innerText(), /Eastside Law Help · Ayuda legal/);
  assert.match(await directory.innerText(), /Horario: Mon-Fri 9-5/);
  await noEnglishLeft(page, 'the step as opened');
  await screenshot(page, 'spanish-actions');

  await directory.getByLabel('Buscar').fill('Ride');
  await directory.getByText('1 de 3 recursos').waitFor();
  await directory.getByLabel('Tipo').selectOption({ label: 'Ayuda legal' });
  await directory.getByText('Ningún recurso coincide. Pruebe con otra palabra u otro tipo.').waitFor();
  await directory.getByLabel('Tipo').selectOption({ label: 'Todos los tipos' });
  await directory.getByRole('button', { name: /^Agregar a este plan\s*: Ride Line$/ }).click();
  await directory.getByText('Se agregó «Ride Line» a los servicios de abajo. Allí puede unirlo a una meta, y cambiar su estado cuando se haga el referido.').waitFor();
  const rideLine = page.getByRole('group', { name: 'Ride Line', exact: true });
  assert.equal(await chosenText(rideLine.getByLabel('Tipo')), 'Transporte');
  assert.equal(await chosenText(rideLine.getByLabel('Estado')), 'Previsto');

  // A step suggested by the barrier in the assessment, written in Spanish.
  await goal1.getByLabel('O agregue un paso que ayude con una barrera de la evaluación').selectOption({
    label: 'No tiene cómo llegar fácilmente: Conseguir un servicio de transporte para ir a las citas',
  });
  await goal1.getByRole('button', { name: 'Agregar este paso' }).click();
  const suggested = page.getByRole('group', { name: 'Paso 3: Conseguir un servicio de transporte para ir a las citas' });
  assert.equal(await chosenText(suggested.getByLabel('Barrera con la que ayuda')), 'No tiene cómo llegar fácilmente');
  assert.equal(await suggested.locator('.step-when').innerText(), 'Todavía sin fecha');
  assert.equal(await chosenText(suggested.getByLabel('Quién lo hace')), 'Todavía no se decidió');
  await suggested.getByLabel('Quién lo hace').selectOption({ label: 'Ride Line' });

  // Typed in Spanish: a new step and a new service that does it.
  await goal1.getByRole('button', { name: 'Agregar un paso' }).click();
  const typed = goal1.locator('.action-step').nth(3);
  await typed.getByLabel('Qué se va a hacer').fill('Llamar a la clínica');
  await typed.getByLabel('Cada cuánto').selectOption({ label: 'Cada mes' });
  await typed.getByLabel('Para cuándo, o la primera vez').fill('2026-12-10');
  await typed.getByLabel('Cómo o dónde (opcional)').fill('Por teléfono');
  await typed.getByLabel('Estado').selectOption({ label: 'En marcha' });
  assert.equal(await typed.locator('.step-when').innerText(), 'Cada mes desde el 10 de diciembre de 2026, todavía sin fecha final');
  await page.getByRole('button', { name: 'Agregar un servicio o un referido' }).click();
  const unnamed = page.getByRole('group', { name: 'Servicio sin nombre', exact: true });
  await unnamed.getByLabel('Organización o recurso').fill('Clínica del Pueblo');
  const clinic = page.getByRole('group', { name: 'Clínica del Pueblo', exact: true });
  await clinic.getByLabel('Tipo').selectOption({ label: 'Atención médica' });
  await clinic.getByLabel('Estado').selectOption({ label: 'Ya tiene cita' });
  await clinic.getByLabel(/^Meta 1: /).check();
  await typed.getByLabel('Quién lo hace').selectOption({ label: 'Clínica del Pueblo' });
  await saved(page);

  // Moving a step to another goal: the list of goals, in Spanish; then Cancel.
  await typed.getByRole('button', { name: 'Pasar a otra meta' }).click();
  const moveTo = typed.getByLabel('Pasar este paso a otra meta');
  await moveTo.waitFor();
  assert.equal(await chosenText(moveTo), 'Elija una meta…');
  assert.match((await moveTo.locator('option').allInnerTexts())[1], /^Meta 2: /);
  await noEnglishLeft(page, 'the goals to move a step to');
  await typed.getByRole('button', { name: 'Cancelar' }).click();
  await typed.getByRole('button', { name: 'Pasar a otra meta' }).waitFor();

  // Removing the clinic asks in Spanish and names the step it does.
  await clinic.getByRole('button', { name: 'Quitar el servicio' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar este servicio?' });
  await dialog.waitFor();
  assert.equal(await dialog.locator('.confirm-message').innerText(),
    'Clínica del Pueblo se quitará del plan. Tiene a su cargo 1 paso de acción: «Llamar a la clínica». Ese paso se queda en el plan, sin nadie a cargo.');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Cancelar');
  await noEnglishLeft(page, 'the removal dialog');
  await screenshot(page, 'spanish-actions-dialog');
  await dialog.getByRole('button', { name: 'Quitar el servicio' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await chosenText(typed.getByLabel('Quién lo hace')), 'Todavía no se decidió');
  await saved(page);
  await noEnglishLeft(page, 'after typing and removing');
  await assertAccessible(page, 'the Actions step in Spanish, filled in');

  // Saved: after a reload, in Spanish still.
  await page.reload();
  const again = page.getByRole('group', { name: 'Paso 4: Llamar a la clínica' });
  await again.waitFor();
  assert.equal(await chosenText(again.getByLabel('Cada cuánto')), 'Cada mes');
  assert.equal(await chosenText(again.getByLabel('Estado')), 'En marcha');
  assert.equal(await again.getByLabel('Cómo o dónde (opcional)').inputValue(), 'Por teléfono');
  assert.equal(await chosenText(again.getByLabel('Quién lo hace')), 'Todavía no se decidió');
  const ride = page.getByRole('group', { name: 'Paso 3: Conseguir un servicio de transporte para ir a las citas' });
  assert.equal(await chosenText(ride.getByLabel('Quién lo hace')), 'Ride Line');
  assert.equal(await page.getByRole('group', { name: 'Clínica del Pueblo', exact: true }).count(), 0);
  await page.getByRole('group', { name: 'Ride Line', exact: true }).waitFor();

  // Back to English: the same step with its English names; nothing in main says lang="es".
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 2, name: 'Services and referrals' }).waitFor();
  const english = page.getByRole('group', { name: 'Step 4: Llamar a la clínica' });
  await english.waitFor();
  assert.equal(await chosenText(english.getByLabel('How often')), 'Every month');
  assert.equal(await chosenText(english.getByLabel('Who does it')), 'Not decided yet');
  assert.equal(await english.locator('.step-when').innerText(), 'Every month from 10 December 2026, no end date yet');
  assert.match(await goal1.locator('h2').innerText(), /^Goal 1: By 31 January 2027, María López will /);
  await page.getByRole('region', { name: 'Local resources from Eastside Community Services' }).getByText('3 of 3 resources').waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Actions in Spanish: a big plan\'s folded steps, and a plan with no goals yet', async () => {
  // María's plan with 40 more steps: each is one line (who, when, status) until opened.
  const { out, id } = mariaWith((plan) => {
    for (let i = 1; i <= 40; i++) {
      plan.goals[0].steps.push({ id: crypto.randomUUID(), what: `Paso extra ${i}`, owner: 'person', due: null,
        repeat: null, until: null, how: '', status: 'done', barrier: null });
    }
  });
  const page = await newPage(site.browser);
  await importPlan(page, site.url, out);
  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.goto(`${site.url}/plans/${id}/actions`);
  await page.getByRole('heading', { level: 2, name: 'Servicios y referidos' }).waitFor();
  const steps = page.locator('.goal-steps').first().locator('.action-step');
  assert.equal(await steps.count(), 42);
  const line = steps.nth(0).locator('summary');
  assert.equal(await line.locator('.step-name').innerText(), 'Paso 1: Fill the weekly pill box');
  assert.equal(await line.locator('.step-facts').innerText(),
    'Ana Ruiz (Case manager) \u00b7 Cada semana desde el 1 de diciembre de 2026 hasta el 31 de enero de 2027 \u00b7 Sin empezar');
  assert.equal(await steps.nth(41).locator('.step-facts').innerText(), 'María López · Todavía sin fecha · Hecho');
  await noEnglishLeft(page, 'the folded steps');

  // Opened, its fields are in Spanish; a change shows in its line.
  await line.click();
  await steps.nth(0).getByLabel('Estado').selectOption({ label: 'Detenido' });
  assert.match(await line.locator('.step-facts').innerText(), /· Detenido$/);
  await noEnglishLeft(page, 'a folded step opened');
  await screenshot(page, 'spanish-actions-many-steps');

  // A plan with no goals: the step says where to start, in Spanish.
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Empezar un plan nuevo' }).click();
  await page.getByRole('heading', { level: 2, name: 'Sobre este plan' }).waitFor();
  const newPlan = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${site.url}/plans/${newPlan}/actions`);
  await page.getByText('Los pasos de acción son parte de una meta. Primero escriba una meta en el paso Metas.').waitFor();
  await page.getByText('Todavía no hay servicios.').waitFor();
  await noEnglishLeft(page, 'a plan with no goals');
  await page.getByRole('link', { name: 'paso Metas' }).click();
  await page.getByRole('heading', { level: 2, name: 'Metas' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
