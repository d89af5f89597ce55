/** The files feature's dialogs, registered by kind when the file commands load. */
import { registerDialog } from "../../layout/Dialogs";
import "../files.css";
import { PROBLEMS_DIALOG } from "../opening";
import { MyGraphsDialog } from "./MyGraphsDialog";
import { PresetsDialog } from "./PresetsDialog";
import { ProblemsDialog } from "./ProblemsDialog";
import { SHARE_DIALOG, ShareDialog } from "./ShareDialog";

export const MY_GRAPHS_DIALOG = "files.myGraphs";
export const PRESETS_DIALOG = "files.presets";

registerDialog(PROBLEMS_DIALOG, ProblemsDialog);
registerDialog(MY_GRAPHS_DIALOG, MyGraphsDialog);
registerDialog(PRESETS_DIALOG, PresetsDialog);
registerDialog(SHARE_DIALOG, ShareDialog);
