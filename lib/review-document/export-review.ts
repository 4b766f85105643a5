// One entry point for every export of a review, for the route and the CLI alike: the
// document in, the bytes with their media type and a file name out.
import { renderHtml } from "@/lib/review-document/render-html";
import { renderMarkdown } from "@/lib/review-document/render-markdown";
import { renderPdf } from "@/lib/review-document/render-pdf";
import type { ReviewDocument } from "@/lib/review-document/review-document";

export const EXPORT_FORMATS = ["md", "html", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedReview {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
  fileName: string;
}

export async function exportReview(
  document: ReviewDocument,
  format: ExportFormat,
): Promise<ExportedReview> {
  const base = `${document.reference.replace(/[^A-Za-z0-9-]/g, "") || "review"}-review`;
  switch (format) {
    case "md":
      return {
        bytes: new TextEncoder().encode(renderMarkdown(document)),
        mimeType: "text/markdown; charset=utf-8",
        fileName: `${base}.md`,
      };
    case "html":
      return {
        bytes: new TextEncoder().encode(renderHtml(document)),
        mimeType: "text/html; charset=utf-8",
        fileName: `${base}.html`,
      };
    case "pdf":
      return {
        bytes: await renderPdf(document),
        mimeType: "application/pdf",
        fileName: `${base}.pdf`,
      };
  }
}
