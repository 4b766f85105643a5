// Shown while the figures are gathered: the tab bar stays, the list says what is being read.
export default function ThemesLoading() {
  return (
    <div className="card empty" role="status" aria-live="polite">
      <p className="muted">Reading factors, surprises and lucky notes…</p>
    </div>
  );
}
