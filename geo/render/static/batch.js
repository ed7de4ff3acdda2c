/* geo combined map: one canvas for lines and areas, clustered points, and
   filters by outlet, claimant and date. Data: GEO_DATA (a FeatureCollection). Every text
   goes into the page through textContent, never as HTML. */
(function () {
  var map = GEO_MAP, data = JSON.parse(document.getElementById('geo-data').textContent);
  /* the areas and lines features share, once each by key (properties.outline) */
  var outlinesEl = document.getElementById('geo-outlines'), outlines = outlinesEl ? JSON.parse(outlinesEl.textContent) : {};
  function geometry(f) {
    var k = f.properties.outline;
    return f.geometry || (k != null && Object.prototype.hasOwnProperty.call(outlines, k) ? outlines[k] : null);
  }
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
  function open(e, also) {
    var f = e.layer && e.layer.feature;
    if (!f) return;
    var box = popup(f.properties);
    if (also) box.appendChild(el('div', 'and ' + also + ' more feature(s) with this outline', 'geo-also'));
    L.popup().setLatLng(e.latlng || e.layer.getLatLng()).setContent(box).openOn(map);
  }
  /* Lines and areas: one canvas drawn in one pass from coordinates projected once (at zoom
     0), redrawn when the view stops moving; a click is matched to the topmost shape under it.
     (A Leaflet layer per shape costs ~40 µs each to add: seconds for 100,000.) */
  var Shapes = L.Layer.extend({
    onAdd: function (m) {
      this._c = L.DomUtil.create('canvas', 'geo-shapes', m.getPane('overlayPane'));
      this._c.style.pointerEvents = 'none';
      m.on('moveend zoomend resize viewreset', this._draw, this).on('zoomstart', this._hide, this).on('click', this._click, this);
      this._draw();
    },
    onRemove: function (m) {
      L.DomUtil.remove(this._c);
      m.off('moveend zoomend resize viewreset', this._draw, this).off('zoomstart', this._hide, this).off('click', this._click, this);
    },
    setData: function (features) {
      this._items = features.map(function (f) {
        var p = f.properties, g = geometry(f), t = g.type, parts = [], area = /Polygon$/.test(t);
        var polys = t === 'Polygon' ? [g.coordinates] : t === 'MultiPolygon' ? g.coordinates : null;
        var lines = t === 'LineString' ? [g.coordinates] : t === 'MultiLineString' ? g.coordinates : null;
        (polys ? [].concat.apply([], polys) : lines || []).forEach(function (ring) {
          var xy = new Float64Array(ring.length * 2);
          for (var i = 0; i < ring.length; i++) project(ring[i][0], ring[i][1], xy, 2 * i);
          parts.push(xy);
        });
        var box = [Infinity, Infinity, -Infinity, -Infinity];
        parts.forEach(function (xy) { for (var i = 0; i < xy.length; i += 2) {
          box[0] = Math.min(box[0], xy[i]); box[1] = Math.min(box[1], xy[i + 1]);
          box[2] = Math.max(box[2], xy[i]); box[3] = Math.max(box[3], xy[i + 1]); } });
        return {f: f, also: p.outline != null ? (shared[p.outline] || []).length - 1 : 0, parts: parts, area: area, box: box, color: p.stroke || colors[p.status] || '#1f77b4',
                weight: p.kind === 'movement' ? 3 : 1.5, fill: p.place_kind === 'country' ? 0.03 : 0.15};
      });
      this._draw();
    },
    _hide: function () { if (this._c) this._c.style.visibility = 'hidden'; },
    _draw: function () {
      var m = this._map;
      if (!m || !this._c) return;
      var size = m.getSize(), r = window.devicePixelRatio || 1, c = this._c;
      var topLeft = m.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(c, topLeft);
      c.width = size.x * r; c.height = size.y * r; c.style.width = size.x + 'px'; c.style.height = size.y + 'px';
      c.style.visibility = '';
      var ctx = c.getContext('2d'), k = m.options.crs.scale(m.getZoom()) / m.options.crs.scale(0);
      var o = m.getPixelOrigin().add(topLeft), pad = 4 / k;
      var x0 = o.x / k - pad, y0 = o.y / k - pad, x1 = (o.x + size.x) / k + pad, y1 = (o.y + size.y) / k + pad;
      ctx.setTransform(r, 0, 0, r, 0, 0);
      ctx.lineJoin = 'round'; ctx.lineCap = 'round';
      (this._items || []).forEach(function (it) {
        var b = it.box;
        if (b[2] < x0 || b[0] > x1 || b[3] < y0 || b[1] > y1) return;
        ctx.beginPath();
        it.parts.forEach(function (xy) {
          ctx.moveTo(xy[0] * k - o.x, xy[1] * k - o.y);
          for (var i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i] * k - o.x, xy[i + 1] * k - o.y);
          if (it.area) ctx.closePath();
        });
        if (it.area) { ctx.globalAlpha = it.fill; ctx.fillStyle = it.color; ctx.fill('evenodd'); }
        ctx.globalAlpha = 0.85; ctx.strokeStyle = it.color; ctx.lineWidth = it.weight; ctx.stroke();
      });
    },
    /* the topmost shape within a few pixels of the click (inside, for an area) */
    _click: function (e) {
      var m = this._map, k = m.options.crs.scale(m.getZoom()) / m.options.crs.scale(0);
      var q = m.options.crs.latLngToPoint(e.latlng, 0), x = q.x, y = q.y, items = this._items || [];
      for (var n = items.length - 1; n >= 0; n--) {
        var it = items[n], b = it.box, tol = (it.weight / 2 + 4) / k;
        if (x < b[0] - tol || x > b[2] + tol || y < b[1] - tol || y > b[3] + tol) continue;
        if (hit(it, x, y, tol)) { open({layer: {feature: it.f}, latlng: e.latlng}, it.also); return; }
      }
    }
  });
  /* Leaflet's EPSG:3857 latLngToPoint at zoom 0 (the map's CRS), without an object per point */
  var MAX_LAT = L.Projection.SphericalMercator.MAX_LATITUDE, D = Math.PI / 180;
  function project(lng, lat, xy, i) {
    var s = Math.sin(Math.max(Math.min(MAX_LAT, lat), -MAX_LAT) * D);
    xy[i] = 256 * (0.5 + lng / 360);
    xy[i + 1] = 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
  }
  function hit(it, x, y, tol) {
    var inside = false;
    for (var j = 0; j < it.parts.length; j++) {
      var xy = it.parts[j];
      for (var i = 2; i < xy.length; i += 2) {
        var ax = xy[i - 2], ay = xy[i - 1], bx = xy[i], by = xy[i + 1], dx = bx - ax, dy = by - ay;
        var t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
        var ex = ax + t * dx - x, ey = ay + t * dy - y;
        if (ex * ex + ey * ey <= tol * tol) return true;
        if (it.area && ((ay > y) !== (by > y)) && x < ax + (y - ay) * dx / dy) inside = !inside;
      }
    }
    return inside;
  }
  var shapes = new Shapes().addTo(map);
  /* the cluster group is on the map before its markers come: added off the map, each marker
     would be looked for in the list of those already waiting (quadratic) */
  var points = L.markerClusterGroup({chunkedLoading: true, chunkDelay: 1, disableClusteringAtZoom: 11,
    chunkProgress: function (done, total) { if (done === total) window.GEO_DRAWN = drawing; }
  }).on('click', open).addTo(map);
  var drawing = 0, shared = {};
  function draw() {
    points.clearLayers();
    var kept = data.features.filter(keep), lines = [], markers = [];
    shared = {};
    kept.forEach(function (f) {
      var g = geometry(f), k = f.properties.outline;
      if (!g) return;
      if (g.type !== 'Point') {
        /* an outline many features share is drawn once (the first kept feature's) */
        if (k != null && !f.geometry) { if (shared[k]) { shared[k].push(f); return; } shared[k] = [f]; }
        lines.push(f);
        return;
      }
      var c = g.coordinates, p = f.properties;
      var m = L.circleMarker([c[1], c[0]], {renderer: canvas, radius: p.kind === 'event' ? 7 : 5, weight: 1, color: '#fff',
        fillColor: p.kind === 'event' ? (colors[p.status] || '#8b0000') : (p['marker-color'] || '#1f77b4'), fillOpacity: 0.95});
      m.feature = f;
      markers.push(m);
    });
    shapes.setData(lines);
    document.getElementById('geo-count').textContent = kept.length + ' of ' + data.features.length + ' features';
    drawing = kept.length;
    window.GEO_DRAWN = null;
    /* GEO_DRAWN is set once every marker is in its cluster (at once when they fit in one chunk) */
    if (markers.length) points.addLayers(markers, true); else window.GEO_DRAWN = drawing;
  }
  ['outlet', 'claimant', 'from', 'to'].forEach(function (k) {
    document.getElementById('geo-filter-' + k).addEventListener('change', draw);
  });
  draw();
  window.GEO = {map: map, redraw: draw, data: data};
})();
