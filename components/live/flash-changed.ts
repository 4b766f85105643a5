// Marks what a live update changed, for a few seconds: elements carrying
// `data-live-id="<id>"` get `data-live-changed`, which the stylesheet turns into a soft
// highlight that fades. The elements may appear only once the refreshed data arrives, so
// this keeps looking for them for a moment.
const LOOK_FOR_MS = 3000;
const SHOW_FOR_MS = 4000;

export function flashChanged(ids: readonly string[]): void {
  if (ids.length === 0 || typeof document === "undefined") return;
  const pending = new Set(ids);
  const startedAt = performance.now();
  const look = () => {
    for (const id of [...pending]) {
      const elements = document.querySelectorAll<HTMLElement>(`[data-live-id="${CSS.escape(id)}"]`);
      if (elements.length === 0) continue;
      pending.delete(id);
      for (const element of elements) {
        element.dataset.liveChanged = "true";
        setTimeout(() => delete element.dataset.liveChanged, SHOW_FOR_MS);
      }
    }
    if (pending.size > 0 && performance.now() - startedAt < LOOK_FOR_MS) {
      setTimeout(look, 100);
    }
  };
  look();
}
