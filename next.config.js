// Next.js configuration: security headers on every response, native modules kept out of
// the server bundle, no telemetry.
import path from "node:path";
import { generateFormatRegistry } from "./scripts/generate-format-registry.mjs";

// Every build reads the line formats as they are in lib/ingest/formats/ now (a new format
// file is one file: its registry entry is written, never hand-edited).
generateFormatRegistry(path.dirname(new URL(import.meta.url).pathname));

const isDevelopment = process.env.NODE_ENV !== "production";

// Next inlines its bootstrap scripts, so scripts need 'unsafe-inline'; everything else is
// locked to this origin. Dev mode additionally needs eval for fast refresh.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDevelopment ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // pdfkit reads its standard fonts' metrics from files beside its code at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfkit"],
  // Server action bodies: INCIDENT_BODY_MAX_LABEL in lib/input-limits.ts, the same limit as
  // PUT /api/incidents/[reference] (tests/unit/app/input-limits.test.ts keeps them equal).
  // Next's default (1 MB) refused a valid 1.39 MB narrative from the form with a 500.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
