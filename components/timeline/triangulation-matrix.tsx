// Requests × services: which components every failing request touched, and which ones
// succeeding requests saw working.
import type { Triangulation } from "@/lib/traces/triangulate";

export function TriangulationMatrix({ triangulation }: { triangulation: Triangulation }) {
  const { services, requests, scores } = triangulation;
  return (
    <div className="stack">
      <div className="matrix-scroll">
        <table className="triangulation" data-testid="triangulation-matrix">
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Outcome</th>
              {services.map((service) => (
                <th key={service} scope="col">
                  {service}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id} className={request.isFailed ? "is-failed" : "is-ok"}>
                <th scope="row">{request.label}</th>
                <td>{request.isFailed ? "failed" : "succeeded"}</td>
                {request.cells.map((cell, index) => (
                  <td key={services[index]} className={`cell-${cell ?? "none"}`}>
                    {cell === "error" ? "✗ error" : cell === "ok" ? "✓" : ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Ochiai score</th>
              <td />
              {scores.map((score) => (
                <td key={score.service} data-testid={`score-${score.service}`}>
                  {score.score.toFixed(2)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="score-list">
        {scores.map((score) => (
          <li key={score.service}>
            <strong>{score.service}</strong>: {score.score.toFixed(2)} — in {score.failedTouching}{" "}
            of {triangulation.failedCount} failing and {score.passedTouching} of{" "}
            {triangulation.passedCount} succeeding requests
            {score.isInEveryFailure && <span className="badge sev-SEV2"> in every failure</span>}
            {score.isExonerated && (
              <span className="badge exonerated" data-testid="exonerated">
                exonerated
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
