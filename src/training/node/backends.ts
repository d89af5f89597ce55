/**
 * Node's backends for the CLI, tests and benchmarks: wasm (its binaries
 * read from the installed npm package) and the pure-JS cpu backend.
 * tfjs-node is not an option: it downloads libtensorflow at install time.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type BackendEnvironment, setCurrentBackend } from "../backend/environment";

let wasmReady = false;

/** The directory holding tfjs-backend-wasm's .wasm files, with a trailing separator (as setWasmPaths wants). */
export function wasmDirectory(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist")}/`;
}

export function nodeBackends(): BackendEnvironment {
  return {
    available: ["wasm", "cpu"],
    activate: async (name) => {
      if (name === "wasm" && !wasmReady) {
        try {
          const wasm = await import("@tensorflow/tfjs-backend-wasm");
          wasm.setWasmPaths(wasmDirectory());
          wasmReady = true;
        } catch {
          return false;
        }
      }
      return setCurrentBackend(name);
    },
  };
}
