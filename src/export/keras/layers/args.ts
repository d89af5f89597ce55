/** Keyword arguments that are written only when they differ from Keras's default. */
import type { Regularization } from "../../../graph";
import { kw, pyBool, pyFloat, pyInt, pyNumber, pyStr, pyTuple } from "../python";

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export class Args {
  readonly list: string[] = [];

  positional(value: string): this {
    this.list.push(value);
    return this;
  }

  raw(name: string, value: string): this {
    this.list.push(kw(name, value));
    return this;
  }

  int(name: string, value: number, kerasDefault?: number): this {
    return value === kerasDefault ? this : this.raw(name, pyInt(value));
  }

  float(name: string, value: number, kerasDefault?: number): this {
    return value === kerasDefault ? this : this.raw(name, pyFloat(value));
  }

  number(name: string, value: number, kerasDefault?: number): this {
    return value === kerasDefault ? this : this.raw(name, pyNumber(value));
  }

  bool(name: string, value: boolean, kerasDefault: boolean): this {
    return value === kerasDefault ? this : this.raw(name, pyBool(value));
  }

  str(name: string, value: string, kerasDefault?: string): this {
    return value === kerasDefault ? this : this.raw(name, pyStr(value));
  }

  tuple(name: string, value: readonly number[], kerasDefault?: readonly number[]): this {
    return kerasDefault && sameList(value, kerasDefault) ? this : this.raw(name, pyTuple(value));
  }

  /** `kernel_regularizer=keras.regularizers.L1L2(...)`, omitted for null (no penalty). */
  regularizer(name: string, value: unknown): this {
    if (value === null || value === undefined) return this;
    const { l1, l2 } = value as Regularization;
    return this.raw(name, `keras.regularizers.L1L2(l1=${pyFloat(l1)}, l2=${pyFloat(l2)})`);
  }
}

export function numbers(value: unknown): number[] {
  return [...(value as readonly number[])];
}
