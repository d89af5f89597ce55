/**
 * The browser's backends. WebGPU is offered only where `navigator.gpu`
 * exists; its package and the wasm package are imported on first use, so a
 * run on WebGL or cpu never downloads them. The wasm binaries are served by
 * the app itself (the worker passes their URLs, from Vite `?url` imports).
 */
import type { BackendName } from "../../graph/training/setup";
import { type BackendEnvironment, setCurrentBackend } from "./environment";

/** URLs of the three wasm binaries of @tensorflow/tfjs-backend-wasm (plain, SIMD, threaded SIMD). */
export interface WasmBinaries {
  readonly wasm: string;
  readonly simd: string;
  readonly threadedSimd: string;
}

export function hasWebGpu(): boolean {
  return typeof navigator !== "undefined" && Boolean((navigator as { gpu?: unknown }).gpu);
}

export function browserBackends(binaries: WasmBinaries): BackendEnvironment {
  let wasmReady = false;
  const register = async (name: BackendName): Promise<void> => {
    if (name === "webgpu") await import("@tensorflow/tfjs-backend-webgpu");
    if (name === "wasm" && !wasmReady) {
      const wasm = await import("@tensorflow/tfjs-backend-wasm");
      wasm.setWasmPaths({
        "tfjs-backend-wasm.wasm": binaries.wasm,
        "tfjs-backend-wasm-simd.wasm": binaries.simd,
        "tfjs-backend-wasm-threaded-simd.wasm": binaries.threadedSimd,
      });
      wasmReady = true;
    }
  };
  return {
    available: hasWebGpu() ? ["webgpu", "wasm", "webgl", "cpu"] : ["wasm", "webgl", "cpu"],
    activate: async (name) => {
      try {
        await register(name);
      } catch {
        return false;
      }
      return setCurrentBackend(name);
    },
  };
}
