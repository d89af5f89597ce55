/** Why the connection being dragged would be refused, for the connection line to show. */
import { create } from "zustand";
import type { I18nText } from "../../graph";

interface ConnectionFeedback {
  readonly reason: I18nText | null;
  readonly setReason: (reason: I18nText | null) => void;
}

export const useConnectionFeedback = create<ConnectionFeedback>()((set) => ({
  reason: null,
  setReason: (reason) => set({ reason }),
}));
