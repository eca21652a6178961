// The Matrix tab: tests × columns grouped by area or feature, filters, and the detail of any non-pass cell.
"use strict";
(() => {
  const {data, esc, rateCell, columnHead, identityLine, when} = MPC;
  const V = data.verdicts;
  const CAT = data.catalogueArea + "/";
  let m, page, tbody, countEl, detailEl;
  const state = {group: "area", in: "", status: new Set(V), cols: null, q: "", cell: ""};
  let search = [];        // per test: lower-cased id plus the reasons of its non-pass cells

  function short(v, test) {
    // A catalogue test marked xfail shows the documented difference, not a failure.
    if (v === "xfail" && test.startsWith(CAT)) return ["documented", "differs"];
    return [v, v];
  }

  function controls() {
    const cols = data.columns.map((c, i) =>
      `<label><input type="checkbox" name="col" value="${i}" checked> ${esc(c.label)}</label>`).join("");
    const counts = {};
    for (const row of m.cells) for (const ch of row) if (ch !== "-") counts[ch] = (counts[ch] || 0) + 1;
    const statuses = V.map((v, i) => counts[i] ?
      `<label><input type="checkbox" name="status" value="${esc(v)}" checked> <span class="chip v-${esc(v)}">${esc(v)}</span> <small>${counts[i]}</small></label>` : "").join("");
    return `<div class="filters">
      <label>Group by <select name="group"><option value="area">area</option><option value="feature">feature</option></select></label>
      <label>Show <select name="in"></select></label>
      <label>Text <input type="search" name="q" placeholder="test name or reason" autocomplete="off"></label>
      <fieldset name="status"><legend>Status</legend>${statuses}
        <button type="button" data-act="bad">not passing</button><button type="button" data-act="all">all</button></fieldset>
      <fieldset name="cols"><legend>Targets</legend>${cols}</fieldset>
      <span class="count" aria-live="polite"></span></div>`;
  }

  function fillGroups() {
    const sel = page.querySelector("select[name=in]");
    const groups = m.groups[state.group];
    sel.innerHTML = `<option value="">every ${state.group}</option>` +
      groups.map(g => `<option value="${esc(g.name)}">${esc(g.name)} (${g.tests.length})</option>`).join("");
    if (!groups.some(g => g.name === state.in)) state.in = "";
    sel.value = state.in;
  }

  function visibleCols() { return state.cols ? [...state.cols].sort((a, b) => a - b) : data.columns.map((_, i) => i); }

  function rowShown(ti, cols, allStatus) {
    if (state.q && !search[ti].includes(state.q)) return false;
    if (allStatus) return true;
    const row = m.cells[ti];
    for (const ci of cols) { const ch = row[ci]; if (ch !== "-" && state.status.has(V[ch])) return true; }
    return false;
  }

  // Rows are windowed: the filters compute the list of rows shown (cheap), and only the rows near the
  // viewport are in the document, between two spacer rows of the right height. Opening and filtering then
  // cost the same at 2,000 tests as at 20. Every row has one height (no wrapping), measured once.
  let items = [];         // shown rows: a test index, or -(group index + 1) for a group's header
  let cols = [];
  let rowHeight = 0;
  let drawn = [-1, -1];
  const BUFFER = 30;      // rows drawn above and below the viewport

  function render() {
    const t0 = performance.now();
    cols = visibleCols();
    const allStatus = state.status.size === V.length;
    const head = `<tr><th class="test">test</th>${cols.map(ci => `<th>${columnHead(data.columns[ci])}</th>`).join("")}</tr>`;
    const table = page.querySelector("table.grid");
    table.querySelector("thead").innerHTML = head;
    table.style.width = `${24 + 9.5 * cols.length}em`;  // table-layout: fixed needs a width to skip measuring cells
    items = [];
    const seen = new Set();
    m.groups[state.group].forEach((g, gi) => {
      if (state.in && g.name !== state.in) return;
      const at = items.length;
      for (const ti of g.tests) if (rowShown(ti, cols, allStatus)) { items.push(ti); seen.add(ti); }
      if (items.length > at) items.splice(at, 0, -(gi + 1));
    });
    countEl.textContent = `${seen.size} of ${data.tests.length} tests shown`;
    drawn = [-1, -1];
    draw();
    MPC.lastRender = performance.now() - t0;
  }

  function rowHtml(item) {
    if (item < 0) {
      const g = m.groups[state.group][-item - 1];
      return `<tr class="group"><th>${esc(g.name)} <small>${g.tests.length} tests</small></th>` +
        cols.map(ci => rateCell(g.scores[ci][0], g.scores[ci][1], g.catalogue).replace("<td", "<th").replace(/<\/td>$/, "</th>")).join("") + "</tr>";
    }
    const test = data.tests[item][0];
    const row = m.cells[item];
    let html = `<tr><td class="test" title="${esc(test)}">${esc(test)}</td>`;
    for (const ci of cols) {
      const ch = row[ci];
      if (ch === "-") { html += '<td class="v none">–</td>'; continue; }
      const v = V[ch];
      if (v === "pass") { html += '<td class="v v-pass">pass</td>'; continue; }
      const [cls, label] = short(v, test);
      html += `<td class="v v-${cls} d" tabindex="0" data-c="${item}:${ci}">${label}</td>`;
    }
    return html + "</tr>";
  }

  function draw() {
    if (page.hidden) return;
    const guess = rowHeight || 24;
    const top = tbody.parentNode.getBoundingClientRect().top + (tbody.parentNode.tHead.offsetHeight || 0);
    const first = Math.max(0, Math.floor(-top / guess) - BUFFER);
    const last = Math.min(items.length, first + Math.ceil(window.innerHeight / guess) + 2 * BUFFER);
    if (first === drawn[0] && last === drawn[1]) return;
    drawn = [first, last];
    const span = cols.length + 1;
    const spacer = n => n > 0 ? `<tr class="spacer" style="height:${n * guess}px"><td colspan="${span}"></td></tr>` : "";
    const rows = [];
    for (let i = first; i < last; i++) rows.push(rowHtml(items[i]));
    tbody.innerHTML = spacer(first) + rows.join("") + spacer(items.length - last);
    markSelected();
    if (!rowHeight && last > first) {
      // Measure once, then lay the spacers out again with the real height.
      const drawnRows = tbody.querySelectorAll("tr:not(.spacer)");
      const box = [drawnRows[0].getBoundingClientRect(), drawnRows[drawnRows.length - 1].getBoundingClientRect()];
      rowHeight = (box[1].bottom - box[0].top) / drawnRows.length || 24;
      drawn = [-1, -1];
      draw();
    }
  }

  /** The rows the filters leave, drawn or not: [test, cell text per shown column] (for tests and tools). */
  function shownRows() {
    return items.filter(i => i >= 0).map(ti => [data.tests[ti][0], ...cols.map(ci => {
      const ch = m.cells[ti][ci];
      return ch === "-" ? "–" : short(V[ch], data.tests[ti][0])[1];
    })]);
  }

  function params() {
    const p = new URLSearchParams();
    if (state.group !== "area") p.set("group", state.group);
    if (state.in) p.set("in", state.in);
    if (state.q) p.set("q", state.q);
    if (state.status.size !== V.length) p.set("status", [...state.status].join(","));
    if (state.cols) p.set("targets", visibleCols().map(ci => data.columns[ci].label).join("\n"));
    if (state.cell) {
      const [ti, ci] = state.cell.split(":").map(Number);
      p.set("cell", data.tests[ti][0] + "\n" + data.columns[ci].label);
    }
    return p;
  }
  function save() { if (MPC.current === "matrix") MPC.writeHash("matrix", params()); }

  function syncControls() {
    page.querySelector("select[name=group]").value = state.group;
    fillGroups();
    page.querySelector("input[name=q]").value = state.q;
    for (const box of page.querySelectorAll("input[name=status]")) box.checked = state.status.has(box.value);
    const cols = new Set(visibleCols());
    for (const box of page.querySelectorAll("input[name=col]")) box.checked = cols.has(Number(box.value));
  }

  function route(p) {
    state.group = p.get("group") === "feature" ? "feature" : "area";
    state.in = p.get("in") || "";
    state.q = (p.get("q") || "").toLowerCase();
    state.status = new Set(p.has("status") ? p.get("status").split(",").filter(v => V.includes(v)) : V);
    state.cols = null;
    if (p.has("targets")) {
      const want = new Set(p.get("targets").split("\n"));
      state.cols = new Set(data.columns.map((c, i) => want.has(c.label) ? i : -1).filter(i => i >= 0));
    }
    syncControls();
    render();
    state.cell = "";
    const cell = p.get("cell");
    if (cell) {
      const [test, label] = cell.split("\n");
      const ti = data.tests.findIndex(t => t[0] === test), ci = data.columns.findIndex(c => c.label === label);
      if (ti >= 0 && ci >= 0) openDetail(ti, ci); else closeDetail();
    } else closeDetail();
  }

  function markSelected() {
    for (const td of tbody.querySelectorAll("td.sel")) td.classList.remove("sel");
    if (state.cell) { const td = tbody.querySelector(`td[data-c="${state.cell}"]`); if (td) td.classList.add("sel"); }
  }

  function diffHtml(text) {
    return text.split("\n").map(line => {
      const cls = line.startsWith("@@") ? "hunk" : line.startsWith("+") && !line.startsWith("+++") ? "add"
                : line.startsWith("-") && !line.startsWith("---") ? "del" : "";
      return cls ? `<span class="${cls}">${esc(line)}</span>` : esc(line) + "\n";
    }).join("");
  }

  function openDetail(ti, ci) {
    const d = m.details[`${ti}:${ci}`];
    const test = data.tests[ti][0], col = data.columns[ci];
    const verdict = d ? d.v : (m.cells[ti][ci] === "-" ? "no result" : V[m.cells[ti][ci]]);
    const [cls, label] = short(verdict, test);
    const ident = Object.entries(col.identity).filter(([k, v]) => typeof v !== "object" && v !== "")
      .map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join("");
    const parts = [`<button type="button" class="close" title="close (Esc)">✕</button>`,
      `<h2>${esc(test)}</h2>`,
      m.features[ti] ? `<p class="muted">declares features: ${esc(m.features[ti].join(", "))}</p>` : "",
      `<p><span class="chip v-${esc(cls)}">${esc(label === "differs" ? "differs as documented" : label)}</span> on <b>${esc(col.label)}</b></p>`];
    if (d && d.reason) parts.push(`<h3>Reason</h3><pre>${esc(d.reason)}</pre>`);
    if (d && d.diff) parts.push(`<h3>Expected → actual</h3><pre class="diff">${diffHtml(d.diff)}</pre>`);
    if (d && d.traceback) parts.push(`<h3>Traceback</h3><pre>${esc(d.traceback)}</pre>`);
    if (d && d.command) parts.push(`<h3>Reproduce</h3><div class="cmd"><pre class="command">${esc(d.command)}</pre>` +
                                   `<button type="button" class="copy">copy</button></div>`);
    if (d && (d.expected != null || d.actual != null)) {
      parts.push(`<details><summary>Expected and actual output</summary><h3>Expected</h3><pre>${esc(d.expected ?? "(none)")}</pre>` +
                 `<h3>Actual</h3><pre>${esc(d.actual ?? "(none)")}</pre></details>`);
    }
    const facts = [];
    if (d && d.duration != null) facts.push(`<tr><td>duration</td><td>${esc(d.duration)} s</td></tr>`);
    if (d && d.board) facts.push(`<tr><td>board</td><td>${esc(d.board)}</td></tr>`);
    if (d && d.retried) facts.push(`<tr><td>retried</td><td>once, after a reconnect</td></tr>`);
    facts.push(`<tr><td>results file</td><td>${esc(col.source)}</td></tr>`);
    if (col.date) facts.push(`<tr><td>run on</td><td>${esc(col.date)}</td></tr>`);
    parts.push(`<h3>Target</h3><table class="ident">${ident}${facts.join("")}</table>`);
    parts.push(`<p><a class="share" href="">link to this cell</a></p>`);
    detailEl.innerHTML = parts.join("");
    detailEl.hidden = false;
    state.cell = `${ti}:${ci}`;
    markSelected();
    save();
    detailEl.querySelector("a.share").href = location.href;
    detailEl.querySelector(".close").addEventListener("click", () => { closeDetail(); save(); });
    const copy = detailEl.querySelector("button.copy");
    if (copy) copy.addEventListener("click", () => {
      navigator.clipboard && navigator.clipboard.writeText(d.command).then(() => { copy.textContent = "copied"; }, () => {});
    });
  }

  function closeDetail() {
    detailEl.hidden = true;
    detailEl.textContent = "";
    state.cell = "";
    markSelected();
  }

  function render0(container, section) {
    m = section; page = container;
    detailEl = document.getElementById("detail");
    search = data.tests.map(t => t[0].toLowerCase());
    for (const key in m.details) {
      const r = m.details[key].reason;
      if (r) { const ti = Number(key.split(":")[0]); search[ti] += "\n" + r.toLowerCase(); }
    }
    page.innerHTML = controls() + '<table class="grid"><thead></thead><tbody></tbody></table>';
    tbody = page.querySelector("tbody");
    countEl = page.querySelector(".count");
    page.querySelector("select[name=group]").addEventListener("change", e => { state.group = e.target.value; fillGroups(); render(); save(); });
    page.querySelector("select[name=in]").addEventListener("change", e => { state.in = e.target.value; render(); save(); });
    page.querySelector("input[name=q]").addEventListener("input", e => { state.q = e.target.value.trim().toLowerCase(); render(); save(); });
    page.querySelector("fieldset[name=status]").addEventListener("change", e => {
      if (e.target.checked) state.status.add(e.target.value); else state.status.delete(e.target.value);
      render(); save();
    });
    page.querySelector("fieldset[name=status]").addEventListener("click", e => {
      const act = e.target.dataset && e.target.dataset.act;
      if (!act) return;
      state.status = new Set(act === "all" ? V : V.filter(v => v !== "pass" && v !== "xpass"));
      syncControls(); render(); save();
    });
    page.querySelector("fieldset[name=cols]").addEventListener("change", () => {
      const on = [...page.querySelectorAll("input[name=col]")].filter(b => b.checked).map(b => Number(b.value));
      state.cols = on.length === data.columns.length ? null : new Set(on);
      render(); save();
    });
    const open = e => {
      const td = e.target.closest("td.d");
      if (td) { const [ti, ci] = td.dataset.c.split(":").map(Number); openDetail(ti, ci); }
    };
    tbody.addEventListener("click", open);
    let pending = false;
    window.addEventListener("scroll", () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; draw(); });
    }, {passive: true});
    window.addEventListener("resize", () => { drawn = [-1, -1]; draw(); });
    tbody.addEventListener("keydown", e => { if (e.key === "Enter") open(e); });
    document.addEventListener("keydown", e => { if (e.key === "Escape" && !detailEl.hidden) { closeDetail(); save(); } });
  }

  MPC.register("matrix", {render: render0, route, state: params, shownRows});
})();
