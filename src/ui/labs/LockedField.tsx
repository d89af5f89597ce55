/**
 * Read-only fields for what the lab locks. A disabled fieldset disables
 * every control inside it (inputs, selects, the reset button), so each field
 * kind needs no change of its own; the lock icon and tooltip say why.
 */
import type { ReactNode } from "react";
import { useText } from "../i18n/catalog";
import { useNodeLocked, useParamLocked, useTrainingLocked } from "./labStore";
import { labsText } from "./labsText";

export function LockedField({
  nodeId,
  name,
  children,
}: {
  readonly nodeId: string;
  readonly name: string;
  readonly children: ReactNode;
}) {
  const text = useText(labsText);
  const locked = useParamLocked(nodeId, name);
  if (!locked) return children;
  return (
    <fieldset disabled className="lab-locked" title={text.lockedByLab} data-locked="true">
      {children}
    </fieldset>
  );
}

/** A training-setup field (or group) the lab locks: read-only, with the same tooltip. */
export function LockedSetting({
  path,
  children,
}: {
  readonly path: string;
  readonly children: ReactNode;
}) {
  const text = useText(labsText);
  const locked = useTrainingLocked(path);
  if (!locked) return children;
  return (
    <fieldset disabled className="lab-locked" title={text.lockedByLab} data-locked="true">
      {children}
    </fieldset>
  );
}

/** Above the params of a locked node: why nothing can be changed. */
export function LockedNodeNote({ nodeId }: { readonly nodeId: string }) {
  const text = useText(labsText);
  const locked = useNodeLocked(nodeId);
  if (!locked) return null;
  return (
    <p className="lab-locked-note" role="note">
      <LockIcon />
      {text.lockedByLab}
    </p>
  );
}

export function LockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" className="lab-icon">
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </svg>
  );
}
