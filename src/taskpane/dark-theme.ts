/** Fluent's dark theme, in a chunk of its own: fetched only when Office shows a dark theme. */
export { webDarkTheme } from "@fluentui/react-components";
