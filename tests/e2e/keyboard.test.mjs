// The keyboard alone, as a person who cannot use a mouse works: Tab and Shift+Tab to move,
// typing, Space and Enter to press, arrows in lists. No clicks, no fill(), no focus() from the
// test. Each stop must show where the focus is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, waitSaved, siteAndBrowser, assertAccessible } from './support.mjs';

const site = siteAndBrowser();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** What a screen reader would call the focused element, and whether the focus can be seen. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', tag: 'body', visible: false };
    // On a date field's calendar button (inside the field, after the year) nothing on the page
    // matches :focus; the ring is the browser's own, drawn on the button, which the page's
    // styles thicken (main.css). Take it as seen.
    const onCalendarButton = el.type === 'date' && !document.querySelector(':focus');
    const name = (el.getAttribute('aria-label') ?? el.labels?.[0]?.innerText ?? el.innerText ?? '')
      .trim().replace(/\s+/g, ' ');
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    return { name, tag: el.tagName.toLowerCase(), visible: outline || ring || onCalendarButton };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is called `name` (a string or a
 * RegExp), checking at every stop that the focus is visible. Fails if it takes more than `max`
 * presses: that is, if the control cannot be reached in a sensible number of steps.
 */
async function tabTo(page, name, { back = false, max = 40 } = {}) {
  const matches = (n) => (typeof name === 'string' ? n === name : name.test(n));
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    seen.push(now.name.slice(0, 40));
    assert.ok(now.visible, `the focus on “${now.name}” (${now.tag}) cannot be seen`);
    if (matches(now.name)) return;
  }
  assert.fail(`“${name}” was not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; stops: ${seen.join(' | ')}`);
}

/** Presses the down arrow in a radio group until the button called `name` is chosen. */
async function arrowTo(page, name, max = 10) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('ArrowDown');
    const now = await focused(page);
    assert.ok(now.visible, `the focus on “${now.name}” cannot be seen`);
    if (name.test(now.name)) return;
  }
  assert.fail(`“${name}” was not reached with the arrow keys`);
}

/** A date `days` from today: the keys to type into a date field (month, day, year) and the words. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return { keys: `${mm}${dd}${d.getFullYear()}`, long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` };
}

test('keyboard only: start a plan, complete the Intake, add a need and write a SMART goal', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).waitFor();

  // The first Tab reaches the skip link; it leads past the header.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'Skip to main content');
  await tabTo(page, 'Start a new plan');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  // Focus moved to the new page's heading, so the next Tab starts there.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

  await tabTo(page, 'Plan title');
  await page.keyboard.type('Back on my feet');
  await tabTo(page, 'Plan status');
  await page.keyboard.type('A'); // Draft → Active, by its first letter
  await tabTo(page, 'Start date');
  await page.keyboard.type('11012026');
  await tabTo(page, 'Name or nickname');
  await page.keyboard.type('John');
  await tabTo(page, 'Best way to get in touch');
  await page.keyboard.press('ArrowDown'); // Not chosen yet → the first way
  await tabTo(page, 'What matters most to you?');
  await page.keyboard.type('Seeing my daughter every week.');
  await tabTo(page, 'Add a team member');
  await page.keyboard.press('Enter');
  // The new member's first field takes the focus (once it is drawn).
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'Role');
  await page.keyboard.type('Case manager');
  await tabTo(page, 'Name');
  await page.keyboard.type('Ana Ruiz');
  // A dialog takes the focus, Escape closes it, and the focus goes back to what opened it.
  await tabTo(page, /^Remove/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Remove from the care team?' });
  await dialog.waitFor();
  assert.equal((await focused(page)).name, 'Cancel');
  // The page behind is inert: Shift+Tab goes to the dialog's other button, not the page.
  await page.keyboard.press('Shift+Tab');
  assert.match((await focused(page)).name, /^Remove/);
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('dialog')), 'the focus stays in the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.match((await focused(page)).name, /^Remove/);
  await page.getByRole('group', { name: 'Team member 1: Ana Ruiz (Case manager)' }).waitFor();
  // The approach: Tab enters the group on the chosen button; arrows choose another.
  await tabTo(page, /^Not decided yet/);
  await arrowTo(page, /^Strengths-based/);
  await waitSaved(page);

  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Back on my feet');
  assert.equal(await page.getByLabel('Plan status').inputValue(), 'active');
  assert.equal(await page.getByLabel('Start date').inputValue(), '2026-11-01');
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'John');
  assert.notEqual(await page.getByLabel('Best way to get in touch').inputValue(), '');
  assert.ok(await page.getByLabel(/Strengths-based/).isChecked());
  await page.getByRole('group', { name: 'Team member 1: Ana Ruiz (Case manager)' }).waitFor();

  // On to the Needs step by the "Next" links at the foot of each step.
  await tabTo(page, /^Next: Assessment/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  await tabTo(page, /^Next: Needs/, { max: 120 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Needs/ }).waitFor();
  await tabTo(page, 'Add a need');
  await page.keyboard.press('Enter');
  // The new need's field takes the focus (once it is drawn).
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'The need, in plain words');
  await page.keyboard.type('Can only walk a few steps');
  await waitSaved(page);
  await tabTo(page, /^Next: Goals/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();

  await tabTo(page, 'Write a new goal');
  await page.keyboard.press('Enter');
  const goal = page.getByRole('article', { name: 'Goal 1' });
  // The new goal's first field takes the focus.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'What will be done');
  await page.keyboard.type('walk');
  await tabTo(page, 'Any detail (optional)');
  await page.keyboard.type('without help');
  await tabTo(page, 'Unit');
  await page.keyboard.type('feet');
  await tabTo(page, 'Where things are now (baseline)');
  await page.keyboard.type('10');
  await tabTo(page, 'Target number');
  await page.keyboard.type('50');
  await tabTo(page, /^How sure are you/);
  for (let i = 0; i < 9; i += 1) await page.keyboard.press('ArrowDown'); // Not rated → 8
  await tabTo(page, 'Can only walk a few steps');
  await page.keyboard.press('Space');
  await tabTo(page, "Why it matters, in the person's own words");
  await page.keyboard.type('So I can get to the bus stop');
  const due = inDays(14);
  await tabTo(page, 'Target date');
  await page.keyboard.type(due.keys);

  await goal.getByText('SMART check: 5 of 5 letters pass.').waitFor();
  assert.equal(
    await goal.locator('.goal-sentence').innerText(),
    `By ${due.long}, John will walk 50 feet without help, up from 10 feet today.`,
  );
  await waitSaved(page);
  await assertAccessible(page, 'goal written with the keyboard');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  await page.getByRole('article', { name: 'Goal 1' }).getByText('SMART check: 5 of 5 letters pass.').waitFor();
  assert.deepEqual(page.errors, []);
});

test('keyboard only: a date cleared part by part is cleared; an impossible date is named and not saved', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const start = page.getByLabel('Start date');
  assert.notEqual(await start.inputValue(), '', 'a new plan starts today');

  // Backspace empties the month, the day and the year; leaving the field clears the date.
  await tabTo(page, 'Start date');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await tabTo(page, 'Name or nickname');
  await page.keyboard.type('Lee');
  await waitSaved(page);

  // 31 February does not exist: the person is told when they move on, and nothing is saved.
  await tabTo(page, 'Date of birth (optional)');
  await page.keyboard.type('02312001');
  await tabTo(page, 'Preferred language');
  const birth = page.getByLabel('Date of birth (optional)');
  assert.equal(await birth.getAttribute('aria-invalid'), 'true');
  const problem = page.getByText('This date is not complete, or does not exist. The date saved before is kept.');
  await problem.waitFor();
  assert.match(await birth.getAttribute('aria-describedby'), /-error/);
  await assertAccessible(page, 'an impossible date named');
  await waitSaved(page);

  await page.reload();
  await page.getByLabel('Name or nickname').waitFor();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Lee');
  assert.equal(await start.inputValue(), '', 'the cleared start date stayed cleared');
  assert.equal(await birth.inputValue(), '', 'the impossible date was not saved');
  assert.deepEqual(page.errors, []);
});
