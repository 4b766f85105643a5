import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card empty stack">
      <h1>Not found</h1>
      <p className="muted">This page does not exist, or you do not have access to it.</p>
      <p>
        <Link href="/incidents">Back to the incident library</Link>
      </p>
    </div>
  );
}
