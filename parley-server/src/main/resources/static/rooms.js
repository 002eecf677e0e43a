// parley serve: the live room and its debrief (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';
  var body = document.body;
  var id = body.dataset.room;
  var seat = parseInt(body.dataset.seat, 10);
  var api = '/api/v1/rooms/' + encodeURIComponent(id);
  var view = null;
  var fetchedAt = 0;
  var chart = null;

  function csrf() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  }
  function $(x) { return document.getElementById(x); }
  function text(el, s) { if (el) { el.textContent = s; } }
  function fmt(u) { return (Math.round(u * 1000) / 1000).toFixed(3); }
  function seatName(s) {
    var x = view.seats[s];
    return (x.person || x.agent) + ' (' + x.party + ')';
  }
  function outcomeText(o) {
    if (!o) { return '—'; }
    return Object.keys(o).map(function (k) { return k + ': ' + o[k]; }).join(', ');
  }
  function message(s, bad) {
    var m = $('message');
    if (m) { m.textContent = s || ''; m.className = 'room-message' + (bad ? ' bad' : ''); }
  }

  // ------------------------------------------------------------------ the room page
  function load() {
    return fetch(api, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (v) {
        if (v.status && v.error) { message(v.error, true); return; }
        if (view && v.seq < view.seq) { return; } // an older answer that arrived late
        view = v;
        fetchedAt = Date.now();
        render();
      });
  }

  function ownValue(outcome) {
    var prefs = view.you && view.you.preferences;
    if (!prefs || !prefs.issues) { return null; }
    var sum = 0;
    prefs.issues.forEach(function (i) { sum += (i.values && i.values[outcome[i.name]]) || 0; });
    return Math.min(1, sum);
  }

  function composed() {
    var o = {};
    view.issues.forEach(function (issue, k) {
      var el = $('issue-' + k);
      if (el) { o[issue.name] = el.value; }
    });
    return o;
  }

  function updateLiveValue() {
    var o = composed();
    var u = ownValue(o);
    if (u !== null) {
      text($('live-value'), fmt(u));
      return;
    }
    fetch(api + '/utility?outcome=' + encodeURIComponent(JSON.stringify(o)), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (x) { text($('live-value'), x.utility === undefined ? '–' : fmt(x.utility)); });
  }

  function buildComposer() {
    var form = $('composer');
    if (!form || form.dataset.built) { return; }
    form.dataset.built = '1';
    var mine = view.you.preferences;
    view.issues.forEach(function (issue, k) {
      var row = document.createElement('label');
      row.className = 'issue-control';
      var name = document.createElement('span');
      name.textContent = issue.name;
      var pref = mine && mine.issues ? mine.issues[k] : null;
      if (pref) { name.title = 'weight ' + fmt(pref.weight); }
      var sel = document.createElement('select');
      sel.id = 'issue-' + k;
      sel.name = issue.name;
      issue.values.forEach(function (v) {
        var opt = document.createElement('option');
        opt.value = v;
        var c = pref && pref.values ? pref.values[v] : undefined;
        opt.textContent = v + (c !== undefined ? '  (+' + fmt(c) + ')' : '');
        sel.appendChild(opt);
      });
      // start from the best value for this person
      if (pref && pref.values) {
        var best = null;
        issue.values.forEach(function (v) { if (best === null || pref.values[v] > pref.values[best]) { best = v; } });
        if (best !== null) { sel.value = best; }
      }
      sel.addEventListener('change', updateLiveValue);
      row.appendChild(name);
      row.appendChild(sel);
      form.appendChild(row);
    });
    updateLiveValue();
    text($('reservation'), 'Without an agreement you get your reservation value, ' + fmt(view.you.reservationValue) + '.');
  }

  function render() {
    var ended = view.status === 'ended';
    text($('status'), ended ? 'ended (' + view.result.endedBy.replace('_', ' ') + ')' : view.status === 'waiting'
      ? 'waiting for everyone to join' : 'running');
    text($('round'), view.round + (view.deadline.rounds ? ' of ' + view.deadline.rounds : ''));
    var mine = seat >= 0 && view.turn === seat;
    text($('turn'), seat < 0 ? (view.turn === null ? '–' : seatName(view.turn)) : mine ? 'yes, your move'
      : view.turn === null ? '–' : 'no, ' + seatName(view.turn) + ' moves');
    var t = $('turn');
    if (t) { t.className = mine ? 'your-turn' : ''; }
    tick();
    if (seat >= 0) {
      buildComposer();
      var lastOffer = null;
      view.offers.forEach(function (a) { if (a.type === 'offer') { lastOffer = a; } });
      $('offer').disabled = !mine;
      $('accept').disabled = !mine || !lastOffer || lastOffer.seat === seat;
      $('walk').disabled = !mine;
    }
    renderOffers();
    renderChart();
    if (ended) {
      var r = view.result;
      var agreed = r.agreement ? 'Agreement: ' + outcomeText(r.agreement.outcome) + (seat >= 0 ? ' — worth '
        + fmt(r.utilities[seat]) + ' to you.' : '.') : 'No agreement (' + r.endedBy.replace('_', ' ') + ').';
      message(agreed + (view.reason ? ' ' + view.reason + '.' : '') + (r.error ? ' ' + r.error : ''), !r.agreement);
      var link = $('debrief-link');
      if (link) { link.hidden = false; }
    }
  }

  function tick() {
    if (!view) { return; }
    var gone = (Date.now() - fetchedAt) / 1000;
    var ended = view.status === 'ended';
    if (view.deadline.rounds) {
      text($('time-left'), view.roundsLeft + ' round' + (view.roundsLeft === 1 ? '' : 's'));
    } else {
      var left = ended || view.status === 'waiting' ? view.secondsLeft : Math.max(0, view.secondsLeft - gone);
      text($('time-left'), Math.floor(left / 60) + ':' + ('0' + Math.floor(left % 60)).slice(-2));
    }
    var box = $('turn-left-box');
    if (box) {
      var tl = view.turnSecondsLeft;
      box.hidden = tl === undefined || ended || view.turn !== seat;
      if (tl !== undefined) { text($('turn-left'), Math.max(0, Math.round(tl - gone)) + ' s'); }
    }
  }

  function renderOffers() {
    var head = $('offers-head');
    var rows = $('offers');
    if (!rows) { return; }
    head.innerHTML = '';
    var tr = document.createElement('tr');
    var cols = ['Round', 'Who', 'Action', 'Outcome'];
    if (seat >= 0) { cols.push('Value to you'); } else { view.seats.forEach(function (s) { cols.push(s.party); }); }
    cols.forEach(function (c) { var th = document.createElement('th'); th.textContent = c; tr.appendChild(th); });
    head.appendChild(tr);
    rows.innerHTML = '';
    view.offers.slice().reverse().forEach(function (a) {
      var r = document.createElement('tr');
      r.className = 'act act-' + a.type + (a.seat === seat ? ' mine' : '');
      var cells = [String(a.round), seatName(a.seat), a.type, outcomeText(a.outcome)];
      if (seat >= 0) { cells.push(a.utility === undefined ? '' : fmt(a.utility)); } else {
        (a.utilities || []).forEach(function (u) { cells.push(fmt(u)); });
      }
      cells.forEach(function (c) { var td = document.createElement('td'); td.textContent = c; r.appendChild(td); });
      rows.appendChild(r);
    });
  }

  function renderChart() {
    var el = $('chart');
    if (!el || typeof echarts === 'undefined') { return; }
    if (!chart) { chart = echarts.init(el, null, { renderer: 'svg' }); }
    var series = view.seats.map(function (s, k) {
      var data = [];
      view.offers.forEach(function (a, n) { if (a.seat === k && a.type === 'offer') { data.push([n + 1, a.utility]); } });
      return { name: k === seat ? 'your offers' : (s.person || s.agent) + '’s offers', type: 'line', data: data,
        symbolSize: 8, animation: false };
    });
    chart.setOption({
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', name: 'action', nameLocation: 'middle', nameGap: 25, minInterval: 1 },
      yAxis: { type: 'value', min: 0, max: 1, name: 'your utility' },
      series: series
    }, true);
  }

  function act(body) {
    message('');
    ['offer', 'accept', 'walk'].forEach(function (b) { var x = $(b); if (x) { x.disabled = true; } });
    return fetch(api + '/actions', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf(), 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (x) { return [r.status, x]; }); })
      .then(function (rx) {
        // the answer acknowledges the stored action; the room's new state comes with the stream's message
        if (rx[0] !== 200) { message(rx[1].error || 'refused', true); load(); }
      });
  }

  function connect() {
    var es = new EventSource('/rooms/' + encodeURIComponent(id) + '/events?after=' + (view ? view.seq : 0));
    es.addEventListener('open', function () { var l = $('live'); if (l) { l.classList.add('on'); l.textContent = 'live'; } });
    es.addEventListener('error', function () {
      var l = $('live'); if (l) { l.classList.remove('on'); l.textContent = 'reconnecting'; }
    });
    es.addEventListener('room', function (e) {
      var l = $('live'); if (l) { l.dataset.seq = JSON.parse(e.data).seq; }
      load();
    });
  }

  // ------------------------------------------------------------------ the debrief
  function debrief() {
    fetch(api + '/debrief', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (d) {
      var el = $('plane');
      var chartD = echarts.init(el, null, { renderer: 'svg' });
      var names = d.parties.map(function (p) { return p.name + ' (' + p.party + ')'; });
      var series = [
        { name: 'outcomes', type: 'scatter', data: d.cloud.map(function (u) { return [u[0], u[1]]; }), symbolSize: 3,
          itemStyle: { color: '#bbbbbb' }, animation: false },
        { name: 'Pareto frontier', type: 'line', data: d.frontier.map(function (u) { return [u[0], u[1]]; }),
          symbol: 'none', lineStyle: { color: '#000000' }, animation: false }
      ];
      var colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];
      d.paths.forEach(function (p, k) {
        series.push({ name: names[k] + ' offers', type: 'line', data: p.map(function (u) { return [u[0], u[1]]; }),
          symbolSize: 6, itemStyle: { color: colours[k % 4] }, animation: false });
      });
      if (d.nash) { series.push({ name: 'Nash', type: 'scatter', data: [[d.nash[0], d.nash[1]]], symbol: 'diamond', symbolSize: 14, itemStyle: { color: '#E69F00' } }); }
      if (d.ks) { series.push({ name: 'Kalai–Smorodinsky', type: 'scatter', data: [[d.ks[0], d.ks[1]]], symbol: 'triangle', symbolSize: 14, itemStyle: { color: '#56B4E9' } }); }
      if (d.agreement) { series.push({ name: 'agreement', type: 'scatter', data: [[d.agreement.utilities[0], d.agreement.utilities[1]]], symbol: 'pin', symbolSize: 24, itemStyle: { color: '#000000' } }); }
      chartD.setOption({
        grid: { left: 55, right: 20, top: 85, bottom: 45 }, legend: { top: 0 }, tooltip: { trigger: 'item' },
        xAxis: { type: 'value', min: 0, max: 1, name: names[0], nameLocation: 'middle', nameGap: 28 },
        yAxis: { type: 'value', min: 0, max: 1, name: names[1], nameLocation: 'middle', nameGap: 38 },
        series: series
      });
      var sum = $('summary');
      var row = function (k, v) {
        var tr = document.createElement('tr');
        var th = document.createElement('th'); th.textContent = k;
        var td = document.createElement('td'); td.textContent = v;
        tr.appendChild(th); tr.appendChild(td); sum.appendChild(tr);
      };
      if (d.agreement) {
        row('Agreement', outcomeText(d.agreement.outcome));
        d.parties.forEach(function (p, k) { row('Utility of ' + names[k], fmt(d.agreement.utilities[k])); });
        row('Distance to the Pareto frontier', d.agreement.distanceToFrontier === null ? '–' : fmt(d.agreement.distanceToFrontier));
        if (d.agreement.distanceToNash !== undefined) { row('Distance to Nash', fmt(d.agreement.distanceToNash)); }
      } else {
        row('Agreement', 'none');
      }
      if (d.nash) { row('Nash point', d.nash.map(fmt).join(' / ')); }
      if (d.ks) { row('Kalai–Smorodinsky point', d.ks.map(fmt).join(' / ')); }
      var prefs = $('preferences');
      d.preferences.forEach(function (p, k) {
        var h = document.createElement('h3');
        h.textContent = names[k];
        prefs.appendChild(h);
        var para = document.createElement('p');
        if (!p) { para.textContent = 'Private: this room does not reveal the other parties’ preferences.'; prefs.appendChild(para); return; }
        para.textContent = 'Reservation value ' + fmt(p.reservationValue) + '.';
        prefs.appendChild(para);
        if (!p.issues) { return; }
        var table = document.createElement('table');
        table.className = 'offers prefs';
        p.issues.forEach(function (i) {
          var tr = document.createElement('tr');
          var th = document.createElement('th'); th.textContent = i.name + ' (weight ' + fmt(i.weight) + ')';
          var td = document.createElement('td');
          td.textContent = Object.keys(i.values || {}).map(function (v) { return v + ' ' + fmt(i.values[v]); }).join(' · ');
          tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
        });
        prefs.appendChild(table);
      });
      body.dataset.ready = '1';
    });
  }

  // ------------------------------------------------------------------ the teacher's exercise page
  function quartiles(v) {
    var a = v.slice().sort(function (x, y) { return x - y; });
    var q = function (p) {
      var i = (a.length - 1) * p; var lo = Math.floor(i); var hi = Math.ceil(i);
      return a[lo] + (a[hi] - a[lo]) * (i - lo);
    };
    return [a[0], q(0.25), q(0.5), q(0.75), a[a.length - 1]];
  }
  function exercise() {
    var box = null;
    var cell = function (tr, s) { var td = document.createElement('td'); td.textContent = s; tr.appendChild(td); };
    var num = function (x) { return x === null || x === undefined ? '–' : fmt(x); };
    var refresh = function () {
      fetch('/api/v1/exercises/' + encodeURIComponent(id), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); }).then(function (x) {
          var s = x.summary;
          $('exercise-summary').textContent = s.ended + ' of ' + s.rooms + ' rooms ended · ' + s.agreements
            + ' agreements' + (s.agreementRate === null ? '' : ' (' + Math.round(s.agreementRate * 100) + '%)');
          var tb = $('exercise-rooms');
          tb.innerHTML = '';
          x.rooms.forEach(function (r) {
            var tr = document.createElement('tr');
            var a = document.createElement('a'); a.href = '/rooms/' + r.id; a.textContent = r.title || r.id;
            var td = document.createElement('td'); td.appendChild(a); tr.appendChild(td);
            cell(tr, r.seats.map(function (z) { return z.name + (z.person && !z.joined ? ' (not joined)' : ''); }).join(' vs '));
            cell(tr, r.status + (r.result ? ' (' + r.result.endedBy.replace('_', ' ') + ')' : ''));
            cell(tr, String(r.round));
            cell(tr, String(r.actions));
            cell(tr, r.result ? (r.result.agreement ? outcomeText(r.result.agreement.outcome) : 'none') : '');
            cell(tr, r.result ? r.result.utilities.map(fmt).join(' / ') : '');
            cell(tr, r.result ? num(r.distPareto) : '');
            cell(tr, r.result ? num(r.distNash) : '');
            tb.appendChild(tr);
          });
          var ag = $('exercise-agents');
          ag.innerHTML = '';
          s.agents.forEach(function (r) {
            var tr = document.createElement('tr');
            cell(tr, r.agent); cell(tr, String(r.n));
            ['utility', 'agreement', 'welfare', 'dist-pareto', 'dist-nash'].forEach(function (k) {
              var st = r[k]; cell(tr, st && st.mean !== null ? fmt(st.mean) + (st.ci95 !== null ? ' ± ' + fmt(st.ci95) : '') : '–');
            });
            ag.appendChild(tr);
          });
          if (typeof echarts !== 'undefined') {
            if (!box) { box = echarts.init($('exercise-box'), null, { renderer: 'svg' }); }
            var withValues = s.agents.filter(function (r) { return r.utilityValues.length > 0; });
            box.setOption({
              // the axis title beside the axis, as in the debrief's plane: above it, the panel's top clipped it
              grid: { left: 60, right: 20, top: 15, bottom: 40 },
              xAxis: { type: 'category', data: withValues.map(function (r) { return r.agent; }) },
              yAxis: { type: 'value', min: 0, max: 1, name: 'utility', nameLocation: 'middle', nameGap: 38 },
              series: [{ type: 'boxplot', data: withValues.map(function (r) { return quartiles(r.utilityValues); }), animation: false }]
            }, true);
          }
          body.dataset.ready = '1';
        });
    };
    refresh();
    setInterval(refresh, 2000);
  }

  if ($('exercise-page')) {
    exercise();
    return;
  }
  if ($('debrief-page')) {
    debrief();
    return;
  }
  if ($('room-page')) {
    if (seat >= 0) {
      $('offer').addEventListener('click', function () { act({ type: 'offer', outcome: composed() }); });
      $('accept').addEventListener('click', function () { act({ type: 'accept' }); });
      $('walk').addEventListener('click', function () { act({ type: 'end' }); });
    }
    load().then(connect);
    setInterval(tick, 1000);
  }
})();
