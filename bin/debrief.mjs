#!/usr/bin/env node
// The `debrief` executable. Runs the esbuild bundle in dist/cli/ (built by
// scripts/build-cli.mjs at install) when it exists and is not older than any source file of
// the command being run; otherwise loads the TypeScript CLI through tsx, so edits take effect
// without a build. DEBRIEF_NO_BUNDLE=1 forces tsx.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateFormatRegistry } from "../scripts/generate-format-registry.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
// A format file added since the install is registered now (the list it writes is then newer
// than the bundle, which sends this run to tsx).
generateFormatRegistry(root);

function freshBundle() {
  try {
    const dir = `${root}dist/cli/`;
    const built = statSync(`${dir}main.mjs`).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${dir}inputs.json`, "utf8"));
    const commands = inputs.commands ?? {};
    // A known command loads only its own chunk; anything else (--help) may load them all.
    const used = Object.hasOwn(commands, argv[0] ?? "")
      ? [commands[argv[0]]]
      : Object.values(commands);
    const files = [inputs.main, ...used].flat();
    if (!Array.isArray(inputs.main) || inputs.main.length === 0) return undefined;
    for (const file of files) {
      // A missing or newer source file makes the bundle stale.
      const source = statSync(root + file, { throwIfNoEntry: false });
      if (!source || source.mtimeMs > built) return undefined;
    }
    return new URL("../dist/cli/main.mjs", import.meta.url).href;
  } catch {
    return undefined;
  }
}

const bundle = process.env.DEBRIEF_NO_BUNDLE ? undefined : freshBundle();
const { main } = bundle
  ? await import(bundle)
  : await (await import("tsx/esm/api")).tsImport("../cli/main.ts", import.meta.url);
process.exitCode = await main(argv);
