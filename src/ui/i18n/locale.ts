/** The UI language: a tiny zustand store, remembered across visits. */
import { create } from "zustand";
import type { Locale } from "../../graph";
import { MESSAGES, type Messages } from "./messages";

const STORAGE_KEY = "neurograph.locale";

interface LocaleState {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "zh") return saved;
  } catch {
    // Storage can be disabled (privacy settings); fall back to the browser's language.
  }
  return globalThis.navigator?.language?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const useLocaleStore = create<LocaleState>()((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembering the choice is fine; switching still works for this visit.
    }
    set({ locale });
  },
}));

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}

export function useMessages(): Messages {
  return MESSAGES[useLocale()];
}
