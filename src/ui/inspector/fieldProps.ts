/** What ParamForm hands every field component. */
import type { ParamSpec } from "../../graph";

export interface FieldProps<S extends ParamSpec = ParamSpec> {
  readonly nodeId: string;
  readonly name: string;
  readonly spec: S;
  /** The value written in the document; undefined when the param is left to its default. */
  readonly value: unknown;
  readonly isSet: boolean;
  /** Elements per sample of the node's first input, for Reshape's target shape. */
  readonly inputElements?: number | null;
}
