/// <reference lib="dom" />
// vitepress-plugin-mermaid renders every diagram of a page at once when the page mounts.
// On the trainer guides (eleven diagrams a page) some of them now and then come out as
// Mermaid's "Syntax error" picture, although their text parses (a race inside the
// plugin's concurrent first renders; a second render draws them). The plugin re-renders
// its diagrams whenever an attribute of <html> changes (that is how it follows the dark
// theme): touching one is the supported way to ask it for a second render.

const ERROR = '.mermaid svg[aria-roledescription="error"]';
const ATTEMPTS = 5;
const WAIT_MS = 700;

/** Asks the plugin to draw again, a few times, while a diagram of the page shows an error. */
export function redrawFailedDiagrams(root: Document = document, attempt = 1): void {
  setTimeout(() => {
    if (root.querySelector(ERROR) === null || attempt > ATTEMPTS) return;
    root.documentElement.dataset.diagramsRedrawn = String(attempt);
    redrawFailedDiagrams(root, attempt + 1);
  }, WAIT_MS * attempt);
}
