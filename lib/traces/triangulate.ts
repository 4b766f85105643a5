// Triangulation: given requests (traces, or log lines grouped by trace id) that succeeded
// or failed and the services each touched, score how strongly the failures implicate each
// service (Ochiai, from spectrum-based fault localisation) and list the services that
// succeeding requests exonerate. Pure: the caller gathers the requests.

export interface ObservedRequest {
  id: string;
  label: string;
  isFailed: boolean;
  // Service name → whether that service itself reported an error in this request.
  services: Map<string, boolean>;
}

export interface ServiceScore {
  service: string;
  // Ochiai: failedTouching / sqrt(totalFailed × (failedTouching + passedTouching)).
  score: number;
  failedTouching: number;
  passedTouching: number;
  // Touched by every failing request.
  isInEveryFailure: boolean;
  // Seen working in a succeeding request and never in a failing one.
  isExonerated: boolean;
}

export interface Triangulation {
  services: string[];
  requests: { id: string; label: string; isFailed: boolean; cells: ("ok" | "error" | null)[] }[];
  scores: ServiceScore[];
  failedCount: number;
  passedCount: number;
}

export function triangulate(requests: readonly ObservedRequest[]): Triangulation {
  const names = new Set<string>();
  for (const request of requests) for (const service of request.services.keys()) names.add(service);
  const failedCount = requests.filter((request) => request.isFailed).length;
  const passedCount = requests.length - failedCount;

  const scores = [...names].map((service): ServiceScore => {
    let failedTouching = 0;
    let passedTouching = 0;
    for (const request of requests) {
      if (!request.services.has(service)) continue;
      if (request.isFailed) failedTouching++;
      else passedTouching++;
    }
    const denominator = Math.sqrt(failedCount * (failedTouching + passedTouching));
    return {
      service,
      score: denominator === 0 ? 0 : failedTouching / denominator,
      failedTouching,
      passedTouching,
      isInEveryFailure: failedCount > 0 && failedTouching === failedCount,
      isExonerated: failedTouching === 0 && passedTouching > 0,
    };
  });
  scores.sort((a, b) => b.score - a.score || a.service.localeCompare(b.service));
  const services = scores.map((score) => score.service);
  return {
    services,
    requests: requests.map((request) => ({
      id: request.id,
      label: request.label,
      isFailed: request.isFailed,
      cells: services.map((service) => {
        const hasError = request.services.get(service);
        return hasError === undefined ? null : hasError ? "error" : "ok";
      }),
    })),
    scores,
    failedCount,
    passedCount,
  };
}
