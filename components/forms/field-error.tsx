// The message shown under a field; `id` lets the input point at it with aria-describedby.
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {messages.join(" ")}
    </p>
  );
}
