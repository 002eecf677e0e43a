// The live rooms in the browser (issue 10): run by BrowserIT against a running server.
// Env: PARLEY_URL, PARLEY_ADMIN_TOKEN, PARLEY_SCENARIO (a folder with ItexvsCypress_domain.xml, _Itex.xml,
//      _Cypress.xml), PARLEY_ARTIFACTS (folder for screenshots), PARLEY_CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';

const url = process.env.PARLEY_URL;
const admin = process.env.PARLEY_ADMIN_TOKEN;
const dir = process.env.PARLEY_SCENARIO;
const out = process.env.PARLEY_ARTIFACTS;
fs.mkdirSync(out, { recursive: true });
const files = ['ItexvsCypress_domain.xml', 'ItexvsCypress_Itex.xml', 'ItexvsCypress_Cypress.xml']
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));

const step = (s) => console.log('rooms: ' + s);
const api = async (method, p, token, body) => {
  const r = await fetch(url + p, {
    method, headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: await r.json() };
};
const createRoom = async (seats, deadline, extra) => {
  const r = await api('POST', '/api/v1/rooms', admin, { scenario: { files }, seats, deadline, ...(extra || {}) });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json;
};

const browser = await chromium.launch({
  executablePath: process.env.PARLEY_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
const shot = async (page, name) => {
  await page.screenshot({ path: path.join(out, name + '.png'), fullPage: true });
  step('screenshot ' + name + '.png');
};
const errors = [];
const context = async () => {
  const c = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  c.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
  return c;
};
const myTurn = (page) => page.waitForSelector('#turn.your-turn', { timeout: 60000 });
const rows = (page) => page.$$eval('#offers tr', (r) => r.length);
const ended = (page) => page.waitForFunction(() => /ended/.test(document.getElementById('status').textContent),
  null, { timeout: 60000 });

try {
  // 1. a person against conceder on a shipped scenario reaches an agreement; reloads mid-session
  const room1 = await createRoom([{ person: 'Ann' }, { agent: 'conceder' }], { rounds: 30 }, { title: 'Itex vs Cypress' });
  const annCtx = await context();
  const ann = await annCtx.newPage();
  await ann.goto(url + '/join/' + room1.tokens['0']);
  await ann.waitForSelector('#composer select');
  await myTurn(ann);
  assert.match(await ann.textContent('#live-value'), /^1\.000$/, 'the composer starts at her best outcome');
  // a counter-offer of her own: change one issue and see the live value drop
  const first = await ann.$eval('#composer select', (s) => s.options[s.options.length - 1].value);
  await ann.selectOption('#composer select >> nth=0', first);
  const value = parseFloat(await ann.textContent('#live-value'));
  assert.ok(value <= 1 && value >= 0, 'live value ' + value);
  await ann.click('#offer');
  await ann.waitForFunction(() => document.querySelectorAll('#offers tr').length >= 2);
  await myTurn(ann);
  await ann.click('#offer');
  await ann.waitForFunction(() => document.querySelectorAll('#offers tr').length >= 4);
  await myTurn(ann);
  await ann.waitForSelector('#chart svg');
  await shot(ann, 'room-person');
  // the reload: the room is as it was
  const before = await rows(ann);
  await ann.reload();
  await ann.waitForSelector('#composer select');
  await ann.waitForFunction((n) => document.querySelectorAll('#offers tr').length === n, before);
  await myTurn(ann);
  step('reloaded mid-session with ' + before + ' actions on the page');
  // privacy before the debrief: the API, the debrief and the stream from Ann's own browser session
  const probe = await ann.evaluate(async (id) => {
    const view = await (await fetch('/api/v1/rooms/' + id)).json();
    const debrief = (await fetch('/api/v1/rooms/' + id + '/debrief')).status;
    const ctrl = new AbortController();
    const res = await fetch('/api/v1/rooms/' + id + '/events', { headers: { 'Last-Event-ID': '0', 'Accept': 'text/event-stream' }, signal: ctrl.signal });
    const reader = res.body.getReader();
    let stream = '';
    const until = Date.now() + 1500;
    let reading = reader.read();
    while (Date.now() < until) {
      const chunk = await Promise.race([reading, new Promise((r) => setTimeout(() => r(null), 300))]);
      if (chunk) {
        if (chunk.value) { stream += new TextDecoder().decode(chunk.value); }
        if (chunk.done) { break; }
        reading = reader.read();
      }
    }
    ctrl.abort();
    return { view, debrief, stream };
  }, room1.id);
  assert.equal(probe.debrief, 409, 'no debrief before the end');
  assert.ok(!JSON.stringify(probe.view).includes('"utilities"'), 'the view holds no other utilities');
  assert.equal(probe.view.you.preferences.party, probe.view.seats[0].party, 'only her own preferences');
  assert.ok(probe.stream.includes('room.action'), 'the stream replays the actions: ' + JSON.stringify(probe.stream).slice(0, 300));
  assert.ok(!probe.stream.includes('"utilities"'), 'the stream holds no other utilities');
  await ann.goto(url + '/rooms/' + room1.id + '/debrief');
  await ann.waitForSelector('#composer select');
  assert.ok(ann.url().endsWith('/rooms/' + room1.id), 'the debrief page sends her back before the end');
  step('no other seat\'s preferences through the page, the API or the stream before the end');
  await myTurn(ann);
  await ann.click('#accept');
  await ended(ann);
  assert.match(await ann.textContent('#message'), /Agreement/);
  await shot(ann, 'room-ended');
  await ann.click('#debrief-link');
  await ann.waitForSelector('body[data-ready="1"]');
  await ann.waitForSelector('#plane svg');
  assert.match(await ann.textContent('#summary'), /Distance to the Pareto frontier/);
  assert.match(await ann.textContent('#preferences'), /Private/);
  await shot(ann, 'room-debrief');
  step('Ann agreed with conceder; debrief shown');

  // 2. two people in two browser contexts
  const room2 = await createRoom([{ person: 'Ann' }, { person: 'Bob' }], { seconds: 600 },
    { revealPreferences: true, title: 'Ann and Bob' });
  const a = await (await context()).newPage();
  const b = await (await context()).newPage();
  await a.goto(url + '/join/' + room2.tokens['0']);
  await b.goto(url + '/join/' + room2.tokens['1']);
  await myTurn(a);
  await a.click('#offer');
  await b.waitForFunction(() => document.querySelectorAll('#offers tr').length === 1);
  await myTurn(b);
  step('Bob saw Ann\'s offer live');
  await b.click('#offer');
  await a.waitForFunction(() => document.querySelectorAll('#offers tr').length === 2);
  await myTurn(a);
  await a.click('#accept');
  await ended(a);
  await ended(b);
  assert.match(await b.textContent('#message'), /Agreement/);
  await b.click('#debrief-link');
  await b.waitForSelector('body[data-ready="1"]');
  assert.ok(!/Private/.test(await b.textContent('#preferences')), 'this room reveals the preferences');
  step('Ann and Bob agreed; preferences revealed after the end');

  // 3. the teacher's exercise: three students against conceder, scripted through the API; the results page
  const ex = await api('POST', '/api/v1/exercises', admin, { scenario: { files }, deadline: { rounds: 20 }, pairs: 3,
    opponent: 'conceder', title: 'Negotiation class, week 3' });
  assert.equal(ex.status, 201, JSON.stringify(ex.json));
  for (const [k, r] of ex.json.rooms.entries()) {
    const token = r.tokens['0'];
    const turn = async () => {
      for (;;) {
        const v = (await api('GET', '/api/v1/rooms/' + r.id, token)).json;
        if (v.turn === 0 || v.status === 'ended') { return v; }
        await new Promise((x) => setTimeout(x, 50));
      }
    };
    let v = await turn();
    // each student concedes a little differently: k offers of her best outcome, then accepts
    for (let i = 0; i <= k && v.status !== 'ended'; i++) {
      const best = Object.fromEntries(v.you.preferences.issues.map((is) => [is.name,
        Object.entries(is.values).sort((a, b) => b[1] - a[1])[0][0]]));
      assert.equal((await api('POST', '/api/v1/rooms/' + r.id + '/actions', token, { type: 'offer', outcome: best })).status, 200);
      v = await turn();
    }
    if (v.status !== 'ended') {
      assert.equal((await api('POST', '/api/v1/rooms/' + r.id + '/actions', token, { type: 'accept' })).status, 200);
    }
  }
  const teacher = await (await context()).newPage();
  await teacher.goto(url + '/join/' + admin);
  await teacher.goto(url + '/exercises/' + ex.json.id);
  await teacher.waitForFunction(() => /3 of 3 rooms ended/.test(document.getElementById('exercise-summary').textContent),
    null, { timeout: 60000 });
  await teacher.waitForSelector('#exercise-box svg');
  await shot(teacher, 'exercise-results');
  step('the teacher sees the exercise\'s results');

  assert.deepEqual(errors, [], 'no script errors in the pages');
  console.log('rooms scenario: 1 passed, 0 failed');
} catch (e) {
  console.log('rooms scenario: 0 passed, 1 failed: ' + (e && e.stack ? e.stack : e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
