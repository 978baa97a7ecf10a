// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // On a narrow screen, fold the filters so the results come first.
  var filters = document.querySelector(".filters-toggle");
  if (filters && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    filters.open = false;
  }
})();
