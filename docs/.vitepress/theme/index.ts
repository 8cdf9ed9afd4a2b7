import DefaultTheme from "vitepress/theme";
import "./style.css";

// The default theme, with room for the handbook's wide four-language tables.
export default DefaultTheme;
