// Progressive enhancement only: without scripts the menu stays open, forms post and reload,
// and the server returns to the same item with its message.
document.documentElement.classList.add("js");

const NOTES_KEY = "lorkit-unsaved-notes";
const FALLBACK = {
  offline: "No connection, so that tap was not saved. Your note is still in its box; try again when you are back online.",
  failed: "That tap was not saved. Reload the page and try again; what you typed in a note box is kept.",
};

function showAnswer(build) {
  const toast = document.getElementById("toast");
  if (!toast) return;
  toast.replaceChildren();
  build(toast);
}

function showText(text, withReload) {
  showAnswer((toast) => {
    const p = document.createElement("p");
    p.className = "message error";
    p.textContent = text + " ";
    if (withReload) {
      const a = document.createElement("a");
      a.href = window.location.pathname + window.location.search;
      a.textContent = "Reload the page";
      p.append(a);
    }
    toast.append(p);
  });
}

// A note typed but not saved survives a reload or a detour through the login page.
window.addEventListener("pagehide", () => {
  const unsaved = {};
  document.querySelectorAll("[data-keep]").forEach((field) => {
    if (field.value !== field.defaultValue) unsaved[field.dataset.keep] = field.value;
  });
  if (Object.keys(unsaved).length) {
    const kept = { path: window.location.pathname, at: Date.now(), unsaved };
    sessionStorage.setItem(NOTES_KEY, JSON.stringify(kept));
  }
});

// Kept through a detour (the login page) for this long, then forgotten.
const NOTES_KEPT_MS = 60 * 60 * 1000;

function restoreNotes() {
  const saved = sessionStorage.getItem(NOTES_KEY);
  if (!saved) return;
  let kept;
  try { kept = JSON.parse(saved); } catch { kept = null; }
  if (!kept || !(Date.now() - kept.at < NOTES_KEPT_MS)) {
    sessionStorage.removeItem(NOTES_KEY);
    return;
  }
  if (kept.path !== window.location.pathname) return;
  sessionStorage.removeItem(NOTES_KEY);
  document.querySelectorAll("[data-keep]").forEach((field) => {
    const value = kept.unsaved[field.dataset.keep];
    if (typeof value === "string") field.value = value;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  restoreNotes();
  const toggle = document.querySelector(".menu-toggle");
  const nav = document.getElementById("main-nav");
  if (!toggle || !nav) return;
  toggle.addEventListener("click", () => {
    const open = nav.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
});

// After a tap, focus goes to the next open step (or stays on this one), never to the body.
let tappedItem = null;
document.addEventListener("htmx:beforeRequest", (event) => {
  const item = event.detail.elt.closest ? event.detail.elt.closest("li.milestone") : null;
  tappedItem = item ? item.id : null;
});
document.addEventListener("htmx:afterSettle", () => {
  if (!tappedItem) return;
  const item = document.getElementById(tappedItem);
  tappedItem = null;
  if (!item) return;
  let target = item;
  if (!item.classList.contains("status-open")) {
    let next = item.nextElementSibling;
    while (next && !next.classList.contains("status-open")) next = next.nextElementSibling;
    if (next) target = next;
  }
  const summary = target.querySelector("summary");
  (summary || target).focus();
});

// A failed request says so, with a way on, and never puts a page inside the list.
document.addEventListener("htmx:beforeSwap", (event) => {
  const response = event.detail.serverResponse || "";
  if (event.detail.shouldSwap && /<html[\s>]/i.test(response)) {
    event.detail.shouldSwap = false;
    showText(FALLBACK.failed, true);
  }
});
document.addEventListener("htmx:responseError", (event) => {
  const xhr = event.detail.xhr;
  if (xhr.getResponseHeader("X-Lorkit-Notice")) {
    const body = new DOMParser().parseFromString(xhr.responseText, "text/html").body;
    showAnswer((toast) => toast.append(...body.childNodes));
  } else {
    showText(FALLBACK.failed, true);
  }
});
document.addEventListener("htmx:sendError", () => showText(FALLBACK.offline, false));
