// OTLP/JSON helpers: AnyValue → plain JS, attribute lists → objects, ns strings → ms.

type Bag = Record<string, unknown>;

export function isBag(v: unknown): v is Bag {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function anyValue(v: unknown): unknown {
  if (!isBag(v)) return v;
  if ("stringValue" in v) return v.stringValue;
  if ("boolValue" in v) return v.boolValue;
  if ("intValue" in v) {
    const n = Number(v.intValue);
    return Number.isSafeInteger(n) ? n : String(v.intValue);
  }
  if ("doubleValue" in v) return Number(v.doubleValue);
  if ("bytesValue" in v) return v.bytesValue;
  if (isBag(v.arrayValue)) {
    const values = v.arrayValue.values;
    return Array.isArray(values) ? values.map(anyValue) : [];
  }
  if (isBag(v.kvlistValue)) return attributesToObject(v.kvlistValue.values);
  return undefined;
}

export function attributesToObject(list: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list) {
    if (isBag(kv) && typeof kv.key === "string") out[kv.key] = anyValue(kv.value);
  }
  return out;
}

/** Decimal ns (string or number) → canonical digits, "" when absent or zero. */
export function nsString(v: unknown): string {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return BigInt(Math.round(v)).toString();
  if (typeof v === "string" && /^\d+$/.test(v)) {
    const trimmed = v.replace(/^0+/, "");
    return trimmed;
  }
  return "";
}

export function nsToMsNumber(ns: string): number {
  if (ns === "") return NaN;
  return ns.length <= 6 ? 0 : Number(ns.slice(0, -6)) + Number(ns.slice(-6)) / 1e6;
}

export function nsDiff(end: string, start: string): string {
  if (end === "" || start === "") return "0";
  const d = BigInt(end) - BigInt(start);
  return d < 0n ? "0" : d.toString();
}

export function str(v: unknown): string | undefined {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}
