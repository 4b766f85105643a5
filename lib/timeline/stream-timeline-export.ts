// A timeline export as a stream: the head, then one keyset page of 500 rows at a time,
// read when the client is ready for more. Memory stays one page whatever the incident's
// size, and each page is a short query, so other requests are served between pages (a
// whole 1,000,000-event export once blocked every request for ~50 s and took 2.7 GB).
// The export holds a heavy-job slot until its stream ends or the client goes away.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  csvHead,
  csvLine,
  markdownHead,
  markdownLine,
  type ExportRow,
  type ExportZone,
} from "@/lib/timeline/format-timeline-export";
import { claimHeavyJob } from "@/lib/timeline/heavy-jobs";
import { listExportPage, type ExportCursor } from "@/lib/timeline/list-export-rows";

export type ExportFormat = "csv" | "md";

export interface TimelineExport {
  contentType: string;
  fileName: string;
  body: ReadableStream<Uint8Array>;
}

export async function streamTimelineExport(
  user: SessionUser,
  reference: string,
  format: ExportFormat,
  // The zone times are written in: the person's choice (default UTC).
  zone: ExportZone = { zone: "UTC", label: "UTC" },
): Promise<TimelineExport> {
  // Check the person may see the incident before claiming a slot.
  const incidentId = await findVisibleIncidentId(user, reference);
  const release = claimHeavyJob(user.id);
  try {
    const head = await exportHead(incidentId, format, zone);
    const encoder = new TextEncoder();
    const line = (row: ExportRow) =>
      format === "csv" ? csvLine(row, zone) : markdownLine(row, zone);
    let cursor: ExportCursor | undefined;
    let isStarted = false;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          try {
            if (!isStarted) {
              isStarted = true;
              controller.enqueue(encoder.encode(head));
              return;
            }
            // The SQLite driver answers synchronously, so without this the pages chain in
            // microtasks and no other request is served until the whole export is done.
            await yieldToEventLoop();
            const page = await listExportPage(incidentId, cursor);
            if (page.rows.length > 0)
              controller.enqueue(encoder.encode(page.rows.map(line).join("")));
            cursor = page.next;
            if (!cursor) {
              release();
              controller.close();
            }
          } catch (error) {
            release();
            controller.error(error);
          }
        },
        cancel() {
          release();
        },
      },
      // One page ahead at most.
      { highWaterMark: 1 },
    );
    return {
      contentType: format === "csv" ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8",
      fileName: `${reference.replace(/[^A-Za-z0-9-]/g, "")}-timeline.${format}`,
      body,
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function exportHead(
  incidentId: string,
  format: ExportFormat,
  zone: ExportZone,
): Promise<string> {
  if (format === "csv") return csvHead();
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { title: true },
  });
  // Key moments come first in Markdown: a few rows, read in pages like the rest.
  const keyMoments: ExportRow[] = [];
  let cursor: ExportCursor | undefined;
  do {
    const page = await listExportPage(incidentId, cursor, { onlyKeyMoments: true });
    for (const row of page.rows) keyMoments.push(row);
    cursor = page.next;
  } while (cursor);
  return markdownHead(incident.title, keyMoments, zone);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
