// End-to-end tests of "Why this step matters" in Spanish: the panel's headings, what each step
// is for, what good looks like, the common mistakes, the example and the words used, on
// translated steps and on steps whose form is still English; open across a language switch,
// remembered across a reload, and English back as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { newPage, screenshot, siteAndBrowser, assertAccessible, artifacts, unfoldSteps } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish, openMaria } from './spanish.mjs';

const site = siteAndBrowser();

/** The English texts of the panel's own words. */
const ENGLISH = englishPieces('guidance');

/** Goes to a step by the step bar, in Spanish. */
async function goToEs(page, step) {
  await unfoldSteps(page);
  await page.getByRole('navigation', { name: 'Pasos del plan' }).getByRole('link', { name: new RegExp(`^${step}`) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(step) }).waitFor();
}

const HEADINGS = ['Cómo se ve cuando está bien hecho', 'Errores comunes', 'Un ejemplo', 'Palabras que se usan aquí'];

/** The panel open, in Spanish: its headings, then `parts` (a sentence of each part) and no English. */
async function spanishPanel(page, where, parts) {
  const panel = page.locator('details.guidance');
  await panel.getByRole('heading', { name: 'Errores comunes' }).waitFor();
  assert.notEqual(await panel.getAttribute('open'), null, `${where}: open`);
  assert.equal(await panel.getAttribute('lang'), 'es', where);
  assert.equal(await panel.locator('summary').innerText(), 'Por qué importa este paso');
  const headings = await panel.locator('h2').allInnerTexts();
  assert.deepEqual(headings, HEADINGS, where);
  const text = await panel.innerText();
  for (const part of parts) {
    assert.ok(text.includes(part), `${where}: ${part}`);
  }
  assert.deepEqual(englishIn(text, ENGLISH), [], `${where}: English left in the panel`);
  assert.equal(await panel.locator('[lang="en"]').count(), 0, where);
  return text;
}

test('why this step matters in Spanish: every part on several steps, open across a switch, remembered, and back to English', async () => {
  const page = await newPage(site.browser);
  await openMaria(page, site.url, 'goals', /Goals/);
  assert.ok(ENGLISH.includes('Why this step matters') && ENGLISH.includes('Common mistakes'));
  const panel = page.locator('details.guidance');
  await panel.locator('summary').click();
  await panel.getByRole('heading', { name: 'Common mistakes' }).waitFor();
  // The panel stays the same element when the language changes: only its words change.
  await panel.evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: /Metas/ }).waitFor();
  const goals = await spanishPanel(page, 'Goals', [
    'Una meta dice qué va a cambiar, y para cuándo',
    'SMART (sigla en inglés): específica, medible, alcanzable, relevante y con una fecha.',
    'Metas que son tareas: “llamar a la oficina de vivienda”.',
    'Una tarea es un paso.',
    'Sandra va a tomar todas sus medicinas según su horario',
  ]);
  assert.equal(await panel.evaluate((el) => el.kept), true, 'the same panel, still open');
  assert.doesNotMatch(goals, /A goal says what will be different/);
  // The words used, from the glossary in Spanish.
  const terms = await panel.locator('dl.terms').innerText();
  assert.match(terms, /Meta SMART\s+\S/);
  assert.match(terms, /Línea de base\s+Cómo están las cosas al empezar/);
  assert.match(terms, /Obstáculo\s+Cualquier cosa que estorba/);
  // A translated step: main has no lang, and nothing of the panel's English is left on it.
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), ENGLISH), [], 'English left: Goals');
  // (A screenshot is checked with axe too.)
  await screenshot(page, 'spanish-guidance-goals');

  // A step whose form is still English: the panel says it is Spanish.
  await goToEs(page, 'Valoración');
  await spanishPanel(page, 'Assessment', [
    'La valoración mira toda la vida de la persona',
    'Se anotan las fortalezas además de los problemas',
    'Cambiar las palabras de un cuestionario de tamizaje.',
    'Léalo tal como está escrito',
    'El tamizaje de John muestra',
    'Tamizaje',
    'PHQ-9',
  ]);
  await assertAccessible(page, 'the guidance in Spanish, Assessment');

  await goToEs(page, 'Acciones y servicios');
  await spanishPanel(page, 'Actions', [
    'Los pasos de acción convierten una meta en quién hace qué y para cuándo.',
    'Cada paso tiene un responsable',
    'Olvidar los obstáculos: un referido a una clínica',
    'Para cada obstáculo, agregue un paso',
    'La meta de John es llegar a todas sus citas.',
    'Responsable',
    'Programa de ayuda al paciente',
  ]);

  await goToEs(page, 'Transición');
  await spanishPanel(page, 'Transition', [
    'Un traspaso bien planeado',
    'Qué hacer, y a quién llamar, si las cosas empeoran.',
    'Cerrar el plan sin avisar al próximo servicio.',
    'Envíe un resumen y confirme que llegó.',
    'Cuando John se mude',
    'Traspaso',
  ]);
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), ENGLISH), [], 'English left: Transition');

  await goToEs(page, 'Seguimiento');
  await spanishPanel(page, 'Monitoring', [
    'El seguimiento es revisar con regularidad',
    'La persona participa en cada revisión.',
    'Sin fecha de revisión: el plan se escribe y se archiva.',
    'Fije la próxima revisión antes de que termine la reunión.',
    'El plan de James se revisa cada cuatro semanas',
    'Registro de avance',
  ]);

  // Closed in Spanish, closed after a reload, and still in Spanish.
  await panel.locator('summary').click();
  await page.waitForFunction(() => !document.querySelector('details.guidance').open);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Seguimiento/ }).waitFor();
  assert.equal(await panel.getAttribute('open'), null, 'closed, as left');
  assert.equal(await panel.locator('summary').innerText(), 'Por qué importa este paso');
  await panel.locator('summary').click();
  await panel.getByRole('heading', { name: 'Errores comunes' }).waitFor();

  // On a phone, the panel's Spanish fits.
  await page.setViewportSize({ width: 375, height: 800 });
  await goToEs(page, 'Admisión');
  await spanishPanel(page, 'Intake', [
    'La admisión es la primera reunión.',
    'Lo que más le importa, escrito con sus propias palabras.',
    'Dejar a la familia y a las amistades fuera del equipo de cuidado.',
    'Su hija Linda',
    'Modelo de administración de casos',
  ]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no sideways scrolling on a phone');
  await screenshot(page, 'spanish-guidance-intake-phone');
  // The panel alone, to look at its Spanish on a narrow screen.
  await panel.screenshot({ path: path.join(artifacts, 'spanish-guidance-panel-phone.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Back to English: the same panel, open, in English, and no lang="es" left in main.
  await panel.evaluate((el) => { el.kept = true; });
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await panel.getByRole('heading', { name: 'Common mistakes' }).waitFor();
  assert.equal(await panel.evaluate((el) => el.kept), true, 'the same panel');
  assert.notEqual(await panel.getAttribute('open'), null, 'still open');
  assert.equal(await panel.locator('summary').innerText(), 'Why this step matters');
  assert.deepEqual(await panel.locator('h2').allInnerTexts(),
    ['What good looks like', 'Common mistakes', 'An example', 'Words used here']);
  const english = await panel.innerText();
  assert.match(english, /Intake is the first meeting/);
  assert.match(english, /Case-management model/);
  assert.doesNotMatch(english, /La admisión es la primera reunión|Por qué importa/);
  assert.equal(await panel.getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  assert.deepEqual(page.errors, []);
});
