/** Every command, from every feature, in one list. */
import { labCommands } from "../labs/labCommands";
import { clipboardCommands } from "./clipboardCommands";
import { compareCommands } from "./compareCommands";
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
    ...labCommands(),
    ...editCommands(),
    ...clipboardCommands(),
    ...groupCommands(),
    ...viewCommands(),
    ...compareCommands(),
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
