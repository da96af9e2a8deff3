// The check-in survives a lost connection: a check-in that cannot be sent is kept on this
// phone and sent as soon as the connection is back (or the page is opened again). The server
// keeps one check-in per day, so sending one twice stores it once.
(function () {
  const form = document.getElementById("check-in");
  if (!form || !window.fetch) return;
  const key = form.dataset.offlineKey;
  const status = form.querySelector(".offline-status");

  function pending() {
    try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch { return []; }
  }
  function keep(list) {
    if (list.length) localStorage.setItem(key, JSON.stringify(list));
    else localStorage.removeItem(key);
  }
  function say(text) { if (status) status.textContent = text; }
  function token() {
    const field = form.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  // The path without the query: a queued check-in names its own day, which must not be
  // taken for the day of the page it is sent from.
  async function send(entries, redirect) {
    const body = new URLSearchParams(entries);
    body.set("csrfmiddlewaretoken", token());
    const response = await fetch(window.location.pathname, {
      method: "POST",
      body,
      credentials: "same-origin",
      redirect,
      headers: { "X-Lorkit-Offline-Sync": "1" },
    });
    return response;
  }
  // Saved means sent on to Today; a redirect to the login page is not a save.
  function saved(response) {
    return response.redirected && new URL(response.url).pathname === form.dataset.doneUrl;
  }
  // A kept check-in the server refused (a note the privacy guard stopped): put it back in the
  // form and post it the plain way, so the page comes back with the reasons and every answer.
  function reopen(entries) {
    for (const [name, value] of entries) {
      const field = form.elements[name];
      const choice = form.querySelector(`input[type=radio][name="${name}"][value="${value}"]`);
      if (choice) choice.checked = true;
      else if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === "hidden")) field.value = value;
    }
    form.submit();
  }

  async function flush() {
    const queue = pending();
    if (!queue.length || !navigator.onLine) return;
    const left = [];
    let refused = null;
    let sent = 0;
    for (const entries of queue) {
      try {
        const response = await send(entries, "follow");
        if (saved(response)) { sent += 1; continue; }
        if (response.ok && !response.redirected && !refused) refused = entries;
        else left.push(entries);
      } catch { left.push(entries); }
    }
    keep(left);
    if (refused) { reopen(refused); return; }
    if (sent) say(`${sent} check-in${sent > 1 ? "s" : ""} kept offline ${sent > 1 ? "were" : "was"} sent.`);
    else if (left.length) say("A check-in kept on this phone could not be sent yet; lorkit will try again.");
  }

  form.addEventListener("submit", async (event) => {
    if (event.submitter && event.submitter.name) return;  // privacy answers: a normal post
    event.preventDefault();
    const entries = Array.from(new FormData(form).entries()).filter(([name]) => name !== "csrfmiddlewaretoken");
    try {
      // Not followed: following would load Today in the background and use up the
      // "Check-in saved" message before the page shows it.
      const response = await send(entries, "manual");
      if (response.type === "opaqueredirect") { window.location.assign(form.dataset.doneUrl); return; }
      // Refused (a missing answer, a privacy check): send it the plain way, so the page
      // comes back with the reasons and everything typed.
      form.submit();
    } catch {
      const queue = pending();
      queue.push(entries);
      keep(queue);
      say("No connection: your check-in is kept on this phone and will be sent when you are back online.");
    }
  });

  // One send at a time: the browser's own "online" event and a reload can both ask for a
  // flush, and two sends of one queue would post the same check-in twice at once.
  let flushing = null;
  function flushOnce() {
    if (!flushing) flushing = flush().finally(() => { flushing = null; });
    return flushing;
  }
  window.addEventListener("online", flushOnce);
  flushOnce();
})();
