import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./app.css";
import { installDebugHook } from "./debugHook";
import { startup } from "./startup";

installDebugHook();
// Begin restoring or opening the graph now, not after the first render: a large
// graph from a share link is then decoded while React sets up.
void startup();

const root = document.getElementById("root");
if (!root) throw new Error('index.html must contain <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
