import DefaultTheme from "vitepress/theme";
import Layout from "./Layout.vue";
import "./style.css";

// The default theme, with room for the handbook's wide four-language tables, and an
// English fallback with a note for pages that have no Dutch or French version.
export default { extends: DefaultTheme, Layout };
