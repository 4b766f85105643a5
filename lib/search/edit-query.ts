// Adds or removes one filter in a query string, for facet clicks: the query stays the one
// source of truth (it is what the URL and the box show). Pure.
import type { FilterKey } from "@/lib/search/search-query";

export function formatFilter(key: FilterKey, value: string): string {
  return /[\s"]/.test(value) ? `${key}:"${value.replaceAll('"', "")}"` : `${key}:${value}`;
}

function splitOutside(query: string): string[] {
  return query.match(/(?:[^\s"]+|"[^"]*"?)+/g) ?? [];
}

export function hasFilter(query: string, key: FilterKey, value: string): boolean {
  const wanted = formatFilter(key, value).toLowerCase();
  return splitOutside(query).some((part) => part.toLowerCase() === wanted);
}

export function toggleFilter(query: string, key: FilterKey, value: string): string {
  const wanted = formatFilter(key, value);
  const parts = splitOutside(query);
  const kept = parts.filter((part) => part.toLowerCase() !== wanted.toLowerCase());
  if (kept.length === parts.length) kept.push(wanted);
  return kept.join(" ");
}
