/* geo map page: links between the article text and the map features. Reads the registry
   GEO_REG = {feature id: {layers: [Leaflet layers], sentences: [indices], start, end, title}},
   GEO_FIT (the bounds to open on) and GEO_UI (interface words in the article's language). */
(function () {
  var map = GEO_MAP, reg = GEO_REG, ui = GEO_UI, labels = [];
  var narrow = window.matchMedia && window.matchMedia('(max-width: 800px)').matches;
  var legend = document.getElementById('geo-legend');
  if (legend && narrow) legend.removeAttribute('open');  /* on a phone the legend starts folded */
  function bounds(layers) {
    var b = null;
    layers.forEach(function (l) {
      var lb = l.getBounds ? l.getBounds() : (l.getLatLng ? L.latLngBounds([l.getLatLng(), l.getLatLng()]) : null);
      if (lb && lb.isValid()) { b = b ? b.extend(lb) : L.latLngBounds(lb.getSouthWest(), lb.getNorthEast()); }
    });
    return b;
  }
  function clearSelection() {
    document.querySelectorAll('.geo-selected').forEach(function (el) { el.classList.remove('geo-selected'); });
  }
  function select(id, scroll) {
    clearSelection();
    var entry = reg[id]; if (!entry) return;
    var first = null;
    entry.sentences.forEach(function (s) {
      document.querySelectorAll('.geo-sentence[data-s="' + s + '"]').forEach(function (el) {
        el.classList.add('geo-selected'); if (!first) first = el;
      });
    });
    document.querySelectorAll('.geo-mention').forEach(function (el) {
      if (el.getAttribute('data-feature') === id) el.classList.add('geo-selected');
    });
    if (scroll && first) first.scrollIntoView({block: 'center'});
  }
  function focus(id) {
    var entry = reg[id]; if (!entry) return;
    var b = bounds(entry.layers);
    if (b) {
      if (b.getNorthEast().equals(b.getSouthWest())) map.flyTo(b.getCenter(), Math.max(map.getZoom(), 10), {duration: 0.5});
      else map.flyToBounds(b, {maxZoom: 11, duration: 0.5});
    }
    var withPopup = entry.layers.filter(function (l) { return l.getPopup && l.getPopup(); });
    if (withPopup.length) {
      var l = withPopup[0];
      setTimeout(function () { l.openPopup(l.getLatLng ? l.getLatLng() : (l.getBounds ? l.getBounds().getCenter() : undefined)); }, 600);
    }
    select(id, false);
  }
  Object.keys(reg).forEach(function (id) {
    reg[id].layers.forEach(function (l) { l.on('click', function () { select(id, true); }); });
  });
  document.querySelectorAll('.geo-mention').forEach(function (el) {
    el.addEventListener('click', function () { focus(el.getAttribute('data-feature')); });
    el.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); focus(el.getAttribute('data-feature')); }
    });
  });

  /* map features: an accessible name, and those with a popup reachable by Tab and Enter */
  function popupLayer(l) { return l.getPopup && l.getPopup() ? l : null; }
  function decorate(id, l, owner) {
    var el = l._path || l._icon;
    if (!el) return;
    if (owner) {
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', reg[id].title);
      if (!el._geoKeys) {
        el._geoKeys = true;
        el.addEventListener('keydown', function (ev) {
          if (ev.key !== 'Enter' && ev.key !== ' ') return;
          ev.preventDefault();
          select(id, true);
          owner.openPopup(l.getLatLng ? l.getLatLng() : (l.getBounds ? l.getBounds().getCenter() : undefined));
        });
      }
    } else {
      el.setAttribute('aria-hidden', 'true');  /* a casing or an uncertainty circle: the feature itself is named */
    }
  }
  Object.keys(reg).forEach(function (id) {
    reg[id].layers.forEach(function (l) {
      var owner = popupLayer(l);
      var parts = l.eachLayer ? (function () { var a = []; l.eachLayer(function (x) { a.push(x); }); return a; })() : [l];
      parts.forEach(function (x) {
        decorate(id, x, owner);
        x.on('add', function () { decorate(id, x, owner); });
      });
    });
  });
  window.GEO = {select: select, focus: focus, registry: reg, map: map};

  setupSearch();
  setupSlider();
  translateControls();
  setupLabels();
  fitClearOfPanels();
  placeLabels();
  setupHash();
  setupTools();
  window.GEO.ready = true;

  /* Leaflet's own control titles, in the page's language */
  function translateControls() {
    var c = map.getContainer();
    [['.leaflet-control-zoom-in', ui.zoom_in], ['.leaflet-control-zoom-out', ui.zoom_out], ['.leaflet-control-layers-toggle', ui.layers]].forEach(function (p) {
      var el = c.querySelector(p[0]);
      if (el) { el.setAttribute('title', p[1]); el.setAttribute('aria-label', p[1]); }
    });
    if (map.attributionControl) map.attributionControl.setPrefix('Leaflet');
  }

  /* labels: every place the article names, as it writes it, then the context towns; a label
     that would overlap one placed before it is hidden at this zoom and comes back when there
     is room. Names are set as text, never as HTML. */
  function setupLabels() {
    if (typeof GEO_LABELS === 'undefined') return;
    function add(row, article, group) {
      var span = document.createElement('span');
      span.className = 'geo-label ' + (article ? 'geo-label-article' : 'geo-label-context');
      span.textContent = row[2];
      var marker = L.marker([row[0], row[1]], {icon: L.divIcon({html: span, className: 'geo-label-icon', iconSize: null, iconAnchor: article ? [-9, 9] : [-4, 7]}),
                                                interactive: false, keyboard: false, pane: 'geoLabels'});
      var lab = {text: row[2], id: row[3] || null, article: article, marker: marker, el: span, hidden: null};
      labels.push(lab);
      marker.addTo(group || map);
    }
    map.createPane('geoLabels').style.zIndex = 450;  /* over lines and areas, under markers and popups */
    map.getPane('geoLabels').style.pointerEvents = 'none';
    GEO_LABELS.places.forEach(function (r) { add(r, true, GEO_LABELS.group); });
    GEO_LABELS.towns.forEach(function (r) { add(r, false, GEO_LABELS.townGroup); });
    map.on('zoomend moveend overlayadd overlayremove resize', placeLabels);
    window.GEO.labels = labels;
    window.GEO.placeLabels = placeLabels;
  }
  function overlap(a, b, m) { return a.left < b.right + m && b.left < a.right + m && a.top < b.bottom + m && b.top < a.bottom + m; }
  function shifted(r, dx, dy) { return {left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy}; }
  function placeLabels() {
    var shown = labels.filter(function (l) { return map.hasLayer(l.marker) && l.el.isConnected; });
    shown.forEach(function (l) { l.el.style.visibility = ''; l.el.style.transform = ''; });
    var rects = shown.map(function (l) { return l.el.getBoundingClientRect(); });
    var box = map.getContainer().getBoundingClientRect(), placed = [];
    shown.forEach(function (l, i) {
      var r = rects[i], w = r.right - r.left;
      var inside = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      /* an article's place tries the right of its point, then the left, above, below */
      var spots = l.article ? [[0, 0], [-(w + 18), 0], [-(w / 2) - 9, -15], [-(w / 2) - 9, 15]] : [[0, 0]];
      var by = null, spot = null;
      if (inside) {
        for (var k = 0; k < spots.length && !spot; k++) {
          var s = shifted(r, spots[k][0], spots[k][1]), hit = null;
          for (var j = 0; j < placed.length; j++) { if (overlap(s, placed[j].r, 2)) { hit = placed[j].l; break; } }
          if (hit) { by = by || hit; } else { spot = spots[k]; r = s; }
        }
      }
      l.hidden = spot ? null : (inside ? 'collision' : 'outside');
      l.by = spot ? null : (by ? by.text : null);
      l.rect = r;
      if (spot && (spot[0] || spot[1])) l.el.style.transform = 'translate(' + spot[0] + 'px,' + spot[1] + 'px)';
      if (!spot && inside) { l.el.style.visibility = 'hidden'; } else if (spot) { placed.push({r: r, l: l}); }
    });
  }

  /* print, and the map as a PNG drawn offline: the tiles that loaded (when the browser lets a
     page read them), the drawn layers (the overlay's SVG) and the labels shown */
  function setupTools() {
    var p = document.getElementById('geo-print');
    if (p) p.addEventListener('click', function () { window.print(); });
    var b = document.getElementById('geo-save-image');
    if (b) b.addEventListener('click', function () { mapImage(function (url) {
      var a = document.createElement('a'); a.href = url; a.download = 'map.png'; document.body.appendChild(a); a.click(); a.remove();
    }); });
    window.GEO.mapImage = mapImage;
  }
  function mapImage(done) {
    var c = map.getContainer(), box = c.getBoundingClientRect(), scale = window.devicePixelRatio || 1;
    var canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * scale); canvas.height = Math.round(box.height * scale);
    var ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.fillStyle = '#f2efe9'; ctx.fillRect(0, 0, box.width, box.height);
    function at(el) { var r = el.getBoundingClientRect(); return {x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height}; }
    function clean() { try { canvas.toDataURL(); return true; } catch (e) { return false; } }
    c.querySelectorAll('.leaflet-tile-pane img.leaflet-tile-loaded').forEach(function (img) {
      var r = at(img);
      ctx.save();
      try { ctx.drawImage(img, r.x, r.y, r.w, r.h); } catch (e) { /* not drawable */ }
      if (!clean()) { ctx.restore(); ctx.fillStyle = '#f2efe9'; ctx.fillRect(r.x, r.y, r.w, r.h); } else { ctx.restore(); }
    });
    if (!clean()) { ctx.setTransform(scale, 0, 0, scale, 0, 0); ctx.fillStyle = '#f2efe9'; ctx.fillRect(0, 0, box.width, box.height); }
    var svgs = Array.prototype.slice.call(c.querySelectorAll('.leaflet-overlay-pane svg, .leaflet-marker-pane svg'));
    function texts() {
      labels.forEach(function (l) {
        if (l.hidden || !map.hasLayer(l.marker) || !l.el.isConnected) return;
        var r = at(l.el), st = getComputedStyle(l.el);
        ctx.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;
        ctx.textBaseline = 'top'; ctx.lineWidth = 3; ctx.strokeStyle = 'white'; ctx.fillStyle = st.color;
        ctx.strokeText(l.text, r.x + 2, r.y + 1); ctx.fillText(l.text, r.x + 2, r.y + 1);
      });
      done(canvas.toDataURL('image/png'));
    }
    (function next() {
      var svg = svgs.shift();
      if (!svg) { texts(); return; }
      var r = at(svg), copy = svg.cloneNode(true);
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      copy.setAttribute('width', r.w); copy.setAttribute('height', r.h);
      var img = new Image();
      img.onload = function () { ctx.drawImage(img, r.x, r.y, r.w, r.h); next(); };
      img.onerror = function () { next(); };
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    })();
  }

  /* place search: a name typed (or picked from the list) opens its feature, as a click on a
     mention does. Names go into the page as option values and text, never as HTML. */
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function find(q) {
    q = fold(q); if (!q) return null;
    var ids = Object.keys(reg).filter(function (id) { return reg[id].title && reg[id].layers.length; });
    var tests = [
      function (t) { return t === q; },
      function (t) { return t.indexOf(q) === 0; },
      function (t) { return (' ' + t).indexOf(' ' + q) >= 0; },
      function (t) { return t.indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < ids.length; j++) { if (tests[i](fold(reg[ids[j]].title))) return ids[j]; }
    }
    /* then the place as the article writes it (its mentions: "Isjum" finds Izium) */
    for (var k = 0; k < tests.length; k++) {
      for (var n = 0; n < ids.length; n++) {
        if ((reg[ids[n]].names || []).some(function (w) { return tests[k](fold(w)); })) return ids[n];
      }
    }
    return null;
  }
  function setupSearch() {
    var titles = [];
    Object.keys(reg).forEach(function (id) {
      var t = reg[id].title;
      if (t && reg[id].layers.length && titles.indexOf(t) < 0) titles.push(t);
    });
    if (!titles.length) return;
    titles.sort(function (a, b) { return fold(a) < fold(b) ? -1 : (fold(a) > fold(b) ? 1 : 0); });
    var ctl = L.control({position: 'topleft'});
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'leaflet-bar');
      div.id = 'geo-search';
      var form = document.createElement('form');
      form.setAttribute('role', 'search');
      var input = document.createElement('input');
      input.type = 'search';
      input.id = 'geo-search-input';
      input.setAttribute('list', 'geo-search-list');
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('placeholder', ui.search);
      input.setAttribute('aria-label', ui.search);
      var list = document.createElement('datalist');
      list.id = 'geo-search-list';
      titles.forEach(function (t) { var o = document.createElement('option'); o.value = t; list.appendChild(o); });
      var status = document.createElement('div');
      status.id = 'geo-search-status';
      status.setAttribute('role', 'status');
      function go() {
        var id = find(input.value);
        status.textContent = id || !input.value.trim() ? '' : ui.not_found;
        if (id) focus(id);
      }
      form.addEventListener('submit', function (ev) { ev.preventDefault(); go(); });
      input.addEventListener('input', function (ev) {  /* a name picked from the list */
        status.textContent = '';
        if ((!ev.inputType || ev.inputType === 'insertReplacementText') && titles.indexOf(input.value) >= 0) go();
      });
      form.appendChild(input); form.appendChild(list); form.appendChild(status);
      div.appendChild(form);
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    ctl.addTo(map);
    window.GEO.find = find;
  }

  /* open on the claims, with padding that keeps them clear of the controls and the legend */
  function fitClearOfPanels() {
    if (!GEO_FIT || location.hash.match(/^#\d/)) return;
    var box = map.getContainer().getBoundingClientRect(), W = box.width, H = box.height;
    var pad = {left: 10, top: 10, right: 10, bottom: 10};
    var obstacles = Array.prototype.slice.call(map.getContainer().querySelectorAll('.leaflet-control'));
    if (legend) obstacles.push(legend);
    obstacles.forEach(function (el) {
      var r = el.getBoundingClientRect();
      var x0 = Math.max(r.left - box.left, 0), x1 = Math.min(r.right - box.left, W);
      var y0 = Math.max(r.top - box.top, 0), y1 = Math.min(r.bottom - box.top, H);
      if (x1 <= x0 || y1 <= y0) return;  /* not over the map */
      var need = {left: x1 + 8, right: W - x0 + 8, top: y1 + 8, bottom: H - y0 + 8};
      var cost = {left: need.left / W, right: need.right / W, top: need.top / H, bottom: need.bottom / H};
      var side = Object.keys(cost).sort(function (a, b) { return cost[a] - cost[b]; })[0];
      pad[side] = Math.max(pad[side], need[side]);
    });
    if (pad.left + pad.right > W - 60) { pad.left = pad.right = 10; }
    if (pad.top + pad.bottom > H - 60) { pad.top = pad.bottom = 10; }
    map.fitBounds(GEO_FIT, {paddingTopLeft: [pad.left, pad.top], paddingBottomRight: [pad.right, pad.bottom], animate: false});
    window.GEO.padding = pad;
  }

  /* a permalink: the view in the address (#zoom/lat/lon), restored on opening */
  function setupHash() {
    var m = location.hash.match(/^#(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/);
    if (m) map.setView([+m[2], +m[3]], +m[1], {animate: false});
    map.on('moveend', function () {
      var c = map.getCenter();
      try { history.replaceState(null, '', '#' + map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4)); } catch (e) { /* some file:// pages refuse */ }
    });
  }

  /* time slider: features with dates are shown when their range meets the chosen one;
     only when the claims' dates differ (one shared range leaves nothing to choose) */
  function setupSlider() {
  var dated = Object.keys(reg).filter(function (id) { return reg[id].start || reg[id].end; });
  var ranges = {};
  dated.forEach(function (id) { ranges[(reg[id].start || '') + '/' + (reg[id].end || '')] = true; });
  if (Object.keys(ranges).length < 2) return;
  function day(s) { return Math.floor(Date.parse(s + 'T00:00:00Z') / 86400000); }
  var lo = Infinity, hi = -Infinity;
  dated.forEach(function (id) {
    var e = reg[id];
    e.s = day(e.start || e.end); e.e = day(e.end || e.start);
    lo = Math.min(lo, e.s); hi = Math.max(hi, e.e);
  });
  function iso(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }
  var ctl = L.control({position: 'topleft'});
  ctl.onAdd = function () {
    var div = L.DomUtil.create('div');
    div.id = 'geo-time';
    div.innerHTML = '<b></b><span id="geo-time-label"></span>' +
      '<input id="geo-time-from" type="range" min="' + lo + '" max="' + hi + '" value="' + lo + '">' +
      '<input id="geo-time-to" type="range" min="' + lo + '" max="' + hi + '" value="' + hi + '">';
    div.querySelector('b').textContent = ui.dates;  /* text, never HTML */
    div.querySelector('#geo-time-from').setAttribute('aria-label', ui.dates + ' (1)');
    div.querySelector('#geo-time-to').setAttribute('aria-label', ui.dates + ' (2)');
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  ctl.addTo(map);
  var from = document.getElementById('geo-time-from'), to = document.getElementById('geo-time-to');
  function apply() {
    var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
    document.getElementById('geo-time-label').textContent = ': ' + iso(a) + ' ' + ui.to + ' ' + iso(b);
    dated.forEach(function (id) {
      var e = reg[id], show = !(e.e < a || e.s > b);
      e.layers.forEach(function (l) {
        var home = l._geoHome || (l._geoHome = l._eventParents ? Object.values(l._eventParents)[0] : map);
        if (show && !home.hasLayer(l)) home.addLayer(l);
        if (!show && home.hasLayer(l)) home.removeLayer(l);
      });
    });
  }
  from.addEventListener('input', apply); to.addEventListener('input', apply);
  apply();
  }
})();
