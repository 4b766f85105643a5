// Name matching: the normalisation rules, and aliases that are symmetric and transitive.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aliasResolver, normaliseName } from "@/lib/models/names";

describe("normaliseName", () => {
  it.each([
    ["Payments API", "payments-api"],
    ["payments worker", "payments_worker"],
    ["payments.worker", "PaymentsWorker"],
    ["payment-service", "payments"],
    ["payments-svc", "Payments"],
    ["PgBouncer", "pg-bouncer"],
    ["Queues", "queue"],
    ["replicas", "Replica"],
    ["Ledger DBs", "ledger-db"],
    ["Caches", "cache"],
    ["Dependencies", "dependency"],
    ["indexes", "index"],
    ["aliases", "alias"],
    ["APIGateway", "api-gateway"],
    ["  checkout-web ", "Checkout Web"],
    ["ＡＰＩ", "api"],
  ])("%j matches %j", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each([
    ["redis", "redi"],
    ["postgres", "postgre-sql"],
    ["payments-api", "payments"],
    ["service", "svc"],
    ["ledger-db", "ledger-db replica"],
    ["s3", "s"],
    ["batch", "bach"],
    ["???", "!!!"],
  ])("%j does not match %j", (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it("keeps words that only look plural", () => {
    expect(normaliseName("redis")).toBe("redis");
    expect(normaliseName("status")).toBe("status");
    expect(normaliseName("access")).toBe("access");
  });
});

const NAMES = [
  "Payments API",
  "payments-api",
  "ledger-db",
  "Ledger DB primary",
  "db1",
  "blogdb",
  "postgres primary",
  "PgBouncer",
  "flagd",
  "checkout-web",
];
const name = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 }));
const pairs = fc.array(fc.tuple(name, name), { maxLength: 6 });

describe("aliasResolver", () => {
  it("joins the facilitator's example transitively", () => {
    const resolver = aliasResolver([
      ["db1", "blogdb"],
      ["blogdb", "postgres primary"],
    ]);
    expect(resolver.key("DB1")).toBe(resolver.key("Postgres-Primary"));
    expect(resolver.key("db1")).not.toBe(resolver.key("flagd"));
  });

  it("is symmetric: a pair joins the same names whichever way round and in any order", () => {
    fc.assert(
      fc.property(pairs, fc.array(name, { maxLength: 6 }), (list, probes) => {
        const forward = aliasResolver(list);
        const backward = aliasResolver(list.map(([a, b]) => [b, a] as const).reverse());
        for (const n of [...probes, ...list.flat()]) expect(backward.key(n)).toBe(forward.key(n));
      }),
    );
  });

  it("is transitive: a = b and b = c give a = c", () => {
    fc.assert(
      fc.property(name, name, name, pairs, (a, b, c, more) => {
        const resolver = aliasResolver([...more, [a, b], [b, c]]);
        expect(resolver.key(a)).toBe(resolver.key(c));
      }),
    );
  });

  it("matches names that differ in case, separators and spacing, aliases or not", () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), pairs, (words, list) => {
        const resolver = aliasResolver(list);
        const keys = [
          words.join(" "),
          words.join("-"),
          words.join("_"),
          ` ${words.join(".")}  `,
          words.map((w) => w.toUpperCase()).join(" "),
        ].map((n) => resolver.key(n));
        expect(new Set(keys).size).toBe(1);
      }),
    );
  });
});
