import { availableParallelism } from "node:os";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { datasetsPlugin } from "./scripts/vite-datasets-plugin";

export default defineConfig({
  plugins: [react(), datasetsPlugin()],
  // ES-module workers, so the training worker loads the WebGPU and wasm backends as lazy chunks
  // instead of carrying both inline.
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 4096 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    // Timeouts only catch hangs, they time nothing. A test that trains sets its own at no less than
    // 3× what it takes here while the other worker and a CLI child process also train (CI's machine
    // once ran the VAE test 35 s → over 45 s), so a slower or busier machine does not fail it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default (cores − 1) is one worker on a 2-core machine: every file then waits for the
    // one before it, even while that one only waits for a CLI child process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
