import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  RULE_CATALOGUE,
  RULE_IDS
} from "./chunk-F6I3COCI.js";
import {
  closestMatch
} from "./chunk-S4SKMPNW.js";
import {
  ConfigError
} from "./chunk-CIPTWOIR.js";
import {
  require_ajv,
  require_dist
} from "./chunk-ZHMHUYWS.js";
import {
  __toESM
} from "./chunk-VBPJBFLN.js";

// src/config/parse-config.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "decision-register configuration",
  description: "The file .github/decision-register.yml. Every key is optional; unknown keys are errors.",
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      type: "string",
      description: "Probot config inheritance (another repo's config to start from); accepted and otherwise ignored."
    },
    app: {
      type: ["object", "null"],
      description: "Settings of the GitHub App (same names and values as the Action's inputs). The CLI and the Action accept this section and ignore it; they warn about a key the app does not know.",
      properties: {
        "filter-mode": {
          description: "added | file | nofilter: which findings to report on a pull request."
        },
        "fail-on": { description: "error | warning | never: which findings fail the check run." },
        "mention-owners": {
          description: "true | false: mention the owners of items with findings in the comment."
        },
        "issues-for": {
          description: "outputs | actions | both: which items get follow-up issues on merge."
        },
        labels: {
          description: "Labels of follow-up issues (a list, or comma-separated); the first finds earlier ones."
        },
        "max-issues": { description: "Most follow-up issues one merge may create." }
      }
    },
    paths: {
      description: "Globs (picomatch, relative to the repo root) of register files.",
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        minLength: 1
      },
      default: [
        "decisions/**/*.{yml,yaml,md}",
        "**/*.decisions.{yml,yaml,md}",
        "docs/decisions/**/*.md",
        "docs/adr/**/*.md",
        "doc/adr/**/*.md",
        "**/kep.yaml"
      ]
    },
    exclude: {
      description: "Globs excluded from paths.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      default: ["**/README.md", "**/*template*.md"]
    },
    rules: {
      description: "Severity per rule id; rules not named keep their default.",
      type: "object",
      additionalProperties: false,
      properties: {
        "parse-error": {
          $ref: "#/definitions/severity"
        },
        schema: {
          $ref: "#/definitions/severity"
        },
        "status-invalid": {
          $ref: "#/definitions/severity"
        },
        "status-synonym": {
          $ref: "#/definitions/severity"
        },
        "id-duplicate": {
          $ref: "#/definitions/severity"
        },
        "owner-missing": {
          $ref: "#/definitions/severity"
        },
        "owner-vague": {
          $ref: "#/definitions/severity"
        },
        "owner-unknown": {
          $ref: "#/definitions/severity"
        },
        "owners-absent": {
          $ref: "#/definitions/severity"
        },
        "due-missing": {
          $ref: "#/definitions/severity"
        },
        "date-invalid": {
          $ref: "#/definitions/severity"
        },
        "date-format": {
          $ref: "#/definitions/severity"
        },
        "due-before-review": {
          $ref: "#/definitions/severity"
        },
        overdue: {
          $ref: "#/definitions/severity"
        },
        "immediate-output-late": {
          $ref: "#/definitions/severity"
        },
        "followup-output-late": {
          $ref: "#/definitions/severity"
        },
        "resolution-missing": {
          $ref: "#/definitions/severity"
        },
        "decision-undecided": {
          $ref: "#/definitions/severity"
        },
        "dependency-missing": {
          $ref: "#/definitions/severity"
        },
        "dependency-unowned": {
          $ref: "#/definitions/severity"
        },
        "dependency-unknown": {
          $ref: "#/definitions/severity"
        },
        "dependency-cycle": {
          $ref: "#/definitions/severity"
        },
        "followup-implied": {
          $ref: "#/definitions/severity"
        },
        "status-regressed": {
          $ref: "#/definitions/severity"
        },
        "decision-removed": {
          $ref: "#/definitions/severity"
        },
        "resolution-changed": {
          $ref: "#/definitions/severity"
        },
        "core-group-missing": {
          $ref: "#/definitions/severity"
        },
        "specialist-missing": {
          $ref: "#/definitions/severity"
        }
      }
    },
    cycle_days: {
      description: "Length of the next working cycle in days, for reviews that do not set cycle_days.",
      type: "integer",
      minimum: 1,
      maximum: 366,
      default: 14
    },
    vague_owners: {
      description: "Owner values that name nobody in particular (compared case-insensitively). Replaces the default list.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    owners: {
      description: `Owners directory: a person's or group's name -> "@login" or "@org/team" (the @ may be left out).`,
      type: "object",
      additionalProperties: {
        type: "string",
        pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]*)?$"
      }
    },
    core_group: {
      description: "Members (names or @logins) of the core decision group.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    topics: {
      description: "Decision topic -> specialist roles that should attend while a decision on it is open.",
      type: "object",
      additionalProperties: {
        type: "array",
        minItems: 1,
        items: {
          type: "string",
          minLength: 1
        }
      }
    },
    date_order: {
      description: "How to read numeric dates that read two ways (03/04/2026): mdy (month first) or dmy (day first). Without it such dates are reported with both readings.",
      enum: ["mdy", "dmy"]
    },
    statuses: {
      description: "More status words: a word as teams write it -> a canonical status (open, resolved, assigned, blocked, deferred, superseded, done, dropped) or a built-in synonym (accepted, closed ...). Compared case-insensitively.",
      type: "object",
      additionalProperties: {
        type: "string",
        minLength: 1
      }
    },
    strict: {
      description: "Report unknown front-matter keys and table columns as schema errors instead of ignoring them (columns are then not kept as extra fields).",
      type: "boolean",
      default: false
    },
    max_file_bytes: {
      description: "Register files larger than this many bytes are reported, not parsed.",
      type: "integer",
      minimum: 1,
      default: 5242880
    },
    write_back: {
      description: "When a follow-up issue is closed or reopened, or an issue is opened for an item: pull-request keeps one pull request from the branch decision-register/sync that sets the items' status and writes back issue numbers; off never writes to the repository.",
      enum: ["pull-request", "off"],
      default: "pull-request"
    },
    tracking_issue: {
      description: 'Per meeting (register file), keep a tracking issue "Follow-ups: <review title>" with every follow-up issue as a sub-issue, and blocked-by dependencies between items whose decisions depend on each other. On a GitHub without sub-issues or dependencies, the tracking issue lists the items as a task list instead.',
      type: "boolean",
      default: false
    },
    project: {
      description: "A Projects v2 URL (https://github.com/orgs/<org>/projects/<n> or /users/<user>/projects/<n>): every follow-up issue is added to it, and the fields named in `fields` are set.",
      type: "string",
      pattern: "^https?://[^/\\s]+/(orgs|users)/[^/\\s]+/projects/[0-9]+"
    },
    fields: {
      description: "The project's fields to set on each follow-up issue.",
      type: "object",
      additionalProperties: false,
      properties: {
        due: {
          description: "Name of a date field: the item's due date.",
          type: "string",
          minLength: 1
        },
        status: {
          description: "Name of a single-select field: Todo (or To do, Open, Backlog) while open, Done when done, Won't do (or Dropped, Not planned, Cancelled) when dropped.",
          type: "string",
          minLength: 1
        }
      }
    }
  },
  definitions: {
    severity: {
      enum: ["error", "warning", "off"]
    }
  }
};

// src/config/app-section.ts
var APP_SECTION_KEYS = Object.keys(config_schema_default.properties.app.properties);
function appSectionWarnings(section) {
  if (typeof section !== "object" || section === null || Array.isArray(section)) return [];
  return Object.keys(section).filter((key) => !APP_SECTION_KEYS.includes(key)).map((key) => `app.${key}: unknown key "${key}" (the app knows ${APP_SECTION_KEYS.join(", ")}); ignored`);
}

// src/config/default-config.ts
var DEFAULT_PATHS = [
  "decisions/**/*.{yml,yaml,md}",
  "**/*.decisions.{yml,yaml,md}",
  "docs/decisions/**/*.md",
  "docs/adr/**/*.md",
  "doc/adr/**/*.md",
  "**/kep.yaml"
];
var DEFAULT_EXCLUDE = ["**/README.md", "**/*template*.md"];
var DEFAULT_CYCLE_DAYS = 14;
var DEFAULT_VAGUE_OWNERS = [
  "TBD",
  "TBA",
  "?",
  "n/a",
  "na",
  "unknown",
  "someone",
  "team",
  "all",
  "everyone",
  "none",
  "-"
];
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
function defaultSeverities() {
  return Object.fromEntries(RULE_IDS.map((id) => [id, RULE_CATALOGUE[id].severity]));
}
function defaultConfig() {
  return {
    paths: [...DEFAULT_PATHS],
    exclude: [...DEFAULT_EXCLUDE],
    rules: defaultSeverities(),
    cycle_days: DEFAULT_CYCLE_DAYS,
    vague_owners: [...DEFAULT_VAGUE_OWNERS],
    owners: {},
    core_group: [],
    topics: {},
    max_file_bytes: DEFAULT_MAX_FILE_BYTES
  };
}

// src/config/parse-config.ts
var compiled;
var validate = (value) => {
  compiled ??= new import_ajv.Ajv({ allErrors: true, strict: true }).compile(config_schema_default);
  return compiled(value) ? null : compiled.errors ?? [];
};
var TOP_LEVEL_KEYS = Object.keys(config_schema_default.properties);
function parseConfig(text, source, onWarning) {
  if (text === null || text.trim() === "") return defaultConfig();
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : "";
    const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    const hint = reason.includes("reserved character @") ? ' (quote values that start with @: "@login")' : "";
    throw new ConfigError("", `invalid YAML${where}: ${reason}${hint}`);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new ConfigError("", `invalid YAML${source ? ` in ${source}` : ""}: ${cause.message}`);
  }
  return configFromObject(value, onWarning);
}
function configFromObject(obj, onWarning) {
  if (obj === null || obj === void 0) return defaultConfig();
  if (typeof obj === "object" && !Array.isArray(obj) && "app" in obj) {
    for (const warning of appSectionWarnings(obj.app)) onWarning?.(warning);
  }
  const given = typeof obj === "object" && !Array.isArray(obj) ? Object.fromEntries(Object.entries(obj).filter(([, value]) => value !== null && value !== void 0)) : obj;
  const errors = validate(given);
  if (errors) throw toConfigError(errors);
  const file = given;
  const config = defaultConfig();
  return {
    paths: file.paths ?? config.paths,
    exclude: file.exclude ?? config.exclude,
    rules: { ...config.rules, ...file.rules },
    cycle_days: file.cycle_days ?? config.cycle_days,
    vague_owners: file.vague_owners ?? config.vague_owners,
    owners: Object.fromEntries(
      Object.entries(file.owners ?? {}).map(([name, handle]) => [
        name.trim(),
        handle.startsWith("@") ? handle : `@${handle}`
      ])
    ),
    core_group: file.core_group ?? config.core_group,
    topics: file.topics ?? config.topics,
    max_file_bytes: file.max_file_bytes ?? config.max_file_bytes,
    ...file.date_order ? { date_order: file.date_order } : {},
    ...file.statuses ? { statuses: file.statuses } : {},
    ...file.strict ? { strict: true } : {},
    ...file.write_back ? { write_back: file.write_back } : {},
    ...file.tracking_issue ? { tracking_issue: true } : {},
    ...file.project ? { project: file.project } : {},
    ...file.fields ? { fields: file.fields } : {}
  };
}
var KIND = {
  array: "a list",
  object: "a mapping",
  string: "a string",
  integer: "a whole number",
  number: "a number"
};
function toConfigError(errors) {
  const error = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
  if (!error) return new ConfigError("", "invalid config");
  const path = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const key = path.join(".");
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const inRules = key === "rules";
      const hint = closestMatch(name, inRules ? RULE_IDS : key === "" ? TOP_LEVEL_KEYS : [], 3);
      const what = inRules ? "unknown rule id" : "unknown key";
      return new ConfigError(
        [...path, name].join("."),
        `${what} "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}`
      );
    }
    case "enum":
      return new ConfigError(key, `must be one of ${params.allowedValues.join(", ")}`);
    case "type":
      return new ConfigError(key, `must be ${KIND[params.type] ?? params.type}`);
    case "minimum":
      return new ConfigError(key, `must be at least ${params.limit}`);
    case "maximum":
      return new ConfigError(key, `must be at most ${params.limit}`);
    case "minItems":
    case "minLength":
      return new ConfigError(key, "must not be empty");
    case "pattern":
      if (key === "project")
        return new ConfigError(key, "must be a Projects v2 URL (https://github.com/orgs/<org>/projects/<n>)");
      return new ConfigError(key, 'must be "@login" or "@org/team"');
    default:
      return new ConfigError(key, error.message ?? "is invalid");
  }
}

export {
  parseConfig,
  configFromObject
};
