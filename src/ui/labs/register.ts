/** The lab sheets' dialogs, registered by kind when the lab commands load. */
import { registerDialog } from "../layout/Dialogs";
import { LabsDialog } from "./LabsDialog";
import { LeaderboardDialog } from "./leaderboard/LeaderboardDialog";
import { SUBMISSION_DIALOG, SubmissionDialog } from "./SubmissionDialog";
import "./labs.css";

export const LABS_DIALOG = "labs.open";
export const LEADERBOARD_DIALOG = "labs.leaderboard";

registerDialog(LABS_DIALOG, LabsDialog);
registerDialog(LEADERBOARD_DIALOG, LeaderboardDialog);
registerDialog(SUBMISSION_DIALOG, SubmissionDialog);
