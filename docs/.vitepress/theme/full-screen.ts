/// <reference lib="dom.iterable" />
/// <reference lib="dom" />
// A trainer shows a phase's diagram on a projector: each diagram of the trainer guides
// (`.phase-diagram`) gets a button that shows it alone, filling the screen.

const LABELS: Readonly<Record<string, string>> = {
  nl: "Schema op volledig scherm",
  fr: "Schéma en plein écran",
  en: "Diagram full screen",
};

/** The button's text for a page's `lang` (`nl-BE`, `fr-BE`, `en-US`...); English otherwise. Pure. */
export function fullScreenLabel(lang: string): string {
  return LABELS[lang.slice(0, 2).toLowerCase()] ?? LABELS.en!;
}

/** Adds the button to every diagram of the page that has none yet. */
export function addFullScreenButtons(root: Document = document): void {
  const text = fullScreenLabel(root.documentElement.lang);
  for (const diagram of root.querySelectorAll<HTMLElement>(".phase-diagram")) {
    if (diagram.querySelector(":scope > .full-screen")) continue;
    const button = root.createElement("button");
    button.type = "button";
    button.className = "full-screen";
    button.textContent = text;
    button.addEventListener("click", () => {
      if (root.fullscreenElement) void root.exitFullscreen();
      else void diagram.requestFullscreen?.();
    });
    diagram.prepend(button);
  }
}
