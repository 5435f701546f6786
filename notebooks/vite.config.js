// Vite settings for the notebooks (Notebook Kit's `notebooks preview|build --root notebooks` reads this file).
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));

export default {
  server: {
    // Local only, on a fixed port; `npm start` prints the URL.
    host: "127.0.0.1",
    port: 5180,
    // The notebooks import the tagger and the charts from ../src.
    fs: { allow: [repo] },
  },
  preview: { host: "127.0.0.1", port: 5181 },
  // Vite cannot see the notebooks' imports before a page runs them: pre-bundle the packages they use up front, so
  // that the preview does not reload a page when it discovers one.
  optimizeDeps: { include: ["@observablehq/plot", "@observablehq/inputs", "d3", "compromise", "yaml"] },
  // The tagger (compromise's lexicon) is one large chunk, loaded once and cached.
  build: { chunkSizeWarningLimit: 1500 },
};
