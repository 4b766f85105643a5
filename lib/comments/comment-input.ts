// What the comment box sends, one schema for the browser and the server: where a new
// thread is anchored, the comment's words (plain text, at most 5,000 characters) and the
// people it mentions.
import { z } from "@/lib/validation/zod";

export const COMMENT_MAX_LENGTH = 5000;
// Enough words around a narrative selection to find it again after nearby edits.
export const QUOTE_MAX_LENGTH = 1000;
export const QUOTE_CONTEXT_LENGTH = 40;
export const MAX_MENTIONS = 20;

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "Write a comment first.")
  .max(COMMENT_MAX_LENGTH, "Keep a comment to 5,000 characters or fewer.");

const idSchema = z.string().min(1).max(64);

export const commentAnchorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("event"), eventId: idSchema }),
  z.object({ kind: z.literal("note"), noteId: idSchema }),
  z.object({ kind: z.literal("diagram"), diagramId: idSchema, nodeId: idSchema }),
  z.object({
    kind: z.literal("narrative"),
    quote: z
      .string()
      .trim()
      .min(1, "Select some words of the narrative first.")
      .max(QUOTE_MAX_LENGTH, "Select at most 1,000 characters to comment on."),
    before: z
      .string()
      .max(QUOTE_CONTEXT_LENGTH * 4)
      .default(""),
    after: z
      .string()
      .max(QUOTE_CONTEXT_LENGTH * 4)
      .default(""),
  }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type CommentAnchorKind = CommentAnchor["kind"];

const mentionIdsSchema = z
  .array(idSchema)
  .max(MAX_MENTIONS, "Mention at most 20 people in one comment.")
  .default([]);

export const newThreadSchema = z.object({
  anchor: commentAnchorSchema,
  body: commentBodySchema,
  mentionIds: mentionIdsSchema,
});
export type NewThreadInput = z.input<typeof newThreadSchema>;

export const replySchema = z.object({
  threadId: idSchema,
  body: commentBodySchema,
  mentionIds: mentionIdsSchema,
});
export type ReplyInput = z.input<typeof replySchema>;

export const editCommentSchema = z.object({ commentId: idSchema, body: commentBodySchema });

export const threadStatusSchema = z.object({
  threadId: idSchema,
  status: z.enum(["open", "resolved"]),
});

// Which threads a view asks for (the query string of the comments route).
export const threadQuerySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("event"), eventId: idSchema }),
  z.object({ kind: z.literal("note"), noteId: idSchema }),
  z.object({ kind: z.literal("diagram"), diagramId: idSchema }),
  z.object({ kind: z.literal("narrative") }),
]);
export type ThreadQuery = z.infer<typeof threadQuerySchema>;
