export {
  type BackendAttempt,
  type BackendSelection,
  candidates,
  chooseBackend,
  describeAttempt,
  type TrialStep,
} from "./chooseBackend";
export { BACKEND_ORDER, type BackendEnvironment, setCurrentBackend } from "./environment";
export { trialTrainingStep } from "./trialStep";
