/** How one node becomes a PyTorch submodule (built in __init__) and one line of forward(). */
import type { Shape } from "../../../graph";

export type Params = Readonly<Record<string, unknown>>;

export interface TorchContext {
  readonly nodeId: string;
  /** Params with Neurograph's (tfjs's) defaults filled in. */
  readonly params: Params;
  /** The shapes of the inputs, in port order. */
  readonly inputShapes: readonly Shape[];
  /** The ports the inputs arrive on, in the same order ("in", "query", "value", "key", …). */
  readonly inputPorts: readonly string[];
  readonly outputShape: Shape;
  /** Python helpers (functions, classes) the module must define; emitters add to it. */
  readonly needs: Set<string>;
}

export interface TorchLayer {
  /** The submodule's constructor call (`self.<name> = callee(args)`), or null for a plain function. */
  readonly module: PythonCall | null;
  /** The forward() expression, from the inputs' variables and the submodule (`self.<name>`). */
  readonly call: (inputs: readonly string[], self: string) => string;
  /** A note for the reader where the conversion is not obvious. */
  readonly note?: string;
}

export interface PythonCall {
  readonly callee: string;
  readonly args: readonly string[];
}

export function call(callee: string, args: readonly string[] = []): PythonCall {
  return { callee, args };
}

/** A call as one expression (for a submodule inside another's arguments). */
export function callText(c: PythonCall): string {
  return `${c.callee}(${c.args.join(", ")})`;
}

export type TorchEmitter = (ctx: TorchContext) => TorchLayer;

/** The last dimension of a shape (features or channels). */
export function lastDim(shape: Shape | undefined): number {
  return shape ? (shape[shape.length - 1] ?? 0) : 0;
}

export function numbers(value: unknown): number[] {
  return [...(value as readonly number[])];
}
