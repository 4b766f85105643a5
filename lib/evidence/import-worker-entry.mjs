// Starts the import worker (import-worker.ts) through tsx's loader: the worker is loaded
// from source in dev, in the production server and in tests alike.
import { register } from "tsx/esm/api";

register();
await import("./import-worker.ts");
