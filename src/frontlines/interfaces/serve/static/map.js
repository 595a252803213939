/* frontlines map: events of one store over an offline basemap.
 *
 * Everything comes from this server: the libraries (static/vendor, from npm), the
 * country boundaries (world-atlas), the province names (Natural Earth) and the data
 * (/api/...). Markers are fetched once per type/actor/country filter in pages of the
 * compact "summary" view and clustered; the date range filters them in the browser,
 * so the slider stays fast with 10,000 events. The view lives in the URL hash.
 */
(function () {
  "use strict";

  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const OTHER_COLOUR = "#34495e";
  const PAGE = 5000;           // events per request of the summary view
  const TABLE_ROWS = 300;      // rows of the events-in-view table
  const PROVINCE_ZOOM = 6;     // province names from this zoom on
  const MAX_PROVINCE_LABELS = 400;
  const DAY_MS = 86400000;

  const $ = (id) => document.getElementById(id);
  const state = { events: [], generation: 0, provinces: [], ready: false };

  // ------------------------------------------------------------------ helpers

  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, (c) => (
      { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }
  function dayOf(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOf(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function debounce(fn, ms) {
    let timer = null;
    return function (...args) { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }
  async function fetchJSON(url) {
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) { throw new Error(body.error || response.statusText); }
    return body;
  }
  function setStatus(text) { $("status").textContent = text; }
  function colourOf(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }
  function radiusOf(fatalities) { return Math.min(6 + 3 * Math.sqrt(fatalities || 0), 26); }
  function controllerColour(name) {
    let h = 0;
    for (const c of name) { h = (h * 31 + c.charCodeAt(0)) % 360; }
    return `hsl(${h}, 65%, 38%)`;
  }

  // ---------------------------------------------------------------- map, layers

  const map = L.map("map", { minZoom: 2, maxZoom: 13, worldCopyJump: true })
    .setView([33, 40], 5);
  map.createPane("basemap").style.zIndex = 200;
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth · GeoNames");

  const cluster = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 45,
    showCoverageOnHover: false, spiderfyOnMaxZoom: true });
  const controlLayer = L.layerGroup();
  const provinceLayer = L.layerGroup();
  cluster.addTo(map);
  controlLayer.addTo(map);
  provinceLayer.addTo(map);
  L.control.layers(null, {
    "Events": cluster,
    "Who held what (at the last date)": controlLayer,
    "Province names": provinceLayer,
  }, { collapsed: false }).addTo(map);

  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    const div = L.DomUtil.create("div", "legend");
    div.innerHTML = Object.entries(TYPE_COLOURS).map(([t, c]) =>
      `<i style="background:${c}"></i>${esc(t)}`).join("<br>") +
      "<br><small>size: fatalities</small>";
    return div;
  };
  legend.addTo(map);

  async function loadBasemap() {
    const topo = await fetchJSON("static/vendor/world-atlas/countries-50m.json");
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { pane: "basemap", interactive: false,
      style: { color: "#8c8c8c", weight: 0.8, fillColor: "#f7f4ec", fillOpacity: 1 } })
      .addTo(map);
    const provinces = await fetchJSON("static/provinces.json");
    state.provinces = provinces.rows;
    drawProvinces();
  }

  function drawProvinces() {
    provinceLayer.clearLayers();
    if (map.getZoom() < PROVINCE_ZOOM) { return; }
    const bounds = map.getBounds();
    let shown = 0;
    for (const [name, , , lat, lon] of state.provinces) {
      if (shown >= MAX_PROVINCE_LABELS) { break; }
      if (!bounds.contains([lat, lon])) { continue; }
      provinceLayer.addLayer(L.marker([lat, lon], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: "fl-province", html: esc(name), iconSize: null }) }));
      shown += 1;
    }
  }

  // ------------------------------------------------------------------- filters

  function filterParams() {
    const p = new URLSearchParams();
    for (const [key, id] of [["type", "f-type"], ["actor", "f-actor"], ["country", "f-country"]]) {
      const value = $(id).value.trim();
      if (value) { p.set(key, value); }
    }
    return p;
  }

  function range() { return [Number($("d-from").value), Number($("d-to").value)]; }

  function setDomain(lo, hi) {
    for (const id of ["d-from", "d-to"]) { $(id).min = lo; $(id).max = hi; }
  }

  function fillSelect(select, items) {
    for (const item of items) {
      const option = document.createElement("option");
      option.value = item.value;
      option.textContent = `${item.value} (${item.count})`;
      select.appendChild(option);
    }
  }

  function fillFacets(facets) {
    const types = facets.event_types.concat(facets.sub_event_types);
    fillSelect($("f-type"), types);
    fillSelect($("f-country"), facets.countries);
    const list = $("actor-list");
    for (const a of facets.actors.slice(0, 500)) {
      const option = document.createElement("option");
      option.value = a.value;
      list.appendChild(option);
    }
    const today = dayOf(new Date().toISOString().slice(0, 10));
    const lo = facets.min_date ? dayOf(facets.min_date) : today - 365;
    const hi = facets.max_date ? Math.min(dayOf(facets.max_date) + 30, today) : today;
    setDomain(lo, Math.max(lo, hi));
    $("d-from").value = lo;
    $("d-to").value = Math.max(lo, hi);
  }

  // -------------------------------------------------------------------- events

  function makeItem(row) {
    const item = { ...row, day: dayOf(row.event_date), marker: null };
    if (row.latitude == null || row.longitude == null) { return item; }
    const colour = colourOf(row.event_type);
    item.marker = L.circleMarker([row.latitude, row.longitude], {
      radius: radiusOf(row.fatalities), color: "#222", weight: 1, fillColor: colour,
      fillOpacity: 0.85, className: "fl-event" });
    item.marker.bindPopup("loading…", { maxWidth: 420, minWidth: 260 });
    item.marker.on("popupopen", () => fillPopup(item));
    return item;
  }

  async function loadEvents() {
    const generation = ++state.generation;
    const params = filterParams();
    params.set("view", "summary");
    params.set("limit", PAGE);
    let offset = 0;
    let rows = [];
    setStatus("loading events…");
    try {
      do {
        params.set("offset", offset);
        const page = await fetchJSON("api/events?" + params.toString());
        if (generation !== state.generation) { return; }
        rows = rows.concat(page.events);
        offset = page.next;
        setStatus(`loading ${rows.length} of ${page.total} events…`);
      } while (offset != null);
    } catch (err) {
      setStatus("could not load events: " + err.message);
      return;
    }
    state.events = rows.map(makeItem);
    if (!state.framed) { frameEvents(); }
    redraw();
  }

  function frameEvents() {
    // The first load shows all events unless the URL already says where to look.
    state.framed = true;
    if (state.hashView) { return; }
    const points = state.events.filter((e) => e.marker).map((e) => e.marker.getLatLng());
    if (points.length) { map.fitBounds(L.latLngBounds(points), { maxZoom: 7, padding: [40, 40] }); }
  }

  function shownEvents() {
    const [lo, hi] = range();
    return state.events.filter((e) => e.day >= lo && e.day <= hi);
  }

  function redraw() {
    const shown = shownEvents();
    cluster.clearLayers();
    cluster.addLayers(shown.filter((e) => e.marker).map((e) => e.marker));
    const unplaced = shown.filter((e) => !e.marker).length;
    setStatus(`${shown.length} of ${state.events.length} events shown` +
      (unplaced ? ` (${unplaced} without coordinates, in no view)` : ""));
    updateView();
  }

  function updateView() {
    const bounds = map.getBounds();
    const inView = shownEvents().filter((e) => e.marker && bounds.contains(e.marker.getLatLng()));
    inView.sort((a, b) => (b.event_date.localeCompare(a.event_date) ||
      (b.fatalities || 0) - (a.fatalities || 0)));
    $("n-view").textContent = inView.length;
    const tbody = $("events-table").tBodies[0];
    tbody.innerHTML = "";
    for (const e of inView.slice(0, TABLE_ROWS)) {
      const tr = document.createElement("tr");
      tr.dataset.eventId = e.event_id;
      tr.innerHTML = `<td>${esc(e.event_date)}</td><td>${esc(e.sub_event_type)}</td>` +
        `<td>${esc([e.actor1, e.actor2].filter(Boolean).join(" vs "))}</td>` +
        `<td>${esc(e.location || e.country)}</td><td>${esc(e.fatalities)}</td>`;
      tr.addEventListener("click", () => openEvent(e));
      tbody.appendChild(tr);
    }
    updateDownloads();
    writeHash();
  }

  function openEvent(item) {
    cluster.zoomToShowLayer(item.marker, () => item.marker.openPopup());
  }

  function fatalityText(ev) {
    const best = ev.fatalities == null ? "?" : ev.fatalities;
    if (ev.fatalities_low == null || ev.fatalities_high == null ||
        (ev.fatalities_low === ev.fatalities_high && ev.fatalities_low === ev.fatalities)) {
      return String(best);
    }
    return `${best} (low–high ${ev.fatalities_low}–${ev.fatalities_high})`;
  }

  async function fillPopup(item) {
    let detail;
    try {
      detail = await fetchJSON("api/events/" + encodeURIComponent(item.event_id));
    } catch (err) {
      item.marker.setPopupContent("could not load the event: " + esc(err.message));
      return;
    }
    const ev = detail.event;
    const actors = [ev.actor1, ev.assoc_actor_1].filter(Boolean).join(", ") +
      (ev.actor2 ? ` vs ${[ev.actor2, ev.assoc_actor_2].filter(Boolean).join(", ")}` : "");
    const place = [ev.location, ev.admin1, ev.country].filter(Boolean)
      .filter((v, i, a) => a.indexOf(v) === i).join(", ");
    const evidence = (ev.evidence || []).map((e) =>
      `<blockquote>${esc(e.sentence)}</blockquote>`).join("");
    item.marker.setPopupContent(
      `<div class="fl-popup" data-event-id="${esc(ev.event_id)}">` +
      `<h3>${esc(ev.sub_event_type)}</h3><dl>` +
      `<dt>date</dt><dd>${esc(ev.event_date)} (precision ${esc(ev.time_precision)})</dd>` +
      `<dt>type</dt><dd>${esc(ev.event_type)}</dd>` +
      `<dt>actors</dt><dd>${esc(actors || "not named")}</dd>` +
      `<dt>place</dt><dd>${esc(place)} (geo precision ${esc(ev.geo_precision)})</dd>` +
      `<dt>fatalities</dt><dd class="fatalities">${esc(fatalityText(ev))}</dd>` +
      (ev.injuries ? `<dt>injuries</dt><dd>${esc(ev.injuries)}</dd>` : "") +
      `<dt>sources</dt><dd>${esc((ev.sources || []).join("; ") || "none named")}</dd></dl>` +
      evidence +
      `<a href="api/events/${encodeURIComponent(ev.event_id)}" target="_blank">full record` +
      ` (${detail.members.length} report${detail.members.length === 1 ? "" : "s"})</a></div>`);
  }

  // ------------------------------------------------------------------- control

  async function loadControl() {
    const at = isoOf(Number($("d-to").value));
    $("control-date").textContent = at;
    let fc;
    try {
      fc = await fetchJSON("api/control.geojson?at=" + at);
    } catch (err) {
      $("control-list").innerHTML = `<li>${esc(err.message)}</li>`;
      return;
    }
    if (isoOf(Number($("d-to").value)) !== at) { return; }  // the slider moved on
    controlLayer.clearLayers();
    const list = $("control-list");
    list.innerHTML = "";
    for (const f of fc.features) {
      const p = f.properties;
      const since = p.since_known ? `since ${p.since}` : `reported from ${p.first_seen}`;
      const contested = p.contested ? `; contested with ${p.alternatives.join(", ")}` : "";
      const label = `${p.place}: ${p.controller}`;
      const li = document.createElement("li");
      li.className = "fl-control-item";
      li.textContent = `${label} (${since}${contested}; ${p.sources.join(", ") || "no source"})`;
      list.appendChild(li);
      if (!f.geometry) { continue; }
      const [lon, lat] = f.geometry.coordinates;
      const colour = controllerColour(p.controller);
      L.circleMarker([lat, lon], { radius: 9, color: colour, weight: 3, fill: false,
        dashArray: p.contested ? "4 3" : null, className: "fl-control", interactive: false })
        .addTo(controlLayer);
      L.marker([lat, lon], { keyboard: false, interactive: false, icon: L.divIcon({
        className: "fl-control-label", html: esc(label), iconSize: null, iconAnchor: [-14, 9] }) })
        .addTo(controlLayer);
    }
    if (!fc.features.length) { list.innerHTML = "<li>no control report covers this date</li>"; }
  }
  const loadControlSoon = debounce(loadControl, 200);

  // ----------------------------------------------------------- downloads, hash

  function viewBbox() {
    const b = map.getBounds();
    const clip = (v, lo, hi) => Math.max(lo, Math.min(hi, v)).toFixed(4);
    return [clip(b.getWest(), -180, 180), clip(b.getSouth(), -90, 90),
      clip(b.getEast(), -180, 180), clip(b.getNorth(), -90, 90)].join(",");
  }

  function updateDownloads() {
    const [lo, hi] = range();
    const p = filterParams();
    p.set("since", isoOf(lo));
    p.set("until", isoOf(hi));
    p.set("bbox", viewBbox());
    p.set("limit", 10000);
    for (const fmt of ["csv", "geojson"]) {
      p.set("format", fmt);
      $("dl-" + fmt).href = "api/events?" + p.toString();
    }
  }

  function writeHash() {
    if (!state.ready) { return; }
    const c = map.getCenter();
    const p = filterParams();
    const [lo, hi] = range();
    p.set("from", isoOf(lo));
    p.set("to", isoOf(hi));
    p.set("z", map.getZoom());
    p.set("ll", `${c.lat.toFixed(4)},${c.lng.toFixed(4)}`);
    history.replaceState(null, "", "#" + p.toString());
  }

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    for (const [key, id] of [["type", "f-type"], ["actor", "f-actor"], ["country", "f-country"]]) {
      if (p.has(key)) { $(id).value = p.get(key); }
    }
    const days = ["from", "to"].map((k) => (p.has(k) ? dayOf(p.get(k)) : NaN));
    if (!Number.isNaN(days[0]) && !Number.isNaN(days[1])) {
      setDomain(Math.min(Number($("d-from").min), days[0]),
        Math.max(Number($("d-to").max), days[1]));
      $("d-from").value = days[0];
      $("d-to").value = days[1];
    }
    const ll = (p.get("ll") || "").split(",").map(Number);
    if (ll.length === 2 && ll.every(Number.isFinite) && p.has("z")) {
      map.setView(ll, Number(p.get("z")));
      state.hashView = true;
    }
  }

  // -------------------------------------------------------------------- wiring

  function showDates() {
    const [lo, hi] = range();
    $("d-from-label").textContent = isoOf(lo);
    $("d-to-label").textContent = isoOf(hi);
    const min = Number($("d-from").min);
    const span = Math.max(1, Number($("d-from").max) - min);
    $("range-fill").style.left = `${(100 * (lo - min)) / span}%`;
    $("range-fill").style.width = `${(100 * (hi - lo)) / span}%`;
  }

  function onSlider(which) {
    const from = $("d-from");
    const to = $("d-to");
    if (Number(from.value) > Number(to.value)) {
      if (which === "from") { to.value = from.value; } else { from.value = to.value; }
    }
    showDates();
    redrawSoon();
    loadControlSoon();
  }
  const redrawSoon = debounce(redraw, 60);

  async function start() {
    try {
      fillFacets(await fetchJSON("api/facets"));
    } catch (err) {
      setStatus("could not reach the server: " + err.message);
      return;
    }
    readHash();
    showDates();
    state.ready = true;
    $("d-from").addEventListener("input", () => onSlider("from"));
    $("d-to").addEventListener("input", () => onSlider("to"));
    for (const id of ["f-type", "f-country", "f-actor"]) {
      $(id).addEventListener("change", loadEvents);
    }
    map.on("moveend", () => { updateView(); drawProvinces(); });
    window.addEventListener("hashchange", () => {
      const before = filterParams().toString();
      readHash();
      showDates();
      if (filterParams().toString() !== before) { loadEvents(); } else { redraw(); }
      loadControl();
    });
    loadBasemap().catch((err) => setStatus("basemap failed: " + err.message));
    loadControl();
    await loadEvents();
  }

  start();
}());
