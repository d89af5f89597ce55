/** Every command, from every feature, in one list. */
import { clipboardCommands } from "./clipboardCommands";
import { editCommands } from "./editCommands";
import { fileCommands } from "./fileCommands";
import { groupCommands } from "./groupCommands";
import { helpCommands } from "./helpCommands";
import { layerCommands } from "./layerCommands";
import { layoutCommands } from "./layoutCommands";
import type { Command, MenuId } from "./types";
import { viewCommands } from "./viewCommands";

export function allCommands(): readonly Command[] {
  return [
    ...fileCommands(),
    ...editCommands(),
    ...clipboardCommands(),
    ...groupCommands(),
    ...viewCommands(),
    ...layoutCommands(),
    ...layerCommands(),
    ...helpCommands(),
  ];
}

export function commandsInMenu(menu: MenuId): Command[] {
  return allCommands().filter((c) => c.menu === menu);
}

export function commandById(id: string): Command | undefined {
  return allCommands().find((c) => c.id === id);
}

export function runCommand(id: string): void {
  const command = commandById(id);
  if (command && (command.enabled?.() ?? true)) void command.run();
}
