#!/usr/bin/env node
import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  ConfigError,
  parseConfig
} from "./chunks/chunk-J4FXV7LZ.js";
import {
  PROJECT_URL,
  describeFsError,
  renderJson,
  renderSarif
} from "./chunks/chunk-ULEHUXCR.js";
import {
  VERSION,
  describeCounts,
  plural,
  shouldFail
} from "./chunks/chunk-UPLB5MTH.js";
import "./chunks/chunk-7TEIRK45.js";
import {
  planAgenda,
  planDashboard,
  renderAgenda,
  renderDashboardHtml,
  renderStatusMd
} from "./chunks/chunk-EBEZXLP7.js";
import {
  checkFiles,
  compareFindings,
  isIsoDate,
  isRegisterPath,
  parseFiles,
  require_picomatch
} from "./chunks/chunk-Y3M5WSMX.js";
import {
  __toESM
} from "./chunks/chunk-FWP3FC5T.js";

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
async function runCheck(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "text" },
    "fail-on": { type: "string", default: "error" },
    ...REGISTER_OPTIONS
  });
  const format = values.format;
  if (!FORMATS2.includes(format)) throw new UsageError(`--format must be one of ${FORMATS2.join(", ")}`);
  const failOn = values["fail-on"];
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const { findings, summary } = checkFiles(files, config, today);
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
  dashboard: dashboardCommand
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
