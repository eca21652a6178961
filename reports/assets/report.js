// The report's core: reads the data blob, builds one tab per section, keeps the state in the URL hash
// (so a link shares a view or a cell) and offers helpers to the section renderers registered below it.
// Every string from the data reaches the document through esc() or textContent: output is data, never markup.
"use strict";
const MPC = (() => {
  const data = JSON.parse(document.getElementById("mpc-data").textContent);
  const renderers = {};
  const pages = {};
  const ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

  function esc(s) { return String(s).replace(/[&<>"']/g, c => ESC[c]); }
  function pct(passed, ran) { return ran ? (100 * passed / ran).toFixed(1) + "%" : "-"; }
  function rateCell(passed, ran, documented) {
    // A score as shown in every table: the rate, and the counts it is made of.
    if (!ran) return '<td class="num muted">-</td>';
    if (documented) return `<td class="num" title="documented differences still shown / catalogue tests run">${passed}/${ran} differ</td>`;
    return `<td class="num" title="passed / ran">${pct(passed, ran)} <small>(${passed}/${ran})</small></td>`;
  }
  function identityLine(ident) {
    return ["implementation", "version", "platform", "machine"].map(k => ident[k]).filter(Boolean).join(" ");
  }
  function columnHead(c) {
    const when = [c.file, c.date].filter(Boolean).join(", ");
    return `${esc(c.label)}<small title="${esc(identityLine(c.identity))}">${esc(identityLine(c.identity))}</small>` +
           (when ? `<small>${esc(when)}</small>` : "");
  }
  function when(seconds) {
    if (typeof seconds === "number") return new Date(seconds * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
    return seconds ? String(seconds) : "";
  }

  // Hash state: #tab?key=value&... — the tab shown and that tab's own state (filters, open cell).
  function readHash() {
    const h = location.hash.slice(1);
    const at = h.indexOf("?");
    return {tab: decodeURIComponent(at < 0 ? h : h.slice(0, at)), params: new URLSearchParams(at < 0 ? "" : h.slice(at + 1))};
  }
  function writeHash(tab, params) {
    const q = params ? params.toString() : "";
    history.replaceState(null, "", "#" + tab + (q ? "?" + q : ""));
  }

  function show(id, params) {
    if (!pages[id]) id = data.sections[0].id;
    for (const s of data.sections) {
      pages[s.id].page.hidden = s.id !== id;
      pages[s.id].tab.setAttribute("aria-selected", String(s.id === id));
    }
    const r = renderers[id];
    if (r && r.route) r.route(params || new URLSearchParams());
    current = id;
  }
  let current = "";

  function register(id, renderer) { renderers[id] = renderer; }

  function start() {
    const started = performance.now();
    document.getElementById("generated").textContent =
      `generated ${data.generated} from ${data.runs} results file${data.runs === 1 ? "" : "s"}: ` +
      `${data.tests.length} tests × ${data.columns.length} columns`;
    const nav = document.getElementById("tabs");
    const main = document.getElementById("pages");
    for (const s of data.sections) {
      const tab = document.createElement("button");
      tab.type = "button"; tab.role = "tab"; tab.id = "tab-" + s.id; tab.textContent = s.title;
      tab.addEventListener("click", () => { show(s.id); writeHash(s.id, renderers[s.id] && renderers[s.id].state ? renderers[s.id].state() : null); });
      nav.appendChild(tab);
      const page = document.createElement("section");
      page.id = "page-" + s.id; page.setAttribute("aria-labelledby", tab.id);
      main.appendChild(page);
      pages[s.id] = {tab, page};
      const r = renderers[s.id];
      if (r) r.render(page, data.data[s.id]);
      else page.textContent = `No renderer for section ${s.id}.`;
    }
    const route = () => { const {tab, params} = readHash(); show(tab || data.sections[0].id, params); };
    window.addEventListener("hashchange", route);
    route();
    window.mpcTimings = {start: started, ready: performance.now()};
    document.body.dataset.ready = "1";
    // The frame after the next one has been laid out and painted: the page is usable from then on.
    requestAnimationFrame(() => requestAnimationFrame(() => { window.mpcTimings.painted = performance.now(); }));
  }

  return {data, esc, pct, rateCell, columnHead, identityLine, when, register, start, show, writeHash,
          renderer: id => renderers[id],
          get current() { return current; }};
})();
