// For pages that show an embed of the Defection Tracker (/embed/map/, /embed/timeline/, /embed/commune/…/): each embed
// reports its content's height, and this script sets its iframe to that height, so it never shows a scroll bar or a gap.
// Include it once per page, after or before the iframes: <script async src="https://…/embed-host.js"></script>.
// The message, posted by the embed to its parent: { type: 'defection-tracker:height', height: <CSS px>, id: <embed path> }.
// It is believed only from an iframe of this page whose address is an embed's (/embed/) on the message's origin.
(() => {
  if (window.defectionTrackerEmbeds) return;
  window.defectionTrackerEmbeds = true;
  const HEIGHT = 'defection-tracker:height';
  const MEASURE = 'defection-tracker:measure';
  const MAX_HEIGHT = 20000;

  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return undefined;
    }
  };

  const isEmbed = (frame) => /\/embed\//.test(frame.src);

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data === null || typeof data !== 'object' || data.type !== HEIGHT) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (isEmbed(frame) && originOf(frame) === event.origin) frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });

  // An iframe whose embed has not loaded yet (a lazy one below the fold) still holds this page's about:blank, which a
  // message for the embed's origin would only make the browser warn about: the embed reports its height once loaded.
  const hasLoaded = (frame) => {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch {
      return true; // another origin's document: the embed
    }
  };

  // Embeds that loaded before this script report again when asked.
  const ask = () => {
    for (const frame of document.getElementsByTagName('iframe')) {
      const origin = originOf(frame);
      if (origin && frame.contentWindow && isEmbed(frame) && hasLoaded(frame)) frame.contentWindow.postMessage({ type: MEASURE }, origin);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
