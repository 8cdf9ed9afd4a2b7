/// <reference lib="dom.iterable" />
/// <reference lib="dom" />
// A trainer shows a phase's diagram on a projector: each diagram of the trainer guides
// (`.phase-diagram`) gets a button that shows it alone, filling the screen.

const LABELS: Readonly<Record<string, readonly [show: string, leave: string]>> = {
  nl: ["Schema op volledig scherm", "Volledig scherm sluiten"],
  fr: ["Schéma en plein écran", "Quitter le plein écran"],
  en: ["Diagram full screen", "Exit full screen"],
};

/**
 * The button's text for a page's `lang` (`nl-BE`, `fr-BE`, `en-US`...; English for any
 * other), while the diagram is shown full screen or not. Pure.
 */
export function fullScreenLabel(lang: string, showing = false): string {
  const labels = LABELS[lang.slice(0, 2).toLowerCase()] ?? LABELS.en!;
  return labels[showing ? 1 : 0];
}

let following = false;

/** Adds the button to every diagram of the page that has none yet. */
export function addFullScreenButtons(root: Document = document): void {
  const lang = root.documentElement.lang;
  for (const diagram of root.querySelectorAll<HTMLElement>(".phase-diagram")) {
    if (diagram.querySelector(":scope > .full-screen")) continue;
    const button = root.createElement("button");
    button.type = "button";
    button.className = "full-screen";
    button.textContent = fullScreenLabel(lang);
    button.addEventListener("click", () => {
      if (root.fullscreenElement) void root.exitFullscreen();
      else void diagram.requestFullscreen?.();
    });
    diagram.prepend(button);
  }
  if (following) return;
  following = true;
  // The button says how to leave while its diagram fills the screen (Esc works too).
  root.addEventListener("fullscreenchange", () => {
    for (const button of root.querySelectorAll<HTMLElement>(".phase-diagram > .full-screen"))
      button.textContent = fullScreenLabel(
        root.documentElement.lang,
        root.fullscreenElement === button.parentElement,
      );
  });
}
