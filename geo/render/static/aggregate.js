/* geo combined map of a large corpus: aggregated layers (counts by place, the busiest
   routes, heat) recounted in the page under filters by outlet, claimant and date. Data:
   the JSON block #geo-aggregate (geo/render/aggregate.py). Every text goes into the page
   through textContent (or a link's href built from an article key), never as HTML. */
(function () {
  var map = GEO_MAP, D = JSON.parse(document.getElementById('geo-aggregate').textContent);
  var C = D.columns.length, rows = D.rows, n = rows.length / C;
  var col = {}; D.columns.forEach(function (c, i) { col[c] = i; });
  var canvas = L.canvas({padding: 0.5});
  var ctxEl = document.getElementById('geo-context');
  if (ctxEl) {
    L.geoJSON(JSON.parse(ctxEl.textContent), {renderer: canvas, interactive: false,
      style: function (f) { return f.properties.name === 'river' ? {color: '#7fb8dc', weight: 1.2} : {color: '#777', weight: 1.2, dashArray: '5 4'}; }
    }).addTo(map);
  }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function day(v) { if (!v) return null; var t = Date.parse(v + 'T00:00:00Z'); return isNaN(t) ? null : Math.round(t / 86400000); }

  /* filters */
  var ctl = L.control({position: 'topright'});
  ctl.onAdd = function () {
    var div = L.DomUtil.create('div');
    div.id = 'geo-filters';
    div.style.cssText = 'background:white;padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif';
    div.appendChild(el('b', 'Filter'));
    [['outlet', 'Outlet', D.outlets], ['claimant', 'Claimed by', D.claimants]].forEach(function (t) {
      var label = el('div', t[1] + ' '), sel = el('select'); sel.id = 'geo-filter-' + t[0];
      var all = el('option', 'all'); all.value = ''; sel.appendChild(all);
      t[2].map(function (v, i) { return [v, i]; }).sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; }).forEach(function (p) {
        var o = el('option', p[0].length > 40 ? p[0].slice(0, 40) + '…' : p[0]); o.value = String(p[1]); sel.appendChild(o);
      });
      label.appendChild(sel); div.appendChild(label);
    });
    ['from', 'to'].forEach(function (k) {
      var label = el('div', k + ' '), inp = el('input'); inp.type = 'date'; inp.id = 'geo-filter-' + k;
      label.appendChild(inp); div.appendChild(label);
    });
    div.appendChild(el('div', '', 'geo-count')).id = 'geo-count';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  ctl.addTo(map);
  function filters() {
    var o = document.getElementById('geo-filter-outlet').value, c = document.getElementById('geo-filter-claimant').value;
    return {outlet: o === '' ? -2 : +o, claimant: c === '' ? -2 : +c,
            from: day(document.getElementById('geo-filter-from').value), to: day(document.getElementById('geo-filter-to').value)};
  }
  /* a row kept by the filters: places have no claimant and no date (as on the full page) */
  function keep(r, F) {
    var b = r * C, kind = rows[b + col.kind];
    if (F.outlet !== -2 && rows[b + col.outlet] !== F.outlet) return false;
    if (kind === 0) return true;
    if (F.claimant !== -2 && rows[b + col.claimant] !== F.claimant) return false;
    if (F.from !== null || F.to !== null) {
      var s = rows[b + col.start], e = rows[b + col.end];
      if (s < 0) return false;
      if (F.from !== null && e < F.from) return false;
      if (F.to !== null && s > F.to) return false;
    }
    return true;
  }

  /* the articles of an aggregate under the filters, each a link to its folder's events file */
  function articlesOf(field, index) {
    var F = filters(), seen = {}, list = [];
    for (var r = 0; r < n; r++) {
      if (rows[r * C + col[field]] !== index || !keep(r, F)) continue;
      var a = rows[r * C + col.article];
      if (!seen[a]) { seen[a] = 1; list.push(a); }
    }
    return list;
  }
  function popupOf(title, count, field, index) {
    var box = el('div', null, 'geo-popup'), list = articlesOf(field, index), ul = el('ul');
    box.appendChild(el('b', title));
    box.appendChild(el('div', count + ' feature(s) in ' + list.length + ' article(s)', 'geo-agg-count'));
    list.slice(0, 25).forEach(function (a) {
      var art = D.articles[a], li = el('li'), link = el('a', (art[1] >= 0 ? D.outlets[art[1]] + ' · ' : '') + art[0]);
      link.href = 'articles/' + encodeURIComponent(art[0]) + '/events.geojson';
      link.target = '_blank'; link.rel = 'noopener';
      li.appendChild(link); ul.appendChild(li);
    });
    box.appendChild(ul);
    if (list.length > 25) box.appendChild(el('div', 'and ' + (list.length - 25) + ' more article(s)'));
    return box;
  }
  function placeName(i) { var p = D.places[i]; return p[2] || (p[1].toFixed(3) + ', ' + p[0].toFixed(3)); }

  var counts = L.layerGroup().addTo(map), routes = L.layerGroup().addTo(map), heat = GEO_HEAT;
  L.control.layers(null, {'Counts by place': counts, 'Busiest routes': routes, 'Heat': heat}, {collapsed: false, position: 'topleft'}).addTo(map);
  var drawn = {places: [], routes: []};
  function draw() {
    var F = filters(), byPlace = new Int32Array(D.places.length), byPair = new Int32Array(D.pairs.length), kept = 0;
    for (var r = 0; r < n; r++) {
      if (!keep(r, F)) continue;
      kept++;
      var b = r * C;
      if (rows[b + col.place] >= 0) byPlace[rows[b + col.place]]++;
      if (rows[b + col.pair] >= 0) byPair[rows[b + col.pair]]++;
    }
    counts.clearLayers(); routes.clearLayers();
    drawn = {places: [], routes: []};
    /* routes first: the circles are drawn (and clicked) over them */
    var order = [];
    byPair.forEach(function (c, i) { if (c) order.push(i); });
    order.sort(function (a, b) { return byPair[b] - byPair[a]; });
    order.slice(0, D.routes).forEach(function (i) {
      var c = byPair[i], a = D.places[D.pairs[i][0]], z = D.places[D.pairs[i][1]];
      var line = L.polyline([[a[1], a[0]], [z[1], z[0]]], {renderer: canvas, color: '#1f5fa8', opacity: 0.6,
        weight: Math.min(14, 1 + 1.5 * Math.log2(1 + c))});
      line.on('click', function (e) {
        var title = placeName(D.pairs[i][0]) + ' → ' + placeName(D.pairs[i][1]);
        L.popup().setLatLng(e.latlng).setContent(popupOf(title, c, 'pair', i)).openOn(map);
      });
      line.addTo(routes);
      drawn.routes.push({index: i, count: c, line: line});
    });
    var most = 1, hot = [];
    byPlace.forEach(function (c) { if (c > most) most = c; });
    /* the biggest circles first: a smaller one near it stays on top, to be clicked */
    var placed = [];
    byPlace.forEach(function (c, i) { if (c) placed.push(i); });
    placed.sort(function (a, b) { return byPlace[b] - byPlace[a]; });
    placed.forEach(function (i) {
      var c = byPlace[i], p = D.places[i], m = L.circleMarker([p[1], p[0]], {renderer: canvas, radius: Math.min(40, 3 + 2 * Math.sqrt(c)),
        weight: 1, color: '#fff', fillColor: '#c0392b', fillOpacity: 0.6});
      m.on('click', function (e) { L.popup().setLatLng(e.latlng).setContent(popupOf(placeName(i), c, 'place', i)).openOn(map); });
      m.addTo(counts);
      drawn.places.push({index: i, count: c, marker: m});
      hot.push([p[1], p[0], c]);
    });
    heat.setOptions({max: most});
    heat.setLatLngs(hot);
    document.getElementById('geo-count').textContent = kept + ' of ' + n + ' features';
    window.GEO_DRAWN = kept;
  }
  ['outlet', 'claimant', 'from', 'to'].forEach(function (k) {
    document.getElementById('geo-filter-' + k).addEventListener('change', function () { map.closePopup(); draw(); });
  });
  draw();
  window.GEO = {map: map, redraw: draw, data: D, drawn: function () { return drawn; }};
})();
