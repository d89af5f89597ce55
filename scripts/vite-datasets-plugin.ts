/**
 * Serves the packed dataset files under `${base}datasets/<name>`: in dev from
 * disk through a middleware, in a build as emitted assets (dist/datasets/…).
 * Generated files (MNIST) are built into node_modules/.cache/neurograph/datasets/
 * first when missing or stale; committed ones (Fashion-MNIST) come from
 * assets/datasets/. The browser side is src/training/datasets/browserIO.ts.
 */
import { readFileSync, statSync } from "node:fs";
import type { Plugin } from "vite";
import {
  COMMITTED_DATASETS,
  ensureAllDatasets,
  ensureGeneratedDataset,
} from "../src/training/datasets/nodeAssets";

/** The file on disk for a dataset name, building it when needed; undefined for an unknown name. */
function datasetPath(name: string): string | undefined {
  return COMMITTED_DATASETS[name] ?? ensureGeneratedDataset(name);
}

export function datasetsPlugin(): Plugin {
  return {
    name: "neurograph-datasets",
    configureServer(server) {
      const prefix = `${server.config.base.replace(/\/?$/, "/")}datasets/`;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0]!;
        if (!path.startsWith(prefix)) return next();
        const name = decodeURIComponent(path.slice(prefix.length));
        // Only plain names: no "../" out of the dataset folders.
        const file = /^[\w.-]+$/.test(name) ? datasetPath(name) : undefined;
        if (!file) {
          res.statusCode = 404;
          res.end(`No dataset file named ${name}`);
          return;
        }
        res.setHeader("Content-Type", "application/octet-stream");
        res.setHeader("Content-Length", String(statSync(file).size));
        res.setHeader("Cache-Control", "no-cache");
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [name, file] of Object.entries(ensureAllDatasets()))
        this.emitFile({ type: "asset", fileName: `datasets/${name}`, source: readFileSync(file) });
    },
  };
}
