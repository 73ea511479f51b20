// End-to-end tests of the Monitoring and Evaluation steps in Spanish: every heading, label,
// choice and button, the due list (here and on My plans), the chart and its table, the
// suggested status, reviews and their dialog, the GAS levels and score; no English text of
// these steps is left outside parts marked lang="en"; typing in Spanish saves; and English
// comes back whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, siteAndBrowser, assertAccessible, goTo } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish, inDays } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');

/** What the model writes itself in English on these steps (not in locales/en). */
const MODEL_ENGLISH = ['Talk through how the plan is going', 'Check on the goal', 'A step with no description yet',
  'Unnamed service', 'The latest entry', 'The last two entries', 'Target date', 'Target:', 'GAS score',
  'Overall, goals were met', 'scored goal', 'not scored yet', 'No GAS score yet', 'Overdue since'];

const spanish = (page) => page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
const english = (page) => page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

/** María's plan, imported, open on a step. */
async function maria(page, step) {
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const id = JSON.parse(fs.readFileSync(MARIA, 'utf8')).plans[0].plan.id;
  await page.goto(`${site.url}/plans/${id}/${step}`);
}

test('the Monitoring step in Spanish: due list, schedule, progress with chart and table, reviews and their dialog; typing saves', async () => {
  const page = await newPage(site.browser);
  await maria(page, 'monitoring');
  await page.getByRole('heading', { level: 1, name: /Monitoring/ }).waitFor();
  // The fields stay the same elements when the language changes: only their words change.
  await page.getByLabel('Review every').evaluate((el) => { el.kept = true; });

  await spanish(page);
  await page.getByRole('heading', { level: 1, name: /Seguimiento/ }).waitFor();
  assert.equal(await page.getByLabel('Revisar cada').evaluate((el) => el.kept), true);
  // Translated, so the page's lang (es) holds for main; what is English still says so. The
  // guidance is translated, and says its language itself (it does on steps still in English).
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('details.guidance').getAttribute('lang'), 'es');
  assert.equal(await page.locator('.step-words [lang]').count(), 0);

  // What's due: said in Spanish, the step's own words as typed. The one-off step of the 28th
  // stays overdue until it is done.
  const due = page.getByRole('region', { name: 'Lo que está pendiente' });
  const lines = await due.locator('li').allInnerTexts();
  assert.ok(lines.includes('Atrasado desde el 28 de noviembre de 2026 Paso: Call the County Food Bank to register'), lines.join('\n'));
  for (const line of lines) {
    assert.match(line, /^(Atrasado desde el|Todavía sin marcar: (Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo) \d+ de \w+ de \d{4}|No se hizo el|Hoy|Mañana|(Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo) \d+ de \w+ de \d{4}) .*(Paso|Revisión del plan|Revisión de una meta|Cita): /u, line);
  }
  await due.getByRole('button', { name: 'Agregar recordatorios a su calendario (.ics)' }).waitFor();

  // The schedule: its choices in Spanish, and a date added in words.
  const schedule = page.getByRole('region', { name: 'Cuándo se revisa el plan' });
  const options = (label) => schedule.getByLabel(label).evaluate((s) => [...s.options].map((o) => o.text));
  assert.deepEqual(await options('Revisar cada'), ['Sin revisiones fijas', '1', '2', '3', '4', '6', '8']);
  assert.deepEqual(await options('Días, semanas o meses'), ['días', 'semanas', 'meses']);
  assert.equal(await schedule.getByLabel('Revisar cada').inputValue(), '4');
  await schedule.getByLabel('Agregar una revisión en una fecha elegida').fill(inDays(10).iso);
  await schedule.getByRole('button', { name: 'Agregar esta fecha' }).click();
  const chosen = schedule.getByRole('list', { name: 'Fechas elegidas para las revisiones' });
  await chosen.getByRole('button', { name: `Quitar ${inDays(10).largo}` }).waitFor();
  assert.match(await schedule.locator('.next-review').innerText(), /^Próxima revisión: \d+ de \p{L}+ de \d{4}( \(atrasada: anote una revisión más abajo\))?\.$/u);

  // Progress: the pills goal, with its chart and table, and a new entry typed in Spanish.
  const progress = page.getByRole('region', { name: 'Avance de cada meta' });
  const pills = progress.locator('details').first();
  assert.match(await pills.locator('summary').innerText(), /^Para el 31 de enero de 2027, María López va a take her diabetes pills 7 days a week every morning, subiendo desde 3 days a week hoy\.\s+Cómo va: Va mejorando · \d+% del camino$/);
  await pills.locator('summary').click();
  await pills.getByLabel('Valor (en days a week)').fill('6');
  await pills.getByLabel('Nota (opcional)').fill('Usó el pastillero toda la semana');
  await pills.getByRole('button', { name: 'Agregar anotación' }).click();
  await pills.getByText('Se agregó la anotación.').waitFor();
  const table = pills.getByRole('table', { name: 'Anotaciones del avance' });
  await table.getByRole('row').nth(3).waitFor();
  assert.deepEqual(await table.locator('th').allInnerTexts(), ['Fecha', 'Valor', 'Avance hacia el objetivo', 'Nota', 'Quitar']);
  await table.getByRole('button', { name: 'Quitar la anotación del 27 de noviembre de 2026' }).waitFor();
  assert.ok((await table.innerText()).includes(`${inDays(0).largo}\t6 days a week\t75%\tUsó el pastillero toda la semana`));
  const chart = pills.getByRole('img', { name: 'Gráfica del avance. Las mismas anotaciones están en la tabla de abajo.' });
  assert.equal(await chart.locator('text.label').textContent(), 'Objetivo: 7 days a week');
  assert.equal(await chart.locator('line.target-date title').textContent(), 'Fecha objetivo: 31 de enero de 2027');
  assert.equal(await chart.locator('rect.baseline title').textContent(), 'Punto de partida, 20 de noviembre de 2026: 3 days a week');
  assert.equal(await chart.locator('circle.entry title').first().textContent(), '27 de noviembre de 2026: 4 days a week');
  await pills.getByText('Cuadrado: punto de partida. Línea de rayas: objetivo. Línea de puntos: fecha objetivo. Puntos: anotaciones.').waitFor();
  // Which status depends on today's date (the entries are dated around it).
  assert.match(await pills.locator('.achievement .hint').innerText(), /^Sugerencia: (Va (mejorando|empeorando)\. La última anotación, \d days a week, está más (cerca|lejos) del objetivo que la anotación anterior \(\d days a week\)|No lograda\. La fecha objetivo \(31 de enero de 2027\) ya pasó y la última anotación, \d days a week, no alcanza el objetivo)\.$/);
  const how = pills.getByLabel('¿Cómo va?');
  assert.deepEqual(await how.evaluate((s) => [...s.options].map((o) => o.text)), ['Lo que sugieren las anotaciones',
    'En curso', 'Va mejorando', 'Va empeorando', 'Sin cambios', 'Lograda', 'Lograda y se mantiene', 'No lograda',
    'Sin avance', 'No se puede lograr']);
  await how.selectOption({ label: 'Lograda y se mantiene' });
  assert.match(await pills.locator('summary').innerText(), /Lograda y se mantiene · \d+% del camino$/);

  // Reviews: María's, and a new one recorded in Spanish.
  const reviews = page.getByRole('region', { name: 'Revisiones' });
  const first = reviews.locator('details').first();
  assert.equal(await first.locator('summary').innerText(), 'Revisión del 1 de diciembre de 2026');
  await reviews.getByRole('button', { name: 'Anotar una revisión' }).click();
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'Quiénes participaron');
  const fresh = reviews.locator('details').first();
  assert.equal(await fresh.locator('summary').innerText(), `Revisión del ${inDays(0).largo}`);
  await fresh.getByLabel('Quiénes participaron').fill('María, Lucía y la enfermera');
  await fresh.getByLabel('Qué cambió desde la última revisión').fill('Toma las pastillas casi todos los días.');
  await fresh.getByLabel('Qué se decidió').fill('Seguir con la alarma del teléfono.');
  await fresh.getByLabel(/^Meta 1: Para el 31 de enero de 2027, María López va a /).fill('Va muy bien');
  await fresh.getByRole('group', { name: 'Notas sobre cada meta' }).waitFor();
  await saved(page);

  // No English text of the step (or the shared parts) is left, other than marked lang="en".
  const pieces = [...englishPieces('monitoring'), ...englishPieces('common'), ...MODEL_ENGLISH];
  assert.ok(pieces.includes('Progress toward each goal') && pieces.includes('Getting better'));
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), pieces), [], 'English left on the Monitoring step');
  await screenshot(page, 'spanish-monitoring');

  // Removing a review asks in Spanish.
  await reviews.locator('details').nth(1).locator('summary').click();
  await reviews.locator('details').nth(1).getByRole('button', { name: 'Quitar la revisión' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar esta revisión?' });
  await dialog.waitFor();
  assert.equal(await dialog.locator('.confirm-message').innerText(), 'La revisión del 1 de diciembre de 2026 y sus notas se quitarán del plan.');
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), pieces), [], 'English left in the dialog');
  await screenshot(page, 'spanish-monitoring-dialog');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Saved: after a reload, in Spanish still.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Lo que está pendiente' }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Revisiones' }).locator('details').count(), 2);
  const again = page.getByRole('region', { name: 'Revisiones' }).locator('details').first();
  await again.locator('summary').click();
  assert.equal(await again.getByLabel('Quiénes participaron').inputValue(), 'María, Lucía y la enfermera');
  assert.equal(await again.getByLabel(/^Meta 1: /).inputValue(), 'Va muy bien');
  // Found by their place, not their (changing) names, to follow them across the switch.
  const pillsAgain = page.locator('ol.progress-goals details').first();
  await pillsAgain.locator('summary').click();
  assert.equal(await pillsAgain.getByLabel('¿Cómo va?').inputValue(), 'sustaining');
  await pillsAgain.getByText('Usó el pastillero toda la semana').waitFor();
  await page.getByRole('list', { name: 'Fechas elegidas para las revisiones' }).getByText(inDays(10).largo).waitFor();

  // Back to English: the same step, with its English names; nothing in main says a lang but
  // the frame's own.
  await pillsAgain.getByLabel('¿Cómo va?').evaluate((el) => { el.kept = true; });
  await english(page);
  await page.getByRole('heading', { level: 2, name: "What's due" }).waitFor();
  assert.equal(await pillsAgain.getByLabel('How is it going?').evaluate((el) => el.kept), true);
  assert.match(await pillsAgain.locator('summary').innerText(), /^By 31 January 2027, María López will take her diabetes pills .*\s+How it is going: Reached and keeping it up · \d+% of the way$/);
  assert.ok((await page.getByRole('region', { name: "What's due" }).innerText()).includes('Overdue since 28 November 2026 Step: Call the County Food Bank to register'));
  await pillsAgain.getByRole('table', { name: 'Progress entries' }).getByRole('button', { name: 'Remove the entry of 27 November 2026' }).waitFor();
  assert.equal(await pillsAgain.locator('text.label').textContent(), 'Target: 7 days a week');
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the Evaluation step in Spanish: summary, GAS levels, weights and score, whether a goal was met; typing saves', async () => {
  const page = await newPage(site.browser);
  await maria(page, 'evaluation');
  await page.getByRole('heading', { level: 1, name: /Evaluation/ }).waitFor();
  await spanish(page);
  await page.getByRole('heading', { level: 1, name: /Evaluación/ }).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);

  // The plan at a glance, with the score said in Spanish.
  const glance = page.getByRole('region', { name: 'El plan de un vistazo' });
  const score = page.locator('.gas-score');
  assert.equal(await score.innerText(), 'Puntuación GAS: 60.0. En general, las metas se cumplieron mejor de lo esperado. '
    + '(50 quiere decir como se esperaba; más de 50, mejor). Según 1 meta puntuada. 1 meta todavía no tiene puntuación y queda fuera.');
  const text = await glance.innerText();
  assert.match(text, /Metas\s+Acordada: 1, En marcha: 1/);
  assert.match(text, /¿Se cumplieron\?\s+Se cumplió en parte: 1/);
  assert.match(text, /Necesidades resueltas\s+0 de 2/);
  assert.match(text, /Servicios que se usaron\s+Corner Pharmacy/);

  // Each goal: the levels, the weight, the level reached and whether it was met.
  const cards = page.getByRole('region', { name: 'Cada meta' }).locator('details');
  assert.match(await cards.nth(0).locator('summary').innerText(), /^Para el 31 de enero de 2027, María López va a .*\s+GAS \+1 · Se cumplió en parte$/);
  assert.match(await cards.nth(1).locator('summary').innerText(), /GAS sin puntuar · sin evaluar$/);
  await cards.nth(0).locator('summary').click();
  await cards.nth(1).locator('summary').click();
  const pills = cards.nth(0);
  await pills.getByRole('group', { name: 'Cómo se vería cada nivel' }).waitFor();
  assert.equal(await pills.getByRole('textbox', { name: 'Resultado esperado' }).inputValue(), '4 to 6 days');
  await pills.getByText('+1: un poco mejor que la meta.').waitFor();
  assert.equal(await pills.getByLabel('Cuánto cuenta esta meta (peso)').inputValue(), '2');
  assert.deepEqual(await pills.getByLabel('Cuánto cuenta esta meta (peso)').evaluate((s) => [...s.options].map((o) => o.text)),
    ['1 (lo normal)', '2', '3', '4', '5', '6', '7', '8', '9', '10 (cuenta 10 veces más)']);
  const reached = pills.getByRole('group', { name: 'Nivel alcanzado' });
  assert.deepEqual(await reached.locator('label').allInnerTexts(), ['Todavía sin puntuar', '\u22122 Mucho menos de lo esperado',
    '\u22121 Menos de lo esperado', '0 Resultado esperado', '+1 Más de lo esperado', '+2 Mucho más de lo esperado']);
  assert.ok(await reached.getByRole('radio', { name: '+1 Más de lo esperado' }).isChecked());
  assert.ok(await pills.getByRole('group', { name: '¿Se cumplió la meta?' }).getByRole('radio', { name: 'Se cumplió en parte' }).isChecked());
  assert.equal(await pills.getByLabel('Qué ayudó').inputValue(), 'The pill box, and Lucía\'s calls');

  // The food bank goal, scored and evaluated in Spanish.
  const food = cards.nth(1);
  await food.getByRole('textbox', { name: 'Resultado esperado' }).fill('Va al banco de alimentos cada semana');
  await food.getByRole('radio', { name: '0 Resultado esperado' }).check();
  await food.getByRole('radio', { name: 'Se cumplió', exact: true }).check();
  await food.getByLabel('Qué lo hizo difícil').fill('Queda lejos de su casa');
  assert.match(await score.innerText(), /^Puntuación GAS: 58\.0\. En general, las metas se cumplieron mejor de lo esperado\. .* Según 2 metas puntuadas\.$/);
  assert.match(await glance.innerText(), /¿Se cumplieron\?\s+Se cumplió: 1, Se cumplió en parte: 1/);
  assert.match(await food.locator('summary').innerText(), /GAS 0 · Se cumplió$/);
  await saved(page);

  const pieces = [...englishPieces('evaluation'), ...englishPieces('common'), ...MODEL_ENGLISH];
  assert.ok(pieces.includes('Much more than expected') && pieces.includes('The plan at a glance'));
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), pieces), [], 'English left on the Evaluation step');
  await screenshot(page, 'spanish-evaluation');

  // Saved: after a reload, in Spanish still.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'El plan de un vistazo' }).waitFor();
  const foodAgain = page.locator('ol.evaluation-goals details').nth(1);
  await foodAgain.locator('summary').click();
  assert.equal(await foodAgain.getByRole('textbox', { name: 'Resultado esperado' }).inputValue(), 'Va al banco de alimentos cada semana');
  assert.equal(await foodAgain.getByLabel('Qué lo hizo difícil').inputValue(), 'Queda lejos de su casa');
  assert.ok(await foodAgain.getByRole('radio', { name: 'Se cumplió', exact: true }).isChecked());

  // Back to English.
  await foodAgain.getByLabel('Qué lo hizo difícil').evaluate((el) => { el.kept = true; });
  await english(page);
  await page.getByRole('heading', { level: 2, name: 'The plan at a glance' }).waitFor();
  assert.equal(await foodAgain.getByLabel('What got in the way').evaluate((el) => el.kept), true);
  assert.match(await page.locator('.gas-score').innerText(), /^GAS score: 58\.0\. Overall, goals were met better than expected\./);
  assert.match(await page.getByRole('region', { name: 'The plan at a glance' }).innerText(), /Met or not\s+Met: 1, Partly met: 1/);
  await foodAgain.getByRole('radio', { name: '0 Expected outcome' }).waitFor();
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  await goTo(page, 'Monitoring');
  await page.getByRole('heading', { level: 2, name: 'Progress toward each goal' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("What's due on My plans is in Spanish too, and back in English", async () => {
  const page = await newPage(site.browser);
  await maria(page, 'intake');
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  await page.goto(`${site.url}/`);
  await spanish(page);
  const due = page.getByRole('region', { name: 'Lo que está pendiente' });
  const overdue = 'Atrasado desde el 28 de noviembre de 2026 Paso: Call the County Food Bank to register (María López: Feeling steady at home)';
  await due.getByText(overdue).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await due.locator('[lang]').count(), 0);
  assert.deepEqual(englishIn(await due.innerText(), [...englishPieces('monitoring'), ...MODEL_ENGLISH]), []);
  await assertAccessible(page, 'spanish my plans due');
  await english(page);
  await page.getByRole('region', { name: "What's due" })
    .getByText('Overdue since 28 November 2026 Step: Call the County Food Bank to register (María López: Feeling steady at home)').waitFor();
  assert.equal(await page.locator('main [lang]').count(), 0);
  assert.deepEqual(page.errors, []);
});
