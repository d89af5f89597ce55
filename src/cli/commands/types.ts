import type { FlagSpec, ParsedArgs } from "../args";
import type { CliIO } from "../io";

/** One `neurograph <name>` command; the help text and dispatcher are generated from these. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly flags: readonly FlagSpec[];
  readonly run: (args: ParsedArgs, io: CliIO) => Promise<number>;
}

export const JSON_FLAG: FlagSpec = {
  name: "json",
  takesValue: false,
  help: "print machine-readable JSON",
};
export const LANG_FLAG: FlagSpec = {
  name: "lang",
  takesValue: true,
  help: "language of messages: en (default) or zh",
};
