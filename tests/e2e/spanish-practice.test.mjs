// End-to-end test of the practice cases (teaching mode) in Spanish: the case list, Sandra's
// practice copy with its banner, "Comprobar mi plan" naming the missed key points in Spanish, a
// need written in Spanish recognised, our model plan beside it, and the case handout; no
// English left outside the parts marked lang="en", axe clean; back to English gives English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, siteAndBrowser, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish } from './spanish.mjs';

const site = siteAndBrowser();

/** English the cases write (the model's text, not locales/): one piece of each kind. */
const CASE_ENGLISH = [
  'Diabetes and confusion about her medicines', 'She is not sure which pills she should still take',
  'Substance use, depression and hepatitis C', 'He has not had a drink for 12 days',
  'Anxiety and depression', 'What he wants most is to feel like himself again',
  'A medicine schedule she can follow', 'Fewer hospital and emergency room visits',
  'Learning about her diabetes', 'Staying in my own home and out of the hospital',
];

/** The model plan's English, which the Spanish model plan must not show. */
const MODEL_ENGLISH = [
  'Model plan: Sandra', 'with the old medicines cleared out', 'Tick each dose on the schedule sheet',
  'Main Street Pharmacy: medicine review', 'Home health nurse visits', 'take all her medicines as on her schedule',
  'Nurse case manager', 'Linda (daughter)', 'Every trip to the hospital frightens me',
];

const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();

/** The text of `locator` outside the parts marked lang="en". */
const notMarkedEnglish = (locator) => locator.evaluate((root) => {
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.parentElement.closest('[lang="en"]')) texts.push(node.textContent);
  }
  return texts.join('\n');
});

test('practice in Spanish: the cases, Sandra’s copy, the check, the model plan and the handout; back to English', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: 'Mis planes' }).waitFor();

  // The case list: summaries and stories in Spanish, nothing marked English.
  const cases = page.getByRole('region', { name: 'Casos de práctica' });
  const sandra = cases.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sandra' }) });
  await sandra.getByText('Diabetes y confusión con sus medicinas, con visitas repetidas al hospital.').waitFor();
  await sandra.getByText('Leer la historia de Sandra').click();
  await sandra.getByText('No está segura de qué pastillas debe seguir tomando.').waitFor();
  assert.equal(await cases.locator('[lang]').count(), 0, 'no part of the cases marked as another language');
  const listText = await textNotMarkedEnglish(page);
  assert.match(listText, /John tiene 42 años/);
  assert.match(listText, /James tiene 31 años/);
  assert.deepEqual(englishIn(listText, [...englishPieces('plans'), ...CASE_ENGLISH]), [], 'English left on the case list');

  // A practice copy started in Spanish: Spanish title and the person's words in Spanish.
  await sandra.getByRole('button', { name: 'Empezar a practicar con Sandra' }).click();
  const banner = page.getByRole('region', { name: 'Copia de práctica: el caso de Sandra' });
  await banner.waitFor();
  assert.equal(await page.getByLabel('Nombre o apodo').inputValue(), 'Sandra');
  assert.equal(await page.getByLabel('Título del plan').inputValue(), 'Práctica: Sandra');
  assert.equal(await page.getByLabel('¿Qué es lo más importante para usted?').inputValue(),
    'Quedarme en mi propia casa y fuera del hospital.');
  await banner.getByText('Volver a leer la historia de Sandra').click();
  await banner.getByText('Sandra quiere quedarse en su propia casa.').waitFor();
  const id = page.url().match(/plans\/([^/]+)\//)[1];

  // The Needs step: checking before writing anything names every key point in Spanish.
  await page.getByRole('navigation', { name: 'Pasos del plan' }).getByRole('link', { name: /Necesidades/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Necesidades, la más importante primero' }).waitFor();
  await banner.getByRole('button', { name: 'Comprobar mi plan' }).click();
  const revisit = banner.locator('ul.to-revisit');
  await revisit.waitFor();
  const before = await revisit.innerText();
  assert.match(before, /Falta: Un horario de medicinas que ella pueda seguir\. Vuelva a leer la historia: Guardó los frascos viejos/);
  assert.match(before, /Falta: Menos visitas al hospital y a la sala de emergencias\./);
  assert.match(before, /Falta: Aprender sobre su diabetes y para qué sirve cada medicina\./);
  assert.match(before, /No hay ninguna revisión fijada\./);
  await banner.getByRole('heading', { name: 'Por revisar' }).waitFor();

  // A need written in Spanish, without the accent: it counts for the medicine schedule.
  await page.getByRole('button', { name: 'Agregar una necesidad' }).click();
  await page.getByLabel('La necesidad, en palabras sencillas').fill('Se confunde con la medicacion y los frascos viejos');
  await saved(page);
  await banner.getByRole('button', { name: 'Comprobar mi plan' }).click();
  const done = banner.locator('ul.done-well');
  await done.waitFor();
  assert.match(await done.innerText(),
    /Encontrado: Un horario de medicinas que ella pueda seguir, en la necesidad «Se confunde con la medicacion y los frascos viejos»\./);
  await banner.getByRole('heading', { name: 'Bien hecho' }).waitFor();
  const still = await revisit.innerText();
  assert.doesNotMatch(still, /Falta: Un horario de medicinas/);
  assert.match(still, /Falta: Menos visitas al hospital/);
  assert.match(still, /«Un horario de medicinas que ella pueda seguir» es una de las necesidades más importantes, pero todavía no tiene ninguna meta vinculada\./);
  assert.match(still, /El obstáculo «[^»]+» todavía no tiene ningún paso marcado para ocuparse de él\. Por ejemplo: /);
  assert.match(await banner.locator('.feedback strong').innerText(), /^Bien hecho: 1\. Por revisar: \d+\.$/);
  const practiceEnglish = [...englishPieces('practice'), 'Missed', 'Found:', 'Look again at the story', 'to revisit',
    'done well', 'is one of the needs that matter most', 'has no step marked', 'No review is set'];
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), [...practiceEnglish, ...CASE_ENGLISH]), [],
    'English left in the banner or feedback');
  await screenshot(page, 'spanish-practice-feedback');

  // Our model plan beside it, in Spanish.
  await banner.getByRole('button', { name: 'Mostrar nuestro plan modelo junto al suyo' }).click();
  const model = page.getByRole('complementary', { name: 'Nuestro plan modelo para Sandra' });
  await model.waitFor();
  const modelText = await model.innerText();
  assert.match(modelText, /Plan de cuidado: Plan modelo: Sandra/);
  assert.match(modelText, /Un horario de medicinas que pueda seguir, sin las medicinas viejas en casa/);
  assert.match(modelText, /Sandra va a tomar todas sus medicinas según su horario 7 días a la semana con un pastillero semanal/);
  assert.match(modelText, /Marcar cada dosis en la hoja del horario/);
  assert.deepEqual(englishIn(await notMarkedEnglish(model), [...MODEL_ENGLISH, ...englishPieces('practice')]), [],
    'English left in the model plan');
  await screenshot(page, 'spanish-practice-model-plan');
  await banner.getByRole('button', { name: 'Ocultar nuestro plan modelo' }).click();
  await model.waitFor({ state: 'detached' });

  // The case handout, in Spanish.
  await page.goto(`${site.url}/practice/sandra`);
  await page.getByRole('heading', { level: 1, name: 'El caso de Sandra' }).waitFor();
  await page.getByRole('heading', { name: 'La historia' }).waitFor();
  await page.getByRole('heading', { name: 'Lo que mostraron los cuestionarios' }).waitFor();
  await page.getByRole('heading', { name: 'Preguntas para trabajar' }).waitFor();
  assert.equal(await page.locator('.handout-questions > li').count(), 8);
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  const handout = await textNotMarkedEnglish(page);
  assert.match(await page.locator('main').innerText(), /Lo que más le importa, en palabras de Sandra: “Quedarme en mi propia casa y fuera del hospital\.”/);
  assert.match(handout, /PHQ-9/);
  assert.deepEqual(englishIn(handout, [...englishPieces('practice'), ...CASE_ENGLISH]), [], 'English left on the handout');
  await screenshot(page, 'spanish-case-handout');

  // Back to English: the handout, then the copy, in English; the copy keeps its Spanish title.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: 'Sandra’s case' }).waitFor();
  await page.getByText('She is not sure which pills she should still take.').waitFor();
  assert.equal(await page.locator('main [lang]').count(), 0);
  await page.goto(`${site.url}/plans/${id}/needs`);
  const english = page.getByRole('region', { name: 'Practice copy: Sandra’s case' });
  await english.waitFor();
  await english.getByRole('button', { name: 'Check my plan' }).click();
  await english.locator('ul.done-well').waitFor();
  assert.match(await english.locator('ul.done-well').innerText(),
    /Found: A medicine schedule she can follow, in the need “Se confunde con la medicacion y los frascos viejos”\./);
  assert.match(await english.locator('ul.to-revisit').innerText(), /Missed: Fewer hospital and emergency room visits\./);
  assert.match(await english.locator('.feedback strong').innerText(), /^1 done well, \d+ to revisit\.$/);
  // The feedback shown follows a switch of language at once, without checking again.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('region', { name: 'Copia de práctica: el caso de Sandra' }).locator('ul.done-well')
    .filter({ hasText: 'Encontrado: Un horario de medicinas que ella pueda seguir' }).waitFor();
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await english.locator('ul.done-well').filter({ hasText: 'Found: A medicine schedule' }).waitFor();
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('link', { name: /^Continue practising: Práctica: Sandra/ }).waitFor();
  await assertAccessible(page, 'practice cases back in English');
  assert.deepEqual(page.errors, []);
});
