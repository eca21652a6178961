// The Overview tab: each column's headline pass rate and documented differences, areas × columns, the runs.
"use strict";
(() => {
  const {data, esc, pct, rateCell, columnHead, when} = MPC;

  function render(page, o) {
    const shown = data.verdicts.filter(v => o.scores.some(s => s.counts[v]));
    const scoreRows = data.columns.map((c, i) => {
      const s = o.scores[i];
      const width = s.ran ? Math.round(100 * s.passed / s.ran) : 0;
      return `<tr><th>${columnHead(c)}</th>` +
        `<td class="num"><span class="bar${s.ran ? "" : " empty"}" style="width:${width / 2 + 1}px"></span><b>${pct(s.passed, s.ran)}</b></td>` +
        `<td class="num">${s.passed}/${s.ran}</td>` +
        `<td class="num" title="catalogue tests still differing as documented / catalogue tests run">${s.diffRan ? `${s.differ}/${s.diffRan}` : "-"}</td>` +
        `<td class="num">${s.tests}</td>` + shown.map(v => `<td class="num">${s.counts[v] || ""}</td>`).join("") + "</tr>";
    }).join("");
    const areaRows = o.areas.map(a => `<tr><th>${esc(a.area)}${a.catalogue ? " <small>(documented differences)</small>" : ""}</th>` +
      `<td class="num">${a.tests}</td>` + a.cells.map(([p, r]) => rateCell(p, r, a.catalogue)).join("") + "</tr>").join("");
    const defs = Object.entries(o.definitions).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("");
    const runs = o.runs.map(r => `<tr><td class="mono">${esc(r.source)}</td><td>${esc(r.targets.join(", "))}</td>` +
      `<td class="num">${r.results}</td><td>${esc(when(r.started))}</td><td>${esc(r.version)}</td>` +
      `<td class="mono">${esc(r.command)}</td></tr>`).join("");
    page.innerHTML = `
      <h2>Scores</h2>
      <table class="scores"><thead><tr><th>column</th><th>pass rate</th><th>passed/ran</th><th>documented differences</th>
        <th>tests</th>${shown.map(v => `<th><span class="chip v-${esc(v)}">${esc(v)}</span></th>`).join("")}</tr></thead>
        <tbody>${scoreRows}</tbody></table>
      <dl class="defs">${defs}</dl>
      <h2>By area</h2>
      <table class="areas"><thead><tr><th>area</th><th>tests</th>${data.columns.map(c => `<th>${columnHead(c)}</th>`).join("")}</tr></thead>
        <tbody>${areaRows}</tbody></table>
      <h2>Results files</h2>
      <table class="runs"><thead><tr><th>file</th><th>targets</th><th>results</th><th>started</th><th>mpconform</th><th>command</th></tr></thead>
        <tbody>${runs}</tbody></table>`;
  }

  MPC.register("overview", {render});
})();
