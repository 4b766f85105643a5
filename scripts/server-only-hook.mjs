// A module resolution hook for scripts/serve.mjs: `import "server-only"` resolves to the
// package's empty build, as it does inside Next's server bundles, so the collaboration
// endpoint can load the same server-only data modules in the plain Node process.
import path from "node:path";
import { pathToFileURL } from "node:url";

const EMPTY = pathToFileURL(
  path.resolve(import.meta.dirname, "..", "node_modules", "server-only", "empty.js"),
).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
