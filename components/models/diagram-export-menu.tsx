"use client";

// Export one diagram: as SVG (drawn from the diagram, so it is crisp and self-contained),
// as PNG (that SVG drawn onto a canvas at twice the size), and as the app's own JSON, which
// `debrief models compare` also reads.
import { useState } from "react";
import type { Diagram } from "@/lib/models/diagram";
import { diagramToSvg } from "@/lib/models/svg";

function fileName(title: string, extension: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "diagram"}.${extension}`;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no png"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function DiagramExportMenu({ diagram, title }: { diagram: Diagram; title: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="row tight" role="group" aria-label="Export">
      <span className="muted small">Export:</span>
      <button
        type="button"
        onClick={() =>
          download(
            new Blob([diagramToSvg(diagram, { title })], { type: "image/svg+xml" }),
            fileName(title, "svg"),
          )
        }
      >
        SVG
      </button>
      <button
        type="button"
        onClick={async () => {
          try {
            download(await svgToPng(diagramToSvg(diagram, { title })), fileName(title, "png"));
            setMessage(null);
          } catch {
            setMessage("This browser could not draw the PNG; export SVG instead.");
          }
        }}
      >
        PNG
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            new Blob([`${JSON.stringify({ title, ...diagram }, null, 2)}\n`], {
              type: "application/json",
            }),
            fileName(title, "json"),
          )
        }
      >
        JSON
      </button>
      {message && <span className="field-error">{message}</span>}
    </div>
  );
}
