export {
  type BackendAttempt,
  type BackendSelection,
  type BackendTiming,
  candidates,
  chooseBackend,
  describeAttempt,
  RACE_WORTHWHILE_MS,
  type StepTimer,
  type StepTiming,
  type TrialStep,
} from "./chooseBackend";
export { BACKEND_ORDER, type BackendEnvironment, setCurrentBackend } from "./environment";
export { timeTrainingSteps, trialTrainingStep } from "./trialStep";
