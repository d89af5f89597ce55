/** Every command, from every feature, in one list. */
import { editCommands } from "./editCommands";
import { fileCommands } from "./fileCommands";
import { layerCommands } from "./layerCommands";
import type { Command, MenuId } from "./types";
import { viewCommands } from "./viewCommands";

export function allCommands(): readonly Command[] {
  return [...fileCommands(), ...editCommands(), ...viewCommands(), ...layerCommands()];
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
