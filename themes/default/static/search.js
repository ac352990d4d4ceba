/* jawnik site search. No dependencies; works from file:// and in any subfolder.
 *
 * The page loads search-index.js first, which sets window.jawnikSearch =
 * {lang, entries: [{title, url, type, type_label, text, search}]}, where `url`
 * is relative to this page and `search` is the entry's text lowercased with
 * Polish letters folded. The query is folded the same way; an entry matches
 * when it contains every word of the query, or the word's stem (Polish words
 * change their endings: "niebieska" finds "Niebieskie Karty").
 * Without this script the page shows the alphabetical list instead.
 */
(function () {
  "use strict";
  var data = window.jawnikSearch;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var found = document.getElementById("search-found");
  var list = document.getElementById("search-results");
  var all = document.getElementById("search-all");
  if (!data || !form || !input || !status || !found || !list || !all) {
    return;
  }

  var POLISH = { "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z" };
  function fold(s) {
    s = String(s).toLowerCase().replace(/[ąćęłńóśźż]/g, function (c) { return POLISH[c]; });
    if (s.normalize) {
      s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    return s;
  }

  var entries = data.entries.map(function (e, i) {
    return { entry: e, order: i, title: fold(e.title), all: fold(e.search) };
  });

  /* The part of a word that survives Polish endings: "niebieska" → "niebies". */
  function stem(word) {
    if (word.length >= 6) { return word.slice(0, word.length - 2); }
    if (word.length >= 4) { return word.slice(0, word.length - 1); }
    return word;
  }

  function startsWord(text, at) {
    return at === 0 || !/[0-9a-z]/.test(text.charAt(at - 1));
  }

  /* A score > 0 when the entry contains every word (or its stem). */
  function score(x, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var at = x.all.indexOf(w);
      var points = 4;
      if (at < 0) {
        w = stem(w);
        at = x.all.indexOf(w);
        points = 2;
      }
      if (at < 0) { return 0; }
      if (startsWord(x.all, at)) { points += 1; }
      if (x.title.indexOf(w) >= 0) { points += 2; }
      total += points;
    }
    return total;
  }

  function search(query) {
    var words = fold(query).split(/[\s,;.:!?()„”"]+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) { return null; }
    var hits = [];
    entries.forEach(function (x) {
      var s = score(x, words);
      if (s > 0) { hits.push({ x: x, s: s }); }
    });
    hits.sort(function (a, b) { return b.s - a.s || a.x.order - b.x.order; });
    return hits.map(function (h) { return h.x.entry; });
  }

  /* Polish has three plural forms: 1 wynik, 2–4 (but not 12–14) wyniki, else wyników. */
  function countMessage(n) {
    var d = form.dataset;
    var key;
    if (n === 0) { key = "none"; }
    else if (n === 1) { key = "one"; }
    else if (d.lang === "pl" && n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) { key = "few"; }
    else { key = "many"; }
    return (d[key] || "").replace("{count}", String(n));
  }

  function item(e) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = e.url;
    a.textContent = e.title;
    li.appendChild(a);
    var type = document.createElement("span");
    type.className = "search-type";
    type.textContent = e.type_label;
    li.appendChild(document.createTextNode(" "));
    li.appendChild(type);
    if (e.text) {
      var text = document.createElement("span");
      text.className = "search-text";
      text.textContent = e.text;
      li.appendChild(text);
    }
    return li;
  }

  var announce = null;
  function show(query) {
    var hits = search(query);
    list.textContent = "";
    if (hits === null) {
      found.hidden = true;
      all.hidden = false;
      status.textContent = "";
      return;
    }
    hits.forEach(function (e) { list.appendChild(item(e)); });
    found.hidden = false;
    all.hidden = true;
    /* Announced once the user pauses, not on every key. */
    clearTimeout(announce);
    announce = setTimeout(function () { status.textContent = countMessage(hits.length); }, 400);
  }

  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  form.hidden = false;
  var match = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (match) {
    try { input.value = decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (e) { input.value = ""; }
    show(input.value);
  }
})();
