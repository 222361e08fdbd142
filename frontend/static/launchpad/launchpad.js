/* Small enhancements on top of server-rendered pages; every page works without this file. */
(function () {
  "use strict";

  // Menus (details.menu): one open at a time, closed by Escape or a click elsewhere.
  function closeMenus(except) {
    document.querySelectorAll("details.menu[open]").forEach(function (menu) {
      if (menu !== except && !menu.contains(except)) menu.removeAttribute("open");
    });
  }
  document.addEventListener("click", function (event) {
    var inside = event.target.closest("details.menu");
    closeMenus(inside);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.activeElement && document.activeElement.closest("details.menu[open]");
    closeMenus(null);
    if (open) open.querySelector("summary").focus();
  });

  // An error summary takes focus so that keyboard and screen-reader users start from it.
  function focusErrorSummary(root) {
    var summary = root.querySelector(".error-summary");
    if (summary) {
      summary.setAttribute("tabindex", "-1");
      summary.focus();
    }
  }

  // Compare: at most three, and the button says how many are chosen.
  function updateCompare(form) {
    var boxes = document.querySelectorAll('input[form="' + form.id + '"][name="compare"]');
    var chosen = Array.prototype.filter.call(boxes, function (box) { return box.checked; });
    boxes.forEach(function (box) { box.disabled = !box.checked && chosen.length >= 3; });
    var count = form.querySelector("[data-compare-count]");
    if (count) count.textContent = String(chosen.length);
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = chosen.length < 2;
  }
  function wireCompare(root) {
    root.querySelectorAll("form[data-compare]").forEach(updateCompare);
  }
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.name === "compare" && box.form && box.form.hasAttribute("data-compare")) {
      updateCompare(box.form);
    }
  });

  // Printing from a button, without an inline handler.
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  // After htmx swaps a fragment in, focus what the fragment asks for, so keyboard users
  // are not dropped back at the top of the page.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var root = target && target.isConnected ? target : document;
    var wanted = document.querySelector("[data-focus-after-swap]");
    if (wanted) {
      wanted.removeAttribute("data-focus-after-swap");
      if (!wanted.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(wanted.tagName)) {
        wanted.setAttribute("tabindex", "-1");
      }
      wanted.focus();
    } else {
      focusErrorSummary(root);
    }
    wireCompare(document);
  });

  document.addEventListener("DOMContentLoaded", function () {
    focusErrorSummary(document);
    wireCompare(document);
  });
})();
