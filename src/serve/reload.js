// jawnik serve: reloads this page when the site has been rebuilt, and shows a
// failed build's errors in an overlay. Added by `jawnik serve` only, never by
// `jawnik build`. Listens to /__jawnik/events (Server-Sent Events), where each
// `status` message is {generation, ok, error}.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? script.getAttribute("data-generation") : null;
  var polish = (document.documentElement.lang || "").toLowerCase().indexOf("pl") === 0;
  var words = polish
    ? {
        title: "Nie udało się przebudować strony",
        help: "Nadal wyświetlana jest ostatnia poprawna wersja. Popraw plik i zapisz go — strona odświeży się sama.",
        close: "Zamknij",
      }
    : {
        title: "The site could not be rebuilt",
        help: "The last good version is still shown. Fix the file and save it; this page reloads by itself.",
        close: "Dismiss",
      };
  var overlay = null;
  var text = null;
  var dismissed = null;
  var focusBefore = null;

  function build() {
    overlay = document.createElement("div");
    overlay.id = "jawnik-build-error";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "jawnik-build-error-title");
    overlay.setAttribute("aria-describedby", "jawnik-build-error-help jawnik-build-error-text");
    overlay.setAttribute("lang", polish ? "pl" : "en");
    overlay.style.cssText =
      "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:80vh;overflow:auto;" +
      "box-sizing:border-box;padding:1rem 1.25rem;background:#1d1d1d;color:#fff;" +
      "border-top:6px solid #ff6b6b;font:16px/1.5 system-ui,sans-serif;text-align:left";
    var title = document.createElement("h2");
    title.id = "jawnik-build-error-title";
    title.textContent = words.title;
    title.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#fff";
    var help = document.createElement("p");
    help.id = "jawnik-build-error-help";
    help.textContent = words.help;
    help.style.cssText = "margin:0 0 .75rem";
    text = document.createElement("pre");
    text.id = "jawnik-build-error-text";
    text.setAttribute("aria-live", "polite");
    text.style.cssText =
      "margin:0 0 .75rem;padding:.75rem;white-space:pre-wrap;overflow-wrap:anywhere;background:#000;" +
      "color:#fff;font:14px/1.4 ui-monospace,monospace";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = words.close;
    close.style.cssText =
      "font:inherit;padding:.4rem 1rem;background:#fff;color:#000;border:2px solid #fff;cursor:pointer";
    close.addEventListener("click", dismiss);
    overlay.addEventListener("keydown", function (e) {
      if (e.key === "Escape") dismiss();
    });
    overlay.appendChild(title);
    overlay.appendChild(help);
    overlay.appendChild(text);
    overlay.appendChild(close);
  }

  function show(message) {
    if (message === dismissed) return;
    if (!overlay) build();
    text.textContent = message;
    if (!overlay.parentNode) {
      focusBefore = document.activeElement;
      document.body.appendChild(overlay);
      overlay.querySelector("button").focus();
    }
  }

  function hide() {
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
      if (focusBefore && focusBefore.focus) focusBefore.focus();
    }
  }

  function dismiss() {
    dismissed = text ? text.textContent : null;
    hide();
  }

  function onStatus(e) {
    var status;
    try {
      status = JSON.parse(e.data);
    } catch (_) {
      return;
    }
    // A page served without its generation takes the first one it hears.
    if (generation === null) generation = String(status.generation);
    if (status.ok) {
      dismissed = null;
      if (String(status.generation) !== generation) {
        disconnect();
        location.reload();
      } else {
        hide();
      }
    } else {
      show(status.error);
    }
  }

  // Each open stream holds one of the few connections a browser allows per
  // server, so hidden tabs let theirs go; the status sent on reconnecting says
  // whether the page went stale meanwhile.
  var events = null;
  function connect() {
    if (events) return;
    events = new EventSource("/__jawnik/events");
    events.addEventListener("status", onStatus);
  }
  function disconnect() {
    if (events) events.close();
    events = null;
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) disconnect();
    else connect();
  });
  if (!document.hidden) connect();
})();
