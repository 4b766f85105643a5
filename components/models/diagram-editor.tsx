"use client";

// One diagram: "the system as I understood it at <moment>". The author edits on the canvas
// or, without a mouse, through the forms beside it; every change saves itself a moment
// later. A save based on an older version never overwrites: the editor shows who changed
// it and lets the person choose. Unsaved changes are kept in this browser until saved.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import {
  deleteDiagramAction,
  saveDiagramAction,
} from "@/app/incidents/[reference]/models/diagrams/actions";
import {
  DiagramCanvas,
  nextEdgeId,
  type CanvasSelection,
} from "@/components/models/diagram-canvas";
import { DiagramExportMenu } from "@/components/models/diagram-export-menu";
import { isPlaced, layoutDiagram, type LayoutDirection } from "@/components/models/layout-diagram";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import {
  EDGE_KINDS,
  EDGE_KIND_LABELS,
  NODE_KINDS,
  NODE_KIND_LABELS,
  nodeName,
  type Diagram,
  type EdgeKind,
  type NodeKind,
} from "@/lib/models/diagram";
import type { DiagramValues } from "@/lib/mental-models/diagrams/change-diagram";
import type { DiagramView } from "@/lib/mental-models/diagrams/diagram-views";
import {
  MODEL_VISIBILITIES,
  MODEL_VISIBILITY_LABELS,
  type ModelVisibility,
} from "@/lib/mental-models/visibility";

type SaveState =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; theirs: DiagramValues; version: number; by: string };

const SAVE_DELAY_MS = 900;

function backupKey(diagramId: string) {
  return `debrief:diagram:${diagramId}`;
}

interface Backup {
  baseVersion: number;
  values: DiagramValues;
}

function readBackup(diagramId: string): Backup | null {
  try {
    const text = window.localStorage.getItem(backupKey(diagramId));
    return text ? (JSON.parse(text) as Backup) : null;
  } catch {
    return null;
  }
}

function slugId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "node";
  let id = base;
  for (let index = 2; taken.has(id); index++) id = `${base}_${index}`;
  return id;
}

function valuesOf(view: DiagramView): DiagramValues {
  return {
    title: view.title,
    moment: view.moment,
    momentTime: view.momentTime,
    visibility: view.visibility,
    content: view.content,
  };
}

export function DiagramEditor({ reference, initial }: { reference: string; initial: DiagramView }) {
  const router = useRouter();
  const editable = initial.canEdit;
  const [values, setValues] = useState<DiagramValues>(() => valuesOf(initial));
  const [version, setVersion] = useState(initial.version);
  const [save, setSave] = useState<SaveState>({ kind: "saved" });
  const [selection, setSelection] = useState<CanvasSelection | null>(null);
  const [restorable, setRestorable] = useState<Backup | null>(null);
  const [direction, setDirection] = useState<LayoutDirection>("RIGHT");
  // Bumped after an automatic layout, so the canvas fits the new arrangement into view.
  const [layoutRound, setLayoutRound] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const latest = useRef({ values, version });
  useEffect(() => {
    latest.current = { values, version };
  });

  useLeaveGuard(editable && save.kind !== "saved");

  // A diagram without positions (pasted Mermaid, an empty start) is laid out on open.
  useEffect(() => {
    if (isPlaced(initial.content)) return;
    let isCurrent = true;
    void layoutDiagram(initial.content).then((placed) => {
      if (!isCurrent) return;
      setValues((current) => ({ ...current, content: placed }));
      setLayoutRound((round) => round + 1);
      if (editable) setSave({ kind: "unsaved" });
    });
    return () => {
      isCurrent = false;
    };
  }, [initial.content, editable]);

  // Changes this browser made and never saved (a closed tab, a lost connection).
  useEffect(() => {
    if (!editable) return;
    const backup = readBackup(initial.id);
    if (backup && JSON.stringify(backup.values) !== JSON.stringify(valuesOf(initial))) {
      const timeout = setTimeout(() => setRestorable(backup), 0);
      return () => clearTimeout(timeout);
    }
  }, [editable, initial]);

  const runSave = useCallback(
    async (baseVersion?: number) => {
      if (saving.current) return;
      saving.current = true;
      const { values: sending, version: base } = latest.current;
      setSave({ kind: "saving" });
      try {
        const result = await saveDiagramAction(reference, {
          diagramId: initial.id,
          baseVersion: baseVersion ?? base,
          ...sending,
        });
        if (result.status === "saved") {
          setVersion(result.version);
          latest.current.version = result.version;
          const isCurrent = latest.current.values === sending;
          setSave(isCurrent ? { kind: "saved" } : { kind: "unsaved" });
          if (isCurrent) window.localStorage.removeItem(backupKey(initial.id));
        } else if (result.status === "conflict") {
          setSave({
            kind: "conflict",
            message: result.message,
            theirs: result.theirs,
            version: result.version,
            by: result.updatedBy,
          });
        } else {
          const detail =
            result.status === "invalid"
              ? (Object.values(result.fieldErrors).flat()[0] ?? result.message)
              : result.message;
          setSave({ kind: "error", message: detail });
        }
      } catch {
        setSave({
          kind: "error",
          message: "Could not reach the server. Your changes are kept in this browser.",
        });
      } finally {
        saving.current = false;
      }
    },
    [reference, initial.id],
  );

  // Save a moment after the last change; a change during a save saves again after it.
  useEffect(() => {
    if (!editable || save.kind !== "unsaved") return;
    timer.current = setTimeout(() => void runSave(), SAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [editable, save, values, runSave]);

  const change = (next: Partial<DiagramValues>) => {
    if (!editable) return;
    setValues((current) => {
      const updated = { ...current, ...next };
      try {
        window.localStorage.setItem(
          backupKey(initial.id),
          JSON.stringify({ baseVersion: latest.current.version, values: updated }),
        );
      } catch {
        // Storage full or disabled: the save itself still runs.
      }
      return updated;
    });
    setSave((current) => (current.kind === "conflict" ? current : { kind: "unsaved" }));
  };
  const setContent = (content: Diagram) => change({ content });
  const content = values.content;

  const selectedNode =
    selection?.kind === "node" ? content.nodes.find((node) => node.id === selection.id) : undefined;
  const selectedEdge =
    selection?.kind === "edge" ? content.edges.find((edge) => edge.id === selection.id) : undefined;
  const nameOf = (id: string) => {
    const node = content.nodes.find((candidate) => candidate.id === id);
    return node ? nodeName(node) : id;
  };

  return (
    <div className="diagram-editor">
      <div className="stack">
        {restorable && (
          <div className="banner warn" role="status">
            This browser kept changes to this diagram that were never saved.{" "}
            <button
              type="button"
              onClick={() => {
                change(restorable.values);
                setRestorable(null);
              }}
            >
              Restore them
            </button>{" "}
            <button
              type="button"
              className="link"
              onClick={() => {
                window.localStorage.removeItem(backupKey(initial.id));
                setRestorable(null);
              }}
            >
              Discard
            </button>
          </div>
        )}
        {save.kind === "conflict" && (
          <div className="banner warn" role="alert" data-testid="diagram-conflict">
            <p>
              {save.message} Last saved by {save.by}: {save.theirs.content.nodes.length} components,{" "}
              {save.theirs.content.edges.length} connections.
            </p>
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setSave({ kind: "unsaved" });
                  void runSave(save.version);
                }}
              >
                Keep mine
              </button>
              <button
                type="button"
                onClick={() => {
                  setValues(save.theirs);
                  setVersion(save.version);
                  latest.current = { values: save.theirs, version: save.version };
                  window.localStorage.removeItem(backupKey(initial.id));
                  setSave({ kind: "saved" });
                }}
              >
                Use the saved version
              </button>
            </div>
          </div>
        )}
        <div className="row diagram-toolbar">
          {editable ? (
            <>
              <label className="field grow diagram-title">
                <span>Title</span>
                <input
                  value={values.title}
                  maxLength={120}
                  onChange={(event) => change({ title: event.target.value })}
                />
              </label>
              <label className="field grow">
                <span>The moment it shows</span>
                <input
                  value={values.moment}
                  maxLength={200}
                  placeholder="when I was paged"
                  onChange={(event) => change({ moment: event.target.value })}
                />
              </label>
              {initial.kind === "personal" && (
                <label className="field">
                  <span>Who can see it</span>
                  <select
                    value={values.visibility}
                    onChange={(event) =>
                      change({ visibility: event.target.value as ModelVisibility })
                    }
                  >
                    {MODEL_VISIBILITIES.map((visibility) => (
                      <option key={visibility} value={visibility}>
                        {MODEL_VISIBILITY_LABELS[visibility]}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </>
          ) : (
            <p className="muted">
              Drawn by {initial.authorName}
              {values.moment ? `: the system as they understood it ${values.moment}` : ""}. You can
              look and export, not change it.
            </p>
          )}
          <span className="spacer" />
          {editable && <SaveStatus save={save} onRetry={() => void runSave()} />}
        </div>
        <DiagramCanvas
          key={layoutRound}
          diagram={content}
          editable={editable}
          height={520}
          selection={selection}
          onSelect={setSelection}
          onChange={setContent}
          label={`Diagram: ${values.title}`}
        />
        <div className="row">
          {editable && (
            <>
              <label className="field">
                <span className="sr-only">Layout direction</span>
                <select
                  value={direction}
                  onChange={(event) => setDirection(event.target.value as LayoutDirection)}
                  aria-label="Layout direction"
                >
                  <option value="RIGHT">Left to right</option>
                  <option value="DOWN">Top to bottom</option>
                </select>
              </label>
              <button
                type="button"
                onClick={async () => {
                  setContent(await layoutDiagram(content, direction));
                  setLayoutRound((round) => round + 1);
                }}
              >
                Arrange automatically
              </button>
            </>
          )}
          <span className="spacer" />
          <DiagramExportMenu diagram={content} title={values.title} />
          {editable && initial.isMine && (
            <button
              type="button"
              className="danger"
              onClick={async () => {
                if (!window.confirm(`Delete the diagram "${values.title}"?`)) return;
                const result = await deleteDiagramAction(reference, initial.id);
                if (result.status === "deleted") {
                  window.localStorage.removeItem(backupKey(initial.id));
                  setSave({ kind: "saved" });
                  router.push(`/incidents/${reference}/models/diagrams`);
                } else {
                  setSave({ kind: "error", message: result.message });
                }
              }}
            >
              Delete diagram
            </button>
          )}
        </div>
      </div>
      <aside className="stack diagram-side" aria-label="Components and connections">
        {selectedNode && editable && (
          <section className="card stack-tight" aria-label="Selected component">
            <h3>Component</h3>
            <label className="field">
              <span>Name</span>
              <input
                value={selectedNode.label}
                maxLength={120}
                onChange={(event) =>
                  setContent({
                    nodes: content.nodes.map((node) =>
                      node.id === selectedNode.id ? { ...node, label: event.target.value } : node,
                    ),
                    edges: content.edges,
                  })
                }
              />
            </label>
            <label className="field">
              <span>Kind</span>
              <select
                value={selectedNode.kind}
                onChange={(event) =>
                  setContent({
                    nodes: content.nodes.map((node) =>
                      node.id === selectedNode.id
                        ? { ...node, kind: event.target.value as NodeKind }
                        : node,
                    ),
                    edges: content.edges,
                  })
                }
              >
                {NODE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {NODE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setContent({
                  nodes: content.nodes.filter((node) => node.id !== selectedNode.id),
                  edges: content.edges.filter(
                    (edge) => edge.from !== selectedNode.id && edge.to !== selectedNode.id,
                  ),
                });
                setSelection(null);
              }}
            >
              Remove component and its connections
            </button>
          </section>
        )}
        {selectedEdge && editable && (
          <section className="card stack-tight" aria-label="Selected connection">
            <h3>
              {nameOf(selectedEdge.from)} → {nameOf(selectedEdge.to)}
            </h3>
            <label className="field">
              <span>Kind</span>
              <select
                value={selectedEdge.kind}
                onChange={(event) =>
                  setContent({
                    nodes: content.nodes,
                    edges: content.edges.map((edge) =>
                      edge.id === selectedEdge.id
                        ? { ...edge, kind: event.target.value as EdgeKind }
                        : edge,
                    ),
                  })
                }
              >
                {EDGE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {EDGE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Label</span>
              <input
                value={selectedEdge.label}
                maxLength={120}
                onChange={(event) =>
                  setContent({
                    nodes: content.nodes,
                    edges: content.edges.map((edge) =>
                      edge.id === selectedEdge.id ? { ...edge, label: event.target.value } : edge,
                    ),
                  })
                }
              />
            </label>
            <div className="row">
              <button
                type="button"
                onClick={() =>
                  setContent({
                    nodes: content.nodes,
                    edges: content.edges.map((edge) =>
                      edge.id === selectedEdge.id
                        ? { ...edge, from: edge.to, to: edge.from }
                        : edge,
                    ),
                  })
                }
              >
                Reverse direction
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setContent({
                    nodes: content.nodes,
                    edges: content.edges.filter((edge) => edge.id !== selectedEdge.id),
                  });
                  setSelection(null);
                }}
              >
                Remove connection
              </button>
            </div>
          </section>
        )}
        {editable && (
          <>
            <AddComponentForm
              onAdd={(name, kind) => {
                const taken = new Set(content.nodes.map((node) => node.id));
                const id = slugId(name, taken);
                const right = Math.max(0, ...content.nodes.map((node) => (node.x ?? 0) + 240));
                setContent({
                  nodes: [...content.nodes, { id, label: name, kind, x: right, y: 40 }],
                  edges: content.edges,
                });
                setSelection({ kind: "node", id });
              }}
            />
            {content.nodes.length >= 2 && (
              <AddConnectionForm
                nodes={content.nodes.map((node) => ({ id: node.id, name: nodeName(node) }))}
                onAdd={(from, to, kind, label) => {
                  const id = nextEdgeId(content);
                  setContent({
                    nodes: content.nodes,
                    edges: [...content.edges, { id, from, to, kind, label }],
                  });
                  setSelection({ kind: "edge", id });
                }}
              />
            )}
          </>
        )}
        <section className="card stack-tight" aria-label="Parts of the diagram">
          <h3>Components ({content.nodes.length})</h3>
          {content.nodes.length === 0 ? (
            <p className="muted small">
              {editable
                ? "Nothing drawn yet. Add the first component above, or start a new diagram from Mermaid."
                : "This diagram is empty."}
            </p>
          ) : (
            <ul className="plain-list" data-testid="diagram-components">
              {content.nodes.map((node) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="link"
                    aria-pressed={selection?.kind === "node" && selection.id === node.id}
                    onClick={() => setSelection({ kind: "node", id: node.id })}
                  >
                    {nodeName(node)}
                  </button>{" "}
                  <span className="muted small">{NODE_KIND_LABELS[node.kind]}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Connections ({content.edges.length})</h3>
          {content.edges.length > 0 && (
            <ul className="plain-list" data-testid="diagram-connections">
              {content.edges.map((edge) => (
                <li key={edge.id}>
                  <button
                    type="button"
                    className="link"
                    aria-pressed={selection?.kind === "edge" && selection.id === edge.id}
                    onClick={() => setSelection({ kind: "edge", id: edge.id })}
                  >
                    {nameOf(edge.from)} → {nameOf(edge.to)}
                  </button>{" "}
                  <span className="muted small">
                    {EDGE_KIND_LABELS[edge.kind]}
                    {edge.label ? `: ${edge.label}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}

function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  if (save.kind === "error") {
    return (
      <span className="field-error" role="alert">
        Not saved: {save.message}{" "}
        <button type="button" className="link" onClick={onRetry}>
          Try again
        </button>
      </span>
    );
  }
  const text =
    save.kind === "saved"
      ? "All changes saved"
      : save.kind === "saving"
        ? "Saving…"
        : save.kind === "unsaved"
          ? "Unsaved changes"
          : "Not saved: see above";
  return (
    <span className="muted small" role="status" data-testid="diagram-save-status">
      {text}
    </span>
  );
}

function AddComponentForm({ onAdd }: { onAdd: (name: string, kind: NodeKind) => void }) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<NodeKind>("service");
  return (
    <form
      className="card stack-tight"
      aria-label="Add a component"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        onAdd(name.trim(), kind);
        setName("");
      }}
    >
      <h3>Add a component</h3>
      <label className="field">
        <span>Name</span>
        <input
          value={name}
          maxLength={120}
          placeholder="payments-api"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Kind</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as NodeKind)}>
          {NODE_KINDS.map((option) => (
            <option key={option} value={option}>
              {NODE_KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!name.trim()}>
        Add component
      </button>
    </form>
  );
}

function AddConnectionForm({
  nodes,
  onAdd,
}: {
  nodes: { id: string; name: string }[];
  onAdd: (from: string, to: string, kind: EdgeKind, label: string) => void;
}) {
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [kind, setKind] = useState<EdgeKind>("call");
  const [label, setLabel] = useState("");
  const fromId = nodes.some((node) => node.id === from) ? from : (nodes[0]?.id ?? "");
  const toId = nodes.some((node) => node.id === to) ? to : (nodes[1]?.id ?? "");
  return (
    <form
      className="card stack-tight"
      aria-label="Add a connection"
      onSubmit={(event) => {
        event.preventDefault();
        if (!fromId || !toId || fromId === toId) return;
        onAdd(fromId, toId, kind, label.trim());
        setLabel("");
      }}
    >
      <h3>Add a connection</h3>
      <p className="muted small">Or drag from a component&rsquo;s right edge to another.</p>
      <NodeSelect label="From" nodes={nodes} value={fromId} onChange={setFrom} />
      <NodeSelect label="To" nodes={nodes} value={toId} onChange={setTo} />
      <label className="field">
        <span>Kind</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as EdgeKind)}>
          {EDGE_KINDS.map((option) => (
            <option key={option} value={option}>
              {EDGE_KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Label (optional)</span>
        <input value={label} maxLength={120} onChange={(event) => setLabel(event.target.value)} />
      </label>
      {fromId === toId && <span className="field-error">Choose two different components.</span>}
      <button type="submit" disabled={fromId === toId}>
        Add connection
      </button>
    </form>
  );
}

function NodeSelect({
  label,
  nodes,
  value,
  onChange,
}: {
  label: string;
  nodes: { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {nodes.map((node) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
    </label>
  );
}
