// parley serve: the small script of the pages (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';
  function csrf() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  }
  document.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-CSRF-Token'] = csrf();
  });

  // live indicator
  document.addEventListener('htmx:sseOpen', function (e) {
    var l = document.getElementById('live'); if (l) { l.classList.add('on'); l.textContent = 'live'; }
    track(e.target, e.detail && e.detail.source);
  });
  // nothing missed on a reconnect: the page's stream URL says (?after=) the last event the page has seen. The
  // browser's own reconnect sends Last-Event-ID by itself; when htmx opens a new stream instead (after an error that
  // closed the old one) it reads the URL again, so it is kept at the last event received.
  function track(elt, source) {
    if (!source || source.parleyTracked || !elt || !elt.getAttribute) { return; }
    source.parleyTracked = true;
    source.addEventListener('update', function (m) {
      var url = elt.getAttribute('sse-connect');
      if (url && /^\d+$/.test(m.lastEventId || '')) {
        elt.setAttribute('sse-connect', url.replace(/([?&]after=)\d*/, '$1' + m.lastEventId));
      }
    });
  }
  document.addEventListener('htmx:sseError', function () {
    var l = document.getElementById('live'); if (l) { l.classList.remove('on'); l.textContent = 'reconnecting'; }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    var l = document.getElementById('live'); if (l) { l.dataset.updated = String(Date.now()); }
    charts(e.target);
  });

  // the preference wizard: points add up to 100
  function sumPoints() {
    var total = 0;
    document.querySelectorAll('.points-input').forEach(function (i) { total += parseFloat(i.value) || 0; });
    var out = document.getElementById('points-sum');
    if (out) {
      out.textContent = (Math.round(total * 100) / 100).toString();
      out.className = Math.abs(total - 100) < 1e-9 ? 'ok' : 'off';
    }
  }
  document.addEventListener('input', function (e) {
    if (e.target.classList && e.target.classList.contains('points-input')) { sumPoints(); }
  });

  // charts: the options come as JSON in data-charts (HTML-escaped by the template, read back by the browser)
  var instances = [];
  function charts(root) {
    if (typeof echarts === 'undefined') { return; }
    var holder = (root && root.querySelector && root.id !== 'charts') ? root.querySelector('#charts') : root;
    if (!holder || !holder.dataset || !holder.dataset.charts) { holder = document.getElementById('charts'); }
    if (!holder || !holder.dataset.charts) { return; }
    var data = JSON.parse(holder.dataset.charts);
    instances.forEach(function (c) { c.dispose(); });
    instances = [];
    holder.querySelectorAll('[data-chart]').forEach(function (el) {
      var kind = el.dataset.chart;
      var c = echarts.init(el, null, { renderer: 'svg' });
      c.setOption(option(kind, data));
      instances.push(c);
    });
  }
  function option(kind, d) {
    if (kind === 'plane') {
      var p = d.plane;
      var lines = [];
      if (p.reservationX !== undefined) { lines.push({ xAxis: p.reservationX, name: p.aName + ' walk-away' }); }
      if (p.reservationY !== undefined) { lines.push({ yAxis: p.reservationY, name: p.bName + ' walk-away' }); }
      return {
        animation: false,
        tooltip: { formatter: function (x) { return x.data.name + ': ' + x.data.value[0].toFixed(3) + ', ' + x.data.value[1].toFixed(3); } },
        legend: { top: 0 },
        grid: { left: 50, right: 20, top: 40, bottom: 45 },
        xAxis: { name: p.xName, nameLocation: 'middle', nameGap: 28, min: 0, max: 1 },
        yAxis: { name: p.yName, nameLocation: 'middle', nameGap: 35, min: 0, max: 1 },
        series: [
          { name: 'in the zone', type: 'scatter', symbolSize: 12, itemStyle: { color: '#2e7d32' },
            data: p.packages.filter(function (x) { return x.inZone; }).map(function (x) { return { name: x.name, value: [x.x, x.y] }; }),
            markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#b71c1c' }, data: lines } },
          { name: 'outside the zone', type: 'scatter', symbolSize: 10, itemStyle: { color: '#9e9e9e' },
            data: p.packages.filter(function (x) { return !x.inZone; }).map(function (x) { return { name: x.name, value: [x.x, x.y] }; }) },
          { name: 'memoranda', type: 'scatter', symbol: 'diamond', symbolSize: 14, itemStyle: { color: '#1565c0' },
            data: p.memoranda.map(function (x) { return { name: x.name, value: [x.x, x.y] }; }) }
        ]
      };
    }
    if (kind === 'gap') {
      return {
        animation: false,
        grid: { left: 150, right: 20, top: 10, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: 1, name: 'gap' },
        yAxis: { type: 'category', data: d.gap.issues, inverse: true },
        series: [{ type: 'bar', data: d.gap.distance.map(function (v, i) {
          return { value: v === null ? 0 : v, itemStyle: { color: d.gap.blocking[i] ? '#c62828' : '#5c6bc0' } };
        }) }]
      };
    }
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: 'delivered' },
      series: d.ledger.series.map(function (s) { return { name: s.name, type: 'line', step: 'end', data: s.data }; })
    };
  }
  // the invitation links' "Print this list"
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) { window.print(); }
  });
  document.addEventListener('DOMContentLoaded', function () { sumPoints(); charts(document); });
  window.addEventListener('resize', function () { instances.forEach(function (c) { c.resize(); }); });
})();
