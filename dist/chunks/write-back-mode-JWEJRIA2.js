import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  actionLogger,
  info,
  setOutput,
  warning
} from "./chunk-T7YQEWOI.js";
import {
  syncRegisterPull
} from "./chunk-VUT5VOEJ.js";
import "./chunk-JUYQNMQ5.js";
import "./chunk-Q2NPZLFL.js";
import "./chunk-BOWECSXI.js";
import "./chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import "./chunk-RTK4CUUF.js";
import "./chunk-4GJYVD7P.js";
import "./chunk-LH5WQBSA.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-4BKEW7KF.js";
import "./chunk-7XRTHKOH.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";

// src/action/write-back-mode.ts
async function writeBackMode(inputs, repo, issue, port, config, isOurs, login) {
  if (!isOurs({ author: issue.author })) {
    info(
      `#${issue.number} was not opened by this tool (${issue.author || "unknown author"}): nothing to write back.`
    );
    return;
  }
  info(`#${issue.number} was ${issue.action}: writing the register's side.`);
  await runWriteBack(port, repo, config, inputs.issuesFor, isOurs, login);
}
async function runWriteBack(port, repo, config, issuesFor, isOurs, login) {
  try {
    const outcome = await syncRegisterPull({
      port,
      repo,
      config,
      issuesFor,
      identity: { isOurs, ...login ? { login } : {} },
      log: actionLogger
    });
    if (outcome.pull) {
      setOutput("sync-pull-request", outcome.pull.url);
      info(`Sync pull request: ${outcome.pull.url} (${outcome.plan?.changes.length ?? 0} item(s)).`);
    } else if (outcome.skipped) info(`No sync pull request: ${outcome.skipped}.`);
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 403)) throw error;
    warning(
      "Could not write back to the register (403): grant contents: write and pull-requests: write, and allow GitHub Actions to create pull requests (Settings \u2192 Actions \u2192 General)."
    );
  }
}
export {
  runWriteBack,
  writeBackMode
};
