#!/usr/bin/env node
// The `debrief` executable: loads the TypeScript CLI through tsx, so the same pure modules
// the web app uses run here without a separate build step.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../cli/main.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
