// A small SVG map: equirectangular projection of the packaged Natural Earth outlines, pan with
// the mouse, zoom with the wheel or the buttons. Coordinates are degrees (x = lon, y = -lat),
// so the view is just the SVG viewBox. No library, no network beyond this server.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
let basemapPromise = null;

function loadBasemap() {
  if (!basemapPromise) basemapPromise = fetch("/basemap.json").then((r) => r.json());
  return basemapPromise;
}

function svgEl(tag, attrs) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
}

function ringPath(ring) {
  return "M" + ring.map(([x, y]) => x + "," + -y).join("L") + "Z";
}

class SitrepMap {
  // container: an element; options.highlight: {ISO3: "actor" | "recipient"}
  constructor(container, options = {}) {
    this.container = container;
    this.container.classList.add("map");
    this.svg = svgEl("svg", { role: "img", "aria-label": "map" });
    this.base = svgEl("g", { class: "base" });
    this.points = svgEl("g", { class: "points" });
    this.svg.append(this.base, this.points);
    this.container.append(this.svg);
    this.view = { x: -20, y: -40, w: 70, h: 35 }; // West Africa and the Sahel
    this.radius = 5; // in screen pixels
    this._zoomButtons();
    this._interactions();
    this.ready = loadBasemap().then((geo) => this._drawBase(geo, options.highlight || {}));
  }

  _drawBase(geo, highlight) {
    for (const f of geo.features) {
      const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
      const code = f.properties.iso_a3 || "";
      const path = svgEl("path", { d, class: "country " + (highlight[code] || ""), "data-iso": code });
      const title = svgEl("title");
      title.textContent = f.properties.name;
      path.append(title);
      this.base.append(path);
    }
    this._apply();
  }

  _zoomButtons() {
    const box = document.createElement("div");
    box.className = "zoom";
    for (const [label, factor] of [["+", 0.6], ["−", 1 / 0.6]]) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "secondary";
      b.textContent = label;
      b.title = label === "+" ? "zoom in" : "zoom out";
      b.addEventListener("click", () => this.zoom(factor));
      box.append(b);
    }
    this.container.append(box);
  }

  _interactions() {
    let drag = null;
    this.svg.addEventListener("mousedown", (e) => { drag = { x: e.clientX, y: e.clientY, view: { ...this.view } }; });
    window.addEventListener("mouseup", () => { drag = null; });
    window.addEventListener("mousemove", (e) => {
      if (!drag) return;
      const scale = this.view.w / this.svg.clientWidth;
      this.view.x = drag.view.x - (e.clientX - drag.x) * scale;
      this.view.y = drag.view.y - (e.clientY - drag.y) * scale;
      this._apply();
    });
    this.svg.addEventListener("wheel", (e) => { e.preventDefault(); this.zoom(e.deltaY > 0 ? 1.25 : 0.8); }, { passive: false });
  }

  zoom(factor) {
    const cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2;
    this.view.w = Math.min(400, Math.max(0.5, this.view.w * factor));
    this.view.h = this.view.w / 2;
    this.view.x = cx - this.view.w / 2;
    this.view.y = cy - this.view.h / 2;
    this._apply();
  }

  fit(points) {
    if (!points.length) return;
    const xs = points.map((p) => p.lon), ys = points.map((p) => -p.lat);
    const pad = 4;
    let x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad, y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    let w = Math.max(x1 - x0, 2 * (y1 - y0), 12);
    this.view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - w / 4, w, h: w / 2 };
    this._apply();
  }

  _apply() {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    this.svg.setAttribute("preserveAspectRatio", "xMidYMid slice");
    const px = v.w / Math.max(1, this.svg.clientWidth || 800); // degrees per pixel
    for (const c of this.points.querySelectorAll("circle")) c.setAttribute("r", (Number(c.dataset.size) || this.radius) * px);
    // labels are set in pixels and scaled down: browsers enforce a minimum font size, which a
    // font size in degrees (a fraction of one unit) would fall under
    for (const t of this.points.querySelectorAll("text")) {
      t.setAttribute("transform", `translate(${Number(t.dataset.x) + 8 * px} ${Number(t.dataset.y) + 4 * px}) scale(${px})`);
    }
  }

  clearPoints() { this.points.replaceChildren(); }

  // points: [{lat, lon, cls, title, size, label, onclick}]
  setPoints(points) {
    this.clearPoints();
    for (const p of points) {
      if (p.lat == null || p.lon == null) continue;
      const c = svgEl("circle", { cx: p.lon, cy: -p.lat, class: p.cls || "event" });
      c.dataset.size = p.size || this.radius;
      if (p.id) c.dataset.id = p.id;
      if (p.title) { const t = svgEl("title"); t.textContent = p.title; c.append(t); }
      if (p.onclick) c.addEventListener("click", p.onclick);
      this.points.append(c);
      if (p.label) {
        const t = svgEl("text", { class: "label", x: 0, y: 0, "font-size": 11 });
        t.dataset.x = p.lon; t.dataset.y = -p.lat;
        t.textContent = p.label;
        this.points.append(t);
      }
    }
    this._apply();
  }
}

window.SitrepMap = SitrepMap;
