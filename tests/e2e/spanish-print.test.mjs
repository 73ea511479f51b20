// End-to-end tests of the Print step in Spanish: the step's text, buttons and choice, both
// printouts on screen and on paper (the printout follows the chosen language: headings, labels,
// the model's sentences and dates, the page margins, lang="es"), what is typed in Spanish saved
// across a reload and printed, and English back as it was.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newPage, screenshot, artifacts, siteAndBrowser, assertAccessible } from './support.mjs';
import { englishPieces, englishIn, textNotMarkedEnglish } from './spanish.mjs';

const site = siteAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARIA = path.join(root, 'tests/fixtures/plan-maria.json');
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'octubre', 'noviembre', 'diciembre'];
before(() => fs.mkdirSync(artifacts, { recursive: true }));

/**
 * The English texts of the Print step and its printouts, less those María's plan has in her own
 * (English) words, which the printout shows as written: "+1: Every day" on a goal's scale.
 */
const ENGLISH = englishPieces('print').filter((piece) => !['Every day', 'Every'].includes(piece));

/** Today in words, in Spanish: "30 de noviembre de 2026". */
const todayEs = () => {
  const d = new Date();
  return `${d.getDate()} de ${MONTHS[d.getMonth()]} de ${d.getFullYear()}`;
};

const squash = (s) => s.replace(/\s+/g, ' ');

/** The text of a PDF, page by page. */
function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  return Array.from({ length: count }, (_, i) => execFileSync(
    'pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' },
  ));
}

/** The PDF's first pages as pictures next to it, to look at. */
function pdfPictures(file) {
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '3', file, file.replace(/\.pdf$/, '')]);
  } catch {
    // Only for looking at; the text is what the test reads.
  }
}

/** Imports María's plan and opens its Print step, window.print counted instead of a dialog. */
async function openMaria(page) {
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(MARIA);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  return JSON.parse(fs.readFileSync(MARIA, 'utf8')).plans[0].plan.id;
}

async function noEnglishLeft(page, where) {
  assert.ok(ENGLISH.includes('Services and referrals') && ENGLISH.includes('Who to call'));
  assert.deepEqual(englishIn(await textNotMarkedEnglish(page), ENGLISH), [], `English left: ${where}`);
}

/** The lang attributes inside the printout (an agency's own crisis line would say "en"). */
async function langsInside(article) {
  return article.evaluate((el) => [...el.querySelectorAll('[lang]')].map((e) => e.getAttribute('lang')));
}

test('the Print step in Spanish: the page, both printouts on screen and on paper; typed in Spanish, saved and printed; back to English', async () => {
  const page = await newPage(site.browser);
  const id = await openMaria(page);
  await page.getByLabel('Language / Idioma').selectOption({ label: 'Español' });

  // Typed in Spanish (the Print step has no fields; the care team's role is printed): saved,
  // and still there after a reload.
  await page.goto(`${site.url}/plans/${id}/intake`);
  await page.getByRole('heading', { level: 1, name: /Admisión/ }).waitFor();
  const ana = page.getByRole('group', { name: /Ana Ruiz/ });
  await ana.getByLabel('Función', { exact: true }).fill('Administradora de casos');
  await page.getByRole('status').filter({ hasText: 'Guardado en este navegador' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Admisión/ }).waitFor();
  assert.equal(await page.getByRole('group', { name: /Ana Ruiz/ }).getByLabel('Función', { exact: true }).inputValue(), 'Administradora de casos');

  await page.getByRole('navigation', { name: 'Pasos del plan' }).getByRole('link', { name: /Imprimir/ }).click();
  await page.getByRole('heading', { level: 1, name: /Imprimir/ }).waitFor();
  // Translated, so the page's lang (es) holds for main.
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.getByText('El plan completo es para el equipo de cuidado').waitFor();
  for (const name of ['Imprimir el plan completo', 'Imprimir mi plan', 'Guardar como archivo',
    'Guardar para otro sistema de salud (FHIR)', 'Agregar recordatorios a su calendario (.ics)']) {
    await page.getByRole('button', { name }).waitFor();
  }
  const shown = page.getByRole('group', { name: 'Mostrar en la pantalla' });
  assert.ok(await shown.getByLabel('El plan completo').isChecked());

  // The full plan on screen.
  const full = page.getByRole('article', { name: 'El plan completo, tal como se va a imprimir' });
  await full.waitFor();
  for (const name of ['Plan de cuidado: Feeling steady at home', 'La persona', 'Equipo de cuidado', 'Valoración',
    'Necesidades, la más importante primero', 'Metas', 'Servicios y referencias', 'Revisiones', 'Evaluación',
    'Transición', 'Firmas']) {
    await full.getByRole('heading', { name, exact: true }).first().waitFor();
  }
  const fullText = squash(await full.innerText());
  for (const words of ['Para María López', 'Estado: Activo', 'Idioma preferido', 'Mensaje de texto: Text 555-0123 after 4 pm',
    'Administradora de casos', 'Meta 1: Para el 31 de enero de 2027', 'Prioridad:', 'Específica', 'Medible',
    'Qué tan seguro se siente: 8 de 10', 'Pasos de acción', 'Cada semana desde el 1 de diciembre de 2026 hasta el 31 de enero de 2027',
    'Cómo: At the Corner Pharmacy', 'Comida', 'Referencia enviada el 21 de noviembre de 2026, próxima cita el 2 de diciembre de 2026',
    'Cada 4 semanas. El 15 de diciembre de 2026. Próxima revisión: 15 de diciembre de 2026.',
    'Metas 1 y 2', 'Revisiones hechas', 'Va mejorando · 50% del camino', 'Nivel GAS +1 (Más de lo esperado), peso 2',
    'Meta: se cumplió en parte', 'Pasa a otro servicio', 'Nota de seguridad:', 'Estamos de acuerdo en trabajar juntos en este plan.',
    'Administrador de casos']) {
    assert.ok(fullText.includes(words), `“${words}” in the full plan`);
  }
  // Nothing in it is marked English: the assessment's summary and the 988 lines are Spanish too.
  assert.deepEqual(await langsInside(full), []);
  assert.match(await full.locator('.print-safety').innerText(), /llame o envíe un mensaje de texto al 988/);
  assert.match(fullText, /PHQ-9/);
  await noEnglishLeft(page, 'the Print step, full plan');
  await screenshot(page, 'spanish-print-full-screen');
  await assertAccessible(page, 'spanish print step, full plan');

  // On paper, with the name, the date and the page numbers in Spanish in the margins.
  await page.getByRole('button', { name: 'Imprimir el plan completo' }).click();
  await page.waitForFunction(() => window.printed === 1);
  const fullPdf = path.join(artifacts, 'spanish-print-full-A4.pdf');
  await page.pdf({ path: fullPdf, format: 'A4' });
  pdfPictures(fullPdf);
  const fullPages = pdfPages(fullPdf);
  const fullPaper = squash(fullPages.join('\n'));
  for (const words of ['Plan de cuidado: Feeling steady at home', 'Necesidades, la más importante primero',
    'Para el 31 de enero de 2027, María López', 'Firmas']) {
    assert.ok(fullPaper.includes(words), `“${words}” on paper`);
  }
  assert.doesNotMatch(fullPaper, /Printed|Page \d|Signatures|Action steps|Care plan|Not filled in yet|Imprimir el plan|Mostrar en la pantalla/);
  fullPages.forEach((p, i) => {
    assert.ok(squash(p).includes('Plan de cuidado de María López'), `page ${i + 1} has the name`);
    assert.ok(squash(p).includes(`Impreso el ${todayEs()}`), `page ${i + 1} has the date`);
    assert.ok(squash(p).includes(`Página ${i + 1} de ${fullPages.length}`), `page ${i + 1} has its number`);
  });

  // "My plan", on screen and on paper.
  await shown.getByLabel('Mi plan').check();
  const mine = page.getByRole('article', { name: 'Mi plan, tal como se va a imprimir' });
  await mine.waitFor();
  for (const name of ['Mi plan: María López', 'Si necesita ayuda ahora mismo', 'Lo que es importante para mí', 'Mis metas',
    'Mis próximos pasos', 'Después de este plan', 'A quién llamar']) {
    await mine.getByRole('heading', { name, exact: true }).waitFor();
  }
  assert.deepEqual(await langsInside(mine), []);
  assert.match(await mine.innerText(), /Para hablar en español, llame al 988 y marque el 2\./);
  await noEnglishLeft(page, 'the Print step, my plan');
  await screenshot(page, 'spanish-print-mine-screen');
  await assertAccessible(page, 'spanish print step, my plan');
  await page.getByRole('button', { name: 'Imprimir mi plan' }).click();
  await page.waitForFunction(() => window.printed === 2);
  const minePdf = path.join(artifacts, 'spanish-print-mine-Letter.pdf');
  await page.pdf({ path: minePdf, format: 'Letter' });
  pdfPictures(minePdf);
  const minePages = pdfPages(minePdf);
  assert.ok(minePages.length <= 2, `one or two pages, not ${minePages.length}`);
  const minePaper = squash(minePages.join('\n'));
  // The pharmacist step is due 3 December 2026: after that day it says it is overdue.
  const now = new Date();
  const day = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  const pharmacist = day > 20261203 ? 'Atrasado desde el 3 de diciembre de 2026' : 'Para el 3 de diciembre de 2026';
  // Her next review, 15 December 2026, is "next time" until that day, and due after it.
  const review = day > 20261215 ? 'Es hora de revisar juntos este plan otra vez: tocaba el 15 de diciembre de 2026.'
    : 'La próxima vez que revisaremos juntos este plan: 15 de diciembre de 2026';
  for (const words of ['Mi plan: María López', `Impreso el ${todayEs()}`,
    'Por qué es importante para mí: So my grandchildren have lunch on Sundays',
    `${pharmacist}: Ask the pharmacist about a simpler schedule — María López Cómo o dónde: At the Corner Pharmacy`,
    review,
    'Adónde voy después: Eastside Clinic care coordination', 'Alguien se comunica conmigo el 1 de marzo de 2027',
    'Si las cosas empeoran: Call Ana, or 988 in a crisis',
    'Ana Ruiz (Administradora de casos): 555-0101, ana@example.org', 'County Food Bank (Comida): 555-0150']) {
    assert.ok(minePaper.includes(words), `“${words}” on paper`);
  }
  assert.doesNotMatch(minePaper, /My plan|What matters to me|My goals|Who to call|Printed|Page \d/);

  // Back to English: everything as before, and no lang="es" left in main.
  await page.getByLabel('Language / Idioma').selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: /Print/ }).waitFor();
  await page.getByRole('article', { name: 'My plan, as it will be printed' }).getByRole('heading', { name: 'What matters to me' }).waitFor();
  await page.getByRole('group', { name: 'Show on screen' }).getByLabel('The full plan').check();
  const english = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await english.getByRole('heading', { name: 'Signatures' }).waitFor();
  assert.match(squash(await english.innerText()), /Goal 1: By 31 January 2027, María López will take her diabetes pills/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('main').getAttribute('lang'), null);
  assert.equal(await page.locator('main [lang="es"]').count(), 0);
  await page.getByRole('button', { name: 'Print the full plan' }).click();
  await page.waitForFunction(() => window.printed === 3);
  const englishPdf = path.join(artifacts, 'spanish-print-back-to-english.pdf');
  await page.pdf({ path: englishPdf, format: 'A4' });
  const englishPaper = squash(pdfPages(englishPdf).join('\n'));
  assert.ok(englishPaper.includes('Care plan for María López') && englishPaper.includes('Page 1 of'));
  assert.deepEqual(page.errors, []);
});
