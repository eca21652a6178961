// The Features tab: per feature, each target's capability probe and the pass rate of the tests that need it.
"use strict";
(() => {
  const {data, esc, rateCell, columnHead} = MPC;

  function probe(p) {
    if (p === true) return '<span class="probe-yes" title="the probe found it">has</span> ';
    if (p === false) return '<span class="probe-no" title="the probe found it missing: its tests are skipped">lacks</span> ';
    return "";
  }

  function render(page, f) {
    const rows = f.features.map(r => `<tr><th><a href="#matrix?group=feature&in=${encodeURIComponent(r.name)}">${esc(r.name)}</a>` +
      `${r.description ? `<small> ${esc(r.description)}</small>` : ""}</th><td class="num">${r.tests}</td>` +
      r.scores.map(([p, n], i) => rateCell(p, n, false).replace(/^<td class="num( muted)?"[^>]*>/, m => m + probe(r.probe[i]))).join("") +
      "</tr>").join("");
    page.innerHTML = `<p class="muted">Features come from test headers (<code># mpconform: features=…</code>) and from the
      probes each run made on its targets. A target that lacks a feature skips the tests that need it.</p>
      <table class="features"><thead><tr><th>feature</th><th>tests</th>${data.columns.map(c => `<th>${columnHead(c)}</th>`).join("")}</tr></thead>
      <tbody>${rows}</tbody></table>`;
  }

  MPC.register("features", {render});
})();
