// A diagram as a standalone SVG document, for export (and, drawn onto a canvas, PNG). Nodes
// are drawn at their positions with a shape per kind; connections are straight lines from
// border to border with an arrowhead, dashed for async messages, heavy for replication.
// Pure: a string, no DOM, so it is testable and the same in every browser.
import { NODE_KIND_LABELS, nodeName, type Diagram, type DiagramNode } from "@/lib/models/diagram";

export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 56;
const MARGIN = 32;

const NODE_STYLE: Record<DiagramNode["kind"], { fill: string; stroke: string }> = {
  service: { fill: "#eef2fc", stroke: "#2f5bd3" },
  datastore: { fill: "#eaf6ef", stroke: "#1f7a4d" },
  queue: { fill: "#fff6e0", stroke: "#a86f00" },
  cache: { fill: "#f3eefc", stroke: "#6b45c2" },
  external: { fill: "#f4f4f4", stroke: "#5d6470" },
  client: { fill: "#e9f6f8", stroke: "#1b7485" },
  team: { fill: "#fdeeee", stroke: "#b42318" },
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

// Where the line from the box's centre towards (tx, ty) leaves the box.
function borderPoint(box: Box, tx: number, ty: number): { x: number; y: number } {
  const dx = tx - box.cx;
  const dy = ty - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: box.cx + dx * scale, y: box.cy + dy * scale };
}

export function diagramToSvg(diagram: Diagram, options: { title?: string } = {}): string {
  const boxes = new Map<string, Box>();
  diagram.nodes.forEach((node, index) => {
    const x = node.x ?? (index % 4) * (NODE_WIDTH + 60);
    const y = node.y ?? Math.floor(index / 4) * (NODE_HEIGHT + 60);
    boxes.set(node.id, { x, y, cx: x + NODE_WIDTH / 2, cy: y + NODE_HEIGHT / 2 });
  });
  const all = [...boxes.values()];
  const minX = Math.min(0, ...all.map((box) => box.x));
  const minY = Math.min(0, ...all.map((box) => box.y));
  const maxX = Math.max(NODE_WIDTH, ...all.map((box) => box.x + NODE_WIDTH));
  const maxY = Math.max(NODE_HEIGHT, ...all.map((box) => box.y + NODE_HEIGHT));
  const titleHeight = options.title ? 32 : 0;
  const width = Math.round(maxX - minX + MARGIN * 2);
  const height = Math.round(maxY - minY + MARGIN * 2 + titleHeight);
  const shiftX = MARGIN - minX;
  const shiftY = MARGIN - minY + titleHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#5d6470"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (options.title) {
    parts.push(
      `<text x="${MARGIN}" y="${MARGIN - 4}" font-size="16" font-weight="600" fill="#1d2025">${escapeXml(clip(options.title, 90))}</text>`,
    );
  }
  parts.push(`<g transform="translate(${shiftX} ${shiftY})">`);
  for (const edge of diagram.edges) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to || from === to) continue;
    const start = borderPoint(from, to.cx, to.cy);
    const end = borderPoint(to, from.cx, from.cy);
    const dash = edge.kind === "async" ? ` stroke-dasharray="6 4"` : "";
    const strokeWidth = edge.kind === "replication" ? 3 : 1.5;
    parts.push(
      `<line x1="${start.x.toFixed(1)}" y1="${start.y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" stroke="#5d6470" stroke-width="${strokeWidth}"${dash} marker-end="url(#arrow)"/>`,
    );
    if (edge.label.trim()) {
      const label = escapeXml(clip(edge.label.trim(), 40));
      const mx = ((start.x + end.x) / 2).toFixed(1);
      const my = ((start.y + end.y) / 2).toFixed(1);
      parts.push(
        `<text x="${mx}" y="${my}" dy="-4" text-anchor="middle" font-size="11" fill="#1d2025" stroke="#ffffff" stroke-width="4" paint-order="stroke">${label}</text>`,
      );
    }
  }
  for (const node of diagram.nodes) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const style = NODE_STYLE[node.kind];
    const radius = node.kind === "client" || node.kind === "team" ? 28 : 6;
    parts.push(
      `<rect x="${box.x}" y="${box.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${radius}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/>`,
    );
    if (node.kind === "datastore") {
      parts.push(
        `<ellipse cx="${box.cx}" cy="${box.y + 6}" rx="${NODE_WIDTH / 2 - 6}" ry="5" fill="none" stroke="${style.stroke}" stroke-width="1"/>`,
      );
    }
    parts.push(
      `<text x="${box.cx}" y="${box.cy - 2}" text-anchor="middle" font-size="13" font-weight="600" fill="#1d2025">${escapeXml(clip(nodeName(node), 26))}</text>`,
      `<text x="${box.cx}" y="${box.cy + 15}" text-anchor="middle" font-size="10.5" fill="#5d6470">${escapeXml(NODE_KIND_LABELS[node.kind])}</text>`,
    );
  }
  parts.push("</g></svg>");
  return parts.join("\n");
}
