// Builds the React app in src/web to src/web/dist, which `postguard serve` serves.
// `npx vite` runs a dev server that passes API calls to a server on port 3000.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 4096 },
  server: {
    proxy: { "/api": "http://localhost:3000", "/auth": "http://localhost:3000" },
  },
});
