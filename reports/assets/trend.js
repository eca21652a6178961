// The Trend tab: a target's headline pass rate over versions or days, and the tests that changed at each step.
"use strict";
(() => {
  const {data, esc, pct} = MPC;

  function chart(points) {
    const w = 560, h = 180, left = 45, right = 45, top = 15, bottom = 40;
    const x = i => left + (points.length === 1 ? 0 : i * (w - left - right) / (points.length - 1));
    const y = r => top + (1 - r) * (h - top - bottom);
    const rated = points.map((p, i) => [i, p.ran ? p.passed / p.ran : null]).filter(([, r]) => r !== null);
    const path = rated.map(([i, r], k) => `${k ? "L" : "M"}${x(i).toFixed(1)},${y(r).toFixed(1)}`).join("");
    const grid = [0, 0.5, 1].map(r => `<line x1="${left}" x2="${w - right}" y1="${y(r)}" y2="${y(r)}" stroke="#ddd"/>` +
      `<text x="4" y="${y(r) + 4}">${r * 100}%</text>`).join("");
    const dots = rated.map(([i, r]) => `<circle cx="${x(i)}" cy="${y(r)}" r="4" fill="#3949ab"><title>${esc(pct(points[i].passed, points[i].ran))}</title></circle>`).join("");
    // Name each point by what tells the runs apart: the version, or else the day.
    const cols = points.map(p => data.columns[p.column]);
    const byVersion = new Set(cols.map(c => c.version)).size === cols.length;
    const labels = cols.map((c, i) => `<text x="${x(i)}" y="${h - 22}" text-anchor="middle">${esc((byVersion ? c.version : c.date) || c.label)}</text>`).join("");
    return `<svg class="trend" width="${w}" height="${h}" role="img" aria-label="pass rate over runs">${grid}<path d="${path}" fill="none" stroke="#3949ab" stroke-width="2"/>${dots}${labels}</svg>`;
  }

  function list(title, cls, changes) {
    if (!changes.length) return "";
    return `<details${cls === "regress" ? " open" : ""}><summary class="${cls}">${esc(title)} (${changes.length})</summary><ul>` +
      changes.map(([t, b, a]) => `<li><a href="#matrix?q=${encodeURIComponent(t)}" class="mono">${esc(t)}</a> ${esc(b || "(absent)")} → ${esc(a || "(absent)")}</li>`).join("") +
      "</ul></details>";
  }

  function render(page, t) {
    page.innerHTML = t.series.map(s => {
      const rows = s.points.map((p, i) => {
        const c = data.columns[p.column];
        const prev = i ? s.points[i - 1] : null;
        const delta = prev && p.ran && prev.ran ? (100 * (p.passed / p.ran - prev.passed / prev.ran)).toFixed(1) : "";
        return `<tr><th>${esc(c.label)}</th><td>${esc(c.version)}</td><td>${esc(c.date)}</td>` +
               `<td class="num">${pct(p.passed, p.ran)} <small>(${p.passed}/${p.ran})</small></td>` +
               `<td class="num">${delta ? (delta > 0 ? "+" : "") + delta : ""}</td></tr>`;
      }).join("");
      const steps = s.steps.map(st => `<h3>${esc(data.columns[st.from].label)} → ${esc(data.columns[st.to].label)}</h3>` +
        (list("regressions", "regress", st.regressions) + list("newly passing", "fixed", st.fixed) +
         list("other changes", "", st.changed) + list("new tests", "", st.added) + list("removed tests", "", st.removed) ||
         '<p class="muted">no test changed</p>')).join("");
      return `<h2>${esc(s.target)}</h2>${chart(s.points)}
        <table><thead><tr><th>column</th><th>version</th><th>run on</th><th>pass rate</th><th>change (points)</th></tr></thead>
        <tbody>${rows}</tbody></table>${steps}`;
    }).join("");
  }

  MPC.register("trend", {render});
})();
