/** A small, strict argument parser: unknown flags are usage errors, not silently ignored. */
export interface FlagSpec {
  readonly name: string;
  readonly takesValue: boolean;
  readonly help: string;
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

export type ParseOutcome =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly message: string };

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParseOutcome {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-" && arg !== "-h")
        return { ok: false, message: `unknown option ${arg}` };
      if (arg === "-h") flags.set("help", true);
      else positional.push(arg);
      continue;
    }
    const [rawName, inline] = splitOnce(arg.slice(2), "=");
    const spec = specs.find((s) => s.name === rawName);
    if (!spec) return { ok: false, message: `unknown option --${rawName}` };
    if (!spec.takesValue) {
      if (inline !== undefined) return { ok: false, message: `--${spec.name} takes no value` };
      flags.set(spec.name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      return { ok: false, message: `--${spec.name} needs a value` };
    }
    flags.set(spec.name, value);
  }
  return { ok: true, args: { positional, flags } };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
