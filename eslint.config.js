// Flat config: typescript-eslint's recommended rules, plus a guard that keeps the engine pure.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "dist-check", "data", "src/web/dist", "coverage", ".prof"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The engine runs in the browser too: no Node built-ins, no I/O.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "http", "https"],
              message: "The engine is pure and isomorphic: no Node built-ins.",
            },
          ],
        },
      ],
    },
  },
);
