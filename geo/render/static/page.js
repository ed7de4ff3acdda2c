/* geo map page: links between the article text and the map features. Reads the registry
   GEO_REG = {feature id: {layers: [Leaflet layers], sentences: [indices], start, end}}. */
(function () {
  var map = GEO_MAP, reg = GEO_REG;
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
  });
  window.GEO = {select: select, focus: focus, registry: reg, map: map};

  /* time slider: features with dates are shown when their range meets the chosen one */
  var dated = Object.keys(reg).filter(function (id) { return reg[id].start || reg[id].end; });
  if (!dated.length) return;
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
    div.innerHTML = '<b>Dates claimed</b><span id="geo-time-label"></span>' +
      '<input id="geo-time-from" type="range" min="' + lo + '" max="' + hi + '" value="' + lo + '">' +
      '<input id="geo-time-to" type="range" min="' + lo + '" max="' + hi + '" value="' + hi + '">';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  ctl.addTo(map);
  var from = document.getElementById('geo-time-from'), to = document.getElementById('geo-time-to');
  function apply() {
    var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
    document.getElementById('geo-time-label').textContent = ': ' + iso(a) + ' to ' + iso(b);
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
})();
