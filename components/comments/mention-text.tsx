// A comment's words with its @mentions highlighted. Plain text only: React escapes it, and
// only names the server stored as mentions are highlighted.
import { splitMentions } from "@/lib/comments/mention-tokens";
import { revealInvisible } from "@/lib/text/clean-text";

export function MentionText({ body, names }: { body: string; names: readonly string[] }) {
  return (
    <p className="comment-body">
      {splitMentions(body, names).map((segment, index) =>
        segment.kind === "mention" ? (
          <mark key={index} className="mention">
            {revealInvisible(segment.text)}
          </mark>
        ) : (
          <span key={index}>{revealInvisible(segment.text)}</span>
        ),
      )}
    </p>
  );
}
