// A tracker link as people see it: a link only for http(s) URLs (safeExternalUrl), the
// stored text otherwise, so a "javascript:" value never becomes something to click.
import { safeExternalUrl } from "@/lib/safe-external-url";
import { revealInvisible } from "@/lib/text/clean-text";

// "tracker.example.com/ISSUE-12": enough to recognise, short enough for a table cell.
function shortLabel(href: string): string {
  const url = new URL(href);
  const text = `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

export function TrackerLink(props: { url: string | null; label?: string; ariaLabel?: string }) {
  if (!props.url) return <span className="muted">—</span>;
  const href = safeExternalUrl(props.url);
  if (!href) {
    return (
      <span className="muted" title="Not a web link, so it is shown as text">
        {revealInvisible(props.url)}
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="tracker-link"
      aria-label={props.ariaLabel}
      title={href}
    >
      {props.label ?? revealInvisible(shortLabel(href))}
    </a>
  );
}
