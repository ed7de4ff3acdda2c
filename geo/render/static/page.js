/* geo map page: links between the article text and the map features. Reads the registry
   GEO_REG = {feature id: {layers: [Leaflet layers], sentences: [indices], start, end, title}},
   GEO_FIT (the bounds to open on) and GEO_UI (interface words in the article's language). */
(function () {
  var map = GEO_MAP, reg = GEO_REG, ui = GEO_UI || {dates: 'Dates claimed', to: 'to', search: 'Find a place or movement', not_found: 'Nothing by that name'};
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
  fitClearOfPanels();
  setupHash();
  window.GEO.ready = true;

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
