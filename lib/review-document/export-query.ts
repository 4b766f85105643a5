// The export route's query (?format=md|html|pdf&appendix=1), one schema for the route and
// the read view's download form.
import { z } from "@/lib/validation/zod";
import { EXPORT_FORMATS } from "@/lib/review-document/export-review";

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, "Choose a format: md (Markdown), html or pdf."),
  appendix: z
    .enum(["0", "1"], "Use appendix=1 to add the full timeline, or leave it out.")
    .optional()
    .transform((value) => value === "1"),
});

export function parseExportQuery(params: URLSearchParams) {
  return exportQuerySchema.safeParse({
    format: params.get("format") ?? undefined,
    appendix: params.get("appendix") ?? undefined,
  });
}
