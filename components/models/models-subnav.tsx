// Notes | Diagrams | Compare, inside the Mental models tab.
import Link from "next/link";

const VIEWS = [
  { key: "notes", path: "", label: "Notes: what I knew then" },
  { key: "diagrams", path: "/diagrams", label: "Diagrams" },
  { key: "compare", path: "/compare", label: "Compare" },
] as const;

export type ModelsView = (typeof VIEWS)[number]["key"];

export function ModelsSubnav({ reference, current }: { reference: string; current: ModelsView }) {
  return (
    <nav className="row timeline-subnav" aria-label="Mental model views">
      {VIEWS.map((view) => (
        <Link
          key={view.key}
          href={`/incidents/${reference}/models${view.path}`}
          aria-current={current === view.key ? "page" : undefined}
        >
          {view.label}
        </Link>
      ))}
    </nav>
  );
}
