/**
 * Test helpers: Debian's Python with PyTorch (/usr/bin/python3; other
 * python3 installs on the machine do not see python3-torch). A missing
 * PyTorch fails the tests with a message, never skips them.
 */
import { spawn, spawnSync } from "node:child_process";

export const TORCH_PYTHON = "/usr/bin/python3";

/** Throws when /usr/bin/python3 cannot import torch, saying how to install it. */
export function requireTorch(): void {
  const probe = spawnSync(TORCH_PYTHON, ["-c", "import torch, numpy"], { encoding: "utf8" });
  if (probe.status !== 0)
    throw new Error(
      `PyTorch is missing: ${TORCH_PYTHON} -c "import torch" failed (${(probe.stderr || probe.error?.message || "").trim().slice(-300)}). ` +
        "`.ci/run` installs it (apt-get install -y python3-torch); run that, or install the package yourself.",
    );
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs Python asynchronously (so several processes can run at once), with extra environment. */
export function runPython(
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>>; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TORCH_PYTHON, [...args], {
      cwd: options.cwd,
      env: { ...process.env, OMP_NUM_THREADS: "1", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
