#!/usr/bin/env node
import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  describeFsError,
  renderJson,
  renderSarif
} from "./chunks/chunk-LPSUXIHB.js";
import {
  planAgenda,
  planDashboard,
  renderAgenda,
  renderDashboardHtml,
  renderStatusMd
} from "./chunks/chunk-SPTAJI7B.js";
import {
  PROJECT_URL,
  VERSION,
  prepareCheck
} from "./chunks/chunk-3D2MENGX.js";
import {
  describeCounts,
  plural,
  shouldFail
} from "./chunks/chunk-CX3DDRZ6.js";
import {
  applyEdits
} from "./chunks/chunk-RTK4CUUF.js";
import {
  checkFiles,
  checkParsed,
  isRegisterPath,
  parseFiles,
  require_picomatch
} from "./chunks/chunk-4GJYVD7P.js";
import {
  compareFindings
} from "./chunks/chunk-LH5WQBSA.js";
import {
  parseConfig
} from "./chunks/chunk-N2WPJINW.js";
import "./chunks/chunk-F6I3COCI.js";
import "./chunks/chunk-S4SKMPNW.js";
import {
  ConfigError
} from "./chunks/chunk-CIPTWOIR.js";
import "./chunks/chunk-TE6VOVA7.js";
import {
  isIsoDate,
  normalizeStatus,
  statusOf
} from "./chunks/chunk-4BKEW7KF.js";
import {
  dump
} from "./chunks/chunk-7XRTHKOH.js";
import "./chunks/chunk-ZHMHUYWS.js";
import {
  __toESM
} from "./chunks/chunk-VBPJBFLN.js";

// src/cli/collect-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var STDIN_NAME = "<stdin>";
var InputError = class extends Error {
  name = "InputError";
};
async function collectFiles(operands, config, cwd, readStdin, options = {}) {
  const picked = /* @__PURE__ */ new Map();
  const add = (absolute) => picked.set(displayPath(cwd, absolute), absolute);
  const unmatched = [];
  const files = [];
  if (operands.includes("-")) files.push({ path: STDIN_NAME, content: await readStdin() });
  if (operands.length === 0) {
    const found = (await walk(cwd)).filter((path) => isRegisterPath(config, toPosix(relative(cwd, path))));
    if (found.length === 0) unmatched.push(`the config's paths (${config.paths.join(", ")}) below ${cwd}`);
    for (const path of found) add(path);
  }
  for (const operand of new Set(operands.filter((o) => o !== "-"))) {
    const absolute = resolve(cwd, operand);
    let info = null;
    let failure;
    try {
      info = await stat(absolute);
    } catch (error) {
      failure = error;
    }
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      const base = isInside(cwd, absolute) ? cwd : absolute;
      const found = (await walk(absolute)).filter(
        (path) => isRegisterPath(config, toPosix(relative(base, path)))
      );
      if (found.length === 0) unmatched.push(`${operand} (no file below it matches the config's paths)`);
      for (const path of found) add(path);
    } else if (info) {
      throw new InputError(`${operand}: neither a file nor a directory`);
    } else if (import_picomatch.default.scan(operand).isGlob) {
      const found = await globFiles(operand, cwd);
      if (found.length === 0) unmatched.push(operand);
      for (const path of found) add(path);
    } else {
      throw new InputError(`${operand}: ${describeFsError(failure)}`);
    }
  }
  if (unmatched.length > 0 && !options.allowEmpty) {
    throw new InputError(
      `no register files matched ${unmatched.join("; ")}; name the files, or pass --allow-empty to accept none`
    );
  }
  for (const [path, absolute] of [...picked].sort(([a], [b]) => a < b ? -1 : 1)) {
    try {
      files.push({ path, content: await readFile(absolute) });
    } catch (error) {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    }
  }
  return files;
}
async function globFiles(glob, cwd) {
  const pattern = toPosix(glob);
  const { base } = import_picomatch.default.scan(pattern);
  const matches = (0, import_picomatch.default)(pattern, { dot: true });
  const candidates = await walk(resolve(cwd, base || "."));
  return candidates.filter(
    (path) => matches(isAbsolute(pattern) ? toPosix(path) : toPosix(relative(cwd, path)))
  );
}
async function walk(dir) {
  const out = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile()) {
        out.push(full);
      }
    }
  }
  return out.sort();
}
function displayPath(cwd, absolute) {
  return toPosix(isInside(cwd, absolute) ? relative(cwd, absolute) || "." : absolute);
}
function isInside(dir, path) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

// src/cli/load-config-file.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
var DEFAULT_CONFIG_PATH = ".github/decision-register.yml";
async function loadConfigFile(cwd, named, onWarning) {
  const shown = named ?? DEFAULT_CONFIG_PATH;
  const path = resolve2(cwd, shown);
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    if (named === void 0 && error.code === "ENOENT") return parseConfig(null);
    throw new ConfigError("", `cannot read config ${shown}: ${describeFsError(error)}`);
  }
  try {
    return parseConfig(text, shown, (warning) => onWarning?.(`config ${shown}: ${warning}`));
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError("", `config ${shown}: ${error.message}`);
    throw error;
  }
}

// src/cli/parse-options.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
function parseOptions(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const first = (error.message.split("\n")[0] ?? "").replace(/\. To specify .*$/, "");
    throw new UsageError(first.replace(/^Unknown option/, "unknown option") || "bad arguments");
  }
}

// src/cli/command-inputs.ts
var REGISTER_OPTIONS = {
  today: { type: "string" },
  config: { type: "string" },
  "allow-empty": { type: "boolean" }
};
var REGISTER_OPTIONS_HELP = `  --today YYYY-MM-DD   Date the date rules use (default: today, UTC)
  --config FILE        Config file (default: .github/decision-register.yml, if present)
  --allow-empty        Exit 0 when no register file matches (default: exit 2, naming what matched nothing)
`;
var OPERANDS_HELP = `Operands: a file (always checked), a directory (searched with the config's paths
and exclude), a glob (quoted), or - for standard input (named <stdin>). None: the
config's paths from the current directory.
`;
async function commandInputs(values, operands, io) {
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);
  const config = await loadConfigFile(
    io.cwd,
    values.config,
    (warning) => io.writeError(`decision-register: warning: ${warning}
`)
  );
  const files = await collectFiles(operands, config, io.cwd, io.readStdin, {
    allowEmpty: values["allow-empty"] === true
  });
  return { today, config, files };
}
function warnUnparsed(findings, io) {
  const bad = [...new Set(findings.filter((f) => f.rule === "parse-error").map((f) => f.file))];
  if (bad.length > 0) {
    io.writeError(
      `decision-register: ${bad.length} file(s) could not be parsed and are left out (${bad.join(", ")}); run \`check\` for details.
`
    );
  }
}

// src/cli/agenda-command.ts
var FORMATS = ["md", "json"];
var agendaCommand = {
  summary: "Print the pre-read of the next review (exit 0)",
  usage: `Usage: decision-register agenda [PATH|GLOB|- \u2026] [options]

Prints the pre-read of the next review: open decisions, what is due, suggested attendees.

Options:
  --format md|json     Output format (default: md)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 printed, 2 usage or config error, a path that cannot be read, or no
register file matched.
`,
  run: runAgenda
};
async function runAgenda(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "md" },
    ...REGISTER_OPTIONS
  });
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const agenda = planAgenda({ registers: parsed.registers, config, today });
  io.write(
    format === "json" ? `${JSON.stringify(agenda, null, 2)}
` : renderAgenda(agenda, { maxChars: Number.POSITIVE_INFINITY })
  );
  return 0;
}

// src/render/render-github.ts
function escapeCommandData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function renderGithubAnnotations(findings) {
  return [...findings].sort(compareFindings).map((finding) => {
    const properties = [
      `file=${escapeCommandProperty(finding.file)}`,
      `line=${Math.max(1, finding.line)}`,
      `col=${Math.max(1, finding.column)}`,
      `title=${escapeCommandProperty(finding.rule)}`
    ].join(",");
    return `::${finding.severity} ${properties}::${escapeCommandData(finding.message)}
`;
  }).join("");
}

// src/render/render-text.ts
var SGR = { bold: "1", dim: "2", underline: "4", red: "31", yellow: "33", green: "32" };
function paint(color, styles, text) {
  if (!color || text === "") return text;
  return `\x1B[${styles.map((style) => SGR[style]).join(";")}m${text}\x1B[0m`;
}
function sanitizeTerminalText(text) {
  return text.replace(/[\r\n\t\u2028\u2029]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function width(text) {
  return [...text].length;
}
function padEnd(text, size) {
  return text + " ".repeat(Math.max(0, size - width(text)));
}
function renderText(findings, summary, options) {
  const { color } = options;
  const sorted = [...findings].sort(compareFindings);
  const rows = sorted.map((finding) => ({
    file: sanitizeTerminalText(finding.file),
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity,
    message: sanitizeTerminalText(finding.message),
    rule: sanitizeTerminalText(finding.rule)
  }));
  const positionWidth = Math.max(0, ...rows.map((row) => width(row.position)));
  const messageWidth = Math.max(0, ...rows.map((row) => width(row.message)));
  const severityWidth = "warning".length;
  const lines = [];
  let currentFile;
  for (const row of rows) {
    if (row.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint(color, ["underline"], row.file));
      currentFile = row.file;
    }
    const severityStyle = row.severity === "error" ? "red" : "yellow";
    lines.push(
      [
        "  ",
        paint(color, ["dim"], padEnd(row.position, positionWidth)),
        "  ",
        paint(color, [severityStyle], padEnd(row.severity, severityWidth)),
        "  ",
        padEnd(row.message, messageWidth),
        "  ",
        paint(color, ["dim"], row.rule)
      ].join("").trimEnd()
    );
  }
  if (lines.length > 0) lines.push("");
  lines.push(closingLine(summary, color));
  return `${lines.join("\n")}
`;
}
function closingLine(summary, color) {
  const scope = `in ${plural(summary.files, "file")} (${plural(summary.decisions, "decision")})`;
  if (summary.errors === 0 && summary.warnings === 0) {
    return paint(color, ["bold", "green"], `\u2714 No problems ${scope}`);
  }
  const style = summary.errors > 0 ? "red" : "yellow";
  return paint(color, ["bold", style], `\u2716 ${describeCounts(summary)} ${scope}`);
}

// src/cli/cli-io.ts
function wantsColor(io) {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTty;
}

// src/cli/check-command.ts
var FORMATS2 = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "never"];
var checkCommand = {
  summary: "Check decision registers; exit 1 on findings at or over --fail-on",
  usage: `Usage: decision-register check [PATH|GLOB|- \u2026] [options]

Checks decision registers and reports the findings.

Options:
  --format text|json|sarif|github   Output format (default: text)
  --fail-on error|warning|never     Exit 1 on error findings, on any finding, or never (default: error)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 clean, 1 findings at or over --fail-on, 2 usage or config error, a
path that cannot be read, or no register file matched.
`,
  run: runCheck
};
function readFailOn(value) {
  const failOn = value;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
  return failOn;
}
async function runCheck(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "text" },
    "fail-on": { type: "string", default: "error" },
    ...REGISTER_OPTIONS
  });
  const format = values.format;
  if (!FORMATS2.includes(format)) throw new UsageError(`--format must be one of ${FORMATS2.join(", ")}`);
  const failOn = readFailOn(values["fail-on"]);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  await prepareCheck(parsed.registers, config);
  const { findings, summary } = checkParsed(parsed, config, today);
  if (format === "json") io.write(renderJson(findings, summary));
  else if (format === "sarif")
    io.write(renderSarif(findings, { toolVersion: VERSION, informationUri: PROJECT_URL }));
  else if (format === "github") io.write(renderGithubAnnotations(findings));
  else io.write(renderText(findings, summary, { color: wantsColor(io) }));
  return shouldFail(summary, failOn) ? 1 : 0;
}

// src/cli/dashboard-command.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2, resolve as resolve3 } from "node:path";
import { pathToFileURL } from "node:url";
var dashboardCommand = {
  summary: "Write DIR/STATUS.md and DIR/index.html (exit 0)",
  usage: `Usage: decision-register dashboard [PATH|GLOB|- \u2026] --out DIR [options]

Writes the status dashboard: DIR/STATUS.md and DIR/index.html.

Options:
  --out DIR            Directory to write to (required; created when missing)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 written, 2 usage or config error, a path that cannot be read or
written, or no register file matched.
`,
  run: runDashboard
};
async function runDashboard(args, io) {
  const { values, positionals } = parseOptions(args, {
    out: { type: "string" },
    ...REGISTER_OPTIONS
  });
  if (!values.out)
    throw new UsageError("--out DIR is required: the directory to write STATUS.md and index.html to");
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const dashboard = planDashboard({ registers: parsed.registers, config, today });
  const out = resolve3(io.cwd, values.out);
  const status = join2(out, "STATUS.md");
  const page = join2(out, "index.html");
  try {
    await mkdir(out, { recursive: true });
    await writeFile(status, renderStatusMd(dashboard));
    await writeFile(page, renderDashboardHtml(dashboard));
  } catch (error) {
    throw new InputError(`cannot write to ${values.out}: ${describeFsError(error)}`);
  }
  io.write(
    `Wrote ${status} and ${page} (${dashboard.items.length} items from ${dashboard.registers} register file(s)).
Open ${pathToFileURL(page).href} in a browser.
`
  );
  return 0;
}

// src/cli/fix-command.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/plan/fixes/plan-fixes.ts
function planFixes(files, findings) {
  const byFile = /* @__PURE__ */ new Map();
  const remaining = [];
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) {
      remaining.push(finding);
      continue;
    }
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out = [];
  for (const file of files) {
    const fixes = byFile.get(file.path);
    if (!fixes) continue;
    byFile.delete(file.path);
    const before = typeof file.content === "string" ? file.content : decode(file.content);
    if (before === void 0) {
      remaining.push(...fixes);
      continue;
    }
    const { kept, dropped } = nonOverlapping(fixes);
    remaining.push(...dropped);
    const after = applyEdits(
      before,
      kept.flatMap((f) => f.fix.edits)
    ).text;
    if (after !== before) out.push({ path: file.path, before, after, fixed: kept });
  }
  for (const rest of byFile.values()) remaining.push(...rest);
  return { files: out, remaining };
}
function nonOverlapping(fixes) {
  const taken = [];
  const kept = [];
  const dropped = [];
  for (const finding of fixes) {
    const edits = finding.fix.edits;
    const clash = edits.some((edit) => taken.some((other) => !same(edit, other) && overlaps(edit, other)));
    if (clash) {
      dropped.push(finding);
      continue;
    }
    taken.push(...edits);
    kept.push(finding);
  }
  return { kept, dropped };
}
function same(a, b) {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn && a.text === b.text;
}
function overlaps(a, b) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 < c2;
  const aEndsBeforeB = !before(b.line, b.column, a.endLine, a.endColumn);
  const bEndsBeforeA = !before(a.line, a.column, b.endLine, b.endColumn);
  const point = (e) => e.line === e.endLine && e.column === e.endColumn;
  if (point(a) && point(b)) return a.line === b.line && a.column === b.column;
  return !(aEndsBeforeB || bEndsBeforeA);
}
function decode(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
}

// src/cli/fix-command.ts
var fixCommand = {
  summary: "Apply the certain fixes in place (--dry-run: print them as a diff)",
  usage: `Usage: decision-register fix [PATH|GLOB|- \u2026] [options]

Applies every certain fix (ISO dates, canonical statuses, @logins, missing ids, dependency
separators) in place, keeping the file's formatting. Standard input: the fixed text goes to stdout.

Options:
  --dry-run            Print the fixes as a unified diff, change nothing
  --fail-on error|warning|never     Exit 1 on error findings left, on any finding left, or never (default: error)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 clean after fixing, 1 findings at or over --fail-on left to fix by hand, 2
usage or config error, a path that cannot be read, or no register file matched.
`,
  run: runFix
};
async function runFix(args, io) {
  const { values, positionals } = parseOptions(args, {
    "dry-run": { type: "boolean", default: false },
    "fail-on": { type: "string", default: "error" },
    ...REGISTER_OPTIONS
  });
  const failOn = readFailOn(values["fail-on"]);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const { findings } = checkFiles(files, config, today);
  const plan = planFixes(files, findings);
  const dryRun = values["dry-run"] === true;
  for (const file of plan.files) {
    if (dryRun) io.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after));
    else if (file.path === "<stdin>") io.write(file.after);
    else await writeFile2(join3(io.cwd, file.path), file.after);
  }
  const fixed = plan.files.reduce((n, file) => n + file.fixed.length, 0);
  const errors = plan.remaining.filter((f) => f.severity === "error").length;
  const warnings = plan.remaining.length - errors;
  const verb = dryRun ? "Would fix" : "Fixed";
  io.writeError(
    `${verb} ${fixed} finding(s) in ${plan.files.length} file(s); ${errors} error(s) and ${warnings} warning(s) left to fix by hand.
`
  );
  return shouldFail({ errors, warnings }, failOn) ? 1 : 0;
}

// src/render/render-show.ts
function renderShowJson(output) {
  return `${JSON.stringify(output, null, 2)}
`;
}
function renderShowYaml(output) {
  return dump(output, { lineWidth: -1, noRefs: true });
}
function renderShowText(output) {
  const lines = [];
  for (const file of output.files) {
    const review = file.review ? ` \u2014 review ${[file.review.title, file.review.date].filter(Boolean).join(", ") || "(untitled)"}, ${file.review.attendees.length} attendee(s)` : "";
    lines.push(`${safe(file.path)} (${file.format}, ${file.items.length} item(s))${safe(review)}`);
    for (const item of file.items) lines.push(`  ${itemLine(item)}`);
    for (const problem of file.problems)
      lines.push(`  ${`L${problem.line}`.padEnd(6)}${problem.rule}: ${safe(problem.message)}`);
  }
  return lines.length === 0 ? "No files.\n" : `${lines.join("\n")}
`;
}
function itemLine(item) {
  const status = item.status ?? `? ${item.status_text ?? ""}`.trim();
  const parts = [
    `L${item.line}`.padEnd(6),
    item.kind.padEnd(9),
    item.source.padEnd(13),
    (item.id ?? "\u2014").padEnd(10),
    status.padEnd(11),
    `owners ${item.owners.length > 0 ? item.owners.join(", ") : "\u2014"}`,
    `due ${item.due ?? item.due_text ?? "\u2014"}`,
    // The follow-up issue written back to the item (#11): where its work is tracked.
    ...item.issue !== void 0 ? [`issue #${item.issue}`] : [],
    item.title ?? item.text ?? ""
  ];
  const line = parts.join("  ");
  const flat = safe(line);
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}
function safe(text) {
  return sanitizeTerminalText(text);
}

// src/render/show-items.ts
var SHOW_VERSION = 1;
function showRegisters(registers, problems, statuses) {
  return {
    version: SHOW_VERSION,
    files: registers.map((register) => ({
      path: register.file,
      format: register.format,
      review: register.review ? {
        title: register.review.title ?? null,
        date: register.review.date ?? null,
        attendees: register.review.attendees.map((a) => ({
          name: a.name ?? null,
          github: a.github ?? null
        }))
      } : null,
      items: [...register.decisions, ...register.actions, ...register.outputs].map((item) => showItem(register, item, statuses)).sort((a, b) => a.line - b.line || a.column - b.column),
      problems: problems.filter((finding) => finding.file === register.file).map(({ line, column, rule, message }) => ({ line, column, rule, message }))
    }))
  };
}
function showItem(register, item, statuses) {
  const written = item.written ?? {};
  const status = normalizeStatus(statusOf(item), item.kind, statuses) ?? null;
  const statusText = written.status ?? item.status;
  const dueText = written.due ?? item.due;
  const shown = {
    kind: item.kind,
    line: item.pos.line,
    column: item.pos.column,
    source: item.source ?? (register.format === "yaml" ? "yaml" : "table"),
    id: item.id ?? null,
    title: item.title ?? null,
    owners: item.owners ?? (item.owner ? [item.owner] : []),
    due: isIsoDate(item.due) ? item.due : null,
    status,
    text: item.text ?? null,
    extra: { ...item.extra ?? {} }
  };
  if (dueText !== void 0 && dueText !== shown.due) shown.due_text = dueText;
  if (statusText !== void 0 && statusText !== status) shown.status_text = statusText;
  if (item.issue !== void 0) shown.issue = item.issue;
  if (item.kind === "decision") {
    if (item.resolution) shown.resolution = item.resolution;
    if (item.resolved_on) shown.resolved_on = item.resolved_on;
    if (item.depends_on.length > 0) shown.depends_on = [...item.depends_on];
  } else if (item.decision) shown.decision = item.decision;
  return shown;
}

// src/cli/show-command.ts
var FORMATS3 = ["text", "json", "yaml"];
var showCommand = {
  summary: "Print every item as read (what the tool understood of each file)",
  usage: `Usage: decision-register show [PATH|GLOB|- \u2026] [options]

Prints every decision, action and output as read, with its line, owners, due date and status.

Options:
  --format text|json|yaml   Output format (default: text; JSON: schema/show.schema.json)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 shown, 2 usage or config error, a path that cannot be read, or no
register file matched.
`,
  run: runShow
};
async function runShow(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "text" },
    ...REGISTER_OPTIONS
  });
  const format = values.format;
  if (!FORMATS3.includes(format)) throw new UsageError(`--format must be one of ${FORMATS3.join(", ")}`);
  const { config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  const statuses = config.statuses;
  const output = showRegisters(parsed.registers, parsed.parseFindings, statuses);
  io.write(
    format === "json" ? renderShowJson(output) : format === "yaml" ? renderShowYaml(output) : renderShowText(output)
  );
  return 0;
}

// src/cli/usage.ts
function usage(commands) {
  const width2 = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width2)}${command.summary}`
  );
  return `Usage: decision-register <command> [options]

Commands:
${lines.join("\n")}

Run decision-register <command> --help for a command's options.
  -h, --help      Show this help
  -v, --version   Show the version

Exit codes: 0 clean, 1 findings at or over --fail-on (check), 2 usage or config
error, a path that cannot be read, or no register file matched.
`;
}

// src/cli/run-cli.ts
var COMMANDS = {
  check: checkCommand,
  agenda: agendaCommand,
  dashboard: dashboardCommand,
  show: showCommand,
  fix: fixCommand
};
var HELP = /* @__PURE__ */ new Set(["--help", "-h"]);
var VERSION_FLAGS = /* @__PURE__ */ new Set(["--version", "-v"]);
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0) {
    io.writeError(usage(COMMANDS));
    return 2;
  }
  if (HELP.has(name) || name === "help") {
    const topic = name === "help" && rest[0] ? COMMANDS[rest[0]] : void 0;
    io.write(topic ? topic.usage : usage(COMMANDS));
    return 0;
  }
  if (VERSION_FLAGS.has(name)) {
    io.write(`${VERSION}
`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command) {
    return fail(io, `unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see --help)`);
  }
  const flags = rest.slice(0, rest.includes("--") ? rest.indexOf("--") : rest.length);
  if (flags.some((arg) => HELP.has(arg))) {
    io.write(command.usage);
    return 0;
  }
  if (flags.some((arg) => VERSION_FLAGS.has(arg))) {
    io.write(`${VERSION}
`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError)
      return fail(io, `${error.message} (see decision-register ${name} --help)`);
    if (error instanceof ConfigError || error instanceof InputError) return fail(io, error.message);
    if (error.code) {
      const path = error.path;
      return fail(io, `${path ? `${path}: ` : ""}${describeFsError(error)}`);
    }
    return fail(io, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function fail(io, reason) {
  io.writeError(`decision-register: ${reason.replace(/\s*\n\s*/g, " ")}
`);
  return 2;
}

// src/cli/run.ts
var chunks = [];
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: Boolean(process.stdout.isTTY),
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  readStdin: async () => {
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
  today: () => (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
});
