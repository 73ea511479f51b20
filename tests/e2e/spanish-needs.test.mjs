// End-to-end tests of the Needs and Transition steps in Spanish: every heading, label, choice,
// button, dialog and message, the needs the assessment suggests worded in Spanish by the model,
// what is typed in Spanish saved across a reload, and English back as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, siteAndBrowser, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish, PARTS_OF_LIFE, openMaria } from './spanish.mjs';

const site = siteAndBrowser();

/** The English texts these steps (and the shared parts on them) may show. */
const ENGLISH = [...englishPieces('needs'), ...englishPieces('transition'), ...englishPieces('common'), ...PARTS_OF_LIFE];

/** What the self-harm answer of María's assessment (question 9) suggests, in Spanish. */
const SELF_HARM = 'Ha tenido pensamientos de hacerse daño: necesita un plan de seguridad y seguimiento con un profesional de salud';
const ASSESSED = '20 de noviembre de 2026';

async function noEnglishLeft(page, where) {
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), ENGLISH), [], `English left: ${where}`);
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();
const selectedText = (select) => select.evaluate((s) => s.options[s.selectedIndex].text);

test('the Needs step in Spanish: suggestions, the list, its choices and the remove dialog; typing saves', async () => {
  const page = await newPage(site.browser);
  await openMaria(page, site.url, 'needs', /Needs/);
  assert.ok(ENGLISH.includes('Add a need') && ENGLISH.includes('Working on it') && ENGLISH.includes('Cancel'));
  await page.getByRole('group', { name: /^Need 2/ }).getByLabel('The need, in plain words').evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: 'Necesidades, la más importante primero' }).waitFor();
  const need2 = page.getByRole('group', { name: 'Necesidad 2: Not enough food at the end of the month' });
  assert.equal(await need2.getByLabel('La necesidad, en palabras sencillas').evaluate((el) => el.kept), true);
  // Translated, so the page's lang (es) holds for main; what is English still says so. The
  // guidance is translated, and says its language itself (it does on steps still in English).
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('details.guidance').getAttribute('lang'), 'es');
  assert.equal(await selectedText(need2.getByLabel('Área de la vida')), 'Comida');
  assert.equal(await selectedText(need2.getByLabel('Estado')), 'En proceso');

  // The suggestion from the assessment, worded in Spanish by the model.
  const suggested = page.getByRole('region', { name: 'Sugeridas por la valoración' });
  assert.match(await suggested.innerText(), new RegExp(`De la valoración del ${ASSESSED}\\. Agregue las que le importan`));
  assert.equal(await suggested.locator('.proposal-statement').innerText(), SELF_HARM);
  assert.match(await suggested.locator('.meta').innerText(),
    /Salud mental y estado de ánimo\s*Viene de: PHQ-9, pregunta 9: una respuesta distinta de «Ningún día»/);
  await noEnglishLeft(page, 'Needs');
  const text = await textNotMarkedEnglish(page);
  for (const words of ['Medicamentos', 'Asuntos legales', 'Sin elegir', 'Más adelante', 'Resuelta', 'Subir', 'Bajar', 'Quitar']) {
    assert.ok(text.includes(words), words);
  }
  await screenshot(page, 'spanish-needs');

  // Dismissed, then brought back.
  await suggested.getByRole('button', { name: 'Descartar' }).click();
  await suggested.getByText(`No hay sugerencias nuevas de la valoración del ${ASSESSED}.`).waitFor();
  const dismissed = page.getByRole('region', { name: 'Sugerencias descartadas' });
  assert.equal(await dismissed.locator('li span').innerText(), `${SELF_HARM} (valoración del ${ASSESSED})`);
  await noEnglishLeft(page, 'Needs, a suggestion dismissed');
  await dismissed.getByRole('button', { name: 'Recuperar' }).click();
  await dismissed.waitFor({ state: 'detached' });

  // Added as a need: its words are the Spanish ones read.
  await suggested.getByRole('button', { name: 'Agregar como necesidad' }).click();
  const need3 = page.getByRole('group', { name: `Necesidad 3: ${SELF_HARM}` });
  await need3.waitFor();
  assert.match(await need3.locator('.sources').innerText(),
    new RegExp(`^Viene de: PHQ-9, pregunta 9: .+, valoración del ${ASSESSED}$`));
  assert.equal(await selectedText(need3.getByLabel('Área de la vida')), 'Salud mental y estado de ánimo');

  // Typed in Spanish: words, a choice, a new need moved up.
  await need2.getByLabel('La necesidad, en palabras sencillas').fill('No me alcanza la comida a fin de mes');
  const food = page.getByRole('group', { name: 'Necesidad 2: No me alcanza la comida a fin de mes' });
  await food.getByLabel('Estado').selectOption({ label: 'Más adelante' });
  await page.getByRole('button', { name: 'Agregar una necesidad' }).click();
  const need4 = page.getByRole('group', { name: 'Necesidad 4', exact: true });
  await need4.getByLabel('Área de la vida').selectOption({ label: 'Asuntos legales' });
  await need4.getByLabel('La necesidad, en palabras sencillas').fill('Sacar de nuevo mi credencial');
  await page.getByRole('group', { name: 'Necesidad 4: Sacar de nuevo mi credencial' }).getByRole('button', { name: 'Subir' }).click();
  await page.getByRole('group', { name: 'Necesidad 3: Sacar de nuevo mi credencial' }).waitFor();
  await saved(page);
  await noEnglishLeft(page, 'Needs, filled in');
  await screenshot(page, 'spanish-needs-filled');

  // Removing a need linked to a goal asks in Spanish, and names the goal in Spanish.
  await page.getByRole('group', { name: /^Necesidad 1/ }).getByRole('button', { name: 'Quitar' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar esta necesidad?' });
  await dialog.waitFor();
  assert.match(await dialog.locator('.confirm-message').innerText(),
    /^«Knowing which pill to take when» se quitará de la lista\. Las respuestas de la valoración no cambian\. Ya no estará unida a la meta «.+»; la meta se queda en el plan\.$/);
  await noEnglishLeft(page, 'the remove dialog');
  await screenshot(page, 'spanish-needs-dialog');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // The one from the assessment: it will be suggested again, and is.
  await page.getByRole('group', { name: `Necesidad 4: ${SELF_HARM}` }).getByRole('button', { name: 'Quitar' }).click();
  assert.match(await dialog.locator('.confirm-message').innerText(), /Vino de la valoración, así que se volverá a sugerir\.$/);
  await dialog.getByRole('button', { name: 'Quitar la necesidad' }).click();
  await suggested.locator('.proposal-statement').filter({ hasText: SELF_HARM }).waitFor();
  await saved(page);

  // Saved: after a reload, in Spanish still.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Necesidades, la más importante primero' }).waitFor();
  assert.deepEqual(await page.locator('.need legend').allInnerTexts(), [
    'Necesidad 1: Knowing which pill to take when',
    'Necesidad 2: No me alcanza la comida a fin de mes',
    'Necesidad 3: Sacar de nuevo mi credencial',
  ]);
  assert.equal(await selectedText(page.getByRole('group', { name: /^Necesidad 2/ }).getByLabel('Estado')), 'Más adelante');
  assert.equal(await page.getByRole('group', { name: /^Necesidad 3/ }).getByLabel('Área de la vida').inputValue(), 'legal');

  // Back to English: the same step, with its English names; the Spanish words typed stay.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 2, name: 'Needs, most important first' }).waitFor();
  const back = page.getByRole('group', { name: 'Need 2: No me alcanza la comida a fin de mes' });
  assert.equal(await selectedText(back.getByLabel('Status')), 'Not now');
  assert.equal(await selectedText(page.getByRole('group', { name: /^Need 3/ }).getByLabel('Part of life')), 'Legal matters');
  assert.equal(await page.locator('.proposal-statement').innerText(),
    'Has had thoughts of self-harm: needs a safety plan and follow-up with a clinician');
  await page.getByRole('button', { name: 'Add a need' }).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the Transition step in Spanish: reasons, hand-off, open needs, closing and reopening; typing saves', async () => {
  const page = await newPage(site.browser);
  await openMaria(page, site.url, 'transition', /Transition/);
  await page.getByLabel('Where the person goes next').evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: 'Por qué el plan termina o pasa a otro lugar' }).waitFor();
  const next = page.getByLabel('Adónde va la persona después');
  assert.equal(await next.evaluate((el) => el.kept), true);
  assert.equal(await next.inputValue(), 'Eastside Clinic care coordination');
  assert.ok(await page.getByRole('radio', { name: 'Pasa a otro servicio' }).isChecked());
  assert.equal(await page.getByLabel('Fecha de seguimiento').inputValue(), '2027-03-01');
  assert.ok(await page.getByLabel('Ana Ruiz (Case manager)').isChecked());
  assert.ok(await page.getByLabel('Not enough food at the end of the month (estado: en proceso)').isChecked());
  assert.ok(!await page.getByLabel('Knowing which pill to take when (estado: en proceso)').isChecked());
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  // The 988 lines (no agency lines set) are in Spanish too.
  assert.equal(await page.locator('.crisis-lines').getAttribute('lang'), null);
  assert.match(await page.locator('.crisis-lines').innerText(), /Veteranos: marquen el 988 y luego el 1\./);
  await noEnglishLeft(page, 'Transition');

  // A contact needs a name or a role; then it joins the team and the hand-off.
  await page.getByRole('button', { name: 'Agregar este contacto' }).click();
  await page.getByText('Primero escriba un nombre o una función.').waitFor();
  await page.getByLabel('Nombre', { exact: true }).fill('Rosa Díaz');
  await page.getByLabel('Función u organización').fill('Vecina');
  await page.getByLabel('Teléfono').fill('555-0199');
  await page.getByRole('button', { name: 'Agregar este contacto' }).click();
  await page.getByText('Se agregó al equipo de cuidado y a quienes siguen con el cuidado.').waitFor();
  assert.ok(await page.getByLabel('Rosa Díaz (Vecina)').isChecked());

  await page.getByRole('radio', { name: 'Se cumplieron las metas' }).check();
  await page.getByLabel('Más sobre el motivo (opcional)').fill('Ya cocina sola los domingos');
  await page.getByLabel('Qué hacer y a quién llamar').fill('Llamar a Ana, o al 988 en una crisis');
  await page.getByRole('button', { name: 'Marcar todas las necesidades sin resolver' }).click();
  assert.ok(await page.getByLabel('Knowing which pill to take when (estado: en proceso)').isChecked());
  await saved(page);
  await noEnglishLeft(page, 'Transition, filled in');
  await screenshot(page, 'spanish-transition');

  // Closing and reopening, in Spanish.
  await page.getByRole('button', { name: 'Cerrar el plan' }).click();
  const closedHeading = page.getByRole('heading', { name: /^Este plan se cerró el \d+ de [a-z]+ de \d{4}$/ });
  await closedHeading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'reopen-plan');
  assert.ok(await page.getByLabel('Adónde va la persona después').isDisabled());
  await noEnglishLeft(page, 'Transition, closed');
  await screenshot(page, 'spanish-transition-closed');

  // Saved: after a reload, in Spanish still.
  await page.reload();
  await closedHeading.waitFor();
  assert.equal(await page.getByLabel('Más sobre el motivo (opcional)').inputValue(), 'Ya cocina sola los domingos');
  assert.ok(await page.getByRole('radio', { name: 'Se cumplieron las metas' }).isChecked());
  assert.ok(await page.getByLabel('Rosa Díaz (Vecina)').isChecked());
  // Another step of the closed plan says so in Spanish, and links back here.
  await page.getByRole('navigation', { name: 'Pasos del plan' }).getByRole('link', { name: /Necesidades/ }).click();
  await page.locator('p.closed-note')
    .filter({ hasText: /^Este plan se cerró el \d+ de [a-z]+ de \d{4}\. Puede leerlo; para cambiarlo, vuelva a abrirlo en el paso Transición\.$/ })
    .waitFor();
  assert.equal(await page.locator('p.closed-note').getAttribute('lang'), 'es');
  await page.getByRole('link', { name: 'paso Transición' }).click();
  await page.getByRole('button', { name: 'Volver a abrir el plan' }).click();
  await page.getByRole('button', { name: 'Cerrar el plan' }).waitFor();
  assert.ok(await page.getByLabel('Adónde va la persona después').isEnabled());
  await saved(page);

  // Back to English: the same step, with its English names.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 2, name: 'Why the plan ends or moves on' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'The goals were met' }).isChecked());
  assert.ok(await page.getByLabel('Knowing which pill to take when (now: working on it)').isChecked());
  await page.getByRole('button', { name: 'Close the plan' }).waitFor();
  assert.equal(await page.getByLabel('What to do and whom to call').inputValue(), 'Llamar a Ana, o al 988 en una crisis');
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  await assertAccessible(page, 'transition back in English');
  assert.deepEqual(page.errors, []);
});

test('a new plan in Spanish: Needs and Transition say what is missing, in Spanish', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Empezar un plan nuevo' }).click();
  await page.getByLabel('Nombre o apodo').fill('Rosa');
  const bar = page.getByRole('navigation', { name: 'Pasos del plan' });

  await bar.getByRole('link', { name: /Necesidades/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Necesidades, la más importante primero' }).waitFor();
  const suggested = page.getByRole('region', { name: 'Sugeridas por la valoración' });
  assert.equal((await suggested.locator('p').innerText()).replace(/\s+/g, ' '),
    'Aquí aparecen necesidades sugeridas a partir de la valoración. También puede agregar necesidades más abajo.');
  await suggested.getByRole('link', { name: 'valoración' }).waitFor();
  await page.getByText('Todavía no hay necesidades.').waitFor();
  await noEnglishLeft(page, 'Needs of a new plan');
  // A need with no words yet is named so on Transition.
  await page.getByRole('button', { name: 'Agregar una necesidad' }).click();
  await page.getByRole('group', { name: 'Necesidad 1', exact: true }).waitFor();

  await bar.getByRole('link', { name: /Transición/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Quién sigue con el cuidado' }).waitFor();
  await page.getByText('Todavía no hay nadie en el equipo de cuidado. Agregue un contacto nuevo más abajo.').waitFor();
  await page.getByLabel('Necesidad todavía sin describir (estado: en proceso)').waitFor();
  assert.equal(await page.locator('.crisis-lines').count(), 0);
  await noEnglishLeft(page, 'Transition of a new plan');
  await screenshot(page, 'spanish-transition-new-plan');
  // At phone width the longer Spanish words still fit.
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'spanish-transition-phone');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.deepEqual(page.errors, []);
});
