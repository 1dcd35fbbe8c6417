// Draws the report's three charts as SVG from the JSON island; no library, no network.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const STATUS_LANES = data.statuses;

  function el(name, attrs, parent, text) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  function svg(container, width, height) {
    container.textContent = "";
    return el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" }, container);
  }

  // "2024", "2024-12" or "2024-12-26" -> milliseconds at the start of that period.
  function toTime(iso) {
    const [y, m, d] = String(iso).split("-").map(Number);
    return Date.UTC(y, (m || 1) - 1, d || 1);
  }

  function linked(parent, ref, title) {
    const a = el("a", { href: `#fact-${ref.replace(":", "-")}` }, parent);
    el("title", {}, a, title);
    return a;
  }

  function timeAxis(g, x, t0, t1, y, height) {
    const first = new Date(t0).getUTCFullYear(), last = new Date(t1).getUTCFullYear() + 1;
    const step = Math.max(1, Math.ceil((last - first) / 12));
    for (let year = first; year <= last; year += step) {
      const px = x(Date.UTC(year, 0, 1));
      el("line", { x1: px, x2: px, y1: 10, y2: y, class: "grid" }, g);
      el("text", { x: px, y: y + 16, "text-anchor": "middle", class: "label" }, g, String(year));
    }
    el("line", { x1: x(t0), x2: x(t1), y1: y, y2: y, stroke: "#b5bccb" }, g);
  }

  function drawTimeline() {
    const org = document.getElementById("org-filter").value;
    const status = document.getElementById("status-filter").value;
    const events = data.events.filter((e) => (!org || e.org === org) && (!status || e.status === status));
    document.getElementById("event-count").textContent = `${events.length} of ${data.events.length} events`;
    const W = 1000, lane = 70, H = 40 + lane * STATUS_LANES.length + 30, left = 90, right = 20;
    const root = svg(document.getElementById("timeline-chart"), W, H);
    if (!data.events.length) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, root, "no events");
      return;
    }
    const t0 = Math.min(...data.events.map((e) => toTime(e.earliest)));
    const t1 = Math.max(...data.events.map((e) => toTime(e.latest)));
    const x = (t) => left + ((t - t0) / Math.max(1, t1 - t0)) * (W - left - right);
    const axisY = 30 + lane * STATUS_LANES.length;
    timeAxis(root, x, t0, t1, axisY, H);
    STATUS_LANES.forEach((s, i) => {
      el("text", { x: 8, y: 30 + lane * i + lane / 2, class: "label" }, root, s);
    });
    const stacks = new Map();
    for (const e of events) {
      const i = STATUS_LANES.indexOf(e.status);
      const px = x((toTime(e.earliest) + toTime(e.latest)) / 2);
      const key = `${i}:${Math.round(px / 8)}`;
      const n = stacks.get(key) || 0;
      stacks.set(key, n + 1);
      const py = 30 + lane * i + lane - 10 - (n % 7) * 8;
      const a = linked(root, e.ref, `${e.date}  ${e.models || "—"}  ${e.org} ${e.action} (${e.status})\n${e.quote}`);
      el("circle", { cx: px, cy: py, r: 5, class: `point status-${e.status}`, "data-ref": e.ref }, a);
    }
  }

  function drawParams() {
    const W = 1000, H = 420, left = 70, right = 20, top = 20, bottom = 40;
    const root = svg(document.getElementById("params-chart"), W, H);
    const pts = data.params;
    if (!pts.length) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, root, "no parameter counts");
      return;
    }
    const times = pts.map((p) => toTime(p.released));
    const t0 = Math.min(...times) - 180 * 864e5, t1 = Math.max(...times) + 180 * 864e5;
    const lo = Math.floor(Math.log10(Math.min(...pts.map((p) => p.value))));
    const hi = Math.ceil(Math.log10(Math.max(...pts.map((p) => p.value)))) || lo + 1;
    const x = (t) => left + ((t - t0) / (t1 - t0)) * (W - left - right);
    const y = (v) => top + (1 - (Math.log10(v) - lo) / Math.max(1, hi - lo)) * (H - top - bottom);
    timeAxis(root, x, t0, t1, H - bottom, H);
    const names = { 6: "1M", 7: "10M", 8: "100M", 9: "1B", 10: "10B", 11: "100B", 12: "1T", 13: "10T", 14: "100T" };
    for (let e = lo; e <= hi; e++) {
      el("line", { x1: left, x2: W - right, y1: y(10 ** e), y2: y(10 ** e), class: "grid" }, root);
      el("text", { x: left - 6, y: y(10 ** e) + 4, "text-anchor": "end", class: "label" }, root, names[e] || `1e${e}`);
    }
    const placed = [];  // label boxes drawn so far: a label moves up or down rather than overlap one
    pts.forEach((p, i) => {
      const px = x(times[i]), py = y(p.value);
      const a = linked(root, p.ref, `${p.model} (${p.org}): ${p.value.toLocaleString("en")} parameters, ` +
                                    `released ${p.released}\n${p.quote}`);
      el("circle", { cx: px, cy: py, r: 5, class: "point status-reported", "data-ref": p.ref }, a);
      const width = [...p.model].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 11 : 6.5), 0);
      const dy = [0, -12, 12, -24, 24, -36, 36].find((d) => !placed.some((b) =>
        px + 7 < b.x + b.w && b.x < px + 7 + width && Math.abs(py + d - b.y) < 11)) ?? 0;
      placed.push({ x: px + 7, y: py + dy, w: width });
      el("text", { x: px + 7, y: py + 4 + dy, class: "label" }, a, p.model);
    });
  }

  function drawScores() {
    const byBench = new Map();
    for (const s of data.scores) {
      if (!byBench.has(s.benchmark)) byBench.set(s.benchmark, []);
      byBench.get(s.benchmark).push(s);
    }
    const row = 18, gap = 26, W = 1000, left = 260, right = 80;
    let H = 20;
    for (const list of byBench.values()) H += gap + row * list.length;
    const root = svg(document.getElementById("scores-chart"), W, Math.max(H, 60));
    if (!byBench.size) {
      el("text", { x: W / 2, y: 30, "text-anchor": "middle", class: "empty" }, root, "no benchmark scores");
      return;
    }
    let yPos = 10;
    for (const [bench, list] of byBench) {
      el("text", { x: 8, y: yPos + 14, class: "label", "font-weight": "bold" }, root, bench);
      yPos += gap - 6;
      const max = Math.max(100, ...list.map((s) => s.score));
      for (const s of list) {
        const a = linked(root, s.ref, `${s.model} — ${bench}: ${s.score}${s.unit === "%" ? "%" : " " + s.unit}\n${s.quote}`);
        el("text", { x: left - 8, y: yPos + 12, "text-anchor": "end", class: "label" }, a, s.model);
        const w = (s.score / max) * (W - left - right);
        el("rect", { x: left, y: yPos + 2, width: Math.max(1, w), height: row - 5, class: "bar status-reported",
                     "data-ref": s.ref }, a);
        el("text", { x: left + w + 6, y: yPos + 12, class: "label" }, a, `${s.score}${s.unit === "%" ? "%" : ""}`);
        yPos += row;
      }
      yPos += 6;
    }
  }

  function listSources() {
    const list = document.getElementById("sources");
    const seen = new Set();
    const all = [...data.events, ...data.params, ...data.scores];
    for (const f of all) {
      if (seen.has(f.ref)) continue;
      seen.add(f.ref);
      const li = document.createElement("li");
      li.id = `fact-${f.ref.replace(":", "-")}`;
      const ref = document.createElement("span");
      ref.className = "ref";
      ref.textContent = `${f.ref} `;
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = `${f.file}:${f.line} `;
      const quote = document.createElement("q");
      quote.textContent = f.quote.replace(/\s+/g, " ");
      li.append(ref, where, quote);
      list.appendChild(li);
    }
  }

  function fillFilters() {
    const orgSelect = document.getElementById("org-filter");
    for (const org of data.orgs) orgSelect.appendChild(new Option(org, org));
    const statusSelect = document.getElementById("status-filter");
    for (const s of data.statuses) statusSelect.appendChild(new Option(s, s));
    orgSelect.addEventListener("change", drawTimeline);
    statusSelect.addEventListener("change", drawTimeline);
  }

  document.getElementById("summary").textContent =
    `${data.documents} documents · ${data.events.length} events · ${data.params.length} models with a parameter ` +
    `count · ${data.scores.length} best scores · ${data.conflicts} conflicts · generated ${data.generated}`;
  fillFilters();
  drawTimeline();
  drawParams();
  drawScores();
  listSources();
  document.body.setAttribute("data-rendered", "yes");
})();
