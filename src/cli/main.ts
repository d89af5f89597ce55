/**
 * The `neurograph` command line. Every failure ends in a message and an exit
 * code — 0 ok, 1 invalid document, 2 usage error, 3 internal error — never a
 * stack trace.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "./args";
import { compileCommand } from "./commands/compile";
import { exportCommand } from "./commands/export";
import { gradeCommand } from "./commands/grade";
import { importCommand } from "./commands/import";
import { summaryCommand } from "./commands/summary";
import { trainCommand } from "./commands/train";
import type { Command } from "./commands/types";
import { validateCommand } from "./commands/validate";
import { type CliIO, EXIT } from "./io";

export const COMMANDS: readonly Command[] = [
  validateCommand,
  summaryCommand,
  compileCommand,
  trainCommand,
  gradeCommand,
  exportCommand,
  importCommand,
];

export const nodeIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
};

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "neurograph — design, check and build neural network graphs",
    "",
    "usage: neurograph <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `neurograph <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 the document has errors, 2 usage error, 3 internal error.",
    "",
  ].join("\n");
}

function commandHelp(command: Command): string {
  const flags = command.flags.map((f) => `  --${f.name}${f.takesValue ? " VALUE" : ""}  ${f.help}`);
  return [`usage: ${command.usage}`, "", command.summary, "", "options:", ...flags, ""].join("\n");
}

export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      io.out(helpText());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      io.err(`neurograph: unknown command ${JSON.stringify(name).slice(0, 60)}.\n\n${helpText()}`);
      return EXIT.usage;
    }
    const parsed = parseArgs(rest, [
      ...command.flags,
      { name: "help", takesValue: false, help: "show this help" },
    ]);
    if (!parsed.ok) {
      io.err(`neurograph ${command.name}: ${parsed.message}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (parsed.args.flags.has("help")) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(parsed.args, io);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(
      `neurograph: internal error: ${detail.slice(0, 500)}\nThis is a bug in Neurograph; please report it with the command and file.\n`,
    );
    return EXIT.internal;
  }
}
