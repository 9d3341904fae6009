// A few lines instead of a library: forms marked data-hx swap their card with the
// server's answer (the same routes work without JavaScript), and buttons with
// data-confirm ask first.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-hx]") || event.defaultPrevented) { return; }
    event.preventDefault();
    var target = form.closest("[data-hx-target]") || form;
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    target.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: new URLSearchParams(data),
                         headers: { "HX-Request": "true" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.redirected) { window.location.assign(response.url); return null; }
        return response.text();
      })
      .then(function (html) {
        if (html === null) { return; }
        var box = document.createElement("div");
        box.innerHTML = html;
        var fresh = box.querySelector("[data-hx-target]") || box.firstElementChild;
        if (fresh) { target.replaceWith(fresh); }
      })
      .catch(function () { form.submit(); });
  });
}());
