"use client";

// Asks before a page with unsaved changes is left: a reload, closing the tab or typing an
// address (the browser's own prompt), and a click on a link inside the app (Next's
// client-side navigation never fires beforeunload, so such clicks are confirmed here).
import { useEffect } from "react";

export const LEAVE_PROMPT = "You have unsaved changes. Leave this page and lose them?";

export function useLeaveGuard(hasUnsavedChanges: boolean) {
  useEffect(() => {
    if (!hasUnsavedChanges) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    }
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.target && link.target !== "_self") return;
      if (link.hasAttribute("download")) return;
      const destination = new URL(link.href, window.location.href);
      const here = new URL(window.location.href);
      // A link to a place on this same page (#summary) leaves nothing behind.
      if (
        destination.origin === here.origin &&
        destination.pathname === here.pathname &&
        destination.search === here.search
      )
        return;
      if (window.confirm(LEAVE_PROMPT)) return;
      event.preventDefault();
      event.stopPropagation();
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [hasUnsavedChanges]);
}
