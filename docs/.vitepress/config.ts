import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig } from "vitepress";
import { withMermaid } from "vitepress-plugin-mermaid";

// The reference section lists exactly the pages docs/scripts/generate.ts wrote.
const referenceSidebar = JSON.parse(
  readFileSync(new URL("./generated/reference-sidebar.json", import.meta.url), "utf8"),
) as { items: DefaultTheme.SidebarItem[] };

/** One sidebar entry per package of the typedoc output (built by `pnpm docs:generate`). */
function apiItems(): DefaultTheme.SidebarItem[] {
  const api = fileURLToPath(new URL("../api/", import.meta.url));
  const directories = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : [];
  // typedoc writes `@scope/name/` for scoped packages and `name/` for the others.
  const packages = directories(api).flatMap((name) =>
    name.startsWith("@") ? directories(`${api}${name}`).map((sub) => `${name}/${sub}`) : [name],
  );
  return [
    { text: "The packages, in brief", link: "/packages" },
    { text: "All packages", link: "/api/" },
    ...packages.map((name) => ({ text: name, link: `/api/${name}/` })),
  ];
}

const methodPages = {
  en: [
    ["What MIRIAM is", ""],
    ["Principles", "principles"],
    ["The trajectory, phase by phase", "trajectory"],
    ["Life domains", "life-domains"],
    ["Rights by region", "rights"],
    ["Measurement", "measurement"],
    ["Reporting and privacy", "reporting-privacy"],
    ["Glossary", "glossary"],
    ["Sources", "sources"],
  ],
  nl: [
    ["Wat MIRIAM is", ""],
    ["Principes", "principles"],
    ["Het traject, fase per fase", "trajectory"],
    ["Levensdomeinen", "life-domains"],
    ["Rechten per regio", "rights"],
    ["Meten", "measurement"],
    ["Rapportering en privacy", "reporting-privacy"],
    ["Woordenlijst", "glossary"],
    ["Bronnen", "sources"],
  ],
  fr: [
    ["Ce qu'est MIRIAM", ""],
    ["Principes", "principles"],
    ["Le parcours, phase par phase", "trajectory"],
    ["Domaines de vie", "life-domains"],
    ["Droits par région", "rights"],
    ["Mesure", "measurement"],
    ["Rapportage et vie privée", "reporting-privacy"],
    ["Glossaire", "glossary"],
    ["Sources", "sources"],
  ],
} as const;

const methodItems = (locale: keyof typeof methodPages, prefix: string) =>
  methodPages[locale].map(([text, slug]) => ({ text, link: `${prefix}method/${slug}` }));

const guideItems: DefaultTheme.SidebarItem[] = [
  { text: "For a new OCMW / CPAS", link: "/guides/new-ocmw" },
  { text: "For a software vendor", link: "/guides/vendor" },
  { text: "For a trainer", link: "/guides/trainer" },
  { text: "Introducing 'My plan' to a mother", link: "/guides/her-plan" },
  { text: "Data protection in the reference app", link: "/guides/data-protection" },
  { text: "For a programme coordinator", link: "/guides/programme-report" },
];

// Sidebar groups are never collapsible: VitePress draws a collapsible group's title as a
// button that holds other controls, which screen readers cannot use (axe: nested-interactive).
const englishSections = (titles: { guides: string; reference: string; api: string }) => [
  { text: titles.guides, items: guideItems },
  { text: titles.reference, items: referenceSidebar.items },
  { text: titles.api, items: apiItems() },
];

export default withMermaid(
  defineConfig({
    title: "MIRIAM kit",
    description:
      "The MIRIAM method of intensive support for single mothers at OCMW / CPAS, and the open kit that implements it.",
    // Generated snippets are included by pages, never pages themselves.
    srcExclude: ["snippets/**", "scripts/**", "test/**", "README.md"],
    // Never ignore dead links: a broken internal link fails the build.
    ignoreDeadLinks: false,
    // Shiki's high-contrast themes: the default ones colour some tokens below 4.5:1.
    markdown: { theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } },
    // The diagrams are shown on a projector and printed on A4 handouts: larger text, and
    // long labels wrapped rather than shrunk.
    mermaid: {
      themeVariables: { fontSize: "18px" },
      flowchart: { useMaxWidth: true, wrappingWidth: 150, htmlLabels: true },
    },
    vite: {
      // The Mermaid plugin asks Vite to pre-bundle some of Mermaid's CommonJS dependencies by
      // bare name, which pnpm's strict node_modules cannot resolve from here, and newer
      // Mermaid releases have more of them. Pre-bundling Mermaid as a whole converts them
      // all, or `vitepress dev` fails to load the page. (The production build is unaffected.)
      optimizeDeps: { include: ["mermaid"] },
    },
    themeConfig: {
      search: {
        provider: "local",
        options: {
          locales: {
            nl: {
              translations: {
                button: { buttonText: "Zoeken", buttonAriaLabel: "Zoeken" },
                modal: {
                  displayDetails: "Details tonen",
                  resetButtonTitle: "Zoekopdracht wissen",
                  backButtonTitle: "Zoeken sluiten",
                  noResultsText: "Geen resultaten voor",
                  footer: {
                    selectText: "kiezen",
                    navigateText: "navigeren",
                    closeText: "sluiten",
                  },
                },
              },
            },
            fr: {
              translations: {
                button: { buttonText: "Rechercher", buttonAriaLabel: "Rechercher" },
                modal: {
                  displayDetails: "Afficher les détails",
                  resetButtonTitle: "Effacer la recherche",
                  backButtonTitle: "Fermer la recherche",
                  noResultsText: "Aucun résultat pour",
                  footer: {
                    selectText: "choisir",
                    navigateText: "naviguer",
                    closeText: "fermer",
                  },
                },
              },
            },
          },
        },
      },
    },
    locales: {
      root: {
        label: "English",
        lang: "en",
        themeConfig: {
          nav: [
            { text: "The method", link: "/method/" },
            { text: "Guides", link: "/guides/new-ocmw" },
            { text: "Reference", link: "/reference/" },
            { text: "Packages", link: "/packages" },
            { text: "API", link: "/api/" },
          ],
          sidebar: [
            { text: "The method", items: methodItems("en", "/") },
            ...englishSections({ guides: "Guides", reference: "Reference", api: "API reference" }),
            { text: "About the kit", items: [{ text: "Decisions", link: "/decisions" }] },
          ],
          outline: { level: [2, 3] },
        },
      },
      nl: {
        label: "Nederlands",
        lang: "nl-BE",
        link: "/nl/",
        description:
          "De MIRIAM-methode voor intensieve begeleiding van alleenstaande moeders in het OCMW.",
        themeConfig: {
          nav: [
            { text: "De methode", link: "/nl/method/" },
            { text: "Voor trainers", link: "/nl/guides/trainer" },
            { text: "Handleidingen (EN)", link: "/guides/new-ocmw" },
            { text: "Referentie (EN)", link: "/reference/" },
          ],
          sidebar: [
            { text: "De methode", items: methodItems("nl", "/nl/") },
            {
              text: "Handleidingen",
              items: [
                { text: "Voor trainers", link: "/nl/guides/trainer" },
                { text: "'Mijn plan' voorstellen aan een moeder", link: "/nl/guides/her-plan" },
                { text: "Voor een programmacoördinator", link: "/nl/guides/programme-report" },
              ],
            },
            ...englishSections({
              guides: "Handleidingen (Engels)",
              reference: "Referentie (Engels)",
              api: "API (Engels)",
            }),
          ],
          outline: { level: [2, 3], label: "Op deze pagina" },
          docFooter: { prev: "Vorige", next: "Volgende" },
          langMenuLabel: "Taal",
          returnToTopLabel: "Terug naar boven",
          sidebarMenuLabel: "Menu",
          darkModeSwitchLabel: "Weergave",
        },
      },
      fr: {
        label: "Français",
        lang: "fr-BE",
        link: "/fr/",
        description: "La méthode MIRIAM d'accompagnement intensif des mères seules au CPAS.",
        themeConfig: {
          nav: [
            { text: "La méthode", link: "/fr/method/" },
            { text: "Pour les formateurs", link: "/fr/guides/trainer" },
            { text: "Guides (EN)", link: "/guides/new-ocmw" },
            { text: "Référence (EN)", link: "/reference/" },
          ],
          sidebar: [
            { text: "La méthode", items: methodItems("fr", "/fr/") },
            {
              text: "Guides",
              items: [
                { text: "Pour les formateurs", link: "/fr/guides/trainer" },
                { text: "Présenter « Mon plan » à une mère", link: "/fr/guides/her-plan" },
                { text: "Pour la coordination du programme", link: "/fr/guides/programme-report" },
              ],
            },
            ...englishSections({
              guides: "Guides (anglais)",
              reference: "Référence (anglais)",
              api: "API (anglais)",
            }),
          ],
          outline: { level: [2, 3], label: "Sur cette page" },
          docFooter: { prev: "Précédent", next: "Suivant" },
          langMenuLabel: "Langue",
          returnToTopLabel: "Retour en haut",
          sidebarMenuLabel: "Menu",
          darkModeSwitchLabel: "Apparence",
        },
      },
    },
  }),
);
