// Every route handler under app/api goes through routeHandler (user, same-origin check,
// errors, logging), as every server action goes through authenticatedAction: none repeats
// try/requireUser/errorResponse of its own. next-auth's own route is the one exception.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API = path.resolve(import.meta.dirname, "../../../app/api");
const EXCEPTIONS = new Set(["auth/[...nextauth]/route.ts"]);
const METHODS = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";

function routeFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

// The methods a route file exports, and how each is made.
function handlerProblems(source: string): string[] {
  const problems: string[] = [];
  const exported = [
    ...source.matchAll(
      new RegExp(`export\\s+(?:async\\s+)?(?:const|function)\\s+(${METHODS})\\b`, "g"),
    ),
  ];
  if (exported.length === 0) problems.push("exports no HTTP method");
  for (const match of exported) {
    const method = match[1] ?? "";
    const made = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*routeHandler\\b`).test(source);
    if (!made) problems.push(`${method} is not made by routeHandler`);
  }
  for (const name of ["requireUser", "errorResponse"]) {
    if (new RegExp(`\\b${name}\\b`).test(source)) problems.push(`uses ${name} itself`);
  }
  return problems;
}

describe("route handlers", () => {
  const files = routeFiles(API)
    .map((file) => path.relative(API, file).split(path.sep).join("/"))
    .filter((file) => !EXCEPTIONS.has(file));

  it("are found", () => {
    expect(files).toContain("incidents/[reference]/evidence/import/route.ts");
    expect(files).toContain("incidents/[reference]/evidence/preview/route.ts");
  });

  it.each(files)("%s goes through routeHandler", (file) => {
    expect(handlerProblems(fs.readFileSync(path.join(API, file), "utf8"))).toEqual([]);
  });

  it("the check itself catches a hand-rolled handler", () => {
    const handRolled = `export async function GET(request: Request) {
      try { const user = await requireUser(); return Response.json(user); }
      catch (error) { return errorResponse(error); }
    }`;
    expect(handlerProblems(handRolled)).toEqual([
      "GET is not made by routeHandler",
      "uses requireUser itself",
      "uses errorResponse itself",
    ]);
  });
});
