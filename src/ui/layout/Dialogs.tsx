/** Renders the open dialog, whichever feature asked for it. */
import type { ComponentType } from "react";
import { useUiStore } from "../store/uiStore";

export type DialogComponent = ComponentType<{
  readonly props: Readonly<Record<string, unknown>>;
  readonly close: () => void;
}>;

const registry = new Map<string, DialogComponent>();

/** Features register their dialogs here at module load. */
export function registerDialog(kind: string, component: DialogComponent): void {
  registry.set(kind, component);
}

export function Dialogs() {
  const dialog = useUiStore((s) => s.dialog);
  const close = useUiStore((s) => s.closeDialog);
  if (!dialog) return null;
  const Component = registry.get(dialog.kind);
  return Component ? <Component props={dialog.props ?? {}} close={close} /> : null;
}
