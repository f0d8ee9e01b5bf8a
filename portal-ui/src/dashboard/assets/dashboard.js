// The merchant dashboard's only script: the live preview of "Settings → Customer portal".
// Without it the form's "Update the preview" button does the same (a post into the
// preview frame); with it, the preview follows each edit, a moment after the last one.
(() => {
  const form = document.querySelector('form[data-preview-form]');
  const button = form && form.querySelector('[data-preview-button]');
  if (!form || !button || !form.requestSubmit) return;
  let timer;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => form.requestSubmit(button), 250);
  };
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
})();
