// sero: a measurement's page follows its job without reloading by hand. Without this script,
// the page's "Refresh" link does the same.
(function () {
  "use strict";
  var box = document.querySelector("[data-poll]");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-poll");
  var bar = document.getElementById("job-progress");
  var status = document.getElementById("job-status");
  var wait = 1000;
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (job) {
        if (bar) { bar.value = job.progress; bar.textContent = job.progress + "%"; }
        if (status && status.textContent !== job.text) { status.textContent = job.text; }
        if (job.status === "done" || job.status === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, wait);
        }
      })
      .catch(function () {
        // The server may be restarting: try again, less often.
        wait = Math.min(wait * 2, 10000);
        window.setTimeout(poll, wait);
      });
  }
  window.setTimeout(poll, wait);
})();
