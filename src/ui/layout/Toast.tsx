/** Short notices (saved, copied, storage failures); errors stay until dismissed. */
import { useEffect, useState } from "react";
import { useUiStore } from "../store/uiStore";

export function Toast() {
  const toast = useUiStore((s) => s.toast);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!toast) return;
    setVisible(true);
    if (toast.tone === "error") return;
    const timer = setTimeout(() => setVisible(false), 3500);
    return () => clearTimeout(timer);
  }, [toast]);
  if (!toast || !visible) return null;
  return (
    <div className={`toast ${toast.tone}`} role={toast.tone === "error" ? "alert" : "status"}>
      <span>{toast.text}</span>
      <button type="button" aria-label="×" onClick={() => setVisible(false)}>
        ×
      </button>
    </div>
  );
}
