// End-to-end tests of right-to-left text in real Chromium (#26, item 13): a name and a goal
// holding an unterminated RIGHT-TO-LEFT OVERRIDE (U+202E), brought in by a file, keep their
// direction to themselves. The app's own words around them (the import message, the plan
// card, What's due, the plan's header and the printouts) still read in their order, on screen
// and on paper.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newPage, artifacts, siteAndBrowser, goTo, screenshot } from './support.mjs';

const site = siteAndBrowser();
before(() => fs.mkdirSync(artifacts, { recursive: true }));

const RLO = '\u202E';
const NAME = `Ana${RLO} Lopez`;
const ACTION = `take${RLO} her diabetes pills`;
const STEP = `Call${RLO} the County Food Bank`;

/** María's plan with the name, the first goal's action and the overdue step written with U+202E. */
function bidiFile() {
  const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');
  const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  const plan = file.plans[0].plan;
  plan.person.name = NAME;
  plan.goals[0].action = ACTION;
  // The one-off step of 28 November 2026: due until it is done, so What's due always lists it.
  const step = plan.goals[1].steps.find((s) => s.what === 'Call the County Food Bank to register');
  assert.ok(step, 'the fixture still has the food bank step');
  step.what = STEP;
  const out = path.join(artifacts, 'bidi-plan.json');
  fs.writeFileSync(out, JSON.stringify(file));
  return { out, id: plan.id };
}

/**
 * Every text node under `root` holding U+202E whose override could reach the app's words: the
 * text that follows it inside its nearest isolate (a <bdi>, or an element whose computed
 * `unicode-bidi` is isolate or plaintext) or its block (a paragraph, a cell: an override ends
 * with its paragraph), or inside `root` when there is neither. Empty when the override is kept
 * to the typed text.
 */
function leaks(root) {
  const isolates = (el) => {
    const style = getComputedStyle(el);
    const ub = style.unicodeBidi;
    // An SVG <text> is laid out on its own, and a <title> is shown only as a tooltip.
    const svgAlone = el instanceof SVGElement && (el.localName === 'text' || el.localName === 'title');
    return el.localName === 'bdi' || ub === 'isolate' || ub === 'plaintext' || ub === 'isolate-override'
      || !style.display.startsWith('inline') || svgAlone;
  };
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.data.includes('\u202E')) continue;
    let scope = n.parentElement;
    while (scope !== root && !isolates(scope)) scope = scope.parentElement;
    const after = document.createRange();
    after.setStartAfter(n);
    after.setEnd(scope, scope.childNodes.length);
    const following = after.toString().trim();
    if (following !== '') out.push(`${n.data} → ${following}`);
  }
  return out;
}

/** The text of `root` with each <bdi>'s text replaced by […]: the app's own words, in order. */
function ownWords(root) {
  const copy = root.cloneNode(true);
  for (const b of copy.querySelectorAll('bdi')) b.replaceWith('[…]');
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** The typed texts set in <bdi> under `root`, in order. */
function isolatedTexts(root) {
  return [...root.querySelectorAll('bdi')].map((b) => b.textContent);
}

/** The isolate marks must have become <bdi> elements: none is left in the page's text. */
function marksLeft(root) {
  return /[\u2066-\u2069]/.test(root.textContent);
}

async function importBidi(page) {
  const { out, id } = bidiFile();
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(out);
  const status = page.getByRole('status').filter({ hasText: 'Imported 1 plan' });
  await status.waitFor();
  return { status, id };
}

test('a right-to-left override in a name stays in the name: import message, plan card, What\u2019s due, plan header', async () => {
  const page = await newPage(site.browser);
  const { status, id } = await importBidi(page);

  // The import message: the file, the name and the title each isolated; the sentence's own
  // words in their order around them.
  const message = status.locator('span').first();
  assert.deepEqual(await message.evaluate(isolatedTexts), ['bidi-plan.json', NAME, 'Feeling steady at home']);
  assert.equal(await message.evaluate(ownWords), 'Imported 1 plan from “[…]”: “[…]: […]”.');
  assert.deepEqual(await status.evaluate(leaks), []);
  assert.equal(await status.evaluate(marksLeft), false);
  // What a person reads is unchanged, the override included.
  assert.equal(
    await message.evaluate((el) => el.textContent),
    `Imported 1 plan from “bidi-plan.json”: “${NAME}: Feeling steady at home”.`,
  );

  // The plan card: the name as a link on its own, isolated, and named in full to screen readers.
  const card = page.getByRole('list', { name: 'Plans' }).getByRole('listitem').first();
  const link = card.getByRole('heading', { level: 2 }).getByRole('link');
  assert.equal(await link.innerText(), NAME);
  assert.equal(await link.evaluate((el) => getComputedStyle(el).unicodeBidi), 'plaintext');
  assert.deepEqual(await card.evaluate(leaks), []);
  assert.equal(await card.evaluate(marksLeft), false);
  await card.getByRole('link', { name: /^Open Ana/ }).waitFor();

  // What's due across plans: the step as typed, and the plan it belongs to in brackets.
  const due = page.getByRole('region', { name: "What's due" });
  const row = due.locator('li').filter({ hasText: 'County Food Bank' });
  await row.waitFor();
  assert.deepEqual(await due.evaluate(leaks), []);
  assert.equal(await due.evaluate(marksLeft), false);
  assert.equal(await row.locator('.due-what').evaluate((el) => getComputedStyle(el).unicodeBidi), 'plaintext');
  const plan = row.locator('a.due-plan');
  assert.deepEqual(await plan.evaluate(isolatedTexts), [NAME, 'Feeling steady at home']);
  assert.equal(await plan.evaluate(ownWords), '([…]: […])');
  assert.deepEqual(await row.locator('.due-what').evaluate(isolatedTexts), [STEP]);
  assert.equal(await row.evaluate(ownWords), 'Overdue since 28 November 2026 Step: […] ([…]: […])');
  // On the line, the closing bracket is drawn after (to the right of) the opening one and
  // the name: the override did not turn it around.
  const order = await plan.evaluate((a) => {
    const rect = (node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return r.getBoundingClientRect();
    };
    const texts = [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    // The last line box of each: a link may wrap, and then its end is on the next line.
    const end = (node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      const boxes = [...r.getClientRects()];
      return boxes[boxes.length - 1];
    };
    const open = rect(texts[0]);
    const name = rect(a.querySelector('bdi'));
    const close = end(texts[texts.length - 1]);
    return {
      open: [open.left, open.top],
      name: [name.left, name.top],
      close: [close.left, close.top],
    };
  });
  await screenshot(page, 'bidi-my-plans');
  // Drawn in reading order: left to right on one line, or further down.
  const before = (x, y) => x[1] < y[1] - 2 || (Math.abs(x[1] - y[1]) <= 2 && x[0] < y[0]);
  assert.ok(before(order.open, order.name) && before(order.name, order.close), JSON.stringify(order));

  // The plan's header, "name — title", once the plan is open.
  await page.goto(`${site.url}/plans/${id}/intake`);
  const header = page.locator('.plan-name');
  await header.waitFor();
  assert.deepEqual(await header.evaluate(isolatedTexts), [NAME, 'Feeling steady at home']);
  assert.equal(await header.evaluate(ownWords), '[…] — […]');
  assert.deepEqual(await header.evaluate(leaks), []);
  assert.deepEqual(page.errors, []);
});

test('a right-to-left override in a name and a goal stays in them on the printouts, on screen and on paper', async () => {
  const page = await newPage(site.browser);
  const { id } = await importBidi(page);
  await page.goto(`${site.url}/plans/${id}/intake`);
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();

  // On the Goals step, the sentence composed from the goal's fields.
  await goTo(page, 'Goals');
  const composed = page.locator('.goal-sentence').first();
  assert.deepEqual((await composed.evaluate(isolatedTexts)).slice(0, 2), [NAME, ACTION]);
  assert.match(await composed.evaluate(ownWords), /^By 31 January 2027, \[…\] will \[…\] .*, up from \[…\] today\.$/);
  assert.deepEqual(await composed.evaluate(leaks), []);

  await goTo(page, 'Print');

  // The full plan: its header "For [name] · Status: …", and its goal heading "Goal 1: By …,
  // [name] will [action] …, up from … today."
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await full.waitFor();
  const top = full.locator('.printout-header');
  assert.deepEqual(await top.evaluate(leaks), []);
  assert.match(await top.evaluate(ownWords), /For \[…\] · Status: /);
  const heading = full.locator('h4').filter({ hasText: /^Goal 1: / });
  assert.deepEqual(await heading.evaluate(leaks), []);
  assert.deepEqual((await heading.evaluate(isolatedTexts)).slice(0, 2), [NAME, ACTION]);
  assert.match(await heading.evaluate(ownWords), /^Goal 1: By 31 January 2027, \[…\] will \[…\] .*, up from \[…\] today\.$/);

  // My plan: its title, and the goal sentence.
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.waitFor();
  const title = mine.locator('.printout-title');
  assert.deepEqual(await title.evaluate(isolatedTexts), [NAME]);
  assert.equal(await title.evaluate(ownWords), 'My plan: […]');
  const sentence = mine.locator('.my-goal-sentence').first();
  assert.deepEqual((await sentence.evaluate(isolatedTexts)).slice(0, 2), [NAME, ACTION]);
  assert.match(await sentence.evaluate(ownWords), /^By 31 January 2027, \[…\] will \[…\] .*, up from \[…\] today\.$/);
  assert.deepEqual(await mine.evaluate(leaks), []);
  assert.equal(await mine.evaluate(marksLeft), false);
  await screenshot(page, 'bidi-my-plan-printout');

  // On paper, the sentence's own words after the goal are printed as they are, not reversed.
  const pdf = path.join(artifacts, 'bidi-my-plan.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const paper = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(paper.includes('My plan:'), paper);
  assert.match(paper, /will .* up from 3 days a week today\./, paper);
  assert.ok(!paper.includes('yadot'), 'no fixed word printed backwards');
  assert.deepEqual(page.errors, []);
});

/** Text fields a person types (or a file brings), by their key in the stored plan. */
const TYPED = new Set([
  'action', 'changes', 'contact', 'contact_details', 'decisions', 'detail', 'helped', 'hindered',
  'how', 'if_worse', 'known_barriers', 'levels', 'measure', 'name', 'next_setting', 'note',
  'organization', 'outcome', 'participants', 'preferred_language', 'role', 'statement',
  'supports', 'title', 'unit', 'what', 'what_matters', 'why', 'reason_detail', 'problem', 'who',
]);

/** María's plan with a RIGHT-TO-LEFT OVERRIDE written into every typed text, after its first letter. */
function everyFieldFile() {
  const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan-maria.json');
  const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  const plan = file.plans[0].plan;
  let written = 0;
  const mark = (s) => {
    if (typeof s !== 'string' || s.trim() === '') return s;
    written += 1;
    return `${s.slice(0, 1)}${RLO}${s.slice(1)}`;
  };
  const walk = (x) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x)) {
      if (TYPED.has(k) && typeof v === 'string') x[k] = mark(v);
      else if (TYPED.has(k) && Array.isArray(v) && v.every((s) => typeof s === 'string')) x[k] = v.map(mark);
      else walk(v);
    }
  };
  walk(plan);
  assert.ok(written > 40, `overrides written into ${written} fields`);
  const out = path.join(artifacts, 'bidi-every-field.json');
  fs.writeFileSync(out, JSON.stringify(file));
  return { out, id: plan.id };
}

test('an override in any typed text stays in it on every step and both printouts', async () => {
  const page = await newPage(site.browser);
  const { out, id } = everyFieldFile();
  await page.goto(`${site.url}/`);
  await page.getByLabel('Import plans from a file').setInputFiles(out);
  await page.getByRole('status').filter({ hasText: 'Imported 1 plan' }).waitFor();
  await page.goto(`${site.url}/plans/${id}/intake`);
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  const found = {};
  for (const step of ['Intake', 'Assessment', 'Needs', 'Goals', 'Actions', 'Monitoring', 'Evaluation', 'Transition']) {
    if (step !== 'Intake') await goTo(page, step);
    // Folded parts are opened, so what they hold is drawn and checked too.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
    const main = page.locator('main');
    const leaked = await main.evaluate(leaks);
    if (leaked.length) found[step] = leaked;
  }
  await goTo(page, 'Print');
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await full.waitFor();
  found.full = await full.evaluate(leaks);
  found.fullMarks = await full.evaluate(marksLeft);
  // A care-team member's name and role are isolated one by one: the brackets are the app's.
  const who = full.locator('.print-goal td').filter({ hasText: 'ase manager' }).first();
  assert.equal(await who.evaluate(ownWords), '[…] ([…])');
  await screenshot(page, 'bidi-every-field-full-plan', { fullPage: true });
  await page.getByRole('radio', { name: 'My plan' }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.waitFor();
  found.mine = await mine.evaluate(leaks);
  const mineWho = mine.locator('.my-steps .who').filter({ hasText: 'ase manager' }).first();
  assert.equal(await mineWho.evaluate(ownWords), '— […] ([…])');
  found.mineMarks = await mine.evaluate(marksLeft);
  assert.deepEqual(found, { full: [], fullMarks: false, mine: [], mineMarks: false });
  assert.deepEqual(page.errors, []);
});
