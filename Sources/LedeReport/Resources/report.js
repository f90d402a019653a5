// Lede report: click or press Enter on a quotation, reported speech or a number to see its
// details below the page; every mark of the same speaker is outlined. Click a speaker in
// the list to go to their first quotation. The page works without this script.
(function () {
  var details = document.getElementById("details");
  function select(element) {
    document.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
    var speaker = element.getAttribute("data-speaker");
    if (speaker) {
      document.querySelectorAll('[data-speaker="' + speaker + '"]').forEach(function (e) { e.classList.add("active"); });
    }
    var info = element.getAttribute("data-info");
    if (info && details) { details.textContent = info; }
  }
  document.addEventListener("click", function (event) {
    var element = event.target.closest("[data-info], .speaker");
    if (!element) { return; }
    select(element);
    if (element.classList.contains("speaker")) {
      var first = document.querySelector('q[data-speaker="' + element.id + '"], .reported[data-speaker="' + element.id + '"]');
      if (first) { first.focus(); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches && event.target.matches("[data-info], .speaker")) {
      event.preventDefault();
      event.target.click();
    }
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-info]")) { select(event.target); }
  });
})();
