import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/action/inputs.ts
var MODES = ["auto", "review", "report", "follow-ups", "agenda", "dashboard", "remind"];
var InputError = class extends Error {
  name = "InputError";
};
function readInputs(get) {
  const oneOf = (name, allowed, fallback) => {
    const value = get(name) || fallback;
    if (!allowed.includes(value)) {
      throw new InputError(`input ${name} must be one of ${allowed.join(", ")}, not "${value}"`);
    }
    return value;
  };
  const bool = (name, fallback) => {
    const value = get(name).toLowerCase();
    if (value === "") return fallback;
    if (["true", "yes", "on", "1"].includes(value)) return true;
    if (["false", "no", "off", "0"].includes(value)) return false;
    throw new InputError(`input ${name} must be true or false, not "${get(name)}"`);
  };
  const maxIssuesText = get("max-issues") || "25";
  const maxIssues = Number(maxIssuesText);
  if (!Number.isInteger(maxIssues) || maxIssues < 0) {
    throw new InputError(`input max-issues must be a whole number, not "${maxIssuesText}"`);
  }
  const today = get("today") || void 0;
  if (today !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new InputError(`input today must be YYYY-MM-DD, not "${today}"`);
  }
  const token = get("github-token");
  if (!token) throw new InputError("input github-token is empty: pass ${{ github.token }} or a token secret");
  return {
    token,
    configPath: get("config") || ".github/decision-register.yml",
    mode: oneOf("mode", MODES, "auto"),
    filterMode: oneOf("filter-mode", ["added", "file", "nofilter"], "added"),
    failOn: oneOf("fail-on", ["error", "warning", "never"], "error"),
    mentionOwners: bool("mention-owners", false),
    dryRun: bool("dry-run", false),
    suggestions: bool("suggestions", true),
    artifactDir: get("artifact-dir"),
    issuesFor: oneOf("issues-for", ["outputs", "actions", "both"], "both"),
    labels: (get("labels") || "follow-up").split(/[,\n]/).map((label) => label.trim()).filter(Boolean),
    maxIssues,
    dashboardBranch: get("dashboard-branch"),
    dashboardDir: get("dashboard-dir") || "status",
    today,
    sarifFile: get("sarif-file")
  };
}

export {
  InputError,
  readInputs
};
