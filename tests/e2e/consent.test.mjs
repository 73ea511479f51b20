// End-to-end tests of consent to share, in real Chromium: recording a consent on the Intake
// step (a last day before the first is refused), withdrawing another with a note, the
// "Consent withdrawn on …" mark beside that team member, removing one only after asking, and
// both consents on the full printout with lines for the person and the case manager to sign.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, siteAndBrowser, goTo } from './support.mjs';

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

test('record a consent, withdraw another, and find both on the full printout with lines to sign', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('John');
  for (const [role, name] of [['Case manager', 'Ana'], ['Family', 'Rosa']]) {
    await page.getByRole('button', { name: 'Add a team member' }).click();
    const member = page.locator('.member').last();
    await member.getByLabel('Role').fill(role);
    await member.getByLabel('Name', { exact: true }).fill(name);
  }

  // What consent to share means, in plain words, before anything is recorded.
  const section = page.locator('section[aria-labelledby="about-consent"]');
  assert.equal(await section.getByRole('heading', { level: 2 }).innerText(), 'Consent to share information');
  await section.getByText(/Consent to share means the person says yes/).waitFor();
  await section.getByText('No consent recorded yet.').waitFor();

  const today = inDays(0);
  // The first consent: to Ana, for housing, from today for a month.
  await page.getByRole('button', { name: 'Record a consent' }).click();
  const first = section.locator('.consent').nth(0);
  // Focus went to "Shared with".
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'Shared with');
  await first.getByLabel('Shared with').selectOption({ label: 'Ana (Case manager), care team' });
  await first.getByLabel('What may be shared').fill('My care plan and appointment dates');
  await first.getByLabel('What for').fill('To arrange housing support');
  assert.equal(await first.getByLabel('First day').inputValue(), today.iso, 'it starts today');
  // A last day before the first is refused, in plain words, and nothing changes.
  await first.getByLabel('Last day').fill(inDays(-3).iso);
  assert.equal(
    await first.getByRole('alert').innerText(),
    'The last day cannot be before the first day. The date was not changed.',
  );
  assert.equal(await first.getByLabel('Last day').inputValue(), '', 'the field shows the date kept again');
  const month = inDays(30);
  await first.getByLabel('Last day').fill(month.iso);
  assert.equal(await first.getByRole('alert').count(), 0, 'the message goes once the date is right');
  assert.equal(await first.locator('.consent-state').innerText(), 'In force');
  await page.getByRole('group', { name: 'Consent 1: Ana (Case manager)' }).waitFor();

  // The second consent: to Rosa, then withdrawn today with a note.
  await page.getByRole('button', { name: 'Record a consent' }).click();
  const second = section.locator('.consent').nth(1);
  await second.getByLabel('Shared with').selectOption({ label: 'Rosa (Family), care team' });
  await second.getByLabel('What may be shared').fill('My appointment dates');
  await second.getByLabel('What for').fill('To drive me to the clinic');
  await second.getByRole('button', { name: 'Withdraw consent' }).click();
  assert.equal(await second.getByLabel('Withdrawn on').inputValue(), today.iso);
  await second.getByLabel('Note (optional)').fill('I will take the bus now');
  assert.equal(await second.locator('.consent-state').innerText(), `Consent withdrawn on ${today.long}`);
  // Withdrawing keeps the consent; it can be taken back if it was a mistake.
  await second.getByRole('button', { name: 'Undo withdrawal (recorded by mistake)' }).waitFor();

  // Rosa is marked on the care team; Ana, whose consent is in force, is not.
  const rosa = page.getByRole('group', { name: /^Team member 2: Rosa \(Family\)/ });
  assert.equal(await rosa.locator('.consent-mark').innerText(), `Consent withdrawn on ${today.long}`);
  const ana = page.getByRole('group', { name: /^Team member 1: Ana \(Case manager\)/ });
  assert.equal(await ana.locator('.consent-mark').count(), 0);

  // Removing asks first; cancelling keeps the consent.
  await first.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this consent?' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /The consent for Ana \(Case manager\) will be taken out of the plan\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await section.locator('.consent').count(), 2);
  await waitSaved(page);
  await screenshot(page, 'consent-intake');

  // The full printout: both consents, the withdrawal with its note, lines to sign.
  await goTo(page, 'Print');
  const printout = page.getByRole('article', { name: 'The full plan, as it will be printed' });
  await printout.waitFor();
  const consent = printout.locator('.print-consent');
  assert.equal(await consent.getByRole('heading', { level: 3 }).innerText(), 'Consent to share information');
  const rows = await consent.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /Ana \(Case manager\)/);
  assert.match(rows[0], /My care plan and appointment dates/);
  assert.match(rows[0], /To arrange housing support/);
  assert.ok(rows[0].includes(`From ${today.long}, until ${month.long}`), rows[0]);
  assert.match(rows[0], /In force/);
  assert.match(rows[1], /Rosa \(Family\)/);
  assert.ok(rows[1].includes(`Consent withdrawn on ${today.long}`), rows[1]);
  assert.match(rows[1], /Note: I will take the bus now/);
  const text = await consent.innerText();
  assert.match(text, /I agree to share my information as written above\. I know I can withdraw my consent at any time\./);
  assert.equal(await consent.locator('.signature').count(), 2, 'the person and the case manager');
  assert.match(await consent.locator('.signature').nth(0).innerText(), /The person\s+Date/);
  assert.match(await consent.locator('.signature').nth(1).innerText(), /Case manager\s+Date/);
  assert.equal(await consent.locator('.signature .line').count(), 4, 'a line to sign and a line to date, each');

  // The care team on paper carries the withdrawn mark beside Rosa only.
  const team = printout.locator('.print-section', { has: page.getByRole('heading', { level: 3, name: 'Care team' }) });
  const rosaRow = team.locator('tbody tr', { hasText: 'Rosa' });
  assert.ok((await rosaRow.innerText()).includes(`Consent withdrawn on ${today.long}`));
  const anaRow = team.locator('tbody tr', { hasText: 'Ana' });
  assert.ok(!(await anaRow.innerText()).includes('Consent'), 'no mark while a consent is in force');
  await screenshot(page, 'consent-print');
  assert.deepEqual(page.errors, []);
});
