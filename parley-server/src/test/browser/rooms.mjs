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

  // 3. the teacher's exercise, made through the form from the administrator's page: three students against
  //    conceder, scripted through the API with the links the page gave; then the results page
  const teacher = await (await context()).newPage();
  await teacher.goto(url + '/join/' + admin);
  await teacher.click('#new-exercise');
  await teacher.waitForSelector('#exercise-form');
  const fill = async (pairs) => {
    await teacher.fill('#title', 'Negotiation class, week 3');
    await teacher.selectOption('#scenario', 'shipped:itex-cypress');
    await teacher.waitForFunction(() => /ItexvsCypress_Cypress/.test(document.getElementById('roles').textContent));
    await teacher.fill('#deadline', '20');
    await teacher.selectOption('select[name=deadlineKind]', 'rounds');
    await teacher.selectOption('#opponent', 'conceder');
    await teacher.fill('#pairs', pairs);
  };
  // a mistake first: it comes back next to its field, with the rest of the form as typed
  await fill('0');
  await teacher.click('#create-exercise');
  await teacher.waitForSelector('#error-pairs');
  assert.match(await teacher.textContent('#error-pairs'), /'pairs' must be a whole number from 1 to 500/);
  assert.equal(await teacher.inputValue('#title'), 'Negotiation class, week 3');
  assert.equal(await teacher.inputValue('#scenario'), 'shipped:itex-cypress');
  assert.equal(await teacher.inputValue('#opponent'), 'conceder');
  await shot(teacher, 'exercise-form-refused');
  step('the form refused 0 pairs next to the field and kept the rest');
  await teacher.goto(url + '/exercises');
  await fill('3');
  await shot(teacher, 'exercise-form');
  await teacher.click('#create-exercise');
  await teacher.waitForSelector('#invitation-links');
  const shown = await teacher.$$eval('#invitation-links input.copy', (xs) => xs.map((x) => x.value));
  assert.equal(shown.length, 3, 'one link per student');
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.click('#invitations-csv')]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  assert.equal(lines[0], 'room,title,seat,name,party,link');
  // one CSV line: fields, the quoted ones (a title with a comma) unquoted
  const fields = (l) => Array.from(l.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g), (m) => m[1].startsWith('"')
    ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  const invitations = lines.slice(1).map(fields);
  assert.equal(invitations[0][1], 'Negotiation class, week 3 · student 1');
  assert.deepEqual(invitations.map((r) => r[5]), shown, 'the CSV holds the links the page shows');
  await shot(teacher, 'exercise-created');
  step('the teacher created the exercise through the page: ' + shown.length + ' links, as CSV too');
  for (const [k, row] of invitations.entries()) {
    const room = row[0];
    assert.equal(row[2], '0', 'the students play the first party');
    const token = row[5].slice(row[5].indexOf('/join/') + 6);
    const turn = async () => {
      for (;;) {
        const v = (await api('GET', '/api/v1/rooms/' + room, token)).json;
        if (v.turn === 0 || v.status === 'ended') { return v; }
        await new Promise((x) => setTimeout(x, 50));
      }
    };
    let v = await turn();
    // each student concedes a little differently: k offers of her best outcome, then accepts
    for (let i = 0; i <= k && v.status !== 'ended'; i++) {
      const best = Object.fromEntries(v.you.preferences.issues.map((is) => [is.name,
        Object.entries(is.values).sort((a, b) => b[1] - a[1])[0][0]]));
      assert.equal((await api('POST', '/api/v1/rooms/' + room + '/actions', token, { type: 'offer', outcome: best })).status, 200);
      v = await turn();
    }
    if (v.status !== 'ended') {
      assert.equal((await api('POST', '/api/v1/rooms/' + room + '/actions', token, { type: 'accept' })).status, 200);
    }
  }
  await teacher.click('#exercise-page-link');
  await teacher.waitForFunction(() => /3 of 3 rooms ended/.test(document.getElementById('exercise-summary').textContent),
    null, { timeout: 60000 });
  await teacher.waitForSelector('#exercise-box svg');
  const axis = await teacher.$eval('#exercise-box', (box) => {
    const frame = box.getBoundingClientRect();
    const title = Array.from(box.querySelectorAll('text')).find((t) => t.textContent === 'utility');
    const r = title.getBoundingClientRect();
    return { inside: r.top >= frame.top && r.bottom <= frame.bottom && r.left >= frame.left && r.right <= frame.right };
  });
  assert.ok(axis.inside, 'the box plot\'s axis title lies within the chart');
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
