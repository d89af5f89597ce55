/** compile_model(): the optimizer, the loss and the metrics, each with a note where one is due. */
import type { OptimizerSetup } from "../../../graph";
import { optimizerCall } from "../compileSetup";
import { callLines, comment, LINE_WIDTH, pyStr } from "../python";

export const BODY = "        ";

/** `name=value,` at the body's indent, the value wrapped like black would. */
function keyword(name: string, value: readonly string[]): string[] {
  return value.map((line, i) => (i === 0 ? `${BODY}${name}=${line}` : line));
}

/** A Python list of `items`, one line when it fits at `indent` after `lead`, else one per line. */
export function listValue(items: readonly string[], indent: string, lead: number): string[] {
  const one = `[${items.join(", ")}]`;
  if (indent.length + lead + one.length + 1 <= LINE_WIDTH) return [one];
  return ["[", ...items.map((item) => `${indent}    ${item},`), `${indent}]`];
}

/** A Python dict keyed by output name, one entry per line. */
export function dictValue(entries: readonly (readonly [string, readonly string[]])[]): string[] {
  return [
    "{",
    ...entries.flatMap(([key, value]) =>
      withComma(value.map((line, i) => (i === 0 ? `${BODY}    ${pyStr(key)}: ${line}` : line))),
    ),
    `${BODY}}`,
  ];
}

export interface CompileParts {
  /** The loss value's lines (the first without indent). */
  readonly loss: readonly string[];
  /** The metrics value's lines, or null for none. */
  readonly metrics: readonly string[] | null;
  readonly notes: readonly string[];
}

export function compileModelLines(optimizer: OptimizerSetup, parts: CompileParts): string[] {
  const call = optimizerCall(optimizer);
  return [
    "def compile_model(model):",
    '    """Compiles the model with the graph\'s optimizer, loss and metrics."""',
    "    model.compile(",
    ...(call.note ? comment(call.note, BODY) : []),
    ...callLines("optimizer=", call.callee, call.args, BODY, ","),
    ...parts.notes.flatMap((note) => comment(note, BODY)),
    ...withComma(keyword("loss", parts.loss)),
    ...(parts.metrics ? withComma(keyword("metrics", parts.metrics)) : []),
    "    )",
    "    return model",
  ];
}

function withComma(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i === lines.length - 1 ? `${line},` : line));
}

/** main() of the recipes that fit the graph's own model on (x, y) with a validation split. */
export function fitMain(trainer: "model" | "trainer", makeTrainer: readonly string[]): string[] {
  return [
    "    x, y = load_data(args)",
    "    train, validation = split_validation((x, y), VALIDATION_SPLIT, SEED)",
    "    batch_size = resolve_batch_size(args.batch_size, count_samples(train))",
    "    with strategy.scope():",
    "        model = build_model()",
    "        if args.weights:",
    "            load_weights(model, args.weights)",
    ...makeTrainer,
    `        compile_model(${trainer})`,
    "    model.summary()",
    "    train_data = make_dataset(train, batch_size, shuffle=True, seed=SEED)",
    "    validation_data = None",
    "    if validation is not None:",
    "        validation_data = make_dataset(validation, batch_size, shuffle=False, seed=SEED)",
    `    ${trainer}.fit(train_data, validation_data=validation_data, epochs=args.epochs)`,
    "    if args.save:",
    "        save_model(model, args.save)",
  ];
}
