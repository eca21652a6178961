// The Benchmarks tab: per benchmark results file, its targets, tables of time, peak heap and minimum heap, and the plot.
"use strict";
(() => {
  const {esc, identityLine, when} = MPC;

  function table(t) {
    const head = t.headers.map(h => `<th>${esc(h)}</th>`).join("");
    const body = t.rows.map(r => "<tr>" + r.map((c, i) => i ? `<td class="num">${esc(c)}</td>` : `<th class="mono">${esc(c)}</th>`).join("") + "</tr>").join("");
    return `<h3>${esc(t.title)}</h3><table class="bench"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }

  function targets(ts) {
    return "<ul>" + Object.entries(ts).map(([label, info]) =>
      `<li><b>${esc(label)}</b> ${esc(identityLine(info))}` +
      (info.memory_described ? ` <small>peak heap by ${esc(info.memory_described)}</small>` : "") + "</li>").join("") + "</ul>";
  }

  function documentBlock(d) {
    if (d.error) return `<h2>${esc(d.file)}</h2><p class="regress">${esc(d.error)}</p>`;
    const m = d.meta || {};
    const facts = [m.started ? "run " + when(m.started) : "", m.repeats ? m.repeats + " repeats" : "",
                   m.load ? "load average " + m.load.map(x => Number(x).toFixed(2)).join(" ") : ""].filter(Boolean).join(", ");
    const problems = d.problems.length ? `<details open><summary class="regress">problems (${d.problems.length})</summary><ul>` +
      d.problems.map(p => `<li>${esc(p)}</li>`).join("") + "</ul></details>" : "";
    const plot = d.plot ? `<p><img class="bench-plot" alt="benchmark plot" src="${esc(d.plot)}"></p>` :
      '<p class="muted">No plot: matplotlib is not installed where the report was made.</p>';
    return `<h2>${esc(d.file)}</h2><p class="muted">${esc(facts)}. Times are medians of the repeats, measured by each
      target's own clock; ratios compare time per unit of n (sizes are calibrated per target).</p>
      ${targets(d.targets)}${problems}${d.tables.map(table).join("")}${plot}`;
  }

  function render(page, data) {
    page.innerHTML = data.documents.map(documentBlock).join("");
  }

  MPC.register("benchmarks", {render});
})();
