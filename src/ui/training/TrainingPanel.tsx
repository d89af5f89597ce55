/**
 * The training tab: the setup form beside the run — controls, status,
 * progress, failures and the views. For the graph that is open it asks the
 * worker whether saved weights exist (to offer "Continue training"); only
 * when the tab is shown, so the worker (and tfjs) never load for people who
 * only edit.
 */
import { useEffect } from "react";
import { useFilesStore } from "../files/filesStore";
import { useText } from "../i18n/catalog";
import { LessonCard } from "./lesson/LessonCard";
import { FailureBanner } from "./panel/FailureBanner";
import { LearningRateControl } from "./panel/LearningRateControl";
import { RunControls } from "./panel/RunControls";
import { RunProgress } from "./panel/RunProgress";
import { RunState, RunStatusLine } from "./panel/RunStatusLine";
import { ViewTabs } from "./panel/ViewTabs";
import { SetupForm } from "./setup/SetupForm";
import { askCheckpoint } from "./trainingActions";
import { trainingText } from "./trainingText";
import { loadUploadsFor } from "./uploads";
import "./training.css";

function useCheckpointQuestion(): void {
  const graphId = useFilesStore((s) => s.currentId);
  useEffect(() => {
    if (!graphId) return;
    void loadUploadsFor(graphId);
    askCheckpoint(graphId);
  }, [graphId]);
}

export function TrainingPanel() {
  const text = useText(trainingText);
  useCheckpointQuestion();
  return (
    <div className="training-panel">
      <aside className="training-setup" aria-label={text.setup}>
        <SetupForm />
      </aside>
      <section className="training-run" aria-label={text.panel}>
        <div className="run-bar">
          <RunControls />
          <RunState />
          <LearningRateControl />
        </div>
        <RunStatusLine />
        <RunProgress />
        <FailureBanner />
        <LessonCard />
        <ViewTabs />
      </section>
    </div>
  );
}
