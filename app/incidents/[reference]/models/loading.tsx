// While a mental-models view loads: a calm placeholder, not a blank page.
export default function ModelsLoading() {
  return (
    <section className="card empty" aria-busy="true" aria-live="polite">
      <p className="muted">Loading mental models…</p>
    </section>
  );
}
