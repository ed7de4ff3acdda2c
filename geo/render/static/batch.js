/* geo combined map: one canvas GeoJSON layer for lines and areas, clustered points, and
   filters by outlet, claimant and date. Data: GEO_DATA (a FeatureCollection). Every text
   goes into the page through textContent, never as HTML. */
(function () {
  var map = GEO_MAP, data = JSON.parse(document.getElementById('geo-data').textContent);
  var canvas = L.canvas({padding: 0.5});
  var ctxEl = document.getElementById('geo-context');
  if (ctxEl) {
    /* context from bundled data (borders, rivers) for when there are no tiles */
    L.geoJSON(JSON.parse(ctxEl.textContent), {renderer: canvas, interactive: false,
      style: function (f) { return f.properties.name === 'river' ? {color: '#7fb8dc', weight: 1.2} : {color: '#777', weight: 1.2, dashArray: '5 4'}; }
    }).addTo(map);
  }
  var colors = {claimed: '#d62728', disputed: '#ff7f0e', confirmed: '#2ca02c', refuted: '#7f7f7f'};
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function popup(p) {
    var box = el('div', null, 'geo-popup'), t = el('table');
    box.appendChild(el('b', p.title || p.name || p.id));
    [['Outlet', p.outlet], ['Claimed by', p.claimant], ['Status', p.status], ['Actor', p.actor],
     ['When', p.date_start ? (p.date_start + (p.date_end && p.date_end !== p.date_start ? ' to ' + p.date_end : '')) : null],
     ['Precision', p.precision_km != null ? 'about ' + p.precision_km + ' km' : null], ['Note', p.note]].forEach(function (r) {
      if (r[1] == null || r[1] === '') return;
      var tr = el('tr'); tr.appendChild(el('th', r[0])); tr.appendChild(el('td', r[1])); t.appendChild(tr);
    });
    box.appendChild(t);
    if (p.quote) box.appendChild(el('blockquote', p.quote));
    return box;
  }
  function values(key) {
    var seen = {};
    data.features.forEach(function (f) { var v = f.properties[key]; if (v != null && v !== '') seen[v] = 1; });
    return Object.keys(seen).sort();
  }
  var ctl = L.control({position: 'topright'});
  ctl.onAdd = function () {
    var div = L.DomUtil.create('div');
    div.id = 'geo-filters';
    div.style.cssText = 'background:white;padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif';
    div.appendChild(el('b', 'Filter'));
    [['outlet', 'Outlet'], ['claimant', 'Claimed by']].forEach(function (pair) {
      var label = el('div', pair[1] + ' '), sel = el('select'); sel.id = 'geo-filter-' + pair[0];
      var all = el('option', 'all'); all.value = ''; sel.appendChild(all);
      values(pair[0]).forEach(function (v) { var o = el('option', v.length > 40 ? v.slice(0, 40) + '…' : v); o.value = v; sel.appendChild(o); });
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
  function keep(f) {
    var p = f.properties, v;
    if ((v = document.getElementById('geo-filter-outlet').value) && p.outlet !== v) return false;
    if ((v = document.getElementById('geo-filter-claimant').value) && p.claimant !== v && p.kind !== 'place') return false;
    var from = document.getElementById('geo-filter-from').value, to = document.getElementById('geo-filter-to').value;
    if (p.kind !== 'place' && (from || to)) {
      var s = p.date_start || p.date_end, e = p.date_end || p.date_start;
      if (!s) return false;
      if (from && e < from) return false;
      if (to && s > to) return false;
    }
    return true;
  }
  /* one popup for the page, built when a feature is clicked (not one bound per feature) */
  function open(e) {
    var f = e.layer && e.layer.feature;
    if (!f) return;
    L.popup().setLatLng(e.latlng || e.layer.getLatLng()).setContent(popup(f.properties)).openOn(map);
  }
  var shapes = L.geoJSON(null, {
    renderer: canvas,
    style: function (f) {
      var p = f.properties;
      return {color: p.stroke || colors[p.status] || '#1f77b4', weight: p.kind === 'movement' ? 3 : 1.5,
              opacity: 0.85, fillOpacity: p.place_kind === 'country' ? 0.03 : 0.15};
    }
  }).on('click', open).addTo(map);
  /* the cluster group is on the map before its markers come: added off the map, each marker
     would be looked for in the list of those already waiting (quadratic) */
  var points = L.markerClusterGroup({chunkedLoading: true, chunkDelay: 1, disableClusteringAtZoom: 11,
    chunkProgress: function (done, total) { if (done === total) window.GEO_DRAWN = drawing; }
  }).on('click', open).addTo(map);
  var drawing = 0;
  function draw() {
    shapes.clearLayers();
    points.clearLayers();
    var kept = data.features.filter(keep), lines = [], markers = [];
    kept.forEach(function (f) {
      if (f.geometry.type !== 'Point') { lines.push(f); return; }
      var c = f.geometry.coordinates, p = f.properties;
      var m = L.circleMarker([c[1], c[0]], {renderer: canvas, radius: p.kind === 'event' ? 7 : 5, weight: 1, color: '#fff',
        fillColor: p.kind === 'event' ? (colors[p.status] || '#8b0000') : (p['marker-color'] || '#1f77b4'), fillOpacity: 0.95});
      m.feature = f;
      markers.push(m);
    });
    shapes.addData({type: 'FeatureCollection', features: lines});
    document.getElementById('geo-count').textContent = kept.length + ' of ' + data.features.length + ' features';
    drawing = kept.length;
    window.GEO_DRAWN = null;
    /* GEO_DRAWN is set once every marker is in its cluster (at once when they fit in one chunk) */
    if (markers.length) points.addLayers(markers); else window.GEO_DRAWN = drawing;
  }
  ['outlet', 'claimant', 'from', 'to'].forEach(function (k) {
    document.getElementById('geo-filter-' + k).addEventListener('change', draw);
  });
  draw();
  window.GEO = {map: map, redraw: draw, data: data};
})();
