/** The compare view, registered as a dialog kind when anything opens it. */
import { registerDialog } from "../layout/Dialogs";
import "./compare.css";
import { CompareDialog } from "./CompareDialog";

export const COMPARE_DIALOG = "compare.view";

registerDialog(COMPARE_DIALOG, CompareDialog);
