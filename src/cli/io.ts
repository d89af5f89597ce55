/** What a command may touch, so tests can run commands in-process. */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  readonly makeDir: (path: string) => Promise<void>;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
