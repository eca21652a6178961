// The "Differences from CPython" tab: each catalogue entry, documented, with what CPython and each target printed.
"use strict";
(() => {
  const {data, esc} = MPC;

  function printed(o) {
    if (!o) return '<td class="muted">not run</td><td></td>';
    const cls = o.v === "xfail" ? "documented" : o.v;
    const label = o.v === "xfail" ? "differs as documented" : o.v === "pass" || o.v === "xpass" ? "same as CPython" : o.v;
    return `<td><span class="chip v-${esc(cls)}">${esc(label)}</span></td>` +
           `<td>${o.out == null ? '<span class="muted">(output not kept)</span>' : `<pre>${esc(o.out)}</pre>`}</td>`;
  }

  function render(page, c) {
    const problems = c.problems.length ? `<p class="probe-no">Entries that could not be read: ${esc(c.problems.join("; "))}</p>` : "";
    const entries = c.entries.map(e => `<div class="entry" id="diff-${esc(e.id)}">
      <h3>${esc(e.description)} <small class="mono">${esc(e.id)}</small></h3>
      <p class="muted">${esc(e.categories.join(" › "))}${e.row >= 0 ? ` · <a href="#matrix?q=${encodeURIComponent(e.test)}">in the matrix</a>` : ""}</p>
      <p><b>Cause:</b> ${esc(e.cause)}<br><b>Workaround:</b> ${esc(e.workaround)}</p>
      <details><summary>Script</summary><pre>${esc(e.source)}</pre></details>
      <table><thead><tr><th>target</th><th>verdict</th><th>printed</th></tr></thead><tbody>
      <tr><th>CPython <small>(expected)</small></th><td></td><td>${e.cpython == null ? '<span class="muted">(not recorded)</span>' : `<pre>${esc(e.cpython)}</pre>`}</td></tr>
      ${data.columns.map((col, i) => `<tr><th>${esc(col.label)}</th>${printed(e.outputs[i])}</tr>`).join("")}
      </tbody></table></div>`).join("");
    page.innerHTML = `<p class="muted">The known-differences catalogue (<code>${esc(data.catalogueArea)}/</code>): behaviour in which
      MicroPython is documented to differ from CPython. These tests are not failures and are not in the pass rate.</p>${problems}${entries}` +
      (c.notRun.length ? `<h2>Not in these results (${c.notRun.length})</h2><ul>` +
       c.notRun.map(e => `<li><code>${esc(e.id)}</code> ${esc(e.description)}</li>`).join("") + "</ul>" : "");
  }

  MPC.register("catalogue", {render});
})();
