// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Quick exit: leave for a neutral site and replace this page in the history, so that the
  // Back button does not come back here. Without JavaScript the link still leaves.
  var exit = document.getElementById("quick-exit");
  function leave(event) {
    if (event) { event.preventDefault(); }
    var target = exit ? exit.href : "https://www.bbc.co.uk/weather";
    document.title = "";
    document.body.hidden = true;
    window.location.replace(target);
  }
  if (exit) { exit.addEventListener("click", leave); }

  // Esc pressed twice (within two seconds) does the same, from anywhere on the page.
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var now = Date.now();
    if (now - lastEscape < 2000) { leave(event); }
    lastEscape = now;
  });

  // On a narrow screen, fold the filters and the map so the results come first.
  if (window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    var folded = document.querySelectorAll(".filters-toggle, .map-box");
    for (var i = 0; i < folded.length; i++) { folded[i].open = false; }
  }
})();
