/**
 * Batch size as the curriculum's three variants: the full training set
 * (batch gradient descent), one sample (stochastic gradient descent), or a
 * mini-batch of a chosen size.
 */
import { useId } from "react";
import { type BatchSize, SETUP_RANGES } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { SetupNumber } from "./SetupNumber";
import { setupText } from "./setupText";
import { useSetupEditor } from "./useSetup";

type Variant = "full" | "one" | "mini";

function variantOf(batchSize: BatchSize): Variant {
  return batchSize === "full" ? "full" : batchSize === 1 ? "one" : "mini";
}

/** The mini-batch size shown when switching back to mini-batch. */
const DEFAULT_MINI = 32;

export function BatchSizeField({ batchSize }: { readonly batchSize: BatchSize }) {
  const text = useText(setupText);
  const editor = useSetupEditor("batchSize");
  const name = useId();
  const variant = variantOf(batchSize);
  const choices: [Variant, string, BatchSize][] = [
    ["full", text.batchFull, "full"],
    ["one", text.batchOne, 1],
    [
      "mini",
      text.batchMini,
      typeof batchSize === "number" && batchSize > 1 ? batchSize : DEFAULT_MINI,
    ],
  ];
  return (
    <fieldset className="setup-group">
      <legend>{text.batchSize}</legend>
      {choices.map(([key, label, value]) => (
        <label key={key} className="setup-radio">
          <input
            type="radio"
            name={name}
            checked={variant === key}
            onChange={() => editor.commit(value)}
          />
          {label}
        </label>
      ))}
      {variant === "mini" && typeof batchSize === "number" ? (
        <SetupNumber
          label={text.batchMiniSize}
          path="batchSize"
          value={batchSize}
          // 1 is a choice of its own (stochastic gradient descent), so a mini-batch starts at 2.
          rule={{ ...SETUP_RANGES.batchSize, min: 2 }}
        />
      ) : null}
    </fieldset>
  );
}
