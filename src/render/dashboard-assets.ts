/*
 * The dashboard page's inline style and script. Inline so the page is one self-contained file
 * with no external requests; the page's Content-Security-Policy allows exactly these two by hash.
 * The script only enhances: the tables are complete server-rendered HTML without it.
 */

/** Colours meet WCAG AA (4.5:1 or better) on their backgrounds; overdue is also said in words. */
export const DASHBOARD_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa;
  --link: #0550ae; --late-fg: #82071e; --late-bg: #ffebe9; --focus: #0969da; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin: 1.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
p.meta, footer { color: var(--muted); }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.overdue td { background: var(--late-bg); }
.late { color: var(--late-fg); font-weight: 600; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; margin: 0.5rem 0; }
.filters .field { display: flex; flex-direction: column; gap: 0.125rem; }
.filters label { font-size: 0.875rem; font-weight: 600; }
.filters .check { flex-direction: row; gap: 0.375rem; align-items: center; }
select, input[type="search"] { font: inherit; padding: 0.25rem; min-width: 10rem; border: 1px solid var(--muted); border-radius: 4px; }
#count { margin: 0.25rem 0; color: var(--muted); }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
ol.timeline > li { position: relative; margin: 0 0 0.75rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -1.5rem; top: 0.45rem; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: var(--link); }
ol.timeline > li.late::before { background: var(--late-fg); }
ol.timeline ul { margin: 0.125rem 0 0; padding-left: 1.25rem; font-weight: 400; color: var(--fg); }
@media (max-width: 40rem) { body { font-size: 15px; } th, td { padding: 0.25rem 0.375rem; } select, input[type="search"] { min-width: 0; width: 100%; } .filters .field { width: 100%; } }
`;

/** Filtering (owner, status, overdue, text) and sorting (any column) of the item table. */
export const DASHBOARD_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('items-table');
  var form = document.getElementById('filters');
  if (!table || !form || !table.tBodies[0] || !table.tHead) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var owner = document.getElementById('f-owner');
  var status = document.getElementById('f-status');
  var overdue = document.getElementById('f-overdue');
  var text = document.getElementById('f-text');
  var count = document.getElementById('count');
  form.hidden = false;
  function apply() {
    var o = owner.value, s = status.value, late = overdue.checked, q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!o || row.getAttribute('data-owner') === o) &&
        (!s || row.getAttribute('data-status') === s) &&
        (!late || row.getAttribute('data-overdue') === '1') &&
        (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' items shown';
  }
  [owner, status, overdue].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, index) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        var cell = row.cells[index];
        return cell ? (cell.getAttribute('data-sort') || cell.textContent || '') : '';
      };
      rows.sort(function (a, b) {
        var c = key(a).localeCompare(key(b), undefined, { numeric: true, sensitivity: 'base' });
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
    });
  });
  apply();
})();
`;
