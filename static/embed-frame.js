// Runs inside every embed (/embed/…): applies the `theme` parameter, and reports the embed's height to the page around it
// for static/embed-host.js. A plain file from the site's own origin (the CSP allows no other script), loaded from the
// embed's <head> before the app starts, so the commune card, which ships no app script, gets it too.
(() => {
  // Once per page, should the element be written again.
  if (window.defectionTrackerEmbed) return;
  window.defectionTrackerEmbed = true;
  const HEIGHT = 'defection-tracker:height';
  const MEASURE = 'defection-tracker:measure';
  // The theme stays in the embed's address, so a reload keeps it; the app reads no filter from it (src/lib/filters/url.ts).
  const theme = new URL(location.href).searchParams.get('theme');

  if (theme === 'light' || theme === 'dark') {
    document.documentElement.dataset.theme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
    // The site's colours follow the reader's system (prefers-color-scheme). A fixed theme rewrites those conditions in
    // the page's own style sheets to always or never, so one set of colour tokens serves all three themes.
    const always = '(width >= 0px)';
    const never = '(width < 0px)';
    const rewrite = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          const text = rule.media.mediaText;
          const next = text
            .replace(/\(\s*prefers-color-scheme\s*:\s*dark\s*\)/g, theme === 'dark' ? always : never)
            .replace(/\(\s*prefers-color-scheme\s*:\s*light\s*\)/g, theme === 'light' ? always : never);
          if (next !== text) rule.media.mediaText = next;
        }
        if ('cssRules' in rule) rewrite(rule.cssRules);
      }
    };
    const rewriteAll = () => {
      for (const sheet of document.styleSheets) {
        try {
          rewrite(sheet.cssRules);
        } catch {
          // A sheet from another origin cannot be read; the site has none.
        }
      }
    };
    // Style sheets arrive after this script (it sits at the top of <head>) and later too (the map's zoom brings one):
    // each is rewritten as it comes, before the frame that would show it is drawn.
    new MutationObserver(rewriteAll).observe(document.head, { childList: true, subtree: true });
    document.addEventListener('load', rewriteAll, true);
    rewriteAll();
  }

  if (window.parent === window) return;
  let last = 0;
  const report = (force) => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT, height, id: location.pathname }, '*');
  };
  const start = () => {
    new ResizeObserver(() => report(false)).observe(document.body);
    window.addEventListener('load', () => report(false));
    // A host script that starts after the embed has reported asks again.
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && event.data !== null && typeof event.data === 'object' && event.data.type === MEASURE) report(true);
    });
    report(true);
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
