/**
 * The form generated from a layer kind's param schema: one field per param,
 * in schema order, hiding those whose `showWhen` does not hold. Params the
 * kind does not know (from a hand-edited file) are listed so they can be
 * removed.
 */
import type { LayerKind, NodeDoc, ParamSpec } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { LockedField, LockedNodeNote } from "../labs/LockedField";
import { AxesField } from "./AxesField";
import { BoolField } from "./BoolField";
import { EnumField } from "./EnumField";
import { isShown } from "./fieldInfo";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { RegularizerField } from "./RegularizerField";
import { ScalarField } from "./ScalarField";
import { ShapeField } from "./ShapeField";
import { TupleField } from "./TupleField";
import { useParamEditor } from "./useParamEditor";

function Field(props: FieldProps) {
  const { spec } = props;
  switch (spec.kind) {
    case "int":
    case "float":
      return <ScalarField {...props} spec={spec} />;
    case "bool":
      return <BoolField {...props} spec={spec} />;
    case "enum":
      return <EnumField {...props} spec={spec} />;
    case "tuple":
      return <TupleField {...props} spec={spec} />;
    case "shape":
      return <ShapeField {...props} spec={spec} />;
    case "regularizer":
      return <RegularizerField {...props} spec={spec} />;
    case "axes":
      return <AxesField {...props} spec={spec} />;
  }
}

function UnknownParam({ nodeId, name }: { nodeId: string; name: string }) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  return (
    <div className="field unknown-param">
      <div className="field-head">
        <span className="field-label">{name}</span>
        <span className="field-aside muted">{text.unknownParam}</span>
        <button
          type="button"
          className="icon-button"
          aria-label={format(text.removeParam, { name })}
          title={format(text.removeParam, { name })}
          onClick={() => editor.commit(undefined)}
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
    </div>
  );
}

interface Props {
  readonly node: NodeDoc;
  readonly kind: LayerKind;
  readonly inputElements: number | null;
}

export function ParamForm({ node, kind, inputElements }: Props) {
  const text = useText(inspectorText);
  const entries = Object.entries(kind.params) as [string, ParamSpec][];
  const unknown = Object.keys(node.params).filter((name) => !Object.hasOwn(kind.params, name));
  if (entries.length === 0 && unknown.length === 0)
    return <p className="muted">{text.noHyperparameters}</p>;
  return (
    <div className="param-form">
      <LockedNodeNote nodeId={node.id} />
      {entries
        .filter(([, spec]) => isShown(spec, node.params, kind.params))
        .map(([name, spec]) => (
          <LockedField key={name} nodeId={node.id} name={name}>
            <Field
              nodeId={node.id}
              name={name}
              spec={spec}
              value={node.params[name]}
              isSet={Object.hasOwn(node.params, name)}
              inputElements={inputElements}
            />
          </LockedField>
        ))}
      {unknown.map((name) => (
        <LockedField key={name} nodeId={node.id} name={name}>
          <UnknownParam nodeId={node.id} name={name} />
        </LockedField>
      ))}
    </div>
  );
}
