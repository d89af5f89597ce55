/**
 * Test helpers: compile generated Python with Debian's interpreter
 * (/usr/bin/python3, as the issue asks — TensorFlow cannot be installed, so
 * the modules are compiled, never imported) and run small NumPy-only
 * snippets with the first python3 on PATH that has NumPy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DEBIAN_PYTHON = "/usr/bin/python3";

/** Writes the sources to a fresh directory and py_compiles them all in one interpreter run. */
export function pyCompile(sources: ReadonlyMap<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "keras-export-"));
  const paths = [...sources].map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const result = spawnSync(DEBIAN_PYTHON, ["-m", "py_compile", ...paths], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** The python3 on PATH, when it can import NumPy (null otherwise). */
export function numpyPython(): string | null {
  for (const candidate of ["python3", DEBIAN_PYTHON]) {
    const probe = spawnSync(candidate, ["-c", "import numpy"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** Runs a Python program (with `input` on its standard input) and returns what it printed. */
export function runPython(python: string, program: string, cwd?: string, input?: string): string {
  return execFileSync(python, ["-c", program], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    ...(cwd ? { cwd } : {}),
    ...(input !== undefined ? { input } : {}),
  });
}
