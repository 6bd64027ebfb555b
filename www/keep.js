// The text in the box is kept for the tab when the page is left (a reload,
// a link followed, the tab hidden), in sessionStorage, so a reload or Back
// brings it back instead of an empty box or the sample. It stays on the
// device and goes with the tab. A text too large for the storage is not kept
// (and no older one is left in its place).

const KEY = 'salient:text';

/** The text kept from this tab's last visit, or ''. */
export function keptText() {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage unavailable (disabled, sandboxed)
  }
}

/** Keeps the text of `input` whenever the page is hidden or left. */
export function keepText(input) {
  const save = () => {
    try {
      if (input.value) sessionStorage.setItem(KEY, input.value);
      else sessionStorage.removeItem(KEY);
    } catch {
      try {
        sessionStorage.removeItem(KEY);
      } catch {
        // storage unavailable: nothing kept
      }
    }
  };
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
}
