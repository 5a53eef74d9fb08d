/**
 * Focus after an action: the control pressed keeps it, and where the action took that control
 * away (the "Add a table" button goes once the year has its tables) focus goes to the next
 * control that does the same kind of thing, never to the page.
 */
export function keepFocus(
  action: string,
  fallbacks: readonly string[],
  work: Promise<unknown>
): void {
  const restore = () => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    for (const id of [action, ...fallbacks]) {
      const el = document.querySelector<HTMLElement>(`[data-action="${id}"]`);
      if (el) {
        el.focus();
        return;
      }
    }
  };
  // Once the pane has drawn the outcome, and again once React has settled what it removed.
  void work.finally(() => {
    requestAnimationFrame(restore);
    setTimeout(restore, 150);
  });
}
