// End-to-end test of contact notes in real Chromium: three contacts recorded on the Monitoring
// step (a care-team member, someone typed, a message shared with the person), the form's
// error messages, newest first, a search, a change, a deletion confirmed and undone, the next
// step in What's due, and the notes on the full printout (and only the shared one on My plan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, goTo, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** A date `days` from today, as the date input wants it and as the app writes it. */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, long: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` };
}

/** Writes one note with the form: `fill` fills it in; the note is saved and said so. */
async function writeNote(page, fill) {
  const notes = page.getByRole('region', { name: 'Contact notes' });
  await notes.getByRole('button', { name: 'Write a contact note' }).click();
  const form = notes.getByRole('form', { name: 'New contact note' });
  await form.waitFor();
  await fill(form);
  await form.getByRole('button', { name: 'Save the note' }).click();
  await notes.getByRole('status').filter({ hasText: 'The contact note is saved.' }).waitFor();
}

test('contact notes: three contacts on Monitoring, a search, What\'s due, the full printout', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  await page.getByRole('button', { name: 'Add a team member' }).click();
  const member = page.getByRole('group', { name: /^Team member 1/ });
  await member.getByLabel('Role').fill('Case manager');
  await member.getByLabel('Name', { exact: true }).fill('Ana Ruiz');
  await goTo(page, 'Needs');
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('The need, in plain words').fill('Lonely since moving');

  await goTo(page, 'Monitoring');
  const notes = page.getByRole('region', { name: 'Contact notes' });
  assert.equal(await notes.locator('.empty').first().innerText(), 'No contact notes yet.');

  // Saved with nothing filled in: the form says what to put right, and how.
  await notes.getByRole('button', { name: 'Write a contact note' }).click();
  const form = notes.getByRole('form', { name: 'New contact note' });
  await form.getByRole('button', { name: 'Save the note' }).click();
  const problems = form.getByRole('alert');
  await problems.getByText('There is a problem').waitFor();
  assert.deepEqual(await problems.getByRole('listitem').allInnerTexts(), [
    'Write who the contact was with, or choose someone from the care team',
    'Choose how the contact happened',
    'Write what came of the contact, even in a few words',
  ]);
  // Each line takes you to its field; the field says it too.
  await problems.getByRole('button', { name: 'Choose how the contact happened' }).click();
  // The focus moves on the next frame.
  await page.waitForFunction(() => document.activeElement?.id === 'contact-how-in-person', null, { timeout: 5000 });
  assert.equal(await form.getByLabel('What came of it').getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'contact-notes-errors');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // 1. A visit by Ana, about the need.
  const one = { date: inDays(-5), time: '10:00' };
  await writeNote(page, async (f) => {
    await f.getByLabel('Date of the contact').fill(one.date.iso);
    await f.getByLabel('Time', { exact: true }).fill(one.time);
    await f.getByLabel('Who was it with?').selectOption({ label: 'Ana Ruiz (Case manager)' });
    await f.getByLabel('In person').check();
    await f.getByLabel('Lonely since moving').check();
    await f.getByLabel('What came of it').fill('Talked about the walking group');
  });
  // 2. A call with Rosa, with a next step in two days.
  const two = { date: inDays(-2), time: '16:45' };
  await writeNote(page, async (f) => {
    await f.getByLabel('Date of the contact').fill(two.date.iso);
    await f.getByLabel('Time', { exact: true }).fill(two.time);
    await f.getByLabel('Who else, or who if not on the care team (optional)').fill('Rosa, her daughter');
    await f.getByLabel('Phone call').check();
    await f.getByLabel('What came of it').fill('Rosa will drive her on Tuesdays');
    await f.getByLabel('Next step (optional)', { exact: true }).fill('Call the walking group leader');
    await f.getByLabel('Date for the next step (optional)').fill(inDays(2).iso);
  });
  // 3. A message from the pharmacist, shared on My plan.
  const three = { date: inDays(-1), time: '09:15' };
  await writeNote(page, async (f) => {
    await f.getByLabel('Date of the contact').fill(three.date.iso);
    await f.getByLabel('Time', { exact: true }).fill(three.time);
    await f.getByLabel('Who else, or who if not on the care team (optional)').fill('Pharmacist');
    await f.getByLabel('Message').check();
    await f.getByLabel('What came of it').fill('Refill ready for pickup');
    await f.getByLabel(/^Show this note on My plan/).check();
  });
  await waitSaved(page);

  // Newest first, whatever order they were written in.
  const whenOf = (n) => `${n.date.long}, ${n.time}`;
  const headings = () => notes.locator('.contact-note h3').allInnerTexts();
  assert.deepEqual(await headings(), [whenOf(three), whenOf(two), whenOf(one)]);
  const first = notes.locator('.contact-note').nth(2);
  assert.match(await first.innerText(), /Ana Ruiz \(Case manager\)/);
  assert.match(await first.innerText(), /Lonely since moving/);
  await screenshot(page, 'contact-notes-list');

  // Search: a name typed in a note, and the name of the need it was about.
  const search = notes.getByLabel('Search the notes');
  await search.fill('rosa');
  await notes.getByText('Showing 1 of 3 notes.').waitFor();
  assert.deepEqual(await headings(), [whenOf(two)]);
  await search.fill('lonely');
  assert.deepEqual(await headings(), [whenOf(one)]);
  await search.fill('nothing like this');
  await notes.getByText('No note has all of these words. Try fewer words.').waitFor();
  await search.fill('');
  assert.equal((await headings()).length, 3);

  // The next step is in What's due.
  const due = page.getByRole('region', { name: "What's due" });
  await due.getByText('Next step after a contact:').waitFor();
  const dueNow = await due.locator('li').allInnerTexts();
  assert.ok(
    dueNow.some((line) => /Next step after a contact: Call the walking group leader$/.test(line)),
    dueNow.join('\n'),
  );

  // Changing a note.
  await notes.getByRole('button', { name: `Change the note of ${whenOf(two)}` }).click();
  const change = notes.getByRole('form', { name: `Change the contact note of ${whenOf(two)}` });
  await change.getByLabel('What came of it').fill('Rosa will drive her on Tuesdays and Fridays');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await notes.getByRole('status').filter({ hasText: 'Your changes are saved.' }).waitFor();
  await notes.getByText('Rosa will drive her on Tuesdays and Fridays').waitFor();

  // Deleting asks first, and can be undone.
  await notes.getByRole('button', { name: `Delete the note of ${whenOf(one)}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this contact note?' });
  await dialog.getByRole('button', { name: 'Delete the note' }).click();
  await notes.getByText(`The note of ${whenOf(one)} is deleted.`).waitFor();
  assert.equal((await headings()).length, 2);
  await notes.getByRole('button', { name: 'Undo' }).click();
  await notes.getByText(`The note of ${whenOf(one)} is back.`).waitFor();
  assert.deepEqual(await headings(), [whenOf(three), whenOf(two), whenOf(one)]);
  await waitSaved(page);

  // The full printout has all three, newest first.
  await goTo(page, 'Print');
  const full = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  const section = full.locator('.print-contact-notes');
  await section.getByRole('heading', { name: 'Contact notes' }).waitFor();
  const rows = await section.getByRole('row').allInnerTexts();
  assert.equal(rows.length, 4, rows.join('\n'));
  assert.match(rows[1], /Refill ready for pickup/);
  assert.match(rows[2], /Rosa will drive her on Tuesdays and Fridays/);
  assert.match(rows[2], /Call the walking group leader/);
  assert.match(rows[3], /Talked about the walking group/);
  assert.match(rows[3], /Ana Ruiz \(Case manager\)/);
  await screenshot(page, 'contact-notes-full-plan');

  // My plan has only the note marked to share.
  await page.getByLabel('My plan', { exact: true }).check();
  const mine = page.getByRole('article', { name: 'My plan, as it will be printed' });
  await mine.getByRole('heading', { name: 'Notes from your care team' }).waitFor();
  const mineText = await mine.innerText();
  assert.match(mineText, /Refill ready for pickup/);
  assert.doesNotMatch(mineText, /Rosa will drive her/);
  assert.doesNotMatch(mineText, /walking group/);

  assert.deepEqual(page.errors, []);
});
