// Speed of the language analyzer on a realistic 5,000-word review (built deterministically
// from a seeded generator), since it runs on every keystroke. Target: median ≤ 30 ms.
// Usage: npm run bench:language [-- --runs 200 --words 5000]
import { performance } from "node:perf_hooks";
import { analyze } from "../lib/language/analyze";
import { createRandom } from "./random";

const NEUTRAL = [
  "At 14:02 the disk-pressure alert fired for three nodes in the eu-west-1 cluster.",
  "Alice acknowledged the page and opened the storage dashboard to compare the write rates.",
  "The replica lag graph showed a steady climb that looked like the nightly batch job.",
  "Consumer lag was caused by Kafka rebalancing every 30 seconds after the broker restart.",
  "The deploy tool now double-checks the target region before applying a change.",
  "We rolled the change back at 14:31 and error rates returned to baseline within five minutes.",
  "The runbook described the failover steps but did not mention the new proxy layer.",
  "Bob joined the call at 14:10 and suggested draining the node before the restart.",
  "The health check only probes `/ping`, so it kept reporting the primary as healthy.",
  "Customers in two regions saw timeouts on checkout for roughly eighteen minutes.",
  "Logs are ambiguous: the retry could have succeeded on either replica.",
  "The team had shipped three releases that week to meet the launch date.",
  "Nobody on the rotation had seen this failure mode before, and the alert text was generic.",
  "The migration script ran `ALTER TABLE orders ADD COLUMN region` against the primary.",
  "The load balancer marked the pool unhealthy and started returning 503 responses.",
  "Priya asked in the incident channel whether anyone had changed the DNS records.",
];
const FLAGGED = [
  "The on-call engineer should have checked replica lag before failing over.",
  "In retrospect the signs were all there.",
  "The runbook was not followed.",
  "Root cause: human error during the networking upgrade.",
  "He hastily pushed the revert without review.",
  "A canary stage would have caught the bad flag value.",
];

export function buildDocument(targetWords: number, seed = 42): string {
  const random = createRandom(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? "";
  const parts: string[] = ["# Incident review: checkout outage", ""];
  let words = 0;
  let paragraph: string[] = [];
  while (words < targetWords) {
    const sentence = random() < 0.12 ? pick(FLAGGED) : pick(NEUTRAL);
    paragraph.push(sentence);
    words += sentence.split(/\s+/).length;
    if (paragraph.length >= 5) {
      parts.push(paragraph.join(" "), "");
      paragraph = [];
      if (random() < 0.15) parts.push(`## Section ${parts.length}`, "");
    }
  }
  parts.push(paragraph.join(" "));
  return parts.join("\n");
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function option(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index === -1 ? undefined : Number(argv[index + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function main(argv: string[]): void {
  const runs = option(argv, "--runs", 200);
  const document = buildDocument(option(argv, "--words", 5000));
  const wordCount = document.split(/\s+/).filter(Boolean).length;
  let findings = 0;
  for (let i = 0; i < 20; i += 1) findings = analyze(document).length; // warm-up: JIT and regex tier-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    analyze(document);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  process.stdout.write(
    `analyze(): ${wordCount} words, ${document.length} chars, ${findings} findings, ${runs} runs after 20 warm-up\n` +
      `median ${median.toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, min ${(times[0] ?? 0).toFixed(2)} ms ` +
      `(target: median ≤ 30 ms: ${median <= 30 ? "met" : "NOT met"})\n`,
  );
}

main(process.argv.slice(2));
