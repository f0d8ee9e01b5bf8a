// The session clock of every signed-in page (`SessionWarning` in mod.rs renders what it
// reads): from one minute per warning before the session's deadline
// (`data-expires-at`, unix seconds) it shows the warning of the minutes left, and
// "Stay signed in" asks the portal server (`keep_alive`), whose answer is the new
// deadline. A plain script, not an island: every signed-in page has the clock and most
// have nothing else to run in the browser, so they load no WASM. It looks the warning up
// at each tick and listens on the document, so it also works when the page is drawn
// after it runs (the `csr` build under `trunk serve`, which loads this file itself).
// It also reports when the page is shown and hidden (see `report` below).
(() => {
  'use strict';
  const WARNING = '[data-session-warning]';

  const tick = () => {
    const box = document.querySelector(WARNING);
    if (!box) return;
    const texts = box.querySelectorAll('[data-minutes]');
    const left = Number(box.dataset.expiresAt) - Date.now() / 1000;
    const minutes = Math.min(Math.max(Math.ceil(left / 60), 1), texts.length);
    const show = left > 0 && left <= texts.length * 60;
    for (const text of texts) text.hidden = Number(text.dataset.minutes) !== minutes;
    box.hidden = !show;
  };

  document.addEventListener('submit', async (event) => {
    const form = event.target;
    const box = form instanceof HTMLFormElement ? form.closest(WARNING) : null;
    if (!box) return;
    event.preventDefault();
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
      });
      const deadline = response.ok ? await response.json() : null;
      if (typeof deadline === 'number') box.dataset.expiresAt = String(deadline);
    } catch {
      // Unreachable: the warning stays, and the customer may try again.
    }
    tick();
  });

  // Presence: the page says when it is shown and when it is hidden (`pagehide`: the
  // customer went to another page, to another site, or closed the tab). The API
  // completes the session a few seconds after a hidden page that no later page followed,
  // so closing the tab sends `portal.session.completed` within seconds. `sendBeacon`
  // survives the page's end; the page's render time (`data-page`) orders the reports.
  const report = (state) => {
    const box = document.querySelector(WARNING);
    const page = box ? Number(box.dataset.page) : 0;
    const csrf = box ? box.querySelector('input[name="csrf"]') : null;
    if (!page || !csrf || !box.dataset.presence) return;
    const body = new URLSearchParams({ csrf: csrf.value, page: String(page), state });
    navigator.sendBeacon(box.dataset.presence, body);
  };
  window.addEventListener('pageshow', () => report('present'));
  window.addEventListener('pagehide', () => report('leaving'));

  tick();
  setInterval(tick, 15000);
})();
