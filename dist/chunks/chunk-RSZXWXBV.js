import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  buildRegister,
  cellText,
  dateInPath,
  emptyRegister,
  escapeStringRegexp,
  findDate,
  firstNonBlank,
  isAbsent,
  isAgendaHeading,
  isIsoDate,
  markdownLineEnding,
  markdownSpace,
  normalizeStatus,
  ok,
  parseDependencies,
  readGfmTable,
  remarkGfm,
  remarkParse,
  sectionLabel,
  sectionOf,
  setMarkdownParser,
  splitList,
  splitRow,
  toString,
  unified,
  validateRegister
} from "./chunk-YLBQK7FA.js";
import {
  loadYaml,
  parseError
} from "./chunk-5BLN2CQ6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-VBPJBFLN.js";

// ../../main/node_modules/format/format.js
var require_format = __commonJS({
  "../../main/node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// ../../main/node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// ../../main/node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index < presetsOrMatters.length) {
    result[index] = matter(presetsOrMatters[index]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// ../../main/node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    const code = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow[code] = [construct];
    }
  }
  return {
    flow
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code) {
      const position = self.now();
      if (
        // Indent not allowed.
        position.column === 1 && // Normally, only allowed in first line.
        (position.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code) {
      effects.exit(frontmatterType);
      return ok2(code);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok2(code);
      }
      return nok(code);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// ../../main/node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    enter[matter2.type] = opener(matter2);
    exit[matter2.type] = close;
    exit[matter2.type + "Value"] = value;
  }
  return { enter, exit };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok("value" in node);
  this.exit(token);
  node.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle;
  function handle(node) {
    return open + (node.value ? "\n" + node.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// ../../main/node_modules/remark-frontmatter/lib/index.js
var emptyOptions = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// src/parse/collect-prose.ts
function collectProse(tree, lines, file) {
  const prose = [];
  const stack = [
    { node: tree, quoted: false, task: false }
  ];
  while (stack.length > 0) {
    const { node, quoted: quoted2, task } = stack.pop();
    if (node.type === "paragraph") {
      const flags = { ...quoted2 ? { quoted: quoted2 } : {}, ...task ? { task } : {} };
      paragraphLines(node, lines, file).forEach((line, index) => {
        prose.push({ ...line, ...index > 0 ? { continues: true } : {}, ...flags });
      });
    } else if ("children" in node) {
      const inQuote = quoted2 || node.type === "blockquote";
      const isTask = node.type === "listItem" && typeof node.checked === "boolean";
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        stack.push({ node: child, quoted: inQuote, task: isTask && child.type === "paragraph" });
      }
    }
  }
  return prose;
}
function paragraphLines(paragraph, lines, file) {
  const byLine = /* @__PURE__ */ new Map();
  const add = (line, column, text) => {
    const seen = byLine.get(line);
    if (seen) seen.text += text;
    else byLine.set(line, { column, text });
  };
  const stack = [paragraph];
  while (stack.length > 0) {
    const node = stack.pop();
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
      continue;
    }
    const start = node.position?.start;
    const value2 = node.type === "image" ? node.alt : "value" in node && node.type !== "html" ? node.value : "";
    if (!start || !value2) continue;
    value2.split("\n").forEach((piece, offset) => {
      const line = start.line + offset;
      add(line, offset === 0 ? start.column : columnOf(lines[line - 1] ?? "", piece), piece);
    });
  }
  const result = [];
  for (const [line, { column, text }] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const trimmed = text.trim();
    if (trimmed !== "") result.push({ text: trimmed, pos: { file, line, column } });
  }
  return result;
}
function columnOf(source, piece) {
  const at = piece === "" ? -1 : source.indexOf(piece.trimStart());
  if (at >= 0) return at + 1;
  const first = source.search(/\S/);
  return first >= 0 ? first + 1 : 1;
}

// src/parse/locator.ts
function treeLocator(root) {
  const walk = (path) => {
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const kid = node.kids?.get(String(path[i]));
      if (!kid) return { node, rest: path.slice(i) };
      node = kid;
    }
    return { node, rest: [] };
  };
  return {
    at(path) {
      const { node, rest } = walk(path);
      if (rest.length === 0) return node.pos;
      return node.delegate ? node.delegate.at(rest) : node.pos;
    },
    keyAt(path, key) {
      const { node, rest } = walk(path);
      if (rest.length > 0) return node.delegate ? node.delegate.keyAt(rest, key) : node.pos;
      return node.keys?.get(key) ?? node.kids?.get(key)?.pos ?? node.delegate?.keyAt([], key) ?? node.pos;
    },
    sub(path) {
      const { node, rest } = walk(path);
      if (rest.length === 0) return treeLocator(node);
      return node.delegate ? node.delegate.sub(rest) : treeLocator({ pos: node.pos });
    }
  };
}
function addKid(parent, key, kid) {
  if (!parent.kids) parent.kids = /* @__PURE__ */ new Map();
  parent.kids.set(String(key), kid);
  return kid;
}

// src/parse/markdown/add-list-items.ts
function attachRowMeta(register, lists) {
  const pairs = [
    [register.decisions, lists.decisions],
    [register.actions, lists.actions],
    [register.outputs, lists.outputs]
  ];
  for (const [items, rows] of pairs) {
    items.forEach((item, index) => {
      const meta = rows[index]?.meta;
      item.source = "table";
      if (!meta) return;
      if (meta.owners.length > 0) item.owners = meta.owners;
      if (Object.keys(meta.extra).length > 0) item.extra = meta.extra;
      if (Object.keys(meta.spans).length > 0) item.spans = meta.spans;
      if (meta.issue !== void 0) item.issue = meta.issue;
    });
  }
}
function addListItems(register, read) {
  for (const listed of read.items) {
    const item = toItem(listed);
    if (item.kind === "decision") register.decisions.push(item);
    else if (item.kind === "action") register.actions.push(item);
    else register.outputs.push(item);
  }
  const byLine = (a, b) => a.pos.line - b.pos.line;
  if (read.items.length > 0) {
    register.decisions.sort(byLine);
    register.actions.sort(byLine);
    register.outputs.sort(byLine);
  }
  if (read.attendees.length === 0) return;
  const first = read.attendees[0].pos;
  register.review ??= { pos: first, at: {}, attendees: [] };
  const known = new Set(register.review.attendees.map((a) => (a.name ?? "").toLowerCase()));
  for (const listed of read.attendees) {
    if (known.has(listed.name.toLowerCase())) continue;
    known.add(listed.name.toLowerCase());
    const attendee = { pos: listed.pos, at: { name: listed.pos }, name: listed.name };
    if (listed.github) attendee.github = listed.github;
    if (listed.role) attendee.role = listed.role;
    register.review.attendees.push(attendee);
  }
}
function toItem(listed) {
  const common = {
    pos: listed.pos,
    at: listed.at,
    title: listed.title,
    source: listed.source,
    text: listed.text,
    ...listed.owners.length > 0 ? { owner: listed.owners[0], owners: listed.owners } : {},
    ...listed.status ? { status: listed.status } : {},
    ...listed.due ? { due: listed.due } : {},
    ...Object.keys(listed.spans).length > 0 ? { spans: listed.spans } : {}
  };
  if (listed.kind === "decision") {
    return { kind: "decision", ...common, depends_on: [], blocked_by: [], topics: [] };
  }
  if (listed.kind === "action") return { kind: "action", ...common };
  return { kind: "output", ...common };
}

// src/parse/markdown/item-marker.ts
var ACTION_WORDS = "action items?|action points?|actions?|next steps?|follow[- ]?ups?|to-?dos?";
var DECISION_WORDS = "decisions?|decided|resolutions?|resolved|agreed|agreements?|outcomes?";
var MARKER = new RegExp(
  String.raw`^(?:(${ACTION_WORDS})|(${DECISION_WORDS}))(?:\s+#?\d+(?:\.\d+)*)?(?:\s*\(([^()]{1,60})\))?(?:\s+by\s+\[?([^\]:]{1,60}?)\]?)?\s*(?:[:\-–—]+\s*|\s+(?=@))`,
  "i"
);
var SHOUTED = /^(AI|TODO|ACTION)(?:\s+#?\d+(?:\.\d+)*)?(?:\s*\(([^()]{1,60})\))?(?:\s+by\s+\[?([^\]:]{1,60}?)\]?)?\s*(?:[:\-–—]+\s*|\s+(?=@))/;
var BRACKETED = /^\[([^\]]{1,60})\]\s*\[(ACTION|AI|TODO|DECISION)\]\s*[:\-–—]?\s*/i;
var DONE = /^(?:done|completed?|finished)\s*[:\-–—]\s*/i;
function readMarker(text) {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const kind = bracketed[2].toUpperCase() === "DECISION" ? "decision" : "action";
    return { kind, owner: bracketed[1].trim(), rest: text.slice(bracketed[0].length) };
  }
  const shouted = SHOUTED.exec(text);
  if (shouted) return withOwner("action", shouted[2] ?? shouted[3], text.slice(shouted[0].length));
  const marker = MARKER.exec(text);
  if (marker) {
    const kind = marker[2] ? "decision" : "action";
    return withOwner(kind, marker[3] ?? marker[4], text.slice(marker[0].length));
  }
  return void 0;
}
function readDone(text) {
  const done = DONE.exec(text);
  return done ? { done: true, rest: text.slice(done[0].length) } : { done: false, rest: text };
}
function withOwner(kind, owner, rest) {
  const trimmed = owner?.trim();
  return trimmed ? { kind, owner: trimmed, rest } : { kind, rest };
}

// src/parse/markdown/read-owners.ts
var LOGIN = "@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?";
var EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
var NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
var PARTICLE = "(?:de|da|del|der|den|di|du|la|le|ten|ter|van|von|bin|al)";
var GROUP_NOUN = String.raw`(?:\s+(?:group|team|committee|council|board|wg|sig|staff|maintainers))?`;
var NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,3}${GROUP_NOUN}`;
var ONE = `(?:${LOGIN}|${EMAIL}|${NAME})`;
var SEVERAL = String.raw`${ONE}(?:\s*(?:,|&|/|\band\b|\+)\s*${ONE}){0,5}`;
var LABELLED = new RegExp(
  String.raw`(?:^|[\s(\[;,])(?:[Oo]wners?|[Oo]wner\(s\)|[Aa]ssignees?|[Aa]ssigned to|DRI|[Dd]ri|[Rr]esponsible|[Ww]ho)\s*[:=]\s*(${SEVERAL})`,
  "u"
);
var ASSIGNED_TO = new RegExp(String.raw`\b(?:assigned to|owned by)\s+(${SEVERAL})`, "u");
var LEADING_LOGINS = new RegExp(
  String.raw`^((?:${LOGIN}|${EMAIL})(?:\s*(?:,|&|/|\band\b|\+)\s*(?:${LOGIN}|${EMAIL}))*)\s*(?:[:\-–—→>]+\s*|\s+(?=\S))`,
  "u"
);
var LEADING_BRACKET = new RegExp(String.raw`^\[(${SEVERAL})\]\s*[:\-–—→]?\s*`, "u");
var LEADING_NAME = new RegExp(String.raw`^(${SEVERAL})\s*(?::\s+|\s+[-–—→]+\s+|\s*→\s*)`, "u");
var NAME_TO = new RegExp(
  String.raw`(?:^|:\s+|\s[-–—]\s+)(${SEVERAL})\s+(?:to(?!\s+be\b)|will|shall|is going to|are going to|agreed to|volunteered to|offered to)(?:\s+\p{Ll}|\s*$)`,
  "u"
);
var LOGIN_WILL = new RegExp(String.raw`(${LOGIN})\s+(?:to|will|shall|is going to)\s+\p{Ll}`, "u");
var BY_LOGIN = new RegExp(String.raw`\bby\s+\[?(${LOGIN}|${EMAIL}|${NAME})\]?(?=\s*(?:[:.,;)]|$))`, "u");
var PERSON = String.raw`(?:${LOGIN}|\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})`;
var PEOPLE = String.raw`${PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON}){0,3}`;
var TRAILING = new RegExp(String.raw`(?:\((${PEOPLE})\)|[—–]\s*(${PEOPLE}))\s*[.!]?\s*$`, "u");
function readOwners(text) {
  const line = text.length > 2e3 ? text.slice(0, 2e3) : text;
  const labelled = LABELLED.exec(line) ?? ASSIGNED_TO.exec(line);
  if (labelled) return { owners: split(labelled[1]), rest: text };
  for (const leading of [LEADING_LOGINS, LEADING_BRACKET]) {
    const match = leading.exec(line);
    if (match) {
      const rest = text.slice(match[0].length).replace(/^(?:to(?!\s+be\b)|will|shall)\s+/, "");
      return { owners: split(match[1]), rest };
    }
  }
  const named = LEADING_NAME.exec(line);
  if (named && !isSentenceStart(named[1], line))
    return { owners: split(named[1]), rest: text.slice(named[0].length) };
  const to = NAME_TO.exec(line) ?? LOGIN_WILL.exec(line);
  if (to) {
    const owners = split(to[1]);
    const rest = to.index === 0 && line.startsWith(to[1]) ? text.slice(to[1].length).trimStart().replace(/^(?:to|will|shall)\b\s*/, "") : text;
    return { owners, rest };
  }
  const by = BY_LOGIN.exec(line);
  if (by && (by[1].startsWith("@") || by[1].includes("@") || /\]/.test(line.slice(by.index)))) {
    return { owners: [by[1]], rest: text };
  }
  const trailing = TRAILING.exec(line);
  if (trailing) {
    const owners = split(trailing[1] ?? trailing[2]);
    return { owners, rest: text.slice(0, trailing.index).trimEnd() };
  }
  return { owners: [], rest: text };
}
function split(list) {
  return list.split(/\s*(?:,|&|\/(?![A-Za-z0-9._-]*$)|\band\b|\+)\s*/u).map((owner) => owner.trim()).filter((owner) => owner !== "");
}
function isSentenceStart(name, line) {
  if (/\s/.test(name)) return false;
  return /^(?:note|notes|status|update|updates|question|questions|context|summary|re|fyi|todo|done|next|topic|issue|pr|link|see|decision|resolution|action|ai|outcome|result|results|proposal|agenda|discussion|background|reason|why|what|when|where|how|goal|goals)$/i.test(
    name
  ) ? true : line.length === name.length;
}

// src/parse/markdown/listed-item.ts
var LEADING_EMOJI = new RegExp("^((?:\\p{Extended_Pictographic}|[\\u2705\\u274C\\u2714\\u2716])\\uFE0F?)\\s*", "u");
var COMMITS = new RegExp("^(?:@[A-Za-z0-9][A-Za-z0-9-]*|\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2})\\s+(?:to|will)\\s+\\p{Ll}", "u");
function addItem(reader, found) {
  if (found.kind === "decision" && !found.owner) {
    const sentences = found.body.split(/(?<=[.;!])\s+/);
    const at = sentences.findIndex((sentence, index) => index > 0 && COMMITS.test(sentence));
    if (at > 0) {
      const work = sentences.slice(at).join(" ");
      addOne(reader, { ...found, body: sentences.slice(0, at).join(" ") });
      addOne(reader, { ...found, kind: "action", body: work });
      return;
    }
  }
  addOne(reader, found);
}
function addOne(reader, found) {
  const { file, lines } = reader;
  const source = lines[found.line - 1] ?? "";
  const pos = { file, line: found.line, column: found.column };
  const done = readDone(found.body);
  const owners = readOwners(done.rest);
  const allOwners = found.owner ? [found.owner, ...owners.owners] : owners.owners;
  const at = { title: pos };
  const spans = {};
  const item = {
    kind: found.kind,
    source: found.source,
    pos,
    title: owners.rest.trim() || found.text,
    text: source.trim(),
    owners: [...new Set(allOwners)],
    at,
    spans
  };
  if (item.owners.length > 0) at.owner = placeOf(source, item.owners[0], pos);
  const status = found.checked === true || found.struck || done.done ? "done" : found.checked === false ? "open" : void 0;
  const emoji = status ? void 0 : LEADING_EMOJI.exec(found.body);
  if (emoji && normalizeStatus(emoji[1], found.kind) !== void 0) {
    item.status = emoji[1];
    at.status = placeOf(source, emoji[1], pos);
    item.title = item.title.replace(LEADING_EMOJI, "") || item.title;
  }
  if (status) {
    item.status = found.kind === "decision" && status === "done" ? "resolved" : status;
    const box = /\[[ xX]\]/.exec(source);
    at.status = box && found.checked !== void 0 ? { file, line: found.line, column: box.index + 1 } : pos;
  }
  const date = findDate(found.body, reader.reference ? { reference: reader.reference } : {});
  if (date) {
    const written = found.body.slice(date.index, date.index + date.length);
    item.due = written;
    at.due = placeOf(source, written, pos);
    const column = source.indexOf(written);
    if (column >= 0 && source.indexOf(written, column + 1) < 0)
      spans.due = { line: found.line, column: column + 1, endColumn: column + 1 + written.length };
  }
  reader.read.items.push(item);
}
function inlineText(paragraph) {
  let text = "";
  let afterLink = false;
  const walk = (nodes) => {
    for (const node of nodes) {
      if (node.type === "link" || node.type === "linkReference") {
        walk(node.children);
        afterLink = true;
        continue;
      }
      if ("children" in node) {
        walk(node.children);
        continue;
      }
      const part = toString(node);
      if (afterLink && /[\p{L}\p{N}]$/u.test(text) && /^[\p{L}\p{N}]/u.test(part)) text += " ";
      afterLink = false;
      text += part;
    }
  };
  walk(paragraph.children);
  return text;
}
function isEmphasisedMention(paragraph, text) {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === "")
  );
  return meaningful.length === 1 && (meaningful[0].type === "strong" || meaningful[0].type === "emphasis") && /^[_*]*@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?\b/.test(text);
}
function placeOf(source, needle, pos) {
  const index = source.indexOf(needle);
  return index >= 0 ? { ...pos, column: index + 1 } : pos;
}
function isStruck(paragraph) {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === "")
  );
  return meaningful.length > 0 && meaningful.every((child) => child.type === "delete");
}

// src/parse/markdown/read-attendee.ts
var LOGIN2 = /@([A-Za-z0-9][A-Za-z0-9-]{0,38})\b/;
function readAttendee(text, pos) {
  const line = text.trim().slice(0, 200);
  const login = LOGIN2.exec(line);
  const role = /\s[-–—]\s+([^()]+?)\s*$/.exec(line);
  const name = line.split(/\s*(?:\(|,|;|\s[-–—]\s|\s@)/, 1)[0].replace(/[*_`]/g, "").trim();
  const plain = name.startsWith("@") ? "" : name;
  if (plain === "" && !login) return void 0;
  if (plain !== "" && !new RegExp("\\p{L}", "u").test(plain)) return void 0;
  return {
    name: plain || `@${login[1]}`,
    ...login ? { github: `@${login[1]}` } : {},
    ...role && plain ? { role: role[1] } : {},
    pos
  };
}

// src/parse/markdown/read-list-items.ts
var MAX_ITEMS = 2e4;
function readListItems(tree, lines, file, tableHeadings, reference) {
  const reader = {
    file,
    lines,
    read: { items: [], attendees: [] },
    ...reference ? { reference } : {}
  };
  const stack = [];
  const children = tree.children;
  let pending;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === "heading") {
      while (stack.length > 0 && stack[stack.length - 1].depth >= node.depth) stack.pop();
      const text = toString(node);
      const kind = sectionOf(text)?.kind;
      stack.push({
        depth: node.depth,
        line: node.position?.start.line ?? 0,
        agenda: isAgendaHeading(text),
        ...kind ? { kind } : {}
      });
      pending = void 0;
      continue;
    }
    const context = pending ?? contextOf(stack, tableHeadings);
    pending = void 0;
    if (node.type === "paragraph") {
      const heading = pseudoHeading(node, children[i + 1]);
      if (heading) {
        pending = heading;
        continue;
      }
      readParagraph(node, context, reader);
    } else if (node.type === "list") readList(node, context, reader, 0);
    else if (node.type === "blockquote") {
      for (const child of node.children) if (child.type === "list") readList(child, context, reader, 0);
    }
  }
  return reader.read;
}
function contextOf(stack, tableHeadings) {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i];
    if (entry.kind) return { kind: entry.kind, agenda: false, hasTable: tableHeadings.has(entry.line) };
    if (entry.agenda) return { agenda: true, hasTable: false };
  }
  return { agenda: false, hasTable: false };
}
function pseudoHeading(node, next) {
  const start = node.position?.start.line;
  if (start === void 0 || node.position?.end.line !== start) return void 0;
  const text = toString(node).trim();
  if (text.length > 60) return void 0;
  const kind = sectionOf(text)?.kind;
  const agenda = !kind && isAgendaHeading(text);
  if (!kind && !agenda) return void 0;
  const emphasised = node.children.every(
    (child) => child.type === "strong" || child.type === "emphasis" || child.type === "text" && /^[\s:]*$/.test(child.value)
  );
  if (!emphasised && next?.type !== "list" && !/:\s*$/.test(text)) return void 0;
  return kind ? { kind, agenda: false, hasTable: false } : { agenda: true, hasTable: false };
}
var ATTENDANCE_LINE = /^(?:attendees|attendance|present|participants|attending|in attendance)\s*:\s*(.+)$/i;
function readParagraph(node, context, reader) {
  const start = node.position?.start;
  if (!start) return;
  const text = toString(node);
  const firstLine = text.split("\n", 1)[0].trim();
  const attendance = ATTENDANCE_LINE.exec(firstLine);
  if (attendance) {
    const pos = { file: reader.file, line: start.line, column: start.column };
    for (const name of attendance[1].split(/\s*[,;]\s*/)) {
      const attendee = readAttendee(name, pos);
      if (attendee) reader.read.attendees.push(attendee);
    }
    return;
  }
  text.split("\n").forEach((raw, offset) => {
    const line = raw.trim();
    const marker = readMarker(line);
    if (!marker) return;
    const lineNumber = start.line + offset;
    const source = reader.lines[lineNumber - 1] ?? "";
    addItem(reader, {
      kind: marker.kind,
      source: "prose",
      line: lineNumber,
      column: offset === 0 ? start.column : source.search(/\S/) + 1,
      text: line,
      body: marker.rest,
      ...marker.owner ? { owner: marker.owner } : {},
      struck: offset === 0 && isStruck(node)
    });
  });
  void context;
}
function readList(list, context, reader, depth) {
  for (const item of list.children) {
    if (reader.read.items.length + reader.read.attendees.length >= MAX_ITEMS) return;
    readListItem(item, context, reader, depth);
  }
}
function readListItem(item, context, reader, depth) {
  const start = item.position?.start;
  const paragraph = item.children.find((child) => child.type === "paragraph");
  const text = paragraph ? inlineText(paragraph).split("\n", 1)[0].trim() : "";
  const checked = typeof item.checked === "boolean" ? item.checked : void 0;
  if (start && text !== "") {
    const at = paragraph?.position?.start ?? start;
    const base = { line: at.line, column: at.column, text, struck: paragraph ? isStruck(paragraph) : false };
    const marker = readMarker(text) ?? (paragraph && isEmphasisedMention(paragraph, text) ? { kind: "action", rest: text.replace(/^[_*]+|[_*\s]+$/g, "") } : void 0);
    if (context.kind === "attendees" && !marker) {
      if (checked !== false) {
        const attendee = readAttendee(text, { file: reader.file, line: start.line, column: start.column });
        if (attendee) reader.read.attendees.push(attendee);
      }
    } else if (marker) {
      addItem(reader, {
        ...base,
        kind: marker.kind,
        source: "bullet",
        body: marker.rest,
        ...marker.owner ? { owner: marker.owner } : {},
        ...checked !== void 0 ? { checked } : {}
      });
    } else if (checked !== void 0 && !context.agenda) {
      const kind = context.kind === "decisions" ? "decision" : context.kind === "outputs" ? "output" : "action";
      addItem(reader, { ...base, kind, source: "task-list", body: text, checked });
    } else if (context.kind && context.kind !== "attendees" && !context.hasTable && !context.agenda) {
      const kind = context.kind === "decisions" ? "decision" : context.kind === "outputs" ? "output" : "action";
      addItem(reader, { ...base, kind, source: "bullet", body: text });
    }
  }
  for (const child of item.children) if (child.type === "list") readList(child, context, reader, depth + 1);
}

// src/parse/map-columns.ts
var ITEM_HEADERS = {
  id: "id",
  "#": "id",
  title: "title",
  decision: "title",
  question: "title",
  action: "title",
  output: "title",
  item: "title",
  task: "title",
  "action item": "title",
  "action items": "title",
  "next step": "title",
  "next steps": "title",
  "follow-up": "title",
  "follow up": "title",
  todo: "title",
  description: "title",
  summary: "title",
  subject: "title",
  name: "title",
  proposal: "title",
  owner: "owner",
  owners: "owner",
  "owner(s)": "owner",
  dri: "owner",
  dris: "owner",
  assignee: "owner",
  assignees: "owner",
  "assigned to": "owner",
  who: "owner",
  responsible: "owner",
  lead: "owner",
  champion: "owner",
  due: "due",
  date: "due",
  by: "due",
  when: "due",
  deadline: "due",
  eta: "due",
  target: "due",
  "target date": "due",
  "due date": "due",
  "due by": "due",
  "decided on": "resolved_on",
  "decision date": "resolved_on",
  "date decided": "resolved_on",
  decided: "resolved_on",
  issue: "issue",
  "issue #": "issue",
  "follow-up issue": "issue",
  ref: "id",
  key: "id",
  number: "id",
  "no.": "id",
  no: "id",
  "depends on": "dependencies",
  dependency: "dependencies",
  dependencies: "dependencies",
  "blocked by": "dependencies",
  blockers: "dependencies",
  status: "status",
  state: "status",
  resolution: "resolution",
  outcome: "resolution",
  topics: "topics",
  topic: "topics",
  timing: "timing",
  "resolved on": "resolved_on",
  "reopened reason": "reopened_reason"
};
var ATTENDEE_HEADERS = {
  name: "name",
  attendee: "name",
  person: "name",
  github: "github",
  "github handle": "github",
  "github id": "github",
  "github login": "github",
  login: "github",
  handle: "github",
  role: "role",
  group: "group"
};
var ALLOWED = {
  decisions: /* @__PURE__ */ new Set([
    "id",
    "title",
    "status",
    "owner",
    "due",
    "resolution",
    "resolved_on",
    "reopened_reason",
    "topics",
    "dependencies",
    "issue"
  ]),
  actions: /* @__PURE__ */ new Set(["id", "title", "status", "owner", "due", "decision", "issue"]),
  outputs: /* @__PURE__ */ new Set(["id", "title", "status", "timing", "owner", "due", "decision", "issue"]),
  attendees: /* @__PURE__ */ new Set(["name", "github", "role", "group"])
};
var REPEATABLE = /* @__PURE__ */ new Set(["dependencies", "topics", "owner"]);
function mapColumns(section, header, strict = false) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const label = sectionLabel(section);
  const keys = header.map((cell) => headerKey(cellText(cell.raw)));
  const log = section.kind === "decisions" && isDecisionLog(keys);
  const headers = [];
  const columns = header.map((cell, index) => {
    const text = cellText(cell.raw);
    headers.push(text.replace(/\s+/g, " ").trim());
    const key = keys[index];
    if (key === "") return void 0;
    let field = fieldOf(section.kind, key);
    if (log && field === "due") field = "resolved_on";
    const problem = field === void 0 ? `unknown column ${quoted(text)} in the ${label} table` : !ALLOWED[section.kind].has(field) ? `column ${quoted(text)} does not belong in the ${label} table` : seen.has(field) && !REPEATABLE.has(field) ? `column ${quoted(text)} repeats the ${field} column in the ${label} table` : void 0;
    if (problem) {
      if (!strict) return section.kind === "attendees" ? void 0 : "extra";
      const { file, line, column } = cell.pos;
      findings.push({ file, line, column, rule: "schema", message: problem, item: null });
      return void 0;
    }
    seen.add(field);
    return field;
  });
  return { columns, headers, findings };
}
function isDecisionLog(keys) {
  const fields = keys.map((key) => Object.hasOwn(ITEM_HEADERS, key) ? ITEM_HEADERS[key] : void 0);
  const hasDate = keys.some((key) => key === "date" || key === "when" || ITEM_HEADERS[key] === "resolved_on");
  const explicitDue = keys.some(
    (key) => ["due", "due date", "due by", "deadline", "eta", "target date", "by"].includes(key)
  );
  return hasDate && !explicitDue && !fields.includes("status");
}
function headerKey(text) {
  return text.toLowerCase().replace(/[\s_]+/g, " ").replace(/:$/, "").trim();
}
function fieldOf(kind, key) {
  if (kind === "attendees") return Object.hasOwn(ATTENDEE_HEADERS, key) ? ATTENDEE_HEADERS[key] : void 0;
  if (key === "decision" && kind !== "decisions") return "decision";
  return Object.hasOwn(ITEM_HEADERS, key) ? ITEM_HEADERS[key] : void 0;
}
function quoted(text) {
  const flat = text.replace(/\s+/g, " ");
  return `"${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}"`;
}

// src/parse/records/settle-decision-log.ts
function settleDecisionLog(header, rows) {
  const keys = header.map((cell) => headerKey(cellText(cell.raw)));
  if (!isDecisionLog(keys)) return;
  for (const { raw, node } of rows) {
    if (raw.status === void 0) {
      raw.status = "resolved";
      addKid(node, "status", { pos: node.kids?.get("resolved_on")?.pos ?? node.pos });
    }
    if (raw.resolution === void 0 && typeof raw.title === "string") {
      raw.resolution = raw.title;
      addKid(node, "resolution", { pos: node.kids?.get("title")?.pos ?? node.pos });
    }
  }
}

// src/parse/scan-markdown.ts
var FRONT_MATTER_FENCE = /^---[ \t]*$/;
var ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
var FENCE = /^(`{3,}|~{3,})/;
var LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
var THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var MAY_START_BLOCK = /^(?:[>#<[~`=_*+-]|\d{1,9}[.)](?:[ \t]|$))/;
var HTML_BLOCKS = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/]
];
function scanMarkdown(lines, limits) {
  const scan = { tables: [], nestedLines: 0 };
  let i = 0;
  let containersInterrupt = true;
  if (lines.length > 1 && FRONT_MATTER_FENCE.test(lines[0] ?? "")) {
    const close2 = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
    if (close2 > 0) i = close2 + 1;
    else containersInterrupt = false;
  }
  let fence3;
  let htmlEnd;
  let boundary = true;
  let paragraph = false;
  let takeTables = true;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (fence3) {
      if (closesFence(line, fence3)) fence3 = void 0;
      i++;
      continue;
    }
    const start = firstNonBlank(line);
    if (htmlEnd === "blank") {
      if (start === line.length) htmlEnd = void 0;
      else if (opensSkippedBlock(line, start)) {
        takeTables = false;
      }
    }
    if (htmlEnd) {
      if (htmlEnd !== "blank" && htmlEnd.test(line)) htmlEnd = void 0;
      i++;
      continue;
    }
    if (start === line.length) {
      boundary = true;
      paragraph = false;
      i++;
      continue;
    }
    const indent = width(line, start);
    const rest = line.slice(start);
    measureNesting(line, i, scan, limits);
    if (indent < 4) {
      const open = FENCE.exec(rest);
      if (open) {
        fence3 = { char: rest[0], length: open[1].length };
        boundary = paragraph = false;
        i++;
        continue;
      }
      if (rest.startsWith("<")) {
        const html = HTML_BLOCKS.find(([opens]) => opens.test(rest));
        htmlEnd = html ? html[1].test(rest.slice(2)) ? void 0 : html[1] : "blank";
        boundary = paragraph = false;
        i++;
        continue;
      }
      if (ATX_HEADING.test(rest)) {
        boundary = true;
        paragraph = false;
        i++;
        continue;
      }
    }
    if (takeTables && (boundary || paragraph) && indent < 4) {
      const certain = indent === 0 && !MAY_START_BLOCK.test(rest);
      const end = tableEnd(lines, i, containersInterrupt, certain);
      if (typeof end === "number") {
        scan.tables.push({ start: i, end });
        boundary = paragraph = false;
        i = end;
        continue;
      }
      if (end === "defer") {
        boundary = paragraph = false;
        i++;
        continue;
      }
    }
    paragraph = boundary ? indent === 0 && !MAY_START_BLOCK.test(rest) : paragraph && !MAY_START_BLOCK.test(rest);
    boundary = false;
    i++;
  }
  return scan;
}
function tableEnd(lines, start, containersInterrupt, certain) {
  const columns = splitRow(lines[start] ?? "").length;
  if (columns === 0 || !isDelimiterRow(lines[start + 1], columns)) return "none";
  if (!certain) return "defer";
  let end = start + 2;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? "";
    const first = firstNonBlank(line);
    if (first === line.length || width(line, first) >= 4) break;
    const rest = line.slice(first);
    if (rest.startsWith("|")) continue;
    if (ATX_HEADING.test(rest) || FENCE.test(rest) || THEMATIC_BREAK.test(rest)) break;
    if (rest.startsWith(">") || LIST_ITEM.test(rest)) {
      if (!containersInterrupt) return "defer";
      break;
    }
    if (MAY_START_BLOCK.test(rest)) return "defer";
  }
  return end;
}
function opensSkippedBlock(line, start) {
  if (width(line, start) >= 4) return false;
  const rest = line.slice(start);
  return FENCE.test(rest) || HTML_BLOCKS.some(([opens]) => opens.test(rest));
}
function isDelimiterRow(line, columns) {
  if (line === void 0 || !line.includes("|")) return false;
  const first = firstNonBlank(line);
  if (width(line, first) >= 4) return false;
  const rest = line.slice(first).trimEnd();
  if (!/^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/.test(rest)) return false;
  if (/^-[ \t]/.test(rest)) return false;
  return splitRow(rest).length === columns;
}
function closesFence(line, fence3) {
  const start = firstNonBlank(line);
  if (width(line, start) >= 4) return false;
  const rest = line.slice(start).trimEnd();
  let count = 0;
  while (rest[count] === fence3.char) count++;
  return count >= fence3.length && count === rest.length;
}
function width(line, end) {
  let columns = 0;
  for (let i = 0; i < end; i++)
    columns = line.charCodeAt(i) === 9 ? columns + 4 - columns % 4 : columns + 1;
  return columns;
}
function measureNesting(line, index, scan, limits) {
  let i = 0;
  let columns = 0;
  let markers2 = 0;
  let indentColumns = -1;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) {
      columns = code === 9 ? columns + 4 - columns % 4 : columns + 1;
      i++;
      continue;
    }
    if (indentColumns < 0) indentColumns = columns;
    const marker = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(line.slice(i, i + 11));
    if (!marker) break;
    markers2++;
    i += marker[0].length;
    columns += marker[0].length;
  }
  if (markers2 === 0) return;
  const depth = markers2 + Math.floor(Math.max(indentColumns, 0) / 2);
  if (depth > limits.depth && !scan.tooDeep) scan.tooDeep = { line: index, depth };
  if (depth >= 2) {
    scan.nestedLines++;
    if (scan.nestedLines > limits.nestedLines && scan.tooManyNested === void 0) scan.tooManyNested = index;
  }
}
function maskTables(lines, tables) {
  if (tables.length === 0) return lines.join("\n");
  const masked = lines.slice();
  for (const table of tables) {
    masked[table.start] = TABLE_MASK;
    for (let i = table.start + 1; i < table.end; i++) masked[i] = "";
  }
  return masked.join("\n");
}
var TABLE_MASK = "<!-- -->";

// src/parse/table-items.ts
function tableItems(table, section, headingPos, strict = false) {
  const { columns, headers, findings } = mapColumns(section, table.header, strict);
  const rows = [];
  for (const row of table.rows) {
    const raw = {};
    const node = { pos: row.pos, kids: /* @__PURE__ */ new Map() };
    const meta = { owners: [], extra: {}, spans: {} };
    columns.forEach((field, index) => {
      const cell = row.cells[index];
      if (field === void 0 || cell === void 0) return;
      const part = { raw: cell.raw, pos: cell.pos };
      if (field === "topics") addList(raw, node, "topics", splitList(part, ","), cell.pos);
      else if (field === "dependencies") addDependencies(raw, node, part);
      else {
        const text = cellText(cell.raw);
        if (isAbsent(text)) return;
        if (field === "extra") meta.extra[headers[index] || `column ${index + 1}`] = text;
        else if (field === "issue") {
          const number = /^#?(\d{1,9})$/.exec(text) ?? /\/issues\/(\d{1,9})\b/.exec(cell.raw);
          if (number) meta.issue = Number(number[1]);
          else meta.extra[headers[index] || "Issue"] = text;
        } else if (field === "owner") {
          const owners = text.split(/\s*(?:,|;|&|\band\b)\s*/).filter((owner) => !isAbsent(owner));
          meta.owners.push(...owners);
          if (raw.owner === void 0 && owners[0] !== void 0) {
            raw.owner = owners[0];
            addKid(node, "owner", { pos: cell.pos });
          }
        } else {
          raw[field] = text;
          addKid(node, field, { pos: cell.pos });
          if ((field === "status" || field === "due" || field === "resolved_on") && text === cell.raw.trim()) {
            const { line, column } = cell.pos;
            meta.spans[field] = { line, column, endColumn: column + text.length };
          }
        }
      }
    });
    if (Object.keys(raw).length === 0 && meta.owners.length === 0 && Object.keys(meta.extra).length === 0)
      continue;
    if (section.timing && raw.timing === void 0) {
      raw.timing = section.timing;
      addKid(node, "timing", { pos: headingPos ?? row.pos });
    }
    rows.push({ raw, node, meta });
  }
  return { rows, findings };
}
function addList(raw, node, key, parts, cellPos) {
  const entries = parts.map((part) => ({ text: cellText(part.raw), pos: part.pos })).filter((entry) => !isAbsent(entry.text));
  if (entries.length === 0) return;
  const list = raw[key] ?? [];
  const listNode = node.kids?.get(key) ?? addKid(node, key, { pos: cellPos, kids: /* @__PURE__ */ new Map() });
  for (const entry of entries) {
    addKid(listNode, list.length, { pos: entry.pos });
    list.push(entry.text);
  }
  raw[key] = list;
}
function addDependencies(raw, node, cell) {
  const { dependsOn, blockers } = parseDependencies(cell);
  if (dependsOn.length > 0) addList(raw, node, "depends_on", dependsOn, cell.pos);
  if (blockers.length === 0) return;
  const list = raw.blocked_by ?? [];
  const listNode = node.kids?.get("blocked_by") ?? addKid(node, "blocked_by", { pos: cell.pos, kids: /* @__PURE__ */ new Map() });
  for (const blocker of blockers) {
    const entry = {};
    const entryNode = addKid(listNode, list.length, { pos: blocker.pos, kids: /* @__PURE__ */ new Map() });
    for (const key of ["what", "owner", "due"]) {
      const part = blocker[key];
      if (!part) continue;
      entry[key] = cellText(part.raw);
      addKid(entryNode, key, { pos: part.pos });
    }
    list.push(entry);
  }
  raw.blocked_by = list;
}

// src/parse/parse-markdown.ts
var MAX_NESTING = 64;
var MAX_NESTED_LINES = 1e3;
var processor;
var REVIEW_KEYS = /* @__PURE__ */ new Set(["title", "date", "cycle_days", "problem", "attendees"]);
function markdownProcessor() {
  processor ??= unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);
  return processor;
}
function parseMarkdown(file, text, options = {}) {
  const strict = options.strict === true;
  const lines = text.split("\n");
  const scan = scanMarkdown(lines, { depth: MAX_NESTING, nestedLines: MAX_NESTED_LINES });
  const fail = (line, message) => ({
    register: emptyRegister(file, "markdown"),
    findings: [parseError({ file, line: line + 1, column: 1 }, message)]
  });
  if (scan.tooDeep) {
    return fail(
      scan.tooDeep.line,
      `lists or quotes are nested about ${scan.tooDeep.depth} levels deep here (the limit is ${MAX_NESTING}); not parsed`
    );
  }
  if (scan.tooManyNested !== void 0) {
    return fail(
      scan.tooManyNested,
      `more than ${MAX_NESTED_LINES} nested list items or quotes outside tables (the Markdown parser slows down too much); not parsed`
    );
  }
  const tree = markdownProcessor().parse(maskTables(lines, scan.tables));
  const front = frontMatter(file, tree, strict);
  if (!front.ok) return { register: emptyRegister(file, "markdown"), findings: front.findings };
  const findings = [...front.findings];
  const root = { pos: { file, line: 1, column: 1 }, kids: /* @__PURE__ */ new Map() };
  const raw = {};
  if (front.review) {
    raw.review = front.review.value;
    addKid(root, "review", { pos: front.review.locator.at([]), delegate: front.review.locator });
  }
  const lists = {
    decisions: [],
    actions: [],
    outputs: [],
    attendees: []
  };
  const firstTable = {};
  const tableHeadings = /* @__PURE__ */ new Set();
  for (const { table, section, headingPos } of sectionTables(file, tree, lines, scan.tables)) {
    const read = tableItems(table, section, headingPos, strict);
    if (section.kind === "decisions") settleDecisionLog(table.header, read.rows);
    findings.push(...read.findings);
    lists[section.kind].push(...read.rows);
    firstTable[section.kind] ??= table.pos;
    if (headingPos) tableHeadings.add(headingPos.line);
  }
  for (const kind of ["decisions", "actions", "outputs"]) {
    if (lists[kind].length === 0) continue;
    raw[kind] = lists[kind].map((row) => row.raw);
    const node = addKid(root, kind, { pos: firstTable[kind], kids: /* @__PURE__ */ new Map() });
    for (const [index, row] of lists[kind].entries()) addKid(node, index, row.node);
  }
  if (lists.attendees.length > 0) addAttendees(raw, root, lists.attendees, firstTable.attendees);
  const locator = treeLocator(root);
  findings.push(...validateRegister(raw, locator, { optionalIds: !strict }));
  const register = buildRegister(file, "markdown", raw, locator);
  attachRowMeta(register, lists);
  const frontDate = raw.review?.date;
  const reference = isIsoDate(frontDate) ? frontDate : dateInPath(file);
  addListItems(register, readListItems(tree, lines, file, tableHeadings, reference));
  register.prose = collectProse(tree, lines, file);
  return { register, findings };
}
function frontMatter(file, tree, strict) {
  const node = tree.children[0];
  if (node?.type !== "yaml") return { ok: true, findings: [] };
  const startLine = node.position?.start.line ?? 1;
  const loaded = loadYaml(file, node.value, startLine);
  if (!loaded.ok) return loaded;
  const value2 = loaded.value;
  if (value2 === null || value2 === void 0) return { ok: true, findings: [] };
  if (typeof value2 !== "object" || Array.isArray(value2)) {
    const pos = loaded.locator.at([]);
    const message = "the front matter must be a mapping of review fields (title, date, cycle_days, problem, attendees)";
    return { ok: true, findings: [{ ...pos, rule: "schema", message, item: null }] };
  }
  const keys = Object.keys(value2);
  const wrapped = keys.includes("review") && (strict ? keys.length === 1 : true);
  let review = wrapped ? value2.review : value2;
  if (!strict && review !== null && typeof review === "object" && !Array.isArray(review))
    review = Object.fromEntries(Object.entries(review).filter(([key]) => REVIEW_KEYS.has(key)));
  if (wrapped && (review === null || typeof review !== "object" || Array.isArray(review))) {
    const pos = loaded.locator.at(["review"]);
    return {
      ok: true,
      findings: [{ ...pos, rule: "schema", message: "review must be a mapping", item: null }]
    };
  }
  return {
    ok: true,
    review: { value: review, locator: wrapped ? loaded.locator.sub(["review"]) : loaded.locator },
    findings: []
  };
}
function addAttendees(raw, root, rows, tablePos) {
  raw.review ??= {};
  const review = raw.review;
  const reviewNode = root.kids?.get("review") ?? addKid(root, "review", { pos: tablePos });
  const before = review.attendees;
  if (before !== void 0 && before !== null && !Array.isArray(before)) return;
  const listed = Array.isArray(before) ? before : [];
  const delegate = reviewNode.delegate?.sub(["attendees"]);
  const node = addKid(reviewNode, "attendees", {
    pos: delegate && listed.length > 0 ? delegate.at([]) : tablePos,
    kids: /* @__PURE__ */ new Map(),
    ...delegate ? { delegate } : {}
  });
  for (const [index, row] of rows.entries()) addKid(node, listed.length + index, row.node);
  review.attendees = [...listed, ...rows.map((row) => row.raw)];
}
function sectionTables(file, tree, lines, scanned) {
  const events = [];
  for (const child of tree.children) {
    if (child.type === "heading" && child.position)
      events.push({ line: child.position.start.line, heading: child });
  }
  for (const block of scanned)
    events.push({ line: block.start + 1, table: () => readGfmTable(lines, block, file) });
  for (const table of nestedTables(tree)) {
    if (table.position)
      events.push({ line: table.position.start.line, table: () => fromMdast(table, file, lines) });
  }
  events.sort((a, b) => a.line - b.line);
  const stack = [];
  const found = [];
  for (const event of events) {
    if (event.heading) {
      const { depth } = event.heading;
      while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
      const start = event.heading.position.start;
      stack.push({
        depth,
        section: sectionOf(toString(event.heading)),
        pos: { file, line: start.line, column: start.column }
      });
      continue;
    }
    const owner = [...stack].reverse().find((entry) => entry.section);
    if (owner?.section && event.table) {
      found.push({ table: event.table(), section: owner.section, headingPos: owner.pos });
    }
  }
  return found;
}
function nestedTables(tree) {
  const tables = [];
  const stack = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "table") tables.push(node);
    else if ("children" in node) stack.push(...node.children);
  }
  return tables;
}
function fromMdast(table, file, lines) {
  const width2 = table.children[0]?.children.length ?? 0;
  const rows = table.children.map((row) => {
    const start = row.position?.start ?? { line: 1, column: 1 };
    const cells = [];
    for (let i = 0; i < width2; i++) cells.push(cellOf(row.children[i], file, lines, start));
    return { pos: { file, line: start.line, column: start.column }, cells };
  });
  const [header, ...body] = rows;
  return { pos: header?.pos ?? { file, line: 1, column: 1 }, header: header?.cells ?? [], rows: body };
}
function cellOf(cell, file, lines, rowStart) {
  const first = cell?.children[0]?.position?.start;
  const last = cell?.children[cell.children.length - 1]?.position?.end;
  if (!first || !last || first.line !== last.line) {
    return { raw: "", pos: { file, line: rowStart.line, column: rowStart.column } };
  }
  const source = lines[first.line - 1] ?? "";
  return {
    raw: source.slice(first.column - 1, last.column - 1).trim(),
    pos: { file, line: first.line, column: first.column }
  };
}

// src/parse/register-markdown.ts
setMarkdownParser(parseMarkdown);
