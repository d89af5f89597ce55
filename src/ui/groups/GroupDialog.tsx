/**
 * "Group selection…" and "Rename group…": a name and a role (Encoder,
 * Decoder, Generator, Discriminator, Critic or Custom). An empty name takes
 * the role's name. One undo step either way.
 */
import { useId, useState } from "react";
import { GROUP_ROLES, type GroupRole, groupNodes, updateGroup } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { Dialog } from "../layout/Dialog";
import { type DialogComponent, registerDialog } from "../layout/Dialogs";
import { useEditorStore } from "../store/editorStore";
import "./groupNode.css";
import { groupText } from "./groupText";
import { isGroupRole, ROLE_HINTS, ROLE_LABELS } from "./roles";

export const GROUP_DIALOG = "group";

const GroupDialog: DialogComponent = ({ props, close }) => {
  const text = useText(groupText);
  const locale = useLocale();
  const formId = useId();
  const groupId = typeof props.groupId === "string" ? props.groupId : null;
  const nodeIds = Array.isArray(props.nodeIds) ? (props.nodeIds as string[]) : [];
  const existing = useEditorStore.getState().document.groups.find((g) => g.id === groupId);
  const [role, setRole] = useState<GroupRole>(
    existing ? (isGroupRole(existing.role) ? existing.role : "custom") : "encoder",
  );
  const [name, setName] = useState(existing?.label ?? "");

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const label = name.trim() || ROLE_LABELS[role][locale];
    // A role from a file that we do not know stays as written while "Custom" is kept.
    const keptRole =
      role === "custom" && existing?.role && !isGroupRole(existing.role) ? existing.role : role;
    const store = useEditorStore.getState();
    if (existing) store.edit((d) => updateGroup(d, existing.id, { label, role: keptRole }));
    else if (nodeIds.length > 0)
      store.edit((d) => groupNodes(d, new Set(nodeIds), label, role).document);
    close();
  };

  return (
    <Dialog
      title={existing ? text.editTitle : text.createTitle}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            {text.cancel}
          </button>
          <button type="submit" form={formId} className="button primary">
            {existing ? text.save : text.create}
          </button>
        </>
      }
    >
      <form id={formId} className="group-form" onSubmit={submit}>
        <label className="group-form-name">
          <span>{text.name}</span>
          <input
            type="text"
            value={name}
            placeholder={ROLE_LABELS[role][locale]}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
          />
        </label>
        <fieldset className="group-form-roles">
          <legend>{text.role}</legend>
          {GROUP_ROLES.map((r) => (
            <label key={r} className="group-role-option" data-role={r}>
              <input
                type="radio"
                name={`${formId}-role`}
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
              />
              <span className="group-role-name">{ROLE_LABELS[r][locale]}</span>
              <span className="group-role-hint">{ROLE_HINTS[r][locale]}</span>
            </label>
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
};

registerDialog(GROUP_DIALOG, GroupDialog);
