// The browser scenario of parley serve (docs/server.md): run by BrowserIT against a running server.
// Env: PARLEY_URL, PARLEY_ADMIN_TOKEN, PARLEY_CASE (path of examples/peace-talks-2025/case.yaml),
//      PARLEY_ARTIFACTS (folder for screenshots), PARLEY_CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';

const url = process.env.PARLEY_URL;
const admin = process.env.PARLEY_ADMIN_TOKEN;
const caseFile = process.env.PARLEY_CASE;
const out = process.env.PARLEY_ARTIFACTS;
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.PARLEY_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
const step = (s) => console.log('browser: ' + s);
const shot = async (page, name) => {
  await page.screenshot({ path: path.join(out, name + '.png'), fullPage: true });
  step('screenshot ' + name + '.png');
};
const errors = [];
const contexts = [];
const context = async () => {
  const c = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  contexts.push(c);
  c.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
  return c;
};

try {
  // 1. the mediator's office signs in and imports the case file
  const office = await context();
  const adminPage = await office.newPage();
  await adminPage.goto(url + '/join/' + admin);
  await adminPage.waitForSelector('text=Start a case');
  await adminPage.setInputFiles('input[type=file]', caseFile);
  await adminPage.click('text=Create the case');
  await adminPage.waitForSelector('text=Invitation links');
  const links = await adminPage.$$eval('table.links tr', (rows) => rows.slice(1).map((r) => [
    r.cells[0].textContent.trim(), r.querySelector('input').value]));
  const link = Object.fromEntries(links);
  assert.ok(link['the mediator'] && link['Ukraine'] && link['Russia'], JSON.stringify(Object.keys(link)));
  await shot(adminPage, 'admin-invitations');
  step('imported; links for ' + Object.keys(link).join(', '));

  // 2. the mediator opens the dashboard
  const mediatorCtx = await context();
  const mediator = await mediatorCtx.newPage();
  await mediator.goto(link['the mediator']);
  await mediator.waitForSelector('#verdict');
  await mediator.waitForSelector('#live.on');
  const verdict0 = (await mediator.textContent('#verdict')).trim();
  assert.match(verdict0, /no agreement zone: completely contradictory on ceasefire and territory/);
  await mediator.waitForSelector('#charts svg');
  await shot(mediator, 'dashboard');

  // 3. each party in its own browser context
  const ukraineCtx = await context();
  const ukraine = await ukraineCtx.newPage();
  await ukraine.goto(link['Ukraine']);
  await ukraine.waitForSelector('#wizard');
  assert.equal((await ukraine.textContent('#points-sum')).trim(), '100');
  await shot(ukraine, 'room-ukraine');
  const russiaCtx = await context();
  const russia = await russiaCtx.newPage();
  await russia.goto(link['Russia']);
  await russia.waitForSelector('#wizard');
  await shot(russia, 'room-russia');

  // 4. ukraine lifts its red lines on the ceasefire and shifts points; the mediator's page follows live
  const packages0 = await mediator.innerHTML('#packages');
  const matrix0 = await mediator.innerHTML('#matrix');
  await ukraine.uncheck('input[name="redline_ceasefire_1"]');
  await ukraine.uncheck('input[name="redline_ceasefire_2"]');
  await ukraine.fill('input[name="points_ceasefire"]', '15');
  await ukraine.fill('input[name="points_territory"]', '40');
  assert.equal((await ukraine.textContent('#points-sum')).trim(), '100');
  await ukraine.click('text=Save my preferences');
  await ukraine.waitForSelector('text=Your preferences are saved.');
  await mediator.waitForFunction((before) => document.querySelector('#matrix').innerHTML !== before, matrix0,
    { timeout: 30000 });
  await mediator.waitForFunction(() => !document.querySelector('#verdict').textContent.includes('ceasefire and'),
    null, { timeout: 30000 });
  const verdict1 = (await mediator.textContent('#verdict')).trim();
  step('verdict before: ' + verdict0);
  step('verdict after ukraine: ' + verdict1);
  assert.notEqual(verdict1, verdict0);

  // 5. russia changes its ratings; the packages change on the mediator's page without a reload
  const packages1 = await mediator.innerHTML('#packages');
  assert.notEqual(packages1, packages0, 'packages follow ukraine\'s change');
  await russia.fill('input[name="rating_territory_0"]', '45');
  await russia.fill('input[name="reservation"]', '35');
  await russia.click('text=Save my preferences');
  await russia.waitForSelector('text=Your preferences are saved.');
  await mediator.waitForFunction((before) => document.querySelector('#packages').innerHTML !== before, packages1,
    { timeout: 30000 });
  step('packages updated live after russia\'s change');
  await mediator.waitForSelector('#charts svg');
  await shot(mediator, 'dashboard-after-changes');
  await shot(ukraine, 'room-ukraine-after');

  // 6. russia tries ukraine's room: refused, and nothing of ukraine's shows
  const refused = await russia.goto(url + '/cases/peace-talks-2025/rooms/ukraine');
  assert.equal(refused.status(), 403);
  const body = await russia.textContent('body');
  assert.ok(!body.includes('Save my preferences'));
  await shot(russia, 'refused');
  const api = await russia.request.get(url + '/api/v1/cases/peace-talks-2025/parties/ukraine/preferences');
  assert.equal(api.status(), 403);

  // 7. the audit trail tells who did what, never a party's numbers
  await mediator.goto(url + '/cases/peace-talks-2025/audit');
  const audit = await mediator.textContent('main');
  assert.match(audit, /updated the preferences of ukraine/);
  await shot(mediator, 'audit');

  assert.deepEqual(errors, [], 'no script errors in the pages');
  console.log('browser scenario: 1 passed, 0 failed');
} catch (e) {
  let i = 0;
  for (const c of contexts) {
    for (const p of c.pages()) {
      const name = 'failure-' + (i++);
      await p.screenshot({ path: path.join(out, name + '.png'), fullPage: true }).catch(() => {});
      console.log('browser: at failure, page ' + name + ' ' + p.url() + ':\n' + (await p.textContent('body').catch(() => '')).slice(0, 2000));
    }
  }
  throw e;
} finally {
  await browser.close();
}
