"use client";

// Comments on a diagram's components: every thread with the component it is about, and a
// box to start one on a chosen component. A thread follows the diagram's visibility.
import { useState } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";
import { revealInvisible } from "@/lib/text/clean-text";

export function DiagramComments(props: {
  reference: string;
  diagramId: string;
  nodes: readonly { id: string; name: string }[];
  canWrite: boolean;
}) {
  const [nodeId, setNodeId] = useState(props.nodes[0]?.id ?? "");
  const names = new Map(props.nodes.map((node) => [node.id, node.name]));
  return (
    <section className="card stack-tight" aria-labelledby="diagram-comments-title">
      <h2 id="diagram-comments-title">Comments on components</h2>
      <CommentThreads
        reference={props.reference}
        query={{ kind: "diagram", diagramId: props.diagramId }}
        canWrite={props.canWrite}
        composerHeader={
          props.nodes.length > 0 && (
            <label className="row tight small">
              <span>New thread on</span>
              <select value={nodeId} onChange={(event) => setNodeId(event.target.value)}>
                {props.nodes.map((node) => (
                  <option key={node.id} value={node.id}>
                    {revealInvisible(node.name)}
                  </option>
                ))}
              </select>
            </label>
          )
        }
        newThread={
          nodeId
            ? {
                anchor: { kind: "diagram", diagramId: props.diagramId, nodeId },
                label: `Comment on ${names.get(nodeId) ?? "this component"}`,
              }
            : null
        }
        headingOf={(thread) => (
          <strong className="small">
            {revealInvisible(names.get(thread.nodeId ?? "") ?? thread.nodeLabel)}
            {thread.nodeId && !names.has(thread.nodeId) && (
              <span className="muted"> (no longer in the diagram)</span>
            )}
          </strong>
        )}
        emptyText={
          props.nodes.length === 0
            ? "Add components to the diagram to comment on them."
            : "No comments on this diagram's components yet."
        }
      />
    </section>
  );
}
