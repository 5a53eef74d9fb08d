/**
 * Whether Office shows a dark theme, read from Office.context.officeTheme (the pane follows it:
 * Fluent's dark theme on a dark Office). The theme's body background decides, by its luminance;
 * outside Office or on a host that reports no theme the pane stays light.
 */
export function officeThemeIsDark(): boolean {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    if (!theme) return false;
    const dark = (theme as { isDarkTheme?: unknown }).isDarkTheme;
    if (typeof dark === "boolean") return dark;
    return luminance(theme.bodyBackgroundColor) < 0.4;
  } catch {
    return false;
  }
}

/** Relative luminance (0 black .. 1 white) of "#RRGGBB"; 1 for anything else. */
export function luminance(colour: string | undefined): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
