/**
 * The exported training script of a small preset trains one epoch as a plain
 * single process, and in two processes with DistributedDataParallel on CPU
 * (gloo), started the way torchrun starts them: RANK, WORLD_SIZE,
 * LOCAL_RANK, MASTER_ADDR and MASTER_PORT. (Debian's torchrun launcher
 * itself crashes on Python 3.11 here, so the test starts the processes.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateText } from "../../graph";
import { exportPytorch } from "./exportPytorch";
import { requireTorch, runPython } from "./testing/torchPython";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe("the exported training script", () => {
  let dir = "";
  let script = "";

  beforeAll(() => {
    requireTorch();
    const url = new URL("../../../presets/xor-mlp.json", import.meta.url);
    const document = validateText(readFileSync(url, "utf8")).document!;
    const result = exportPytorch(document);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    dir = mkdtempSync(join(tmpdir(), "pytorch-ddp-"));
    for (const file of result.files)
      writeFileSync(join(dir, file.path), "text" in file ? file.text : file.bytes);
    script = result.files.find((f) => f.path.endsWith(".py"))!.path;
  });

  it("trains one epoch as a plain single process", async () => {
    const run = await runPython([script, "--epochs", "1"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 process(es) on cpu");
    expect(run.stdout).toMatch(/epoch 1\/1: loss \d+\.\d+ accuracy \d/);
  });

  it("trains one epoch in two DistributedDataParallel processes on CPU (gloo)", async () => {
    // A rank whose partner never comes waits for it: both are killed well within the test's time,
    // so a failure reports their output rather than a bare timeout, and leaves no process behind.
    const timeoutMs = 90_000;
    const port = await freePort();
    const env = (rank: number) => ({
      RANK: String(rank),
      WORLD_SIZE: "2",
      LOCAL_RANK: String(rank),
      MASTER_ADDR: "127.0.0.1",
      MASTER_PORT: String(port),
    });
    const [rank0, rank1] = await Promise.all([
      runPython([script, "--epochs", "1", "--save", "trained.pt"], {
        cwd: dir,
        env: env(0),
        timeoutMs,
      }),
      runPython([script, "--epochs", "1", "--save", "trained.pt"], {
        cwd: dir,
        env: env(1),
        timeoutMs,
      }),
    ]);
    expect(rank0.stderr, rank0.stderr).toBe("");
    expect(rank1.stderr, rank1.stderr).toBe("");
    expect(rank0.code).toBe(0);
    expect(rank1.code).toBe(0);
    // Rank 0 reports (and saves), the other stays quiet.
    expect(rank0.stdout).toContain("2 process(es) on cpu");
    expect(rank0.stdout).toMatch(/epoch 1\/1: loss \d+\.\d+ accuracy \d/);
    expect(rank0.stdout).toContain("saved the trained weights");
    expect(rank1.stdout).toBe("");
  }, 150_000);
});
