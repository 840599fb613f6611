// The lint gate (`npm run lint`, part of `npm test`): Next's rules with React's hooks
// rules and typescript-eslint, and the layers kept in order: app → components → lib,
// with lib/core at the bottom. Import cycles, between files and between folders, are
// scripts/check-layers.mjs's (import/no-cycle walked the same graph in 25 of the lint's 37 s). Formatting is Prettier's (`npm run format`), not a lint rule.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components"], message: "lib is below components and app." },
            { target: "./components", from: "./app", message: "components are below app." },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "public/**",
  ]),
]);
