// End-to-end test of the Assessment step in Spanish: the overview, the parts of life with their
// need levels and barriers, the questionnaires' frame with scores and their meaning in Spanish
// (the questions keep their validated English wording, marked lang="en"), the crisis notice, a
// new assessment with the earlier one kept, what is typed in Spanish saved across a reload, and
// English back as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, siteAndBrowser, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish, PARTS_OF_LIFE } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');

/** The English texts this step (and the shared parts on it) may show. */
const ENGLISH = [...englishPieces('assessment'), ...englishPieces('common'), ...PARTS_OF_LIFE];
const ASSESSED = '20 de noviembre de 2026';
const IN_ENGLISH = 'Las preguntas se muestran en inglés, con las palabras exactas del cuestionario original que fue probado.';

/** Imports María's plan and opens its Assessment step, in English. */
async function openMaria(page) {
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const id = JSON.parse(fs.readFileSync(MARIA, 'utf8')).plans[0].plan.id;
  await page.goto(`${site.url}/plans/${id}/assessment`);
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
}

/** Opens a questionnaire or part of life by clicking its summary line. */
async function open(page, detailsId) {
  const details = page.locator(`#${detailsId}`);
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator('summary').click();
  }
  return details;
}

async function noEnglishLeft(page, where) {
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), ENGLISH), [], `English left: ${where}`);
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

test('the Assessment step in Spanish: overview, parts of life, questionnaires, history; typing saves', async () => {
  const page = await newPage(site.browser);
  await openMaria(page);
  assert.ok(ENGLISH.includes('Start a new assessment') && ENGLISH.includes('Help is available now'));
  const housing = await open(page, 'domain-housing');
  await housing.getByLabel('Strengths').evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: `Valoración del ${ASSESSED}` }).waitFor();
  // The field is the same one (what is typed and the focus stay), named in Spanish.
  assert.equal(await housing.getByLabel('Fortalezas').evaluate((el) => el.kept), true);
  // Translated, so the page's lang (es) holds for main; what is English still says so.
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('details.guidance').getAttribute('lang'), 'es');
  await page.getByLabel('Fecha de esta valoración').waitFor();
  await page.getByText('Esta es la primera valoración.').waitFor();
  for (const name of ['Resumen', 'Cuestionarios de detección', 'Áreas de la vida', 'Obstáculos que afectan todo']) {
    await page.getByRole('heading', { level: 2, name }).waitFor();
  }

  // María's PHQ-9 (question 9 above "Not at all"): the crisis notice in Spanish, the 988 lines
  // too (an agency's own lines would stay as written, marked English).
  const crisis = page.getByRole('region', { name: 'Hay ayuda disponible ahora' });
  assert.match(await crisis.innerText(), /Gracias por responder con sinceridad/);
  assert.equal(await crisis.locator('.crisis-lines').getAttribute('lang'), null);
  assert.match(await crisis.innerText(), /Si está en peligro inmediato, llame al 911\./);
  // The overview: parts of life, need levels and the screens' marks in Spanish.
  const mood = page.locator('.overview-item').filter({ hasText: 'Salud mental y estado de ánimo' });
  assert.match(await mood.innerText(), /Todavía sin valorar/);
  assert.match(await mood.innerText(), /Pensamientos de hacerse daño/);
  assert.match(await page.locator('.not-assessed').innerText(), /^Todavía sin valorar \(14\): Salud física, Medicamentos, /);

  // PHQ-9: the frame and the score in Spanish, the questions in English.
  const phq = await open(page, 'instrument-phq9');
  assert.equal(oneLine(await phq.locator('summary').innerText()),
    'PHQ-9 (Cuestionario sobre la salud del paciente) Puntuación 7 de 27: leve');
  await phq.getByText(IN_ENGLISH).waitFor();
  assert.equal(await phq.getByRole('group', { name: /^1\. Little interest/ }).locator('xpath=..').getAttribute('lang'), 'en');
  assert.equal(await phq.locator('.attribution').getAttribute('lang'), 'en');
  await phq.getByText('Puntuación del PHQ-2: 3 de 6. El resultado es positivo (3 o más): responda las nueve preguntas.').waitFor();
  await phq.getByText('Puntuación del PHQ-9: 7 de 27. Intensidad de los síntomas de depresión: leve.').waitFor();
  await phq.getByText('La pregunta 10 no cuenta para la puntuación.').waitFor();
  assert.equal(await phq.getByRole('group', { name: 'Hay ayuda disponible ahora' }).count(), 1);
  await noEnglishLeft(page, 'Assessment, PHQ-9 open');
  await screenshot(page, 'spanish-assessment');

  // AHC: part answered, then all; results in Spanish.
  const ahc = await open(page, 'instrument-ahc');
  const q = (n) => ahc.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  await q(1).getByLabel(/worried about losing it/).check();
  assert.equal(oneLine(await ahc.locator('summary .instrument-status').innerText()), '1 de 10 respondidas, ningún área positiva');
  await ahc.getByText('Todavía sin puntuación: falta responder la pregunta 2.').waitFor();
  await q(2).getByLabel('None of the above').check();
  await q(3).getByLabel('Sometimes true').check();
  await q(4).getByLabel('Never true').check();
  await q(5).getByLabel('No', { exact: true }).check();
  await q(6).getByLabel('No', { exact: true }).check();
  for (const n of [7, 8, 9, 10]) await q(n).getByLabel('Never', { exact: true }).check();
  assert.equal(oneLine(await ahc.locator('summary .instrument-status').innerText()),
    'Terminado, positivo en: situación de vivienda, comida');
  const areas = (await ahc.locator('.area-results li').allInnerTexts()).map(oneLine);
  assert.deepEqual(areas, ['Situación de vivienda: Positivo: posible necesidad', 'Comida: Positivo: posible necesidad',
    'Transporte: Negativo', 'Luz, gas y agua: Negativo', 'Seguridad: Negativo']);
  await ahc.getByText('Total de seguridad: 4 (las preguntas 7 a 10 sumadas, de 4 a 20; 11 o más es positivo).').waitFor();
  await ahc.getByRole('link', { name: 'paso Necesidades' }).waitFor();

  // Hunger Vital Sign: its answers taken from the AHC, the result in Spanish.
  const hvs = await open(page, 'instrument-hvs');
  assert.equal(await hvs.locator('.instrument-name').getAttribute('lang'), 'en');
  await hvs.getByRole('button', { name: 'Usar las respuestas de las preguntas 3 y 4 del AHC' }).click();
  await hvs.getByText('En riesgo de no tener suficiente comida.').waitFor();
  assert.equal(await hvs.locator('.instrument-status').innerText(), 'En riesgo');

  // Katz: five of six without help.
  const katz = await open(page, 'instrument-katz');
  await katz.getByText('Las actividades se muestran en inglés, con los nombres que tienen en el índice original.').waitFor();
  for (const n of [1, 2, 3, 4, 5]) {
    await katz.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByLabel('Yes, without help').check();
  }
  await katz.getByText('Todavía sin puntuación: falta responder la pregunta 6.').waitFor();
  await katz.getByRole('group', { name: /^6\. / }).getByLabel('No, needs help').check();
  await katz.getByText(/^Puntuación: 5 de 6, entre funcionamiento completo y limitación moderada \(sin nombre publicado\)\./).waitFor();
  await katz.getByText('6 quiere decir que hace las seis actividades sin ayuda.').waitFor();
  await noEnglishLeft(page, 'Assessment, questionnaires answered');

  // A part of life, typed in Spanish, with its level and a barrier.
  assert.equal(oneLine(await housing.locator('.prompt').innerText()),
    'Piense en: Si la vivienda es estable, segura y está en buen estado, y si hay riesgo de perderla.');
  const level = housing.getByRole('group', { name: '¿Cuánta necesidad hay en «Vivienda»?' });
  await level.getByLabel('Necesidad alta').check();
  await housing.getByLabel('Fortalezas').fill('Su hermana la visita cada semana');
  await housing.getByLabel('Preocupaciones, en las palabras de la persona').fill('Me da miedo perder el cuarto');
  await housing.getByLabel('Horario de trabajo').check();
  await housing.getByText('Maneras de resolverlos').waitFor();
  // The ways to address it are the ones Actions & services suggests, in Spanish too.
  assert.match(await housing.locator('.suggestions li').innerText(),
    /^Horario de trabajo: Pedir citas temprano, tarde o en fin de semana; /);
  assert.equal(await housing.locator('.suggestions [lang]').count(), 0);
  assert.match(await housing.locator('summary').innerText(), /Vivienda\s*Necesidad alta/);
  assert.match(await page.locator('.overview-item').filter({ hasText: 'Vivienda' }).innerText(), /Necesidad alta/);
  await saved(page);
  await noEnglishLeft(page, 'Assessment, a part of life filled in');
  await assertAccessible(page, 'assessment in Spanish');
  await screenshot(page, 'spanish-assessment-filled', { fullPage: true });

  // A new assessment: the earlier one is kept, and the scores over time are in Spanish.
  await page.getByRole('button', { name: 'Empezar una valoración nueva' }).click();
  await page.getByText('Esta es la valoración número 2. Las anteriores se guardan sin cambios más abajo.').waitFor();
  const history = page.getByRole('region', { name: 'Puntuaciones con el tiempo' });
  await history.getByText(/^2 valoraciones, de la más antigua a la más reciente\./).waitFor();
  const table = history.getByRole('group', { name: 'Puntuaciones de los cuestionarios en cada valoración' });
  assert.deepEqual((await table.locator('thead th').allInnerTexts()).filter((t) => !/\d/.test(t)), ['Cuestionario', 'Cambio']);
  assert.deepEqual((await table.locator('tbody tr').first().allInnerTexts()).map(oneLine),
    ['PHQ-9 (depresión) 7 (leve) 7 (leve) sin cambio']);
  await history.getByRole('heading', { level: 3, name: 'Valoraciones anteriores' }).waitFor();
  const earlier = history.locator('details.earlier');
  await earlier.locator('summary').click();
  assert.equal(await earlier.locator('summary').innerText(), `Valoración del ${ASSESSED}`);
  const summary = oneLine(await earlier.locator('.assessment-summary').innerText());
  assert.match(summary, /Vivienda: Necesidad alta\. Qué va bien: Su hermana la visita cada semana Preocupaciones: Me da miedo perder el cuarto Obstáculos: Horario de trabajo\./);
  assert.match(summary, /Actividades diarias \(Katz, 6 es sin ayuda\)\s*5 de 6/);
  await noEnglishLeft(page, 'Assessment, with an earlier one');
  await assertAccessible(page, 'assessment in Spanish, with an earlier one');
  await saved(page);

  // Saved: after a reload, in Spanish still.
  await page.reload();
  await page.getByText('Esta es la valoración número 2. Las anteriores se guardan sin cambios más abajo.').waitFor();
  const again = await open(page, 'domain-housing');
  assert.equal(await again.getByLabel('Fortalezas').inputValue(), 'Su hermana la visita cada semana');
  assert.equal(await again.getByLabel('Necesidad alta').isChecked(), true);
  assert.equal(await again.getByLabel('Horario de trabajo').isChecked(), true);

  // Back to English: the same step, with its English words; the Spanish words typed stay.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 2, name: /^Assessment of / }).waitFor();
  assert.equal(await again.getByLabel('Strengths').inputValue(), 'Su hermana la visita cada semana');
  assert.match(await again.locator('summary').innerText(), /Housing\s*High need/);
  await page.getByRole('region', { name: 'Scores over time' }).getByText('no change').first().waitFor();
  const phqBack = await open(page, 'instrument-phq9');
  await phqBack.getByText('PHQ-9 score: 7 of 27, mild depression symptoms.').waitFor();
  assert.equal(await phqBack.getByRole('group', { name: /^10\. / }).getAttribute('aria-describedby'), 'phq9-q10-hint');
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  await assertAccessible(page, 'assessment back in English');
  assert.deepEqual(page.errors, []);
});
