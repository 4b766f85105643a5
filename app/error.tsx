"use client";

// Unexpected errors: a plain message and a way forward; details stay in the server log.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="card empty stack" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">We could not show this page. Your saved work is safe.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
