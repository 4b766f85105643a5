import path from "node:path";
import { defineConfig } from "vitest/config";
import { generateFormatRegistry } from "./scripts/generate-format-registry.mjs";

// The tests read the line formats as they are in lib/ingest/formats/ now.
generateFormatRegistry(import.meta.dirname);

// Two projects: pure modules (fast, no I/O) and the data layer against real SQLite files.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are exercised directly by the data-layer tests.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          pool: "forks",
        },
      },
    ],
  },
});
