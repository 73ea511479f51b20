// What the Spanish tests share: the English texts of the interface, and the text of a page
// outside the parts marked lang="en", to find English left in a translated page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every English text of the interface (locales/en/*.json), or of one `section` (file) of it, as the
 * pieces that show on screen: a text with {{ values }} is cut at them ("Step ", " of "), and
 * pieces of 4 letters or fewer and those the same in Spanish ("Normal") are left out, as they
 * cannot tell the languages apart.
 */
export function englishPieces(section) {
  const texts = [];
  const walk = (v) => (typeof v === 'string' ? texts.push(v) : Object.values(v).forEach(walk));
  const dir = path.join(root, 'locales/en');
  const files = section ? [`${section}.json`] : fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  files.forEach((f) => walk(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  return texts.flatMap((t) => t.split(/\{\{.*?\}\}/)).map((p) => p.trim())
    .filter((p) => p.replace(/[^A-Za-z]/g, '').length > 4 && p !== 'Normal');
}

/** The parts of life in English (the model names them, `Domain::label_in`, not locales/). */
export const PARTS_OF_LIFE = ['Physical health', 'Medicines', 'Mental health and mood',
  'Alcohol, drugs and smoking', 'Everyday activities', 'Housing', 'Money and insurance',
  'Family, friends and caregivers', 'Personal safety', 'Legal matters', 'Education and work',
  'Culture, faith and preferences', 'Getting around'];

/** The English pieces found in `text` as words of their own ("Import", not the start of "Importar"). */
export function englishIn(text, pieces) {
  const escape = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return pieces.filter((p) => new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, 'u').test(text));
}

/**
 * The text in `main` that is not marked lang="en": every text node (shown or not, so the
 * options of a closed drop-down and a closed dialog count too) and the role suggestions.
 */
export async function textNotMarkedEnglish(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const texts = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.parentElement.closest('[lang="en"]')) texts.push(node.textContent);
    }
    for (const option of main.querySelectorAll('datalist option')) texts.push(option.value);
    return texts.join('\n');
  });
}

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** A date `days` from today, as the date input wants it and as the app writes it in Spanish. */
export function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, largo: `${d.getDate()} de ${MESES[d.getMonth()]} de ${d.getFullYear()}` };
}

/** Imports María's plan (tests/fixtures/plan-maria.json) on the site at `url` and opens `step` of it, in English. */
export async function openMaria(page, url, step, heading) {
  const maria = path.join(root, 'tests/fixtures/plan-maria.json');
  await page.goto(`${url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(maria);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  const id = JSON.parse(fs.readFileSync(maria, 'utf8')).plans[0].plan.id;
  await page.goto(`${url}/plans/${id}/${step}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
