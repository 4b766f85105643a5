// Talks to Debrief the way a browser does: next-auth sign-in and sign-out, server actions
// (their ids read from the page's own scripts) and the JSON routes, with a cookie jar.
import { request, type HttpResponse, type RequestOptions } from "./http";

export interface Person {
  name: string;
  email: string;
  password: string;
}

export class Session {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly app: App,
    // Source address on the loopback network; different addresses are different clients.
    readonly from?: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async send(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const method = options.method ?? "GET";
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.Cookie = this.cookieHeader();
    // Browsers send Origin on every state-changing request.
    if (method !== "GET" && method !== "HEAD") headers.Origin = this.app.origin;
    // An empty value removes a default header (e.g. a request with no Origin).
    const merged = Object.fromEntries(
      Object.entries({ ...headers, ...options.headers }).filter(([, value]) => value !== ""),
    );
    const response = await request(this.app.port, path, {
      from: this.from,
      ...options,
      headers: merged,
    });
    for (const line of setCookieLines(response)) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  json(path: string, method: string, body: unknown, headers: Record<string, string> = {}) {
    return this.send(path, {
      method,
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", ...headers },
    });
  }

  sessionToken(): string | undefined {
    return this.cookies.get("next-auth.session-token");
  }

  // next-auth credentials sign-in. Answers the error text when it failed.
  async signIn(email: string, password: string, headers: Record<string, string> = {}) {
    const csrf = await this.send("/api/auth/csrf", { headers });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const response = await this.send("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({
        csrfToken,
        email,
        password,
        callbackUrl: `${this.app.origin}/incidents`,
        json: "true",
      }).toString(),
    });
    let error: string | null = null;
    try {
      const url = new URL((JSON.parse(response.body) as { url: string }).url, this.app.origin);
      error = url.searchParams.get("error");
    } catch {
      error = `unexpected answer ${response.status}`;
    }
    return { isSignedIn: !error && Boolean(this.sessionToken()), error, response };
  }

  async signOut(): Promise<HttpResponse> {
    const csrf = await this.send("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    return this.send("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
    });
  }

  // Calls a server action as its form does: POST to the page, the action id in a header.
  async action(
    pagePath: string,
    name: string,
    args: unknown[],
    headers: Record<string, string> = {},
  ): Promise<{ response: HttpResponse; result: Record<string, unknown> | null }> {
    const id = await this.app.actionId(this, pagePath, name);
    const response = await this.send(pagePath, {
      method: "POST",
      headers: {
        "Next-Action": id,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        ...headers,
      },
      body: JSON.stringify(args),
      timeoutMs: 60_000,
    });
    return { response, result: actionResult(response.body) };
  }
}

export class App {
  readonly origin: string;
  private readonly actionIds = new Map<string, string>();
  private readonly scripts = new Map<string, string>();

  constructor(readonly port: number) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  session(from?: string): Session {
    return new Session(this, from);
  }

  // Server action ids are in the client scripts of the page whose form uses them.
  async actionId(session: Session, pagePath: string, name: string): Promise<string> {
    const known = this.actionIds.get(name);
    if (known) return known;
    const page = await session.send(pagePath);
    const sources = new Set(page.body.match(/\/_next\/static\/chunks\/[^"'\s]+\.js/g) ?? []);
    for (const source of sources) {
      let script = this.scripts.get(source);
      if (script === undefined) {
        script = (await request(this.port, source)).body;
        this.scripts.set(source, script);
      }
      for (const match of script.matchAll(
        /createServerReference\)\("([0-9a-f]+)",[^"]*?"(\w+)"\)/g,
      )) {
        if (match[1] && match[2]) this.actionIds.set(match[2], match[1]);
      }
    }
    const found = this.actionIds.get(name);
    if (!found) throw new Error(`server action ${name} not found in the scripts of ${pagePath}`);
    return found;
  }
}

// The action's return value is one line of the RSC answer, e.g. `1:{"status":"saved",…}`.
function actionResult(body: string): Record<string, unknown> | null {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match?.[1]) continue;
    try {
      const value = JSON.parse(match[1]) as Record<string, unknown>;
      if ("status" in value) return value;
    } catch {
      // Not JSON: another kind of RSC row.
    }
  }
  return null;
}

function setCookieLines(response: HttpResponse): string[] {
  const header = response.headers["set-cookie"];
  return header === undefined ? [] : Array.isArray(header) ? header : [header];
}
