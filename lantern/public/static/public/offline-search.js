// Search in an offline copy of the hub (lantern export-site). The state of a search lives after
// "#" (q, page and the filters: type, topic, country, year, language, publisher, collection), so
// every result page is a link that works from a folder. Words typed, over HTTP: Pagefind's index
// (pagefind/); from file://, where browsers refuse module scripts and fetch(), and for a list
// without words: the copy's own index (search-index/), whose parts are classic scripts added with
// <script> when a query needs them.
// Nothing is stored in the browser and nothing is asked of another host.
(function () {
  "use strict";

  var FILTERS = ["type", "topic", "country", "year", "language", "publisher", "collection"];
  var PER_PAGE = 20;
  var FACET_VALUES = 12;
  var script = document.currentScript;
  var root = script.src.replace(/static\/public\/offline-search\.js.*$/, "");
  var data = JSON.parse(document.getElementById("offline-search-data").textContent);
  var strings = data.strings;
  var form = document.getElementById("offline-search");
  var input = document.getElementById("q");
  var heading = document.getElementById("results-heading");
  var list = document.getElementById("offline-results");
  var pagesNav = document.getElementById("offline-pages");
  var filtersBox = document.getElementById("offline-filters");
  var facetsBox = document.getElementById("offline-facets");
  var resultsBox = document.getElementById("results");

  function escapeHtml(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // --- the state in the address --------------------------------------------------------------
  function readState() {
    var params = new URLSearchParams(location.hash.slice(1));
    var typed = new URLSearchParams(location.search); // the header's search form sends ?q=
    var state = { q: params.has("q") ? params.get("q") : typed.get("q") || "", filters: {} };
    state.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
    FILTERS.forEach(function (name) {
      state.filters[name] = params.getAll(name).filter(Boolean);
    });
    return state;
  }

  function hashOf(state) {
    var params = new URLSearchParams();
    if (state.q) { params.append("q", state.q); }
    FILTERS.forEach(function (name) {
      state.filters[name].forEach(function (value) { params.append(name, value); });
    });
    if (state.page > 1) { params.append("page", String(state.page)); }
    return "#" + params.toString();
  }

  function changed(state, name, value) {
    var next = { q: state.q, page: 1, filters: {} };
    FILTERS.forEach(function (key) { next.filters[key] = state.filters[key].slice(); });
    var values = next.filters[name];
    var at = values.indexOf(value);
    if (at >= 0) { values.splice(at, 1); } else if (name === "year") { next.filters.year = [value]; } else { values.push(value); }
    return next;
  }

  // --- the copy's own index (file://) --------------------------------------------------------
  var loading = {};
  var waiting = {};
  window.LanternIndex = {
    loaded: function (name, payload) { if (waiting[name]) { waiting[name](payload); } }
  };
  function part(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve) {
        waiting[name] = resolve;
        var tag = document.createElement("script");
        tag.src = root + "search-index/" + name + ".js";
        tag.onerror = function () { resolve(null); };
        document.head.appendChild(tag);
      });
    }
    return loading[name];
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length >= 2 && w.length <= 40; });
  }

  function shardKey(word) {
    var key = "";
    for (var i = 0; i < Math.min(2, word.length); i++) {
      var c = word[i];
      key += (c >= "a" && c <= "z") || (c >= "0" && c <= "9") ? c : "_" + c.codePointAt(0).toString(16);
    }
    return key;
  }

  function wordScores(word, shard) {
    // Words of three letters or more also find the longer words they begin (labour: labourers).
    var scores = new Map();
    if (!shard) { return scores; }
    Object.keys(shard).forEach(function (term) {
      if (term === word || (word.length >= 3 && term.indexOf(word) === 0)) {
        var postings = shard[term];
        for (var i = 0; i < postings.length; i += 2) {
          var weight = postings[i + 1] * (term === word ? 2 : 1);
          scores.set(postings[i], Math.max(scores.get(postings[i]) || 0, weight));
        }
      }
    });
    return scores;
  }

  var scriptIndex = {
    name: "index",
    search: function (state) {
      return part("index").then(function (index) {
        var words = fold(state.q);
        return Promise.all(words.map(function (w) { return part("t/" + shardKey(w)); })).then(function (shards) {
          var scores = null;
          words.forEach(function (word, i) {
            var found = wordScores(word, shards[i]);
            if (scores === null) { scores = found; return; }
            var both = new Map();
            scores.forEach(function (score, doc) { if (found.has(doc)) { both.set(doc, score + found.get(doc)); } });
            scores = both;
          });
          var docs = scores === null ? Array.from({ length: index.count }, function (_, i) { return i; }) : Array.from(scores.keys());
          FILTERS.forEach(function (name) {
            var chosen = state.filters[name];
            if (!chosen.length) { return; }
            var allowed = new Set();
            chosen.forEach(function (value) { (index.filters[name][value] || []).forEach(function (d) { allowed.add(d); }); });
            docs = docs.filter(function (d) { return allowed.has(d); });
          });
          // Documents are numbered newest first: equal scores keep that order.
          docs.sort(function (a, b) { return scores === null ? a - b : (scores.get(b) - scores.get(a)) || a - b; });
          var inResults = new Set(docs);
          var counts = {};
          FILTERS.forEach(function (name) {
            counts[name] = {};
            Object.keys(index.filters[name] || {}).forEach(function (value) {
              var n = 0;
              index.filters[name][value].forEach(function (d) { if (inResults.has(d)) { n++; } });
              if (n) { counts[name][value] = n; }
            });
          });
          return { total: docs.length, counts: counts, page: function (start, end) {
            return Promise.all(docs.slice(start, end).map(function (doc) {
              return part("d/" + Math.floor(doc / index.chunk)).then(function (rows) {
                var row = rows[doc % index.chunk];
                return { url: row[0], title: row[1], text: escapeHtml(row[2]), publisher: row[3], year: row[4], type: row[5] };
              });
            }));
          } };
        });
      });
    }
  };

  // --- Pagefind (http, https) ----------------------------------------------------------------
  function pagefindEngine() {
    return import(root + "pagefind/pagefind.js").then(function (pagefind) {
      // Pagefind counts a filter's values only once that filter's part of the index is loaded, and a
      // search loads only the filters it uses: without this every facet would be missing.
      return pagefind.options({ baseUrl: "/", excerptLength: 30 }).then(function () {
        return pagefind.filters();
      }).then(function () {
        return {
          name: "pagefind",
          search: function (state) {
            var filters = {};
            FILTERS.forEach(function (name) { if (state.filters[name].length) { filters[name] = { any: state.filters[name] }; } });
            var options = { filters: filters };
            return pagefind.search(state.q || null, options).then(function (found) {
              var results = (found && found.results) || [];
              return { total: results.length, counts: (found && found.filters) || {}, page: function (start, end) {
                return Promise.all(results.slice(start, end).map(function (result) {
                  return result.data().then(function (item) {
                    var text = state.q ? markOnly(item.excerpt) : escapeHtml(item.meta.teaser);
                    return { url: item.url.replace(/^\/+/, ""), title: item.meta.title, text: text,
                             publisher: item.meta.publisher, year: item.meta.year, type: item.meta.type };
                  });
                }));
              } };
            });
          }
        };
      });
    });
  }

  function markOnly(excerpt) {
    // Pagefind's excerpt with only its <mark> kept as markup.
    return escapeHtml(String(excerpt || "").replace(/<(?!\/?mark>)[^>]*>/g, ""))
      .replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>");
  }

  // --- drawing -------------------------------------------------------------------------------
  function label(name, value) {
    return (data.labels[name] && data.labels[name][value]) || value;
  }

  function card(item) {
    var href = root + data.prefix + item.url + "index.html";
    var meta = '<span class="badge">' + escapeHtml(label("type", item.type)) + "</span>";
    if (item.publisher) { meta += ' <span class="publishers">' + escapeHtml(item.publisher) + "</span>"; }
    if (item.year) { meta += ' <span class="year">' + escapeHtml(item.year) + "</span>"; }
    return '<article class="card">\n  <h3 class="card-title"><a href="' + escapeHtml(href) + '">' + escapeHtml(item.title) +
      '</a></h3>\n  <p class="card-meta">' + meta + "</p>\n  " + (item.text ? '<p class="card-text">' + item.text + "</p>" : "") + "\n</article>";
  }

  function facets(state, counts) {
    var html = "";
    var selectedCount = 0;
    FILTERS.forEach(function (name) {
      var values = Object.keys(counts[name] || {}).filter(function (v) { return counts[name][v] > 0; });
      state.filters[name].forEach(function (v) { if (values.indexOf(v) < 0) { values.push(v); } });
      if (!values.length) { return; }
      values.sort(function (a, b) {
        var chosen = (state.filters[name].indexOf(b) >= 0) - (state.filters[name].indexOf(a) >= 0);
        if (name === "year") { return chosen || (b > a ? 1 : -1); }
        return chosen || ((counts[name][b] || 0) - (counts[name][a] || 0)) || (label(name, a) > label(name, b) ? 1 : -1);
      });
      var items = values.slice(0, Math.max(FACET_VALUES, state.filters[name].length)).map(function (value) {
        var selected = state.filters[name].indexOf(value) >= 0;
        if (selected) { selectedCount++; }
        var mark = selected ? ' class="is-selected"><span class="visually-hidden">' + escapeHtml(strings.selected) + " </span>" : ">";
        return '<li><a href="' + escapeHtml(hashOf(changed(state, name, value))) + '"' + mark + "<span>" +
          escapeHtml(label(name, value)) + "</span> <small>" + (counts[name][value] || 0) + "</small></a></li>";
      });
      html += '<section class="facet facet--' + name + '" aria-labelledby="facet-' + name + '"><h3 id="facet-' + name + '">' +
        escapeHtml(strings.filters[name]) + "</h3><ul>" + items.join("") + "</ul></section>";
    });
    if (selectedCount) {
      var clear = { q: state.q, page: 1, filters: {} };
      FILTERS.forEach(function (name) { clear.filters[name] = []; });
      html = '<p><a href="' + escapeHtml(hashOf(clear)) + '">' + escapeHtml(strings.clear) + "</a></p>" + html;
    }
    facetsBox.innerHTML = html;
    filtersBox.hidden = !html;
  }

  function pages(state, total) {
    var last = Math.max(1, Math.ceil(total / PER_PAGE));
    if (last === 1) { pagesNav.hidden = true; pagesNav.innerHTML = ""; return; }
    var items = [];
    function link(page, text, extra) {
      var next = { q: state.q, page: page, filters: state.filters };
      return '<li><a href="' + escapeHtml(hashOf(next)) + '"' + (extra || "") + ">" + text + "</a></li>";
    }
    if (state.page > 1) { items.push(link(state.page - 1, "← " + escapeHtml(strings.previous), ' rel="prev"')); }
    for (var n = Math.max(1, state.page - 2); n <= Math.min(last, state.page + 2); n++) {
      var current = n === state.page ? ' aria-current="page" class="is-current"' : "";
      items.push(link(n, '<span class="visually-hidden">' + escapeHtml(strings.page) + " </span>" + n, current));
    }
    if (state.page < last) { items.push(link(state.page + 1, escapeHtml(strings.next) + " →", ' rel="next"')); }
    pagesNav.innerHTML = "<ul>" + items.join("") + "</ul>";
    pagesNav.hidden = false;
  }

  function countText(total) {
    if (total === 0) { return strings.none; }
    return (total === 1 ? strings.one : strings.many).replace("%s", total.toLocaleString(document.documentElement.lang));
  }

  // --- running -------------------------------------------------------------------------------
  // With no words typed (the page as it opens, or filters alone) the copy's own index lists the
  // resources: Pagefind would load its whole word index to list every page.
  // Pagefind itself starts loading once that list is shown, ready for the words a visitor types.
  var pagefind = null;
  function loadPagefind() {
    if (!pagefind) { pagefind = pagefindEngine().catch(function () { return scriptIndex; }); }
    return pagefind;
  }
  function chooseEngine(state) {
    if (location.protocol === "file:" || !fold(state.q).length) { return Promise.resolve(scriptIndex); }
    return loadPagefind();
  }

  var run = 0;
  function update() {
    var state = readState();
    var mine = ++run;
    var started = performance.now();
    input.value = state.q;
    chooseEngine(state).then(function (chosen) {
      return chosen.search(state).then(function (found) {
        var start = (state.page - 1) * PER_PAGE;
        return found.page(start, start + PER_PAGE).then(function (items) {
          if (mine !== run) { return; }
          heading.textContent = countText(found.total);
          list.innerHTML = items.map(card).join("\n");
          facets(state, found.counts);
          pages(state, found.total);
          resultsBox.setAttribute("data-engine", chosen.name);
          resultsBox.setAttribute("data-ms", String(Math.round(performance.now() - started)));
          resultsBox.setAttribute("aria-busy", "false");
          if (location.protocol !== "file:") { loadPagefind(); }
        });
      });
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var state = readState();
    state.q = input.value.trim();
    state.page = 1;
    var target = hashOf(state);
    if (location.search) {
      location.replace(location.href.split("?")[0].split("#")[0] + target);
    } else {
      location.hash = target;
    }
  });
  window.addEventListener("hashchange", update);
  update();
})();
