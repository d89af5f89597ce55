/** My graphs: every graph saved in this browser, most recent first. */
import { useCallback, useEffect, useRef, useState } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { useUiStore } from "../../store/uiStore";
import { flushAutosave } from "../autosave";
import { useFilesStore } from "../filesStore";
import { filesI18n, filesText } from "../filesText";
import { type GraphSummary, listGraphs } from "../graphDb";
import {
  deleteStoredGraph,
  duplicateStoredGraph,
  guarded,
  openStoredGraph,
  renameStoredGraph,
} from "../library";
import { showProblems } from "../opening";
import { storageMessage } from "../storageStatus";
import { CloseButton } from "./CloseButton";
import { GraphRow } from "./GraphRow";

export function MyGraphsDialog({ close }: { readonly close: () => void }) {
  const text = useText(filesText);
  const currentId = useFilesStore((s) => s.currentId);
  const failure = useFilesStore((s) => s.failure);
  const [graphs, setGraphs] = useState<GraphSummary[] | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const alive = useRef(true);

  const reload = useCallback(async () => {
    let found: GraphSummary[] = [];
    // The open graph is listed as it is now, not as of the last debounced save.
    await guarded(async () => {
      await flushAutosave();
      found = await listGraphs();
    });
    if (alive.current) setGraphs(found);
  }, []);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  /** Runs an action, refreshes the list, and keeps focus inside the dialog when a row went away. */
  const act = (action: () => Promise<void>, after?: () => void) => {
    void (async () => {
      if (await guarded(action)) after?.();
      await reload();
      if (!list.current?.contains(document.activeElement)) list.current?.focus();
    })();
  };

  const open = (graph: GraphSummary) => {
    if (graph.id === currentId) {
      close();
      return;
    }
    void guarded(async () => {
      const outcome = await openStoredGraph(graph.id);
      if (outcome.opened) {
        close();
      } else if (outcome.verdict && outcome.verdict.kind !== "ok") {
        showProblems({
          verdict: outcome.verdict,
          source: filesI18n("sourceSaved", { name: graph.name }),
        });
      } else {
        await reload(); // deleted meanwhile (in another tab)
      }
    });
  };

  return (
    <Dialog title={text.myGraphs} onClose={close} wide actions={<CloseButton close={close} />}>
      <p className="muted files-intro">{text.myGraphsIntro}</p>
      {failure ? (
        <p className="files-banner" role="alert">
          {storageMessage(failure)}
        </p>
      ) : null}
      {graphs === null ? (
        <p className="muted" role="status">
          {text.loading}
        </p>
      ) : graphs.length === 0 ? (
        <p className="muted">{text.noGraphs}</p>
      ) : (
        <ul className="files-graphs" aria-label={text.myGraphs} ref={list} tabIndex={-1}>
          {graphs.map((graph) => (
            <GraphRow
              key={graph.id}
              graph={graph}
              current={graph.id === currentId}
              actions={{
                open: () => open(graph),
                rename: (name) => act(() => renameStoredGraph(graph.id, name)),
                duplicate: () => act(() => duplicateStoredGraph(graph.id)),
                remove: () =>
                  act(
                    () => deleteStoredGraph(graph.id),
                    () =>
                      useUiStore
                        .getState()
                        .notify(format(text.deleted, { name: graph.name }), "info"),
                  ),
              }}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
