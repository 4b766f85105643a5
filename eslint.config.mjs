// Lint: Next's recommended rules plus type-aware TypeScript checks.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const ZOD_FOR_PEOPLE = {
  name: "zod",
  importNames: ["z"],
  message: 'Import { z } from "@/lib/validation/zod" (messages written for people).',
};
const DOMAINS = [
  "incidents",
  "evidence",
  "timeline",
  "traces",
  "users",
  "settings",
  "language-review",
  "actions",
  "insights",
  "collab",
  "review-document",
];
const LIB_IS_BELOW_THE_APP = {
  group: ["@/app/*", "@/components/*"],
  message: "lib/ is below app/ and components/: it never imports from them.",
};

const PURE_ENGINE_IMPORTS = [
  "next",
  "next/*",
  "react",
  "react-*",
  "@prisma/*",
  "server-only",
  "@/*",
  "../../*",
  "node:*",
];
const PURE_ENGINE_MESSAGE =
  "The pure engines (lib/ingest, lib/language, lib/models, lib/insights' engines) run in the app, the CLI and the benchmarks: no framework, no I/O, nothing else of the project.";

function restrictImports(...patterns) {
  return ["error", { paths: [ZOD_FOR_PEOPLE], patterns }];
}

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "generated/**",
      "**/*.generated.ts",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "bench-out/**",
      // The CLI bundle built from lib/ and cli/ at install: linted as its sources.
      "dist/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // Layers point one way: app/ and components/ use lib/; in lib/, the domains (incidents,
  // timeline, users, settings, language review) sit above the gate that guards them (auth,
  // access), which sits above the plain infrastructure; the pure engines (ingest, language,
  // models) use no framework, no I/O and nothing else of lib/. Every block repeats the zod
  // rule because a later block's options replace an earlier block's for the same rule.
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/validation/zod.ts"],
    rules: { "no-restricted-imports": restrictImports() },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": restrictImports({
        group: ["@/lib/db", "@/generated/*"],
        message: "Pages and components read and write through lib/, never the database directly.",
      }),
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/validation/zod.ts"],
    rules: { "no-restricted-imports": restrictImports(LIB_IS_BELOW_THE_APP) },
  },
  {
    files: ["lib/auth/**/*.ts", "lib/access/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports(LIB_IS_BELOW_THE_APP, {
        group: DOMAINS.flatMap((domain) => [`@/lib/${domain}/*`, `**/${domain}/*`]),
        message:
          "lib/auth and lib/access guard the domains: they import nothing from them (move what both need down).",
      }),
    },
  },
  {
    files: ["lib/ingest/**/*.ts", "lib/language/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        group: PURE_ENGINE_IMPORTS,
        message: PURE_ENGINE_MESSAGE,
      }),
    },
  },
  {
    // lib/models may name its own files by the @/ alias, as the app does; it has no
    // subfolders, so any ../ import leaves it.
    files: ["lib/models/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          group: [...PURE_ENGINE_IMPORTS.filter((p) => p !== "@/*"), "../*"],
          message: PURE_ENGINE_MESSAGE,
        },
        { regex: "^@/(?!lib/models/)", message: PURE_ENGINE_MESSAGE },
      ),
    },
  },
  {
    // The insights engines (terms, similarity, themes, percentiles, trends and their
    // tables) are pure like lib/models: they use each other and nothing else of lib/.
    files: [
      "lib/insights/terms.ts",
      "lib/insights/similarity.ts",
      "lib/insights/themes.ts",
      "lib/insights/percentiles.ts",
      "lib/insights/trends.ts",
      "lib/insights/trend-tables.ts",
    ],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          group: [...PURE_ENGINE_IMPORTS.filter((p) => p !== "@/*"), "../*"],
          message: PURE_ENGINE_MESSAGE,
        },
        { regex: "^@/(?!lib/insights/)", message: PURE_ENGINE_MESSAGE },
      ),
    },
  },
  {
    // Type-aware rules need a TypeScript program; plain JS config and scripts have none.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
];

export default config;
