// End-to-end tests of the interface language: switching to Spanish in the header changes the
// page frame (header, step bar, step heading, previous/next, save line, footer), the page's
// lang, and is remembered; an agency's default_language applies until the person chooses; My
// plans and the Intake step are in Spanish, and what is not translated yet there says lang="en".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, waitSaved, siteAndBrowser, siteWithFiles, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');

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
  assert.equal(await page.title(), 'Care plan builder');

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: /Admisión/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  // The window's title too (screen readers read it first).
  assert.equal(await page.title(), 'Creador de planes de cuidado');
  const bar = page.getByRole('navigation', { name: 'Pasos del plan' });
  for (const name of ['Admisión', 'Valoración', 'Necesidades', 'Metas', 'Acciones y servicios', 'Seguimiento', 'Evaluación', 'Transición', 'Imprimir']) {
    await bar.getByRole('link', { name: new RegExp(name) }).waitFor();
  }
  assert.match(await page.locator('main h1').innerText(), /Paso 1 de 9\s+Admisión/);
  await page.getByRole('link', { name: 'Siguiente: Valoración →' }).waitFor();
  await page.getByLabel('Language / Idioma').waitFor();
  await page.getByLabel('Tamaño de letra').waitFor();

  // Typing still saves, and says so in Spanish.
  await page.getByLabel('Nombre o apodo').fill('Rosa María');
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
  // Every step's form is translated: it takes the page's language.
  assert.equal(await page.locator('main').getAttribute('lang'), null);
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

test('"Words explained" in Spanish: every entry in Spanish, in Spanish alphabetical order; a link opens its entry', async () => {
  const page = await newPage(site.browser, { locale: 'es-US' });
  await page.goto(`${site.url}/words`);
  await page.getByRole('heading', { level: 1, name: 'Significado de las palabras' }).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  const words = await page.locator('.glossary-entry dt').allInnerTexts();
  assert.equal(words[0], 'Administración de casos');
  assert.ok(words.indexOf('Objetivo') < words.indexOf('Obstáculo'), words.join(', '));
  assert.equal(
    await page.locator('#baseline dd').innerText(),
    'Cómo están las cosas al empezar, en un número. Los números de después se comparan con él para ver qué cambió.',
  );
  // No English left: neither the page's own words nor any entry's.
  const text = await page.locator('main').innerText();
  const english = [...englishPieces('words'), 'Words explained', 'Go to My plans', 'Action step', 'Baseline',
    'Care team', 'Where things are at the start', 'Anything that gets in the way'];
  assert.deepEqual(englishIn(text, english), []);
  await screenshot(page, 'spanish-words');
  // The same entry in English, by its anchor.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.goto(`${site.url}/words#baseline`);
  await page.getByRole('heading', { level: 1, name: 'Words explained' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'baseline');
  assert.match(await page.locator('#baseline dt').innerText(), /^Baseline$/);
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

test('My plans in Spanish: every text of the page, its dialogs and notices; English left only where marked lang="en"', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  // A plan with a name, one with neither name nor title (the model's English stand-ins; a
  // plan nobody typed into is not kept, so it holds what matters), and a practice copy.
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Rosa');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('What matters most to you?').fill('Family');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('button', { name: 'Start practising with James' }).click();
  await page.getByLabel('Name or nickname').waitFor();
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  // Typed before the switch: only the words around the field change, what is typed stays.
  await page.getByLabel('New passphrase', { exact: true }).fill('half typed');

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: 'Mis planes' }).waitFor();
  assert.equal(await page.getByLabel('Nueva frase de contraseña', { exact: true }).inputValue(), 'half typed');
  await page.getByLabel('Nueva frase de contraseña', { exact: true }).fill('');
  // Translated in full, so the page's lang (es) holds for main.
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const cards = page.getByRole('list', { name: 'Planes' }).getByRole('listitem');
  assert.equal(await cards.count(), 2);
  const rosa = cards.filter({ hasText: 'Rosa' });
  // The rename form open too, so its words are looked at.
  await rosa.getByRole('button', { name: /^Cambiar título de Rosa/ }).click();
  await rosa.getByLabel('Nuevo título para este plan').waitFor();
  await page.getByText('Lo que está pendiente').waitFor();
  // What's due, read after the list is drawn: shared with Monitoring, in Spanish too.
  await page.getByText('Revisando sus planes…').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('.due-all [lang]').count(), 0);
  await page.getByRole('button', { name: 'Empezar de nuevo desde el principio' }).waitFor();

  const english = englishPieces('plans');
  assert.ok(english.includes('Start a new plan') && english.includes('Import plans from a file'));
  const text = await page.locator('main').innerText();
  assert.deepEqual(englishIn(text, english), [], 'English left on My plans');
  assert.match(text, /Último cambio: \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}, \d\d:\d\d/);
  // The stand-ins for an empty name and title, and the status, are Spanish too, and so are the
  // practice cases' summaries and stories (tests/e2e/spanish-practice.test.mjs).
  const unnamed = cards.filter({ hasNotText: 'Rosa' });
  assert.equal(await unnamed.getByRole('heading').innerText(), 'Persona sin nombre');
  assert.equal(await unnamed.locator('.plan-title').innerText(), 'Plan sin título');
  assert.match(await rosa.locator('.status').innerText(), /^(Borrador|Activo)$/);
  assert.equal(await page.locator('.plan-card [lang]').count(), 0);
  assert.equal(await page.locator('.case-card [lang]').count(), 0);
  await screenshot(page, 'spanish-my-plans');
  await rosa.getByRole('button', { name: 'Cancelar' }).click();

  // Deleting asks in Spanish, says it in Spanish, and can be undone in Spanish.
  await rosa.getByRole('button', { name: 'Borrar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '¿Borrar este plan?' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /«Rosa: Plan sin título» se borrará de este navegador\. Puede deshacerlo/);
  await dialog.getByRole('button', { name: 'Borrar el plan' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Se borró «Rosa: Plan sin título».' });
  await status.waitFor();
  await page.getByRole('heading', { name: 'Borrados durante esta visita' }).waitFor();
  await status.getByRole('button', { name: 'Deshacer' }).click();
  await page.getByRole('status').filter({ hasText: 'Se recuperó «Rosa: Plan sin título».' }).waitFor();

  // Saving as a file: the button and what happened, in Spanish.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cards.filter({ hasText: 'Rosa' }).getByRole('button', { name: 'Guardar como archivo Rosa: Plan sin título' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const saved = page.getByRole('status').filter({ hasText: 'Búsquelo en sus descargas' });
  await saved.waitFor();
  assert.match(await saved.innerText(), /^Se guardó «Rosa: Plan sin título» como el archivo «.+\.json»\./);
  assert.equal(await saved.locator('[lang]').count(), 0);
  // Now that a file was saved, what the plans take up in Spanish, with the date of the backup.
  assert.match(await page.locator('.storage-use').innerText(),
    /^Última copia de seguridad guardada desde este navegador: \d{1,2} de [a-z]+ de \d{4}\. Sus planes ocupan (menos de 0\.1|\d\.\d) MB de los unos 5 MB/);
  await assertAccessible(page, 'spanish my plans after saving a file');

  // Back to English: the same page, in English.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  await page.getByRole('button', { name: 'Start a new plan' }).waitFor();
  assert.equal(await page.locator('main [lang]').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the Intake step in Spanish: every label, hint, choice and button, the team editor and its dialog; typing saves', async () => {
  // María's plan: two on her care team, and Ana does two of her action steps.
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const id = JSON.parse(fs.readFileSync(MARIA, 'utf8')).plans[0].plan.id;
  await page.goto(`${site.url}/plans/${id}/intake`);
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  // The fields stay the same elements when the language changes: only their words change, so
  // what is typed and where the focus is stay.
  await page.getByLabel('Plan title').evaluate((el) => { el.kept = true; });
  await page.getByRole('group', { name: /^Team member 1/ }).getByLabel('Role').evaluate((el) => { el.kept = true; });

  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 2, name: 'Sobre este plan' }).waitFor();
  assert.equal(await page.getByLabel('Título del plan').evaluate((el) => el.kept), true);
  // Translated, so the page's lang (es) holds for main; what is English still says so. The
  // guidance is translated, and says its language itself (it does on steps still in English).
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('details.guidance').getAttribute('lang'), 'es');
  assert.equal(await page.locator('.step-words [lang]').count(), 0);
  await page.locator('.step-words').getByRole('link', { name: 'Equipo de cuidado' }).waitFor();
  assert.equal(await page.locator('.choice-desc[lang]').count(), 0);
  assert.equal(await page.locator('#model-brokerage-desc').innerText(),
    'El administrador de casos le conecta con los servicios que necesita y le ayuda a empezar.');

  // Typed in Spanish: a role, a new member, a choice, and they are saved.
  const ana = page.getByRole('group', { name: /^Integrante 1 del equipo: Ana Ruiz/ });
  assert.equal(await ana.getByLabel('Función').evaluate((el) => el.kept), true);
  await ana.getByLabel('Función').fill('Administradora de casos');
  await page.getByRole('button', { name: 'Agregar a alguien al equipo' }).click();
  const carmen = page.getByRole('group', { name: 'Integrante 3 del equipo' });
  await carmen.getByLabel('Función').fill('Vecina');
  await carmen.getByLabel('Nombre', { exact: true }).fill('Carmen');
  await carmen.getByLabel('Teléfono').fill('555-0188');
  await page.getByRole('group', { name: 'Integrante 3 del equipo: Carmen (Vecina)' }).waitFor();
  await page.getByLabel(/^Basado en sus fortalezas/).check();
  await page.getByLabel('La mejor forma de comunicarse').selectOption({ label: 'Llamada por teléfono' });
  await page.getByLabel('¿Qué es lo más importante para usted?').fill('Quedarme en mi casa.');
  await page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();
  assert.equal(await page.getByLabel('Estado del plan').evaluate((s) => s.options[s.selectedIndex].text), 'Activo');

  // A date that does not exist is named in Spanish (typed into an empty field, so no whole
  // date passes by on the way).
  const birth = page.getByLabel('Fecha de nacimiento (opcional)');
  await birth.fill('');
  await birth.focus();
  await page.keyboard.type('02312001');
  await page.getByLabel('Idioma preferido').focus();
  const problem = page.getByText('Esta fecha no está completa, o no existe. Se conserva la fecha que se guardó antes.');
  await problem.waitFor();
  assert.equal(await problem.getAttribute('lang'), 'es');
  assert.equal(await birth.getAttribute('aria-invalid'), 'true');

  // No English text of the Intake (or of the shared parts) is left, other than marked lang="en".
  const english = [...englishPieces('intake'), ...englishPieces('common')];
  assert.ok(english.includes('Add a team member') && english.includes('Brokerage') && english.includes('Cancel'));
  const text = await textNotMarkedEnglish(page);
  assert.deepEqual(englishIn(text, english), [], 'English left on the Intake step');
  for (const words of ['Familiar', 'Administrador de casos', 'Mensaje de texto', 'En pausa', 'Enlace con servicios', 'Todavía no se decidió']) {
    assert.ok(text.includes(words), words);
  }
  await screenshot(page, 'spanish-intake');

  // Removing Ana asks in Spanish, names the steps she does, and Cancel is Spanish too.
  await page.getByRole('group', { name: /Ana Ruiz/ }).getByRole('button', { name: 'Quitar' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar del equipo de cuidado?' });
  await dialog.waitFor();
  assert.equal(
    await dialog.locator('.confirm-message').innerText(),
    'Ana Ruiz (Administradora de casos) se quitará del equipo de cuidado de este plan. Tiene a su cargo 2 pasos de acción: '
      + '«Fill the weekly pill box», «Call the County Food Bank to register». Esos pasos se quedan en el plan, sin nadie a cargo.',
  );
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), english), [], 'English left in the dialog');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Cancelar');
  await screenshot(page, 'spanish-intake-dialog');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('group', { name: /^Integrante 1 del equipo: Ana Ruiz/ }).waitFor();

  // Carmen is removed, in Spanish.
  await page.getByRole('group', { name: /Carmen/ }).getByRole('button', { name: 'Quitar' }).click();
  assert.match(await dialog.innerText(), /Carmen \(Vecina\) se quitará del equipo de cuidado de este plan\.$/m);
  await dialog.getByRole('button', { name: 'Quitar' }).click();
  await page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Integrante/ }).count(), 2);

  // Saved: after a reload, in Spanish still.
  await page.reload();
  const reloaded = page.getByRole('group', { name: 'Integrante 1 del equipo: Ana Ruiz (Administradora de casos)' });
  await reloaded.waitFor();
  assert.ok(await page.getByLabel(/^Basado en sus fortalezas/).isChecked());
  assert.equal(await page.getByLabel('La mejor forma de comunicarse').inputValue(), 'phone');
  assert.equal(await page.getByLabel('¿Qué es lo más importante para usted?').inputValue(), 'Quedarme en mi casa.');
  assert.equal(await page.getByLabel('Fecha de nacimiento (opcional)').inputValue(), '');

  // Back to English: the same step, with its English names, and nothing in main says a lang
  // but the frame's own (h1, lead, previous/next, words on this step).
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 2, name: 'About this plan' }).waitFor();
  await page.getByRole('group', { name: 'Team member 1: Ana Ruiz (Administradora de casos)' }).waitFor();
  await page.getByRole('button', { name: 'Add a team member' }).waitFor();
  assert.equal(await page.getByLabel('Best way to get in touch').evaluate((s) => s.options[s.selectedIndex].text), 'Phone call');
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang]:not(h1, p.lead, nav.prev-next, .step-words > span)').count(), 0);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  await page.getByRole('group', { name: /Ana Ruiz/ }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog', { name: 'Remove from the care team?' }).getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(page.errors, []);
});
