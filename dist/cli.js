#!/usr/bin/env node
import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-FBDVKQEJ.js";
import {
  ConfigError,
  parseConfig
} from "./chunks/chunk-OPFKLG3A.js";
import {
  renderJson
} from "./chunks/chunk-ISORUJOY.js";
import {
  describeCounts,
  plural
} from "./chunks/chunk-BGGW7LGU.js";
import {
  RULE_CATALOGUE,
  RULE_IDS
} from "./chunks/chunk-XZO2TCLW.js";
import {
  planAgenda,
  planDashboard,
  renderAgenda,
  renderDashboardHtml,
  renderStatusMd
} from "./chunks/chunk-PJ762YBT.js";
import {
  checkFiles,
  compareFindings,
  isIsoDate,
  isRegisterPath,
  parseFiles,
  require_picomatch
} from "./chunks/chunk-D3QB77TV.js";
import {
  __toESM
} from "./chunks/chunk-FCEH7QU4.js";

// src/cli/collect-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var REGISTER_EXTENSION = /\.(ya?ml|md|markdown)$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var InputError = class extends Error {
  name = "InputError";
};
async function collectFiles(operands, config, cwd, readStdin) {
  const picked = /* @__PURE__ */ new Map();
  const add = (absolute) => picked.set(toPosix(relative(cwd, absolute)) || absolute, absolute);
  const excluded = (0, import_picomatch.default)(config.exclude, { dot: true });
  const files = [];
  if (operands.length === 0) {
    for (const path of await walk(cwd, cwd)) if (isRegisterPath(config, path)) add(join(cwd, path));
  }
  for (const operand of operands) {
    if (operand === "-") {
      files.push({ path: "<stdin>", content: await readStdin() });
      continue;
    }
    const absolute = join(cwd, operand);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      for (const path of await walk(absolute, cwd)) {
        if (REGISTER_EXTENSION.test(path) && !excluded(path)) add(join(cwd, path));
      }
    } else if (import_picomatch.default.scan(operand).isGlob) {
      const matches = (0, import_picomatch.default)(operand, { dot: true });
      const found = (await walk(cwd, cwd)).filter((path) => matches(path));
      if (found.length === 0) throw new InputError(`no files match ${operand}`);
      for (const path of found) add(join(cwd, path));
    } else {
      throw new InputError(`no such file or directory: ${operand}`);
    }
  }
  for (const [path, absolute] of [...picked].sort(([a], [b]) => a < b ? -1 : 1)) {
    try {
      files.push({ path, content: await readFile(absolute) });
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${error.code ?? "error"}`);
    }
  }
  return files;
}
async function walk(dir, cwd) {
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
        out.push(toPosix(relative(cwd, full)));
      }
    }
  }
  return out.sort();
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

// src/cli/load-config-file.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve } from "node:path";
var DEFAULT_CONFIG_PATH = ".github/decision-register.yml";
async function loadConfigFile(cwd, named) {
  const path = resolve(cwd, named ?? DEFAULT_CONFIG_PATH);
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    if (named === void 0 && error.code === "ENOENT") return parseConfig(null);
    throw new ConfigError(
      "",
      `cannot read config ${named}: ${error.code ?? "error"}`
    );
  }
  try {
    return parseConfig(text, named ?? DEFAULT_CONFIG_PATH);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError("", `config ${named ?? DEFAULT_CONFIG_PATH}: ${error.message}`);
    }
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
    throw new UsageError(error.message.split("\n")[0] ?? "bad arguments");
  }
}

// src/cli/command-inputs.ts
async function commandInputs(values, operands, io) {
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);
  const config = await loadConfigFile(io.cwd, values.config);
  return { today, config, files: await collectFiles(operands, config, io.cwd, io.readStdin) };
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
async function agendaCommand(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "md" },
    today: { type: "string" },
    config: { type: "string" }
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

// src/render/render-sarif.ts
import { createHash } from "node:crypto";
var SARIF_TOOL_NAME = "decision-register";
var SARIF_FINGERPRINT_KEY = "decisionRegister/v1";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function findingFingerprint(finding) {
  return createHash("sha256").update([finding.rule, finding.file, finding.item ?? "", finding.message].join("\0")).digest("hex");
}
function toArtifactUri(file) {
  return file.replaceAll("\\", "/").replace(/^(\.\/)+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function renderSarif(findings, options) {
  const rules = RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: RULE_CATALOGUE[id].summary },
    defaultConfiguration: { level: RULE_CATALOGUE[id].severity }
  }));
  const seen = /* @__PURE__ */ new Map();
  const results = [...findings].sort(compareFindings).map((finding) => {
    const hash = findingFingerprint(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const result = {
      ruleId: finding.rule,
      ruleIndex: RULE_IDS.indexOf(finding.rule),
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toArtifactUri(finding.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) }
          }
        }
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${hash}:${occurrence}` }
    };
    if (finding.item !== null) result.properties = { item: finding.item };
    return result;
  });
  const driver = { name: SARIF_TOOL_NAME, version: options.toolVersion, rules };
  if (options.informationUri) driver.informationUri = options.informationUri;
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results }]
  };
  return `${JSON.stringify(log, null, 2)}
`;
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
async function checkCommand(args, io) {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "text" },
    today: { type: "string" },
    config: { type: "string" }
  });
  const format = values.format;
  if (!FORMATS2.includes(format)) throw new UsageError(`--format must be one of ${FORMATS2.join(", ")}`);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const { findings, summary } = checkFiles(files, config, today);
  if (format === "json") io.write(renderJson(findings, summary));
  else if (format === "sarif") io.write(renderSarif(findings, { toolVersion: VERSION }));
  else if (format === "github") io.write(renderGithubAnnotations(findings));
  else io.write(renderText(findings, summary, { color: wantsColor(io) }));
  return summary.errors > 0 ? 1 : 0;
}

// src/cli/dashboard-command.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";
async function dashboardCommand(args, io) {
  const { values, positionals } = parseOptions(args, {
    out: { type: "string" },
    today: { type: "string" },
    config: { type: "string" }
  });
  if (!values.out)
    throw new UsageError("--out DIR is required: the directory to write STATUS.md and index.html to");
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const dashboard = planDashboard({ registers: parsed.registers, config, today });
  const out = resolve2(io.cwd, values.out);
  await mkdir(out, { recursive: true });
  const status = join2(out, "STATUS.md");
  const page = join2(out, "index.html");
  await writeFile(status, renderStatusMd(dashboard));
  await writeFile(page, renderDashboardHtml(dashboard));
  io.write(
    `Wrote ${status} and ${page} (${dashboard.items.length} items from ${dashboard.registers} register file(s)).
Open ${pathToFileURL(page).href} in a browser.
`
  );
  return 0;
}

// src/cli/usage.ts
var USAGE = `Usage: decision-register <command> [options]

Commands:
  check [PATH|GLOB|- \u2026]   Check decision registers (default: the config's paths)
      --format text|json|sarif|github   Output format (default: text)
      --today YYYY-MM-DD                Date the date rules use (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)
  agenda [PATH|GLOB|- \u2026]  Print the pre-read of the next review (exit 0)
      --format md|json                  Output format (default: md)
      --today YYYY-MM-DD                Date overdue items are judged on (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)
  dashboard [PATH|GLOB|- \u2026] --out DIR
                          Write DIR/STATUS.md and DIR/index.html (exit 0)
      --today YYYY-MM-DD                Date overdue items are judged on (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)

Exit codes: 0 no error findings, 1 error findings (check only), 2 usage, config or I/O error.
`;

// src/cli/run-cli.ts
var COMMANDS = {
  check: checkCommand,
  agenda: agendaCommand,
  dashboard: dashboardCommand
};
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.write(USAGE);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.write(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) return fail(io, `unknown command "${name}" (try: ${Object.keys(COMMANDS).join(", ")})`);
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError) {
      return fail(io, error.message);
    }
    const code = error.code;
    return fail(io, code ? `${code}: ${error.message}` : `internal error: ${String(error)}`);
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
