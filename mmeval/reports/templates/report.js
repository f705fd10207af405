// mmeval report: sortable leaderboard and a lazily decoded, paged drill-down (no libraries, no network).
"use strict";
(function () {
  // ---- sorting: click a header of a .sortable table; numbers sort numerically, blanks last ----
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th[data-col]").forEach(function (th) {
      th.addEventListener("click", function () {
        var col = +th.dataset.col, numeric = th.dataset.type === "num";
        var desc = !th.classList.contains("desc");
        if (!numeric && !th.classList.contains("asc") && !th.classList.contains("desc")) desc = false;
        table.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(desc ? "desc" : "asc");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
          if (x === "" && y === "") return 0; if (x === "") return 1; if (y === "") return -1;
          var c = numeric ? (+x) - (+y) : x.localeCompare(y);
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // ---- drill-down ----
  var runSel = document.getElementById("dd-run");
  if (!runSel) return;
  var statusSel = document.getElementById("dd-status"), catSel = document.getElementById("dd-cat");
  var search = document.getElementById("dd-search"), tbody = document.getElementById("dd-rows");
  var PAGE = 50, page = 0, filtered = [], current = null, cache = {}, items = {}, thumbs = null;

  function decode(el) {  // gzip+base64 JSON -> object
    var bin = atob(el.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  function itemsFor(bench) {
    if (!items[bench]) {
      var el = Array.prototype.find.call(document.querySelectorAll("script.items"), function (s) { return s.dataset.bench === bench; });
      items[bench] = el ? decode(el) : Promise.resolve({});
    }
    return items[bench];
  }
  function load(run) {
    if (!cache[run]) {
      var el = document.getElementById("run-" + run);
      if (!thumbs) thumbs = decode(document.getElementById("thumbs"));
      cache[run] = Promise.all([decode(el), itemsFor(el.dataset.bench), thumbs]).then(function (r) {
        var data = r[0], its = r[1], urls = r[2];
        data.rows.forEach(function (row) {
          var it = its[row[0]] || ["", null];
          row.push(it[0], it[1] === null ? null : urls[it[1]]);  // [9] question, [10] thumbnail
          row.push((row[0] + " " + it[0] + " " + row[2] + " " + (row[3] || "") + " " + (row[4] || "")).toLowerCase());
        });
        return data;
      });
    }
    return cache[run];
  }
  function statusName(data, s) { return typeof s === "number" ? data.statuses[s] : String(s); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = text; return e; }
  function longText(text, limit) {
    var td = el("td", "resp"); text = text || "";
    if (!text.trim()) { td.appendChild(el("span", "blank", text ? "(whitespace only)" : "(empty)")); return td; }
    if (text.length <= limit) { td.textContent = text; return td; }
    var span = el("span", null, text.slice(0, limit) + "…"), btn = el("button", "more", "more");
    btn.addEventListener("click", function () {
      var open = btn.textContent === "more";
      span.textContent = open ? text : text.slice(0, limit) + "…"; btn.textContent = open ? "less" : "more";
    });
    td.appendChild(span); td.appendChild(btn); return td;
  }
  function clipped(text) {  // a short cell: at most a few lines shown, the full text on hover
    var td = el("td", "clip"); td.appendChild(el("div", null, text));
    if (text !== undefined && text !== null && text !== "") td.title = String(text);
    return td;
  }
  function fillFilters(data) {
    var counts = {};
    data.rows.forEach(function (r) { var s = statusName(data, r[5]); counts[s] = (counts[s] || 0) + 1; });
    statusSel.length = 1; catSel.length = 1;
    Object.keys(counts).sort().forEach(function (s) { statusSel.add(new Option(s + " (" + counts[s] + ")", s)); });
    data.cats.map(function (c, i) { return [c, i]; }).sort().forEach(function (p) { catSel.add(new Option(p[0], p[1])); });
  }
  function applyFilters() {
    if (!current) return;
    var st = statusSel.value, cat = catSel.value === "" ? null : +catSel.value, q = search.value.trim().toLowerCase();
    filtered = current.rows.filter(function (r) {
      return (!st || statusName(current, r[5]) === st) && (cat === null || r[7].indexOf(cat) >= 0) && (!q || r[11].indexOf(q) >= 0);
    });
    page = 0; draw();
  }
  function draw() {
    var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
    page = Math.min(Math.max(0, page), pages - 1);
    tbody.textContent = "";
    filtered.slice(page * PAGE, (page + 1) * PAGE).forEach(function (r) {
      var tr = el("tr"), st = statusName(current, r[5]);
      tr.dataset.status = st;
      tr.appendChild(el("td", null, r[0] + (r[1] ? "#" + r[1] : "")));
      var imgTd = el("td");
      if (r[10]) { var img = el("img"); img.src = r[10]; img.alt = "image of item " + r[0]; img.loading = "lazy"; imgTd.appendChild(img); }
      tr.appendChild(imgTd);
      tr.appendChild(longText(r[9], 240)).className = "q";
      tr.appendChild(longText(r[2], 400));
      tr.appendChild(clipped(r[3]));
      tr.appendChild(clipped(r[4]));
      tr.appendChild(el("td", "status status-" + st, st));
      tr.appendChild(clipped(r[6] + (r[8] ? " [" + r[8] + "]" : "")));
      tbody.appendChild(tr);
    });
    document.getElementById("dd-page").textContent = "page " + (page + 1) + " / " + pages;
    document.getElementById("dd-count").textContent = filtered.length + " of " + current.rows.length + " samples";
  }
  function openRun(run) {
    runSel.value = String(run);
    document.getElementById("dd-count").textContent = "loading…";
    return load(run).then(function (data) { current = data; fillFilters(data); applyFilters(); });
  }
  runSel.addEventListener("change", function () { openRun(runSel.value); });
  statusSel.addEventListener("change", applyFilters);
  catSel.addEventListener("change", applyFilters);
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(applyFilters, 150); });
  document.getElementById("dd-prev").addEventListener("click", function () { page--; draw(); });
  document.getElementById("dd-next").addEventListener("click", function () { page++; draw(); });
  document.querySelectorAll("#leaderboard td[data-run], table.board td[data-run]").forEach(function (td) {
    td.addEventListener("click", function () {
      if (!document.getElementById("run-" + td.dataset.run)) return;
      openRun(td.dataset.run).then(function () { document.getElementById("drill").scrollIntoView(); });
    });
  });
  if (typeof DecompressionStream === "undefined") {
    document.getElementById("dd-count").textContent = "this browser cannot decompress the embedded samples (needs DecompressionStream)";
    return;
  }
  openRun(runSel.value).then(function () { document.body.dataset.ready = "1"; });
})();
