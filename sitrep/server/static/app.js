// Sitrep's web UI: one page, routed by the URL hash, reading only this server's /api.
//   #/?actor=RUS&recipient=NER   events: filters, map, timeline, dyad score, list
//   #/event/ID                   one event: evidence sentence highlighted, attribution chain, mentions
//   #/article/ID                 one article: every event, place and date highlighted inline
//   #/articles                   the articles
//   #/presence?as_of=DATE        the presence ledger as a table and on the map
"use strict";

const page = document.getElementById("page");

// ---------------------------------------------------------------- helpers
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

async function api(path, params) {
  const qs = params ? "?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== "")) : "";
  const r = await fetch("/api" + path + qs);
  const body = await r.json();
  if (!r.ok) throw body.error || { code: "?", message: r.statusText, fields: [] };
  return body;
}

function showError(err) {
  const fields = (err.fields || []).map((f) => h("li", {}, h("code", {}, f.field), ": ", f.message));
  return h("div", { class: "error", role: "alert" }, h("strong", {}, `[${err.code}] `), err.message || String(err), fields.length ? h("ul", {}, fields) : null);
}

function actorLabel(list) {
  return (list || []).map((a) => [a.country, a.sector].filter(Boolean).join(" ") || a.text).join(" + ") || "—";
}

function dateLabel(d) { return d ? d.value || d.start || "—" : "—"; }

function chainLabel(attribution) { return (attribution || []).map((a) => a.source).join(" ← "); }

function eventTags(e) {
  return [
    h("span", { class: "tag" }, e.type),
    e.mode ? h("span", { class: "tag" }, e.mode) : null,
    ...["negated", "future", "hypothetical", "historical"].filter((m) => e[m]).map((m) => h("span", { class: "tag neg" }, m)),
  ];
}

// Highlight spans [{start, end, cls, title}] inside text[from:to]; nested or overlapping spans
// are cut at every boundary and each piece carries the classes of all spans covering it.
function highlight(text, spans, from = 0, to = text.length) {
  const cuts = new Set([from, to]);
  for (const s of spans) { if (s.end > from && s.start < to) { cuts.add(Math.max(from, s.start)); cuts.add(Math.min(to, s.end)); } }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { out.push(piece); continue; }
    const link = covering.find((s) => s.href);
    const el = h("mark", { class: [...new Set(covering.map((s) => s.cls))].join(" "), title: covering.map((s) => s.title).filter(Boolean).join("\n") || null }, piece);
    out.push(link ? h("a", { href: link.href }, el) : el);
  }
  return out;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, qs] = raw.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(qs || "")) };
}

function setNav(name) {
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.dataset.nav === name);
}

// ---------------------------------------------------------------- events page
const FILTERS = [
  ["actor", "Actor", "RUS"], ["recipient", "Recipient", "NER"], ["type", "Type", "AGREE"], ["place", "Place country", "NER"],
  ["since", "Since", "2024-03-01"], ["until", "Until", "2024-05-31"], ["q", "Text", "withdraw"], ["min_confidence", "Min. confidence", "0.5"],
];

async function eventsPage(params) {
  setNav("events");
  const facets = await api("/facets").catch(() => ({}));
  const datalist = (id, values) => h("datalist", { id }, (values || []).map((v) => h("option", { value: v.value }, `${v.value} (${v.count})`)));
  const form = h("form", { id: "filters", class: "panel" },
    FILTERS.map(([name, label, example]) => h("label", {}, label,
      h("input", { name, value: params[name] || "", placeholder: example, list: { actor: "dl-actor", recipient: "dl-recipient", type: "dl-type", place: "dl-place" }[name] || null, size: 10 }))),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "asserted", checked: params.negated === "false" }), "only asserted (no negated, future or hypothetical)"),
    h("button", { type: "submit", id: "apply" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => { location.hash = "#/"; } }, "Clear"),
    datalist("dl-actor", facets.actor_country), datalist("dl-recipient", facets.recipient_country),
    datalist("dl-type", facets.type), datalist("dl-place", facets.place_country));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = {};
    for (const [name] of FILTERS) { const v = form.elements[name].value.trim(); if (v) next[name] = v; }
    if (form.elements.asserted.checked) Object.assign(next, { negated: "false", future: "false", hypothetical: "false" });
    location.hash = "#/?" + new URLSearchParams(next);
  });

  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => !["offset", "sort"].includes(k)));
  const mapBox = h("div", { id: "map" });
  const timelineBox = h("div", { class: "timeline panel", id: "timeline" }, h("h2", {}, "Events per week"));
  const listBox = h("div", { id: "event-list" });
  const side = h("div", {}, timelineBox);
  page.replaceChildren(h("h1", {}, "Events"), form, h("div", { class: "grid" }, h("div", { class: "panel" }, mapBox), side), listBox);

  const highlightCountries = {};
  if (params.actor) highlightCountries[params.actor.toUpperCase()] = "actor";
  if (params.recipient) highlightCountries[params.recipient.toUpperCase()] = "recipient";
  const map = new SitrepMap(mapBox, { highlight: highlightCountries });

  let result;
  try {
    result = await api("/events", { ...params, limit: params.limit || 200 });
  } catch (err) {
    listBox.replaceChildren(showError(err));
    return;
  }
  await map.ready;
  const located = result.events.filter((e) => e.place && e.place.lat != null);
  map.setPoints(located.map((e) => ({
    lat: e.place.lat, lon: e.place.lon, id: e.id,
    title: `${dateLabel(e.date)} ${e.type} ${actorLabel(e.actor)} → ${actorLabel(e.recipient)} (${e.place.name || e.place.text})`,
    onclick: () => { location.hash = "#/event/" + encodeURIComponent(e.id); },
  })));
  map.fit(located.map((e) => e.place));

  timeline(timelineBox, filters);
  if (params.actor && params.recipient) dyad(side, params);

  const offset = result.offset;
  const pager = h("div", { class: "pager" },
    h("span", { id: "event-count" }, `${result.total} events`, result.total > result.events.length ? `, ${offset + 1}–${offset + result.events.length} shown` : ""),
    offset > 0 ? h("a", { href: "#/?" + new URLSearchParams({ ...params, offset: Math.max(0, offset - result.limit) }) }, "← previous") : null,
    result.next ? h("a", { href: "#/?" + new URLSearchParams({ ...params, offset: offset + result.limit }) }, "next →") : null,
    h("span", { class: "muted" }, " export: "),
    ["csv", "parquet", "geojson", "plover"].map((f) => h("a", { href: "/api/export?" + new URLSearchParams({ ...filters, format: f }), download: true }, f + " ")));
  const rows = result.events.map((e) => h("tr", { class: "event-row" },
    h("td", {}, dateLabel(e.date)),
    h("td", {}, eventTags(e)),
    h("td", {}, actorLabel(e.actor), " → ", actorLabel(e.recipient)),
    h("td", {}, e.place ? e.place.name || e.place.text : "—"),
    h("td", {}, chainLabel(e.attribution) || h("span", { class: "muted" }, "—")),
    h("td", {}, h("a", { href: "#/event/" + encodeURIComponent(e.id), class: "event-link" }, e.sentence))));
  listBox.replaceChildren(pager, h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "type", "who → whom", "where", "says who", "evidence"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows)));
}

async function timeline(box, filters) {
  const { periods } = await api("/timeline", { ...filters, limit: null, interval: "week" }).catch(() => ({ periods: [] }));
  if (!periods.length) { box.append(h("p", { class: "muted" }, "No dated events.")); return; }
  const W = 600, H = 110, pad = 18;
  const max = Math.max(...periods.map((p) => p.count));
  const first = new Date(periods[0].period), last = new Date(periods[periods.length - 1].period);
  const weeks = Math.max(1, Math.round((last - first) / 6048e5) + 1);
  const bw = (W - 2 * pad) / weeks;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img", "aria-label": "events per week" });
  for (const p of periods) {
    const i = Math.round((new Date(p.period) - first) / 6048e5);
    const bh = ((H - 2 * pad) * p.count) / max;
    const r = svgEl("rect", { class: "bar", x: pad + i * bw + 1, y: H - pad - bh, width: Math.max(1, bw - 2), height: bh });
    const t = svgEl("title"); t.textContent = `week of ${p.period}: ${p.count} events`; r.append(t);
    r.addEventListener("click", () => {
      const end = new Date(new Date(p.period).getTime() + 6 * 864e5).toISOString().slice(0, 10);
      location.hash = "#/?" + new URLSearchParams({ ...filters, since: p.period, until: end });
    });
    svg.append(r);
  }
  for (const [x, label] of [[pad, periods[0].period], [W - pad, periods[periods.length - 1].period]]) {
    const t = svgEl("text", { x, y: H - 4, "text-anchor": x === pad ? "start" : "end" }); t.textContent = label; svg.append(t);
  }
  box.append(svg);
}

async function dyad(side, params) {
  const box = h("div", { class: "timeline dyad panel", id: "dyad" }, h("h2", {}, `${params.actor.toUpperCase()} → ${params.recipient.toUpperCase()}: cooperation (+) and conflict (−) per week`));
  side.append(box);
  let result;
  try { result = await api("/dyads", { actor: params.actor, recipient: params.recipient, since: params.since, until: params.until, interval: "week" }); } catch (err) { box.append(showError(err)); return; }
  const periods = result.periods.filter((p) => p.score != null);
  if (!periods.length) { box.append(h("p", { class: "muted" }, "No dated, asserted events for this dyad.")); return; }
  const W = 600, H = 110, mid = H / 2, pad = 18, bw = (W - 2 * pad) / periods.length;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none" });
  periods.forEach((p, i) => {
    const bh = (Math.abs(p.score) / 10) * (mid - 8);
    const r = svgEl("rect", { class: p.score >= 0 ? "coop" : "conf", x: pad + i * bw + 1, y: p.score >= 0 ? mid - bh : mid, width: Math.max(1, bw - 2), height: Math.max(1, bh) });
    const t = svgEl("title"); t.textContent = `week of ${p.period}: score ${p.score} over ${p.count} events (${Object.entries(p.types).map(([k, v]) => k + " " + v).join(", ")})`; r.append(t);
    svg.append(r);
  });
  svg.append(svgEl("line", { x1: pad, x2: W - pad, y1: mid, y2: mid, stroke: "#999" }));
  box.append(svg, h("p", { class: "muted" }, result.scale));
}

// ---------------------------------------------------------------- event page
async function eventPage(id) {
  setNav("events");
  let body;
  try { body = await api("/events/" + encodeURIComponent(id)); } catch (err) { page.replaceChildren(showError(err)); return; }
  const { event: e, article, mentions, evidence } = body;
  const sentence = evidence.sentence || "";
  const spans = evidence.spans.map((s) => ({ start: s.start - evidence.start, end: s.end - evidence.start, cls: s.kind, title: s.kind }));
  const chain = (e.attribution || []).length
    ? h("ol", { class: "chain", id: "attribution" }, e.attribution.map((a) => h("li", { title: a.text }, h("strong", {}, a.source), " ", h("span", { class: "muted" }, `(${a.kind})`))),
        article && article.original_source && e.attribution[0].source !== article.original_source ? h("li", {}, h("strong", {}, article.original_source), " ", h("span", { class: "muted" }, "(agency)")) : null)
    : h("p", { id: "attribution", class: "muted" }, "No attribution in the sentence: the article itself", article && article.original_source ? ` (${article.original_source})` : "", " says so.");
  const place = e.place;
  const mapBox = h("div", { id: "event-map" });
  page.replaceChildren(
    h("p", {}, h("a", { href: "javascript:history.back()" }, "← back")),
    h("h1", {}, eventTags(e), " ", actorLabel(e.actor), " → ", actorLabel(e.recipient)),
    h("div", { class: "grid" },
      h("div", {},
        h("h2", {}, "Evidence"),
        h("blockquote", { class: "evidence", id: "evidence" }, highlight(sentence, spans)),
        h("p", { class: "legend muted" }, h("mark", { class: "actor" }, "actor"), h("mark", { class: "trigger" }, "trigger"), h("mark", { class: "recipient" }, "recipient"), h("mark", { class: "place" }, "place")),
        h("h2", {}, "Who says so"), chain,
        h("h2", {}, `Mentions (${mentions.length})`),
        h("table", { id: "mentions" }, h("tbody", {}, mentions.map((m) => h("tr", {},
          h("td", {}, m.source || "—"),
          h("td", {}, (m.article && m.article.published ? m.article.published.value : m.published) || ""),
          h("td", {}, h("a", { href: "#/article/" + encodeURIComponent(m.article_id) }, (m.article && m.article.title) || m.article_id)),
          h("td", {}, m.sentence || "")))))),
      h("div", {},
        h("div", { class: "panel" }, h("dl", { class: "meta" },
          h("dt", {}, "date"), h("dd", {}, dateLabel(e.date), e.date ? h("span", { class: "muted" }, ` (${e.date.precision || "?"}, from ${e.date.source || "?"}${e.date.text ? ": “" + e.date.text + "”" : ""})`) : null),
          h("dt", {}, "place"), h("dd", {}, place ? `${place.name || place.text} ${place.country ? "(" + place.country + ")" : ""} ${place.precision || ""}` : "—"),
          h("dt", {}, "context"), h("dd", {}, (e.context || []).join(", ") || "—"),
          h("dt", {}, "CAMEO"), h("dd", {}, e.cameo || "—"),
          h("dt", {}, "confidence"), h("dd", {}, e.confidence != null ? e.confidence.toFixed(2) : "—"),
          h("dt", {}, "article"), h("dd", {}, h("a", { href: "#/article/" + encodeURIComponent(e.article_id), id: "article-link" }, (article && article.title) || e.article_id)),
          h("dt", {}, "published"), h("dd", {}, (article && article.published && article.published.value) || "—"),
          h("dt", {}, "id"), h("dd", {}, h("code", {}, e.id)))),
        place && place.lat != null ? h("div", { class: "panel" }, mapBox) : null)));
  if (place && place.lat != null) {
    const map = new SitrepMap(mapBox, { highlight: Object.fromEntries([...(e.actor || []).map((a) => [a.country, "actor"]), ...(e.recipient || []).map((a) => [a.country, "recipient"])]) });
    await map.ready;
    map.setPoints([{ lat: place.lat, lon: place.lon, label: place.name || place.text }]);
    map.fit([place]);
  }
}

// ---------------------------------------------------------------- article pages
async function articlePage(id) {
  setNav("articles");
  let a;
  try { a = await api("/articles/" + encodeURIComponent(id)); } catch (err) { page.replaceChildren(showError(err)); return; }
  const spans = [];
  for (const e of a.events) {
    spans.push({ start: e.start, end: e.end, cls: "sentence-of-event", title: null });
    if (e.trigger) spans.push({ start: e.trigger.start, end: e.trigger.end, cls: "event", title: `${e.type}: ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`, href: "#/event/" + encodeURIComponent(e.id) });
    for (const at of e.attribution || []) if (at.start != null) spans.push({ start: at.start, end: at.end, cls: "attribution", title: `source: ${at.source}` });
  }
  for (const p of a.places) if (p.start != null) spans.push({ start: p.start, end: p.end, cls: "place", title: p.name ? `${p.name} (${p.country || "?"}, ${p.precision || "?"})` : "unresolved place" });
  for (const d of a.dates) if (d.start != null) spans.push({ start: d.start, end: d.end, cls: "date", title: `${d.value || "?"} (${d.precision || "?"})` });
  page.replaceChildren(
    h("h1", {}, a.title || a.id),
    h("div", { class: "panel" }, h("dl", { class: "meta" },
      h("dt", {}, "published"), h("dd", {}, (a.published && a.published.value) || "—", a.published && a.published.source ? h("span", { class: "muted" }, ` (from ${a.published.source})`) : null),
      h("dt", {}, "site"), h("dd", {}, a.site || "—"),
      h("dt", {}, "agency"), h("dd", {}, a.original_source || "—"),
      h("dt", {}, "url"), h("dd", {}, a.url ? h("a", { href: a.url, rel: "noreferrer" }, a.url) : "—"),
      h("dt", {}, "found"), h("dd", {}, `${a.events.length} events, ${a.places.length} places, ${a.dates.length} dates`))),
    h("p", { class: "legend" }, h("mark", { class: "event" }, "event"), h("mark", { class: "place" }, "place"), h("mark", { class: "date" }, "date"), h("mark", { class: "attribution" }, "source")),
    h("div", { class: "article-text", id: "article-text" }, highlight(a.text, spans)),
    h("h2", {}, "Events"),
    h("table", { id: "article-events" }, h("tbody", {}, a.events.map((e) => h("tr", { class: "event-row" },
      h("td", {}, dateLabel(e.date)), h("td", {}, eventTags(e)), h("td", {}, actorLabel(e.actor), " → ", actorLabel(e.recipient)),
      h("td", {}, h("a", { href: "#/event/" + encodeURIComponent(e.id) }, e.trigger ? e.trigger.text : e.id)))))));
}

async function articlesPage(params) {
  setNav("articles");
  let r;
  try { r = await api("/articles", { limit: 100, offset: params.offset }); } catch (err) { page.replaceChildren(showError(err)); return; }
  page.replaceChildren(h("h1", {}, `Articles (${r.total})`),
    h("table", { id: "articles-table" },
      h("thead", {}, h("tr", {}, ["published", "title", "agency", "site", "events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, r.articles.map((a) => h("tr", {},
        h("td", {}, (a.published && a.published.value) || "—"),
        h("td", {}, h("a", { href: "#/article/" + encodeURIComponent(a.id) }, a.title || a.id)),
        h("td", {}, a.original_source || "—"), h("td", {}, a.site || "—"), h("td", {}, a.n_events))))),
    r.next ? h("p", {}, h("a", { href: "#/articles?offset=" + (r.offset + r.limit) }, "next →")) : null);
}

// ---------------------------------------------------------------- presence
const STATUS = { arriving: "arriving", present: "present", withdrawal_announced: "withdrawal announced", withdrawing: "withdrawing", withdrawn: "withdrawn" };

async function presencePage(params) {
  setNav("presence");
  const form = h("form", { id: "presence-form", class: "panel" }, h("label", {}, "As of ", h("input", { type: "date", name: "as_of", value: params.as_of || "" })), " ", h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => { e.preventDefault(); const v = form.elements.as_of.value; location.hash = "#/presence" + (v ? "?as_of=" + v : ""); });
  const mapBox = h("div", { id: "presence-map" });
  const tableBox = h("div", { id: "presence-list" });
  page.replaceChildren(h("h1", {}, "Presence: foreign forces and where they are"), form, h("div", { class: "panel" }, mapBox), tableBox);
  const map = new SitrepMap(mapBox);
  let r;
  try { r = await api("/presence", { as_of: params.as_of }); } catch (err) { tableBox.replaceChildren(showError(err)); return; }
  const rows = r.presence;
  if (!rows.length) tableBox.replaceChildren(h("p", { class: "muted", id: "presence-empty" }, "The ledger is empty: no presence statements are stored", r.as_of ? " as of " + r.as_of : "", "."));
  else tableBox.replaceChildren(h("table", { id: "presence-table" },
    h("thead", {}, h("tr", {}, ["force", "host", "site", "status", "strength", "since", "as of", "evidence"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows.map((p) => h("tr", {},
      h("td", {}, [p.force.country, p.force.sector].filter(Boolean).join(" "), h("div", { class: "muted" }, p.force.text || "")),
      h("td", {}, p.host),
      h("td", {}, (p.site && p.site.name) || "—"),
      h("td", {}, h("span", { class: "status " + p.status }, STATUS[p.status] || p.status)),
      h("td", {}, p.strength != null ? p.strength : "—"),
      h("td", {}, dateLabel(p.since)),
      h("td", {}, dateLabel(p.as_of)),
      h("td", {}, (p.evidence || []).map((id, i) => h("a", { href: "#/event/" + encodeURIComponent(id) }, `[${i + 1}] `))))))));
  await map.ready;
  const sited = rows.filter((p) => p.site && p.site.lat != null);
  map.setPoints(sited.map((p) => ({
    lat: p.site.lat, lon: p.site.lon, cls: "presence " + p.status, size: 7,
    label: `${p.force.country} ${STATUS[p.status] || p.status}`,
    title: `${p.force.country} ${p.force.sector || ""} at ${p.site.name}: ${STATUS[p.status] || p.status}`,
  })));
  map.fit(sited.map((p) => p.site));
}

// ---------------------------------------------------------------- router
async function route() {
  const { parts, params } = parseHash();
  try {
    if (parts[0] === "event" && parts[1]) await eventPage(parts[1]);
    else if (parts[0] === "article" && parts[1]) await articlePage(parts[1]);
    else if (parts[0] === "articles") await articlesPage(params);
    else if (parts[0] === "presence") await presencePage(params);
    else await eventsPage(params);
  } catch (err) {
    page.replaceChildren(showError(err));
  }
  document.body.dataset.ready = location.hash || "#/";
}

window.addEventListener("hashchange", route);
api("").then((info) => {
  document.getElementById("store-info").textContent = `${info.db} · ${info.counts.articles} articles · ${info.counts.events} events${info.writable ? " · writable" : ""}`;
}).catch(() => {});
route();
