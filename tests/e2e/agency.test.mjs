// End-to-end tests of the agency's config.json in real Chromium: a custom agency name, crisis
// line, questionnaires, parts of life, goal template and three resources show where they
// belong, and a resource joins a plan in one click; a broken file is named in plain words and
// the app works with its defaults; no file at all is the standard app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { newPage, screenshot, waitSaved, artifacts, goTo, siteAndBrowser, siteWithFiles } from './support.mjs';

const site = siteAndBrowser();
const CONFIG = {
  _comment: 'Eastside test agency',
  agency: {
    name: 'Eastside Community Services',
    logo: 'eastside-logo.svg',
    phone: '555-0100',
    email: 'help@eastside.example',
    address: '1 Main Street',
  },
  crisis_line: {
    lines: ['Call the Eastside crisis team at 555-0199, day and night.'],
    emergency: 'In danger right now? Call 911.',
  },
  instruments: ['phq9', 'katz'],
  domains: ['housing', 'food', 'money'],
  goal_templates: [{
    domain: 'housing', title: 'Join the Eastside housing list',
    action: 'hand in the application for the Eastside housing list',
    outcome: 'the application is in and the receipt is kept',
  }],
  resources: [
    { name: 'County Food Bank', category: 'food', phone: '555-0150', address: '12 Main Street', hours: 'Mon-Fri 9-5', website: 'https://foodbank.example', notes: 'Bring an ID.' },
    { name: 'Ride Line', category: 'transportation', phone: '555-0160', notes: 'Free rides to medical visits.' },
    { name: 'Eastside Legal Aid', category: 'legal', phone: '555-0170', notes: 'Help with evictions.' },
  ],
};

/** A page on a copy of the built site with the agency's `files` beside index.html. */
async function withSite(files) {
  const copy = await siteWithFiles(files);
  const page = await newPage(site.browser);
  page.site = copy.url;
  return page;
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#1e6b34"/></svg>';

test('an agency config: name, questionnaires, parts of life, goal template, crisis line, resources', async () => {
  // The agency's settings and logo, files beside index.html.
  const page = await withSite({ 'config.json': CONFIG, 'eastside-logo.svg': LOGO });
  await page.goto(`${page.site}/`);
  await page.getByRole('banner').getByText('Eastside Community Services').waitFor();
  const logo = page.getByRole('banner').locator('img.agency-logo');
  await logo.waitFor();
  assert.equal(await logo.evaluate((img) => new URL(img.src).pathname), '/eastside-logo.svg');
  await page.waitForFunction(() => document.querySelector('img.agency-logo')?.naturalWidth > 0);
  assert.equal(await page.getByRole('heading', { name: /settings file has mistakes/ }).count(), 0);
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');

  // Only the agency's questionnaires and parts of life.
  await goTo(page, 'Assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('#instrument-phq9').waitFor();
  assert.equal(await page.locator('#instrument-ahc').count(), 0);
  assert.equal(await page.locator('#instrument-hvs').count(), 0);
  assert.equal(await page.locator('#instrument-katz').count(), 1);
  const parts = await page.locator('.domain .domain-name').allInnerTexts();
  assert.deepEqual(parts, ['Housing', 'Food', 'Money and insurance']);
  // PHQ-9 question 9 above zero: the agency's crisis line, not 988.
  const phq = page.locator('#instrument-phq9');
  await phq.locator('summary').click();
  for (let i = 1; i <= 9; i += 1) {
    if (i === 3) await phq.getByRole('button', { name: 'Answer all nine questions' }).click();
    await phq.getByRole('group', { name: new RegExp(`^${i}\\. `) })
      .getByLabel(i === 9 ? 'Several days' : 'Not at all', { exact: true }).check();
  }
  const help = page.getByRole('region', { name: 'Help is available now' }).first();
  await help.getByText('Call the Eastside crisis team at 555-0199, day and night.').waitFor();
  assert.match(await help.innerText(), /In danger right now\? Call 911\./);
  assert.doesNotMatch(await help.innerText(), /988/);

  // The agency's goal template sits with the app's own housing templates.
  await goTo(page, 'Goals');
  await page.getByLabel('Part of life').first().selectOption({ label: 'Housing' });
  const template = page.locator('.library-item').filter({ hasText: 'Join the Eastside housing list' });
  await template.getByRole('button', { name: /^Use this goal/ }).click();
  await page.getByText('Maria will hand in the application for the Eastside housing list').first().waitFor();

  // The resource directory: search, filter, add one in a click.
  await goTo(page, 'Actions');
  const directory = page.getByRole('region', { name: 'Local resources from Eastside Community Services' });
  await directory.getByText('3 of 3 resources').waitFor();
  await directory.getByLabel('Search').fill('food');
  await directory.getByText('1 of 3 resources').waitFor();
  await directory.getByLabel('Search').fill('');
  await directory.getByLabel('Type').selectOption({ label: 'Legal' });
  assert.deepEqual(await directory.locator('.resource-name strong').allInnerTexts(), ['Eastside Legal Aid']);
  await directory.getByLabel('Type').selectOption({ label: 'All types' });
  const food = directory.locator('.resource').filter({ hasText: 'County Food Bank' });
  assert.equal(await food.getByRole('link', { name: 'https://foodbank.example' }).getAttribute('rel'), 'noopener noreferrer');
  await screenshot(page, 'agency-resources');
  await food.getByRole('button', { name: /^Add to this plan\W+County Food Bank$/ }).click();
  await directory.getByRole('status').filter({ hasText: 'Added “County Food Bank” to the services below' }).waitFor();
  await food.getByText('In this plan').waitFor();
  const service = page.locator('.service').first();
  assert.equal(await service.getByLabel('Organization or resource').inputValue(), 'County Food Bank');
  assert.equal(await service.getByLabel('Type').inputValue(), 'food');
  assert.equal(await service.getByLabel('Contact details').inputValue(),
    '555-0150, 12 Main Street, Hours: Mon-Fri 9-5, https://foodbank.example');
  // Focus went to the new service, to link it to a goal.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.innerText === 'Organization or resource');

  // On paper: the agency under the title, first under "Who to call", and its crisis line.
  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Actions/ }).waitFor();
  assert.equal(await page.locator('.service').first().getByLabel('Organization or resource').inputValue(), 'County Food Bank');
  await goTo(page, 'Print');
  await page.getByRole('radio', { name: 'My plan' }).check();
  const pdf = path.join(artifacts, 'agency-my-plan.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes('Eastside Community Services: 555-0100, help@eastside.example'), text);
  assert.ok(text.indexOf('Eastside Community Services:') < text.indexOf('County Food Bank'), 'the agency comes first');
  assert.ok(text.includes('Call the Eastside crisis team at 555-0199'));
  assert.ok(!text.includes('988'), 'the agency replaced the default crisis line');
  await page.getByRole('radio', { name: 'The full plan' }).check();
  await page.locator('.printout-agency').getByText('Eastside Community Services · 555-0100 · help@eastside.example · 1 Main Street').waitFor();
  assert.deepEqual(page.errors, []);
});

test('a broken config is named in plain words and the app works with its defaults', async () => {
  const page = await withSite({ 'config.json': '{ "agency": { "name": "Eastside" ' });
  await page.goto(`${page.site}/`);
  const problems = page.getByRole('region', { name: 'The agency’s settings file has mistakes' });
  await problems.getByText(/The file is not valid JSON \(line 1, column \d+\)/).waitFor();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Name or nickname').fill('Maria');
  await goTo(page, 'Assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  // Every questionnaire, as without a config.
  for (const id of ['phq9', 'ahc', 'hvs', 'katz']) await page.locator(`#instrument-${id}`).waitFor();
  assert.deepEqual(page.errors, []);

  // Wrong types: each field named, the good ones used.
  const typed = await withSite({ 'config.json': {
    agency: { name: 42, phone: '555-0100', website: 'http://eastside.example' },
    resources: [{ name: 'County Food Bank', category: 'groceries' }],
    colour: 'red',
  } });
  await typed.goto(`${typed.site}/`);
  const list = typed.getByRole('region', { name: 'The agency’s settings file has mistakes' }).getByRole('listitem');
  await list.first().waitFor();
  assert.deepEqual(await list.allInnerTexts(), [
    '“colour”: is not a setting this app knows (check the spelling in the README); it was left out.',
    '“agency.name”: should be text in quotes; it was left out.',
    '“agency.website”: should be a web address starting with https://; it was left out.',
    '“resources[0].category”: should be one of medical, mental-health, housing, food, transportation, financial, legal, peer-support, other; “other” is used.',
  ]);
  await screenshot(typed, 'agency-broken-config');
  assert.deepEqual(typed.errors, []);
});

test('no config file: the standard app, with 988 and no message', async () => {
  const page = await newPage(site.browser);
  // The test server answers unknown files with index.html, as many static hosts do.
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Start a new plan' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('heading', { name: /settings file has mistakes/ }).count(), 0);
  assert.equal(await page.locator('.agency-name').count(), 0);
  // The documented example ships beside index.html, ready to copy to config.json.
  const example = await (await fetch(`${site.url}/config.example.json`)).json();
  assert.equal(example.agency.name, 'Eastside Community Services');
  assert.ok(example.resources.length >= 3);
  assert.deepEqual(page.errors, []);
});
