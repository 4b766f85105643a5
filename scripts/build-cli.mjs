#!/usr/bin/env node
// Bundles the TypeScript CLI (cli/main.ts and what it imports) into dist/cli/ with esbuild, so
// `debrief` starts without compiling TypeScript on every run. Runs at `npm install`
// (postinstall). bin/debrief.mjs uses the bundle only while it is newer than every source file
// listed in dist/cli/inputs.json, and falls back to tsx otherwise, so a failed or stale build
// never breaks the command. This script never fails the install.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateFormatRegistry } from "./generate-format-registry.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "cli");

try {
  generateFormatRegistry(root);
  const esbuild = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: "cli/main.ts" },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "warning",
  });
  // The source files behind each command (its chunk and the chunks it imports statically), so
  // that an edit to one command's sources does not send the others back to tsx.
  const outputs = result.metafile.outputs;
  const sourcesOf = (output, seen = new Set()) => {
    if (seen.has(output) || !outputs[output]) return [];
    seen.add(output);
    const own = Object.keys(outputs[output].inputs);
    const shared = outputs[output].imports
      .filter((i) => i.kind === "import-statement")
      .flatMap((i) => sourcesOf(i.path, seen));
    return [...own, ...shared].filter((p) => !p.includes("node_modules"));
  };
  const inputs = { main: [], commands: {} };
  for (const [output, info] of Object.entries(outputs)) {
    if (!info.entryPoint) continue;
    if (info.entryPoint === "cli/main.ts") inputs.main = sourcesOf(output);
    else inputs.commands[path.basename(info.entryPoint, ".ts")] = sourcesOf(output);
  }
  if (inputs.main.length === 0) throw new Error("no entry chunk in the metafile");
  // Written last: its presence marks a complete bundle.
  writeFileSync(path.join(outdir, "inputs.json"), JSON.stringify(inputs));
} catch (error) {
  rmSync(outdir, { recursive: true, force: true });
  process.stderr.write(
    `debrief: could not bundle the CLI (${error instanceof Error ? error.message : String(error)}); ` +
      "it will run through tsx instead.\n",
  );
}
