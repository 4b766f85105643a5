// Shown while the figures are gathered: the tab bar stays, the content says what is coming.
export default function InsightsLoading() {
  return (
    <div className="card empty" role="status" aria-live="polite">
      <p className="muted">Gathering figures from the library…</p>
    </div>
  );
}
