/** The optimizer and its own settings: momentum for SGD, betas and ε for Adam, ρ for RMSProp. */
import { OPTIMIZERS, type OptimizerSetup, SETUP_RANGES } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { SetupNumber } from "./SetupNumber";
import { SetupSelect } from "./SetupSelect";
import { setupText } from "./setupText";
import { useSetupEditor } from "./useSetup";

export function OptimizerFields({ optimizer }: { readonly optimizer: OptimizerSetup }) {
  const text = useText(setupText);
  const type = useSetupEditor("optimizer.type");
  return (
    <fieldset className="setup-group">
      <legend>{text.optimizer}</legend>
      <SetupSelect
        label={text.optimizer}
        value={optimizer.type}
        choices={OPTIMIZERS.map((o) => ({ value: o, label: text[o] }))}
        onChange={(value) => type.commit(value)}
      />
      <SetupNumber
        label={text.learningRate}
        path="optimizer.learningRate"
        value={optimizer.learningRate}
        rule={SETUP_RANGES.learningRate}
      />
      {optimizer.type === "sgd" ? (
        <SetupNumber
          label={text.momentum}
          path="optimizer.momentum"
          value={optimizer.momentum}
          rule={SETUP_RANGES.momentum}
        />
      ) : null}
      {optimizer.type === "adam" ? (
        <>
          <SetupNumber
            label={text.beta1}
            path="optimizer.beta1"
            value={optimizer.beta1}
            rule={SETUP_RANGES.beta1}
          />
          <SetupNumber
            label={text.beta2}
            path="optimizer.beta2"
            value={optimizer.beta2}
            rule={SETUP_RANGES.beta2}
          />
          <SetupNumber
            label={text.epsilon}
            path="optimizer.epsilon"
            value={optimizer.epsilon}
            rule={SETUP_RANGES.epsilon}
          />
        </>
      ) : null}
      {optimizer.type === "rmsprop" ? (
        <SetupNumber
          label={text.rho}
          path="optimizer.rho"
          value={optimizer.rho}
          rule={SETUP_RANGES.rho}
        />
      ) : null}
    </fieldset>
  );
}
