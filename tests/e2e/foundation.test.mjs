// End-to-end tests of the foundation, in real Chromium against the optimized release build:
// clicking and typing as a person would, and checking what they would see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, waitSaved, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

async function startPlan(page) {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
}

/** Fills the whole Intake step and returns the values typed. */
async function fillIntake(page, name = 'John') {
  await page.getByLabel('Plan title').fill('Back on my feet');
  await page.getByLabel('Plan status').selectOption({ label: 'Active' });
  await page.getByLabel('Start date').fill('2026-11-01');
  await page.getByLabel('Name or nickname').fill(name);
  await page.getByLabel('Date of birth (optional)').fill('1980-02-29');
  await page.getByLabel('Preferred language').fill('English');
  await page.getByLabel('Best way to get in touch').selectOption({ label: 'Text message' });
  await page.getByLabel('Contact details and times').fill('Text 555-0100 after 5 pm');
  await page.getByLabel('What matters most to you?').fill('Staying sober and seeing my daughter every week.');

  await page.getByRole('button', { name: 'Add a team member' }).click();
  let member = page.getByRole('group', { name: /^Team member 1/ });
  await member.getByLabel('Role').fill('Case manager');
  await member.getByLabel('Name', { exact: true }).fill('Ana Ruiz');
  await member.getByLabel('Organization').fill('County Health');
  await member.getByLabel('Phone').fill('555-0101');
  await member.getByLabel('Email').fill('ana@example.org');

  await page.getByRole('button', { name: 'Add a team member' }).click();
  member = page.getByRole('group', { name: /^Team member 2/ });
  await member.getByLabel('Role').fill('Family');
  await member.getByLabel('Name', { exact: true }).fill('Rosa');
  await member.getByLabel('Phone').fill('555-0102');

  await page.getByLabel(/Strengths-based/).check();
  await waitSaved(page);
}

async function expectIntake(page, name = 'John') {
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Back on my feet');
  assert.equal(await page.getByLabel('Plan status').inputValue(), 'active');
  assert.equal(await page.getByLabel('Start date').inputValue(), '2026-11-01');
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), name);
  assert.equal(await page.getByLabel('Date of birth (optional)').inputValue(), '1980-02-29');
  assert.equal(await page.getByLabel('Preferred language').inputValue(), 'English');
  assert.equal(await page.getByLabel('Best way to get in touch').inputValue(), 'text');
  assert.equal(await page.getByLabel('Contact details and times').inputValue(), 'Text 555-0100 after 5 pm');
  assert.equal(
    await page.getByLabel('What matters most to you?').inputValue(),
    'Staying sober and seeing my daughter every week.',
  );
  const first = page.getByRole('group', { name: 'Team member 1: Ana Ruiz (Case manager)' });
  assert.equal(await first.getByLabel('Organization').inputValue(), 'County Health');
  assert.equal(await first.getByLabel('Phone').inputValue(), '555-0101');
  assert.equal(await first.getByLabel('Email').inputValue(), 'ana@example.org');
  const second = page.getByRole('group', { name: 'Team member 2: Rosa (Family)' });
  assert.equal(await second.getByLabel('Phone').inputValue(), '555-0102');
  assert.ok(await page.getByLabel(/Strengths-based/).isChecked());
}

test('create a plan, fill every Intake field, reload: everything is still there', async () => {
  const page = await newPage(site.browser);
  await startPlan(page);
  assert.match(page.url(), /\/plans\/[0-9a-f-]{36}\/intake$/);
  await fillIntake(page);
  await screenshot(page, 'intake-desktop');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  await expectIntake(page);

  // The step bar marks the Intake as having content, in words as well as with a tick.
  const intakeLink = page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /Intake/ });
  assert.equal(await intakeLink.getAttribute('aria-current'), 'step');
  assert.match(await intakeLink.innerText(), /✓/);

  // Reordering and removing members also survive a reload.
  await page.getByRole('group', { name: /^Team member 2/ }).getByRole('button', { name: 'Move up' }).click();
  assert.ok(await page.getByRole('group', { name: 'Team member 1: Rosa (Family)' }).isVisible());
  // Focus follows the moved member, so keyboard users keep their place (at the top, "Move up"
  // is disabled, so focus lands on its "Move down").
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-down'));
  assert.equal(
    await page.evaluate(() => document.activeElement.closest('fieldset').querySelector('legend').textContent),
    'Team member 1: Rosa (Family)',
  );
  await page.getByRole('group', { name: /Ana Ruiz/ }).getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove from the care team?' });
  assert.match(await dialog.innerText(), /Ana Ruiz \(Case manager\) will be removed/);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await waitSaved(page);
  await page.reload();
  await page.getByRole('group', { name: 'Team member 1: Rosa (Family)' }).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Team member/ }).count(), 1);

  // The list shows the plan with the person's name, title, status and last edit.
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  const card = page.getByRole('list', { name: 'Plans' }).getByRole('listitem').filter({ hasText: 'John' });
  assert.match(await card.innerText(), /Back on my feet[\s\S]*Active[\s\S]*Last edited/);
  assert.deepEqual(page.errors, []);
});

test('typing is saved within half a second, and when the tab is hidden', async () => {
  const page = await newPage(site.browser);
  await startPlan(page);
  const id = page.url().split('/')[4];
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).plan.person.name, `careplan:plan:${id}`);
  await page.getByLabel('Name or nickname').pressSequentially('Sandra', { delay: 30 });
  await page.waitForTimeout(600);
  assert.equal(await stored(), 'Sandra');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Saved' }).count(), 1);

  // A change followed at once by the tab being hidden is written straight away.
  await page.getByLabel('Name or nickname').fill('Sandra B');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  assert.equal(await stored(), 'Sandra B');
  assert.deepEqual(page.errors, []);
});

test('rename, duplicate (an independent copy), delete with confirmation, undo', async () => {
  const page = await newPage(site.browser);
  await startPlan(page);
  await page.getByLabel('Name or nickname').fill('Maria');
  await page.getByLabel('Plan title').fill('Housing');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Back to My plans' }).click();

  // Rename
  const card = () => page.getByRole('listitem').filter({ hasText: 'Maria' });
  await card().getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel('New title for this plan').fill('Safe housing');
  await page.getByRole('button', { name: 'Save title' }).click();
  await page.getByText('Plan renamed.').waitFor();
  assert.match(await card().innerText(), /Safe housing/);

  // Duplicate, then edit the copy: the original stays as it was.
  await card().getByRole('button', { name: 'Duplicate' }).click();
  await page.getByText('Made a copy: “Maria: Copy of Safe housing”.').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).getByRole('listitem').count(), 2);
  await page.getByRole('listitem').filter({ hasText: 'Copy of Safe housing' }).getByRole('link', { name: /^Open/ }).click();
  await page.getByLabel('Name or nickname').fill('Maria copy');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  const original = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Maria', exact: true }) });
  await original.getByRole('link', { name: /^Open/ }).click();
  assert.equal(await page.getByLabel('Name or nickname').inputValue(), 'Maria');
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Safe housing');
  await page.getByRole('link', { name: 'Back to My plans' }).click();

  // Delete asks first, naming the plan; cancelling changes nothing.
  const copyCard = page.getByRole('listitem').filter({ hasText: 'Maria copy' });
  await copyCard.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
  assert.match(await dialog.innerText(), /“Maria copy: Copy of Safe housing” will be deleted/);
  await screenshot(page, 'delete-dialog-desktop');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).getByRole('listitem').count(), 2);

  await copyCard.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete plan' }).click();
  await page.getByText('Deleted “Maria copy: Copy of Safe housing”.').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).getByRole('listitem').count(), 1);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careplan:plan:')).length), 1);

  // Undo puts it back, exactly as it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Restored “Maria copy: Copy of Safe housing”.').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Plans' }).getByRole('listitem').count(), 2);
  await page.getByRole('listitem').filter({ hasText: 'Maria copy' }).getByRole('link', { name: /^Open/ }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Copy of Safe housing');
  assert.deepEqual(page.errors, []);
});

test('deleted plans can be restored for the rest of the visit', async () => {
  const page = await newPage(site.browser);
  for (const name of ['Ann', 'Ben']) {
    await startPlan(page);
    await page.getByLabel('Name or nickname').fill(name);
    await waitSaved(page);
  }
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  for (const name of ['Ann', 'Ben']) {
    await page.getByRole('listitem').filter({ hasText: name }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete plan' }).click();
  }
  await page.getByText('No plans yet').waitFor();
  // Leave the list and come back: both can still be restored.
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  const deleted = page.getByRole('region', { name: 'Deleted during this visit' });
  await deleted.getByRole('button', { name: /Restore Ann/ }).click();
  await page.getByRole('listitem').filter({ hasText: 'Ann' }).getByRole('link', { name: /^Open/ }).waitFor();
  assert.equal(await deleted.getByRole('button', { name: /Restore/ }).count(), 1);
  assert.deepEqual(page.errors, []);
});

test('each step has its own address: reload and deep links return to it; keyboard moves between steps', async () => {
  const page = await newPage(site.browser);
  await startPlan(page);
  await page.getByLabel('Name or nickname').fill('James');
  await waitSaved(page);
  const base = page.url().replace(/\/intake$/, '');

  // Next, with the keyboard.
  await page.getByRole('link', { name: 'Next: Assessment →' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
  assert.equal(page.url(), `${base}/assessment`);
  // Focus moves to the new page's heading.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

  // The step bar, with the keyboard.
  await page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link', { name: /Goals/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Goals/ }).waitFor();
  assert.equal(page.url(), `${base}/goals`);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /^Step 4 of 9\s*Goals$/ }).waitFor();
  assert.equal(await page.getByText('James —').count(), 1);

  // A bookmark typed straight into a fresh tab.
  const other = await newPage(site.browser);
  await other.context().addInitScript(() => {}); // separate storage: the plan is not there
  await other.goto(`${base}/monitoring`);
  await other.getByRole('heading', { level: 1, name: 'This plan cannot be opened' }).waitFor();
  await page.goto(`${base}/monitoring`);
  await page.getByRole('heading', { level: 1, name: /^Step 6 of 9\s*Monitoring$/ }).waitFor();
  await page.goto(base);
  await page.getByRole('heading', { level: 1, name: /Intake/ }).waitFor();
  assert.match(page.url(), /\/intake$/);
  await page.getByRole('link', { name: '← Previous: Intake' }).count().then((n) => assert.equal(n, 0));
  assert.deepEqual(page.errors, []);
});

test('an unknown address shows a friendly not-found page with a way back', async () => {
  const page = await newPage(site.browser);
  for (const path of ['/no/such/page', '/plans/not-an-id/intake']) {
    await page.goto(`${site.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  }
  await startPlan(page);
  await page.goto(page.url().replace(/intake$/, 'not-a-step'));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await screenshot(page, 'not-found-desktop');
  await page.getByRole('link', { name: 'Go to My plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plans' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a stored plan with garbage JSON is listed as unreadable, kept as it was (set aside), and others still open', async () => {
  const page = await newPage(site.browser);
  await startPlan(page);
  await page.getByLabel('Name or nickname').fill('Good');
  await waitSaved(page);
  await startPlan(page);
  await page.getByLabel('Name or nickname').fill('Broken');
  await waitSaved(page);
  const brokenKey = `careplan:plan:${page.url().split('/')[4]}`;
  await page.getByRole('link', { name: 'Back to My plans' }).click();
  await page.evaluate((key) => localStorage.setItem(key, '{"schema_version":1, this is not json'), brokenKey);

  await page.reload();
  const section = page.getByRole('region', { name: 'Plans that could not be opened' });
  await section.waitFor();
  assert.match(await section.innerText(), /Broken: Untitled plan[\s\S]*damaged/);
  await screenshot(page, 'unreadable-desktop');

  // The raw value is untouched (moved aside), and can be downloaded.
  const recoveryKey = brokenKey.replace('careplan:plan:', 'careplan:recovery:');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), recoveryKey), '{"schema_version":1, this is not json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^damaged-plan-[0-9a-f-]{36}\.json$/);

  // The good plan opens and saves as usual.
  await page.getByRole('listitem').filter({ hasText: 'Good' }).getByRole('link', { name: /^Open/ }).click();
  await page.getByLabel('Preferred language').fill('Spanish');
  await waitSaved(page);
  // Opening the broken one by its address explains, and still changes nothing.
  await page.goto(`${site.url}/plans/${brokenKey.split(':')[2]}/intake`);
  await page.getByRole('heading', { level: 1, name: 'This plan cannot be opened' }).waitFor();
  await page.getByText('It has been moved aside unchanged').waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), recoveryKey), '{"schema_version":1, this is not json');
  assert.deepEqual(page.errors, []);
});

test('screenshots of each page at desktop and phone width', async () => {
  for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
    const page = await newPage(site.browser, { width, height: 844 });
    await startPlan(page);
    await fillIntake(page, 'Sandra');
    await screenshot(page, `intake-${label}`);
    await page.getByRole('link', { name: /Next: Assessment/ }).click();
    await page.getByRole('heading', { level: 1, name: /Assessment/ }).waitFor();
    await screenshot(page, `step-${label}`);
    await page.getByRole('link', { name: 'Back to My plans' }).click();
    await page.getByRole('list', { name: 'Plans' }).getByRole('listitem').filter({ hasText: 'Sandra' }).waitFor();
    await screenshot(page, `plans-${label}`);
    // Nothing may spill sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px screen`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
