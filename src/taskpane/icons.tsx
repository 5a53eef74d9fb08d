/**
 * The few Fluent icons the pane shows, as inline SVG: Fluent's icon font would come from a CDN
 * the add-in does not load (and that an offline workbook cannot reach).
 */
import { registerIcons } from "@fluentui/react";

const svg = (path: string) => (
  <svg
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={path} />
  </svg>
);

let registered = false;

export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      ChevronDown: svg("M4 6l4 4 4-4"),
      Info: svg("M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 7v4.5M8 4.6v.1"),
      ErrorBadge: svg("M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5.5 5.5l5 5M10.5 5.5l-5 5"),
      Blocked2: svg("M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM3.5 3.5l9 9"),
      Warning: svg("M8 2L1.5 14h13L8 2zM8 6.5v3.5M8 12v.1"),
      Completed: svg("M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5 8.2l2 2 4-4.4"),
      Clear: svg("M4 4l8 8M12 4l-8 8"),
      Cancel: svg("M4 4l8 8M12 4l-8 8"),
    },
  });
}
