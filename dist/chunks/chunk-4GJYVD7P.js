import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_BYTES,
  compareFindings,
  decodeSource,
  summarize
} from "./chunk-LH5WQBSA.js";
import {
  editDistance
} from "./chunk-S4SKMPNW.js";
import {
  BARE_ID,
  addDays,
  canonicalStatuses,
  dateInPath,
  emptyRegister,
  isIsoDate,
  isOpenItem,
  knownStatusWords,
  normalizeStatus,
  parseMarkdownLoaded,
  parseYaml,
  readDate,
  sectionOf,
  splitRow,
  startsWithActionMarker,
  statusKey,
  statusOf
} from "./chunk-4BKEW7KF.js";
import {
  describeThrown,
  loadYaml,
  parseError
} from "./chunk-7XRTHKOH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-VBPJBFLN.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated2 = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated2 = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated: negated2,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/check/with-severities.ts
function withSeverities(raw, config) {
  const out = [];
  for (const finding of raw) {
    const severity = config.rules[finding.rule];
    if (severity !== "off") out.push({ ...finding, severity });
  }
  return out;
}

// src/parse/fix/source-text.ts
function sourceText(text, format) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return { text, format, starts, frontMatterEnd: format === "markdown" ? frontMatterEnd(text, starts) : 0 };
}
function lineOf(source, line) {
  const start = source.starts[line - 1];
  if (start === void 0) return "";
  const next = source.starts[line];
  return source.text.slice(start, next === void 0 ? source.text.length : next - 1);
}
function frontMatterEnd(text, starts) {
  if (!/^---[ \t]*\n/.test(text)) return 0;
  for (let line = 2; line <= starts.length; line++) {
    const start = starts[line - 1];
    const next = starts[line];
    const body = text.slice(start, next === void 0 ? text.length : next - 1);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(body)) return line;
  }
  return 0;
}

// src/model/cached.ts
function cached(cache2, key, build) {
  if (cache2.has(key)) return cache2.get(key);
  const value = build();
  cache2.set(key, value);
  return value;
}

// src/parse/normalize-register.ts
function normalizeRegister(register, options = {}) {
  const order = options.date_order;
  const fileDate = dateInPath(register.file);
  const review = register.review;
  if (review)
    readField(review, "date", { ...fileDate ? { reference: fileDate } : {}, ...order ? { order } : {} });
  const reference = isIsoDate(review?.date) ? review.date : fileDate;
  const cycle = review?.cycle_days ?? options.cycle_days;
  const nextMeeting = review?.next_meeting ?? (reference && typeof cycle === "number" ? addDays(reference, cycle) : void 0);
  const read = {
    ...reference ? { reference } : {},
    ...order ? { order } : {},
    ...nextMeeting ? { nextMeeting } : {}
  };
  const items = [...register.decisions, ...register.actions, ...register.outputs];
  const statuses = /* @__PURE__ */ new Map();
  const canonicalOf = (status, kind) => cached(
    cached(statuses, kind, () => /* @__PURE__ */ new Map()),
    status,
    () => normalizeStatus(status, kind, options.statuses)
  );
  for (const item of items) {
    if (register.format === "yaml") item.source ??= "yaml";
    if (item.owners === void 0 && typeof item.owner === "string" && item.owner !== "")
      item.owners = [item.owner];
    if (typeof item.status === "string") {
      const canonical = canonicalOf(item.status, item.kind);
      if (canonical !== void 0 && canonical !== item.status) {
        written(item).status = item.status;
        item.status = canonical;
      }
    }
    readField(item, "due", read);
    if (item.kind === "decision") readField(item, "resolved_on", read);
  }
  return register;
}
function readField(thing, field, context) {
  const value = thing[field];
  if (typeof value !== "string" || value.trim() === "" || isIsoDate(value)) return;
  const reading = readDate(value, context);
  if (reading.kind !== "iso") return;
  written(thing)[field] = value;
  thing[field] = reading.iso;
}
function written(thing) {
  thing.written ??= {};
  return thing.written;
}

// src/parse/records/record-id.ts
var SERIES = /^([a-z]{1,2}[ei]p|rfc|adr)s?$/i;
function recordId(file, explicit, fallback) {
  const segments = file.split("/");
  const name = segments.pop() ?? "";
  const folders = segments.reverse();
  if (explicit && /^[A-Za-z]*-?\d+$/.test(explicit.value.trim())) {
    const value = explicit.value.trim();
    if (/^[A-Za-z]/.test(value)) return value;
    const series = explicit.key.replace(/[-_]?(?:number|no|id)$/i, "");
    if (SERIES.test(series)) return `${series.toUpperCase()}-${value}`;
    const prefix = seriesOf(folders) ?? fallback;
    return prefix ? `${prefix}-${value}` : value;
  }
  const numbered = /^(?:([a-z]{1,2}[ei]p|rfc|adr)[-_ ]?)?(\d+)(?=[-_ .])/i.exec(name);
  if (numbered) {
    const prefix = numbered[1]?.toUpperCase() ?? seriesOf(folders) ?? fallback;
    return prefix ? `${prefix}-${numbered[2]}` : numbered[2];
  }
  const lettered = /^([A-Z]\d+)(?=[-_ ])/.exec(name);
  if (lettered) return lettered[1];
  for (const folder of folders) {
    const match = /^(?:([a-z]{1,2}[ei]p|rfc|adr)[-_]?)?(\d+)(?:[-_]|$)/i.exec(folder);
    if (match) {
      const prefix = match[1]?.toUpperCase() ?? seriesOf(folders) ?? fallback;
      return prefix ? `${prefix}-${match[2]}` : match[2];
    }
  }
  return void 0;
}
function seriesOf(folders) {
  for (const folder of folders) {
    const match = SERIES.exec(folder.replace(/[-_]?\d+$/, ""));
    if (match) return match[1].toUpperCase();
    if (/^(?:architecture[-_ ]?)?decision[-_ ]?records?$|^decisions$/i.test(folder)) return "ADR";
  }
  return void 0;
}

// src/parse/records/record-keys.ts
var ROLES = {
  status: "status",
  state: "status",
  author: "owners",
  authors: "owners",
  decider: "owners",
  deciders: "owners",
  owner: "owners",
  owners: "owners",
  champion: "owners",
  champions: "owners",
  sponsor: "owners",
  driver: "owners",
  proposer: "owners",
  assignee: "owners",
  assignees: "owners",
  title: "title",
  name: "title",
  date: "date",
  decided: "date",
  "decision-date": "date",
  "date-decided": "date",
  accepted: "date",
  "last-updated": "date",
  updated: "date",
  "last-modified": "date",
  created: "date",
  "creation-date": "date",
  "date-created": "date",
  deadline: "due",
  due: "due",
  "due-date": "due",
  "last-call-deadline": "due",
  "review-by": "due",
  id: "id",
  number: "id",
  no: "id",
  "kep-number": "id"
};
var DATE_PRIORITY = [
  "date",
  "decided",
  "decision-date",
  "date-decided",
  "accepted",
  "last-updated",
  "updated",
  "last-modified",
  "created",
  "creation-date",
  "date-created"
];
function recordKey(key) {
  return key.trim().toLowerCase().replace(/\(s\)/g, "s").replace(/[\s_]+/g, "-").replace(/-+$/, "");
}
function roleOf(key) {
  const normal2 = recordKey(key);
  if (Object.hasOwn(ROLES, normal2)) return ROLES[normal2];
  if (/^(?:[a-z]{1,2}[ei]p|rfc|adr)(?:-number)?$/.test(normal2)) return "id";
  return "extra";
}
function dateRank(key) {
  const index = DATE_PRIORITY.indexOf(recordKey(key));
  return index < 0 ? DATE_PRIORITY.length : index;
}

// src/parse/records/record-owners.ts
function splitPeople(value) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const char of value) {
    if ("([<{".includes(char)) depth++;
    else if (")]>}".includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === "," || char === ";")) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.flatMap((part) => depth === 0 ? part.split(/\s+and\s+(?![^(]*\))/) : [part]).map((part) => part.trim().replace(/^and\s+/, "")).filter((part) => part !== "" && !/^(?:n\/?a|none|-|—|\{.*\}|<.*>)$/i.test(part));
}

// src/parse/records/fields-from-pairs.ts
function fieldsFromPairs(pairs, base) {
  const fields = { source: base.source, pos: base.pos, owners: [], text: base.text, extra: {} };
  let idPair;
  let dateKey;
  for (const pair of pairs) {
    const role = roleOf(pair.key);
    const scalar = Array.isArray(pair.value) ? pair.value.join(", ") : pair.value;
    if (scalar === "" && role !== "owners") continue;
    if (role === "owners") {
      const entries = Array.isArray(pair.value) ? pair.value : [pair.value];
      entries.forEach((entry, index) => {
        const pos = pair.entryPos?.[index] ?? pair.pos;
        for (const person of splitPeople(entry)) fields.owners.push({ value: person, pos });
      });
    } else if (role === "status") fields.status ??= { value: scalar, pos: pair.pos };
    else if (role === "title") fields.title ??= { value: scalar, pos: pair.pos };
    else if (role === "due") fields.due ??= { value: scalar, pos: pair.pos };
    else if (role === "id") idPair ??= pair;
    else if (role === "date" && (dateKey === void 0 || dateRank(pair.key) < dateRank(dateKey))) {
      if (fields.date && dateKey) fields.extra[recordKey(dateKey)] = fields.date.value;
      fields.date = { value: scalar, pos: pair.pos };
      dateKey = pair.key;
    } else fields.extra[recordKey(pair.key)] = scalar;
  }
  fields.title ??= base.title;
  if (base.resolution) fields.resolution = base.resolution;
  const explicit = idPair && !Array.isArray(idPair.value) ? { key: idPair.key, value: idPair.value } : void 0;
  const id = recordId(base.file, explicit, base.idPrefix);
  if (id) fields.id = { value: id, pos: idPair?.pos ?? base.pos };
  else if (base.headingId) fields.id = base.headingId;
  return fields;
}

// src/parse/records/header-lines.ts
var KEY_LINE = /^( {0,3}(?:[-*+]\s+)?(?:\*\*|__)?)([A-Za-z][A-Za-z0-9()/.-]*(?: [A-Za-z0-9()/.-]+){0,3}?)(?:\s*:\s*(?:\*\*|__)|(?:\*\*|__)?\s*:)[ \t]*(.*?)\s*$/;
function headerLines(file, lines, from, to) {
  const pairs = [];
  for (let index = from; index < Math.min(to, lines.length); index++) {
    const line = lines[index].replace(/\r$/, "");
    const match = KEY_LINE.exec(line);
    if (!match) continue;
    const raw = match[3];
    const value = raw.replace(/^(?:\*\*|__)\s*/, "").replace(/\s*(?:\*\*|__)$/, "").replace(/\\$/, "").trim();
    const column = line.length - line.slice(match[1].length + match[2].length).trimStart().length;
    const valueColumn = value === "" ? column : line.indexOf(value, column) + 1 || column + 1;
    pairs.push({ key: match[2], value, pos: { file, line: index + 1, column: valueColumn } });
  }
  return pairs;
}

// src/parse/records/markdown-outline.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function outline(lines, from, limit) {
  const headings = [];
  let fence;
  const end = Math.min(lines.length, from + limit);
  for (let index = from; index < end; index++) {
    const line = lines[index].replace(/\r$/, "");
    const fenced = FENCE.exec(line);
    if (fence) {
      if (fenced && fenced[1].startsWith(fence)) fence = void 0;
      continue;
    }
    if (fenced) {
      fence = fenced[1].slice(0, 3);
      continue;
    }
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      headings.push({ level: atx[1].length, text: atx[2].trim(), line: index });
      continue;
    }
    const next = lines[index + 1]?.replace(/\r$/, "");
    const previousBlank = index === from || (lines[index - 1] ?? "").trim() === "";
    if (next && line.trim() !== "" && previousBlank && /^ {0,3}(?:=+|-+)[ \t]*$/.test(next)) {
      if (!/^ {0,3}[-*+>|#]/.test(line)) {
        headings.push({ level: next.trim().startsWith("=") ? 1 : 2, text: line.trim(), line: index });
        index++;
      }
    }
  }
  return headings;
}
function firstLineUnder(lines, headings, heading) {
  const next = headings.find((h) => h.line > heading.line)?.line ?? lines.length;
  for (let index = heading.line + 1; index < next; index++) {
    const text = lines[index].trim();
    if (text === "" || /^<!--.*-->$/.test(text) || /^ {0,3}(?:=+|-+)$/.test(text)) continue;
    return index;
  }
  return void 0;
}
function plainLine(line) {
  return line.replace(/\r$/, "").trim().replace(/^(?:>\s*)+/, "").replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/^(\*\*|__|\*|_)(.*)\1$/, "$2").trim();
}
function headingKey(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/^\s*\d+\s+/, "").replace(/\s+/g, " ").trim();
}
function cleanTitle(text) {
  const stripped = text.replace(/^(?:[A-Za-z]{2,4}[- ]?)?\d+\s*[.:)\-–—]\s+/, "").replace(/^(?:[A-Za-z]{1,4}[- ]?)?\d+\s*:\s*/, "").trim();
  return stripped === "" ? text.trim() : stripped;
}

// src/parse/records/record-decision.ts
function recordDecision(fields) {
  const at = {};
  const decision = {
    kind: "decision",
    pos: fields.status?.pos ?? fields.pos,
    at,
    source: fields.source,
    text: fields.text,
    owners: fields.owners.map((owner) => owner.value),
    depends_on: [],
    blocked_by: [],
    topics: []
  };
  const set = (key, field, value = field?.value) => {
    if (!field || value === void 0 || value === "") return;
    decision[key] = value;
    at[key] = field.pos;
  };
  set("id", fields.id);
  set("title", fields.title);
  if (fields.status) {
    const written2 = fields.status.value;
    set("status", fields.status, normalizeStatus(written2, "decision") ?? written2);
    decision.written = { status: written2 };
  }
  if (fields.owners[0]) set("owner", fields.owners[0]);
  set("due", fields.due);
  const settled = decision.status === "resolved" || decision.status === "superseded";
  if (settled) {
    set("resolution", fields.resolution ?? fields.title);
    set("resolved_on", fields.date);
  } else if (fields.date) {
    fields.extra.date ??= fields.date.value;
  }
  if (Object.keys(fields.extra).length > 0) decision.extra = fields.extra;
  return decision;
}

// src/parse/records/yaml-pairs.ts
function yamlPairs(value, locator) {
  const pairs = [];
  for (const key of Object.keys(value)) {
    const raw = value[key];
    const pos = locator.at([key]);
    if (raw === null || raw === void 0) continue;
    if (Array.isArray(raw)) {
      if (raw.length === 0) continue;
      const entries = raw.map(entryText);
      if (entries.every((entry) => entry !== void 0)) {
        pairs.push({
          key,
          value: entries,
          pos,
          entryPos: raw.map((_, i) => locator.at([key, i]))
        });
      } else pairs.push({ key, value: JSON.stringify(raw), pos });
    } else if (typeof raw === "object") {
      pairs.push({ key, value: JSON.stringify(raw), pos });
    } else pairs.push({ key, value: String(raw).trim(), pos });
  }
  return pairs;
}
function entryText(entry) {
  if (typeof entry === "string") return entry.trim();
  if (typeof entry === "number" || typeof entry === "boolean") return String(entry);
  if (entry && typeof entry === "object" && !Array.isArray(entry)) {
    const record = entry;
    for (const key of ["github", "name", "login", "handle", "email"])
      if (typeof record[key] === "string") return record[key].trim();
  }
  return void 0;
}

// src/parse/records/read-markdown-record.ts
var HEAD_LINES = 80;
var REVIEW_KEYS = ["attendees", "review", "cycle_days", "problem"];
var NOTES_SECTIONS = /* @__PURE__ */ new Set(["actions", "outputs", "attendees"]);
function readMarkdownRecord(file, text) {
  const lines = headOf(text, HEAD_LINES + 200);
  const front = frontMatterRange(lines);
  const bodyStart = front ? front.end + 1 : 0;
  const headings = outline(lines, bodyStart, HEAD_LINES);
  const titleHeading = headings.find((h) => h.level === 1) ?? (headings[0]?.level === 2 ? headings[0] : void 0);
  const title = titleHeading ? headingField(file, lines, titleHeading) : void 0;
  const startPos = { file, line: 1, column: 1 };
  let pairs;
  let source = "adr";
  let headerText = "";
  if (front) {
    const frontText = lines.slice(front.start + 1, front.end).join("\n");
    if (!/^status[ \t]*:/im.test(frontText)) return void 0;
    const loaded2 = loadYaml(file, frontText, front.start + 1);
    if (!loaded2.ok || !isRecord(loaded2.value)) return void 0;
    if (!Object.keys(loaded2.value).some((key) => roleOf(key) === "status")) return void 0;
    if (REVIEW_KEYS.some((key) => Object.hasOwn(loaded2.value, key))) return void 0;
    pairs = yamlPairs(loaded2.value, loaded2.locator);
    const madr = pairs.some((pair) => /^decider/i.test(pair.key)) || headings.some(isMadrHeading);
    source = madr ? "adr" : "front-matter";
    headerText = lines.slice(front.start, front.end + 1).join("\n");
  } else {
    const firstSection = headings.find((h) => h.level >= 2 && h !== titleHeading)?.line ?? HEAD_LINES;
    const header = headerLines(file, lines, bodyStart, Math.min(firstSection, HEAD_LINES));
    const roles = new Set(header.map((pair) => roleOf(pair.key)));
    if (roles.has("status") && (roles.has("owners") || roles.has("date"))) {
      pairs = header;
      headerText = header.map((pair) => lines[pair.pos.line - 1].trim()).join("\n");
    } else {
      const status = headings.find((h) => h.level >= 2 && headingKey(h.text) === "status");
      const line = status ? firstLineUnder(lines, headings, status) : void 0;
      if (line === void 0) return void 0;
      const value = plainLine(lines[line]);
      const column = lines[line].indexOf(value) + 1 || 1;
      pairs = [...header.filter((pair) => roleOf(pair.key) !== "status")];
      pairs.unshift({ key: "status", value, pos: { file, line: line + 1, column } });
      headerText = [
        titleHeading ? lines[titleHeading.line].trim() : "",
        ...header.map((p) => lines[p.pos.line - 1].trim()),
        lines[line].trim()
      ].filter(Boolean).join("\n");
    }
  }
  const all = text.split("\n");
  const sections = outline(all, bodyStart, all.length);
  if (sections.some((h) => NOTES_SECTIONS.has(sectionOf(h.text)?.kind ?? ""))) return void 0;
  const fields = fieldsFromPairs(pairs, {
    file,
    source,
    pos: title?.pos ?? startPos,
    text: headerText,
    ...title ? { title } : {},
    ...optional("headingId", titleHeading && headingId(file, lines, titleHeading)),
    idPrefix: "ADR",
    ...optional("resolution", decisionParagraph(file, all, sections))
  });
  const register = emptyRegister(file, "markdown");
  register.decisions.push(recordDecision(fields));
  return { register, findings: [] };
}
function headOf(text, count) {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf("\n", end + 1);
    if (end < 0) return text.split("\n").map((line) => line.replace(/\r$/, ""));
  }
  return text.slice(0, end).split("\n").map((line) => line.replace(/\r$/, ""));
}
function frontMatterRange(lines) {
  if ((lines[0] ?? "").replace(/^\uFEFF/, "").trim() !== "---") return void 0;
  for (let i = 1; i < lines.length; i++)
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i])) return { start: 0, end: i };
  return void 0;
}
function headingField(file, lines, heading) {
  const column = (lines[heading.line] ?? "").indexOf(heading.text) + 1 || 1;
  return { value: cleanTitle(heading.text), pos: { file, line: heading.line + 1, column } };
}
function headingId(file, lines, heading) {
  const match = /^([A-Za-z]{2,4})[- ]?(\d+)\s*[:.\-–—]/.exec(heading.text);
  if (!match) return void 0;
  const column = (lines[heading.line] ?? "").indexOf(heading.text) + 1 || 1;
  return { value: `${match[1].toUpperCase()}-${match[2]}`, pos: { file, line: heading.line + 1, column } };
}
function isMadrHeading(heading) {
  return /^(?:decision outcome|considered options|context and problem statement|decision drivers)$/.test(
    headingKey(heading.text)
  );
}
function decisionParagraph(file, lines, headings) {
  const heading = headings.find((h) => h.level >= 2 && /^decision(?: outcome)?s?$/.test(headingKey(h.text)));
  const first = heading ? firstLineUnder(lines, headings, heading) : void 0;
  if (first === void 0) return void 0;
  const parts = [];
  for (let i = first; i < lines.length && lines[i].trim() !== "" && !/^ {0,3}#/.test(lines[i]); i++)
    parts.push(plainLine(lines[i]));
  const value = parts.join(" ").replace(/\s+/g, " ").trim();
  if (value === "") return void 0;
  return {
    value: value.length > 300 ? `${value.slice(0, 297)}...` : value,
    pos: { file, line: first + 1, column: 1 }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/parse/records/read-yaml-record.ts
var REGISTER_KEY = /^(?:decisions|actions|outputs|review)[ \t]*:/m;
function readYamlRecord(file, text) {
  if (REGISTER_KEY.test(text) || !/^status[ \t]*:/m.test(text)) return void 0;
  const loaded2 = loadYaml(file, text);
  if (!loaded2.ok) return void 0;
  const value = loaded2.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const record = value;
  const roles = new Set(Object.keys(record).map(roleOf));
  if (!roles.has("status") || !roles.has("title") || !(roles.has("owners") || roles.has("id")))
    return void 0;
  if (typeof record.status !== "string" && typeof record.status !== "number") return void 0;
  const kind = typeof record.kind === "string" ? /^([A-Z][A-Za-z]{1,3})Details$/.exec(record.kind) : null;
  const pairs = yamlPairs(record, loaded2.locator).filter(
    (pair) => !(/^(?:apiversion|kind)$/i.test(pair.key) && kind)
  );
  const fields = fieldsFromPairs(pairs, {
    file,
    source: "yaml",
    pos: loaded2.locator.at([]),
    text,
    ...kind ? { idPrefix: kind[1].toUpperCase() } : {}
  });
  const register = emptyRegister(file, "yaml");
  register.record = true;
  register.decisions.push(recordDecision(fields));
  return { register, findings: [] };
}

// src/parse/parse-register.ts
function parseRegister(file, content, options = {}) {
  let format = formatOf(file);
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const decoded = decodeSource(file, content, maxBytes);
    if (!decoded.ok) return { register: emptyRegister(file, format ?? "yaml"), findings: [decoded.finding] };
    format ??= sniffFormat(decoded.text);
    const parsed = format === "markdown" ? readMarkdownRecord(file, decoded.text) ?? parseMarkdownLoaded(file, decoded.text, options.strict ? { strict: true } : {}) : readYamlRecord(file, decoded.text) ?? parseYaml(file, decoded.text);
    normalizeRegister(parsed.register, options);
    return parsed;
  } catch (error) {
    return {
      register: emptyRegister(file, format ?? "yaml"),
      findings: [parseError({ file, line: 1, column: 1 }, describeThrown(error))]
    };
  }
}
function formatOf(file) {
  const name = file.toLowerCase();
  if (name.endsWith(".yml") || name.endsWith(".yaml")) return "yaml";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "markdown";
  return void 0;
}
function sniffFormat(text) {
  if (/^(?:decisions|actions|outputs)[ \t]*:/m.test(text)) return "yaml";
  const heading = /^ {0,3}#{1,6}[ \t]/m.test(text);
  if (/^review[ \t]*:/m.test(text) && !heading) return "yaml";
  return heading || /^ {0,3}\|/m.test(text) ? "markdown" : "yaml";
}

// src/model/repo-index.ts
function buildRepoIndex(registers) {
  const byId = /* @__PURE__ */ new Map();
  for (const register of registers) {
    for (const items of [register.decisions, register.actions, register.outputs]) {
      for (const item of items ?? []) {
        const id = typeof item.id === "string" ? item.id.trim() : "";
        if (id === "") continue;
        const refs = byId.get(id);
        if (refs) refs.push({ register, item });
        else byId.set(id, [{ register, item }]);
      }
    }
  }
  for (const refs of byId.values()) if (refs.length > 1) refs.sort(compareRefs);
  return { byId };
}
function compareRefs(a, b) {
  if (a.register.file !== b.register.file) return a.register.file < b.register.file ? -1 : 1;
  return (a.item.pos?.line ?? 0) - (b.item.pos?.line ?? 0) || (a.item.pos?.column ?? 0) - (b.item.pos?.column ?? 0);
}

// src/rules/rule-context.ts
function perCheck(compute) {
  const cache2 = /* @__PURE__ */ new WeakMap();
  return (ctx) => {
    if (!cache2.has(ctx)) cache2.set(ctx, compute(ctx));
    return cache2.get(ctx);
  };
}
function findingAt(register, pos, rule, message, item) {
  return { file: register.file, line: pos?.line ?? 1, column: pos?.column ?? 1, rule, message, item };
}
function fieldPos(thing, field) {
  return thing.at?.[field] ?? thing.pos;
}
function textOf(value) {
  return typeof value === "string" ? value.trim() : "";
}
function isBlank(value) {
  return typeof value !== "string" || value.trim() === "";
}
function itemId(item) {
  return typeof item.id === "string" && item.id.trim() !== "" ? item.id.trim() : null;
}
var KIND_LABEL = { decision: "Decision", action: "Action", output: "Output" };
function describeItem(item) {
  const label = KIND_LABEL[item.kind] ?? "Item";
  const id = itemId(item);
  if (id) return `${label} ${idText(id)}`;
  if (!isBlank(item.title)) return `${label} ${quote(item.title ?? "")}`;
  return `${label} without id`;
}
function quote(text) {
  const flat = String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  const short = flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  return `"${short}"`;
}
function allItems(register) {
  return [...decisionsOf(register), ...register.actions ?? [], ...register.outputs ?? []];
}
function decisionsOf(register) {
  return register.decisions ?? [];
}
function workItemsOf(register) {
  return [...register.actions ?? [], ...register.outputs ?? []];
}
function describeBlocker(blocker, decision) {
  const what = isBlank(blocker.what) ? "" : ` ${quote(blocker.what ?? "")}`;
  return `Blocker${what} of ${describeItem(decision)}`;
}
function idText(id) {
  return /^[\w.-]{1,40}$/.test(id) ? id : quote(id);
}
function entryPos(thing, field, index) {
  return thing.at?.[`${field}.${index}`] ?? fieldPos(thing, field);
}

// src/rules/fixes/id-fix.ts
var NUMBERED = /^(.*?)(\d+)$/;
var ID_HEADERS = /* @__PURE__ */ new Set(["id", "#"]);
function withIdFixes(ctx, findings) {
  const assigned = /* @__PURE__ */ new Set();
  const wanted = findings.filter((f) => f.rule === "schema" && / has no id$/.test(f.message));
  if (wanted.length === 0 || !ctx.sourceOf) return { findings: [...findings], assigned };
  const fixes = /* @__PURE__ */ new Map();
  for (const register of ctx.targets) {
    const source = ctx.sourceOf(register.file);
    const mine = wanted.filter((f) => f.file === register.file);
    if (!source || mine.length === 0) continue;
    const next = /* @__PURE__ */ new Map();
    for (const item of allItems(register)) {
      if (!isBlank(item.id)) continue;
      const finding = mine.find((f) => f.line === item.pos.line && f.column === item.pos.column);
      if (!finding) continue;
      if (!next.has(item.kind)) next.set(item.kind, schemeOf(register, item.kind, ctx));
      const scheme = next.get(item.kind);
      if (!scheme) continue;
      scheme.n++;
      const id = `${scheme.prefix}${String(scheme.n).padStart(scheme.width, "0")}`;
      const edit = insertId(source, register, item, id);
      if (!edit) continue;
      fixes.set(finding, { description: `Give it the next free id, ${id}`, edits: [edit] });
      assigned.add(id);
    }
  }
  const fixed = findings.map((f) => {
    const fix = fixes.get(f);
    return fix ? { ...f, fix } : f;
  });
  return { findings: fixed, assigned };
}
function schemeOf(register, kind, ctx) {
  const shapes = /* @__PURE__ */ new Set();
  let prefix = "";
  let width = 0;
  for (const item of allItems(register)) {
    if (item.kind !== kind || isBlank(item.id)) continue;
    const m = NUMBERED.exec(item.id.trim());
    if (!m) return null;
    prefix = m[1];
    width = m[2].startsWith("0") ? m[2].length : 0;
    shapes.add(`${prefix}\0${width}`);
  }
  if (shapes.size !== 1) return null;
  let n = 0;
  for (const id of ctx.index.byId.keys()) {
    const m = NUMBERED.exec(id);
    if (m && m[1] === prefix) n = Math.max(n, Number(m[2]));
  }
  return Number.isSafeInteger(n) ? { prefix, width, n } : null;
}
function insertId(source, register, item, id) {
  const line = lineOf(source, item.pos.line);
  const at = item.pos.column - 1;
  const yaml = register.format === "yaml" || item.pos.line <= source.frontMatterEnd;
  if (yaml) {
    const { line: n, column } = item.pos;
    if (line[at] === "{")
      return { line: n, column: column + 1, endLine: n, endColumn: column + 1, text: ` id: ${id},` };
    if (!/^ *(?:- +)*$/.test(line.slice(0, at))) return void 0;
    return { line: n, column, endLine: n, endColumn: column, text: `id: ${id}
${" ".repeat(at)}` };
  }
  return tableIdEdit(source, item.pos.line, id);
}
function tableIdEdit(source, row, id) {
  let header = -1;
  for (let n = row - 1; n >= 2; n--) {
    const text2 = lineOf(source, n);
    if (!text2.includes("|")) return void 0;
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(text2)) {
      header = n - 1;
      break;
    }
  }
  if (header < 1) return void 0;
  const columns = splitRow(lineOf(source, header)).map((c) => c.text.trim().toLowerCase());
  const index = columns.findIndex((c) => ID_HEADERS.has(c));
  if (index < 0 || columns.indexOf(columns[index], index + 1) >= 0) return void 0;
  const text = lineOf(source, row);
  const cell = cellBounds(text, index);
  if (!cell) return void 0;
  const inner = text.slice(cell.from, cell.to);
  if (!/^[ \t]*(?:[-—–][ \t]*)?$/.test(inner)) return void 0;
  const width = cell.to - cell.from;
  const body = ` ${id}`;
  const filled = body + " ".repeat(Math.max(1, width - body.length));
  return { line: row, column: cell.from + 1, endLine: row, endColumn: cell.to + 1, text: filled };
}
function cellBounds(line, index) {
  const pipes = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "|") pipes.push(i);
  }
  const leading = line.trimStart().startsWith("|");
  const bounds = leading ? pipes : [-1, ...pipes];
  const from = bounds[index];
  const to = bounds[index + 1];
  return from === void 0 || to === void 0 ? void 0 : { from: from + 1, to };
}

// src/model/owners.ts
var USER = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})$/;
var TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
var EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
function resolveOwner(owner, scope) {
  if (typeof owner !== "string" || owner.trim() === "") return void 0;
  const text = owner.trim();
  if (isVagueOwner(text, scope.config.vague_owners)) return { kind: "vague" };
  const handle = parseHandle(text);
  if (handle) return handle;
  const name = text.replace(/\s+/g, " ");
  const attendee = findAttendeeByName(name, scope.attendees);
  const viaAttendee = attendee ? parseHandle(withAt(attendee.github)) : void 0;
  if (viaAttendee)
    return viaAttendee.kind === "user" ? { kind: "name", name, login: viaAttendee.login } : viaAttendee;
  const listed = directoryEntry(name, scope.config.owners);
  const viaDirectory = listed === void 0 ? void 0 : parseHandle(withAt(listed));
  if (viaDirectory)
    return viaDirectory.kind === "user" ? { kind: "name", name, login: viaDirectory.login } : viaDirectory;
  const byLogin = (scope.attendees ?? []).find((a) => loginKey(a.github) === name.toLowerCase());
  if (byLogin && USER.test(`@${name}`)) return { kind: "name", name, login: name };
  return { kind: "name", name };
}
function isVagueOwner(owner, vagueOwners) {
  const forms = vagueForms(owner);
  if (forms.length === 0) return false;
  const listed = cached(vagueSets, vagueOwners, () => new Set(vagueOwners.flatMap(vagueForms)));
  return forms.some((form) => listed.has(form)) || !/[\p{L}\p{N}]/u.test(owner);
}
var vagueSets = /* @__PURE__ */ new WeakMap();
var handleSets = /* @__PURE__ */ new WeakMap();
var NO_ATTENDEES = [];
var NO_OWNERS = {};
function knownHandles(attendees, owners) {
  const byOwners = cached(handleSets, attendees, () => /* @__PURE__ */ new WeakMap());
  return cached(
    byOwners,
    owners,
    () => /* @__PURE__ */ new Set([...attendees.map((a) => loginKey(a.github)), ...Object.values(owners).map(loginKey)])
  );
}
function isKnownOwner(owner, scope) {
  const text = owner.trim().replace(/\s+/g, " ");
  const attendees = scope.attendees ?? NO_ATTENDEES;
  const handles = knownHandles(attendees, scope.config.owners ?? NO_OWNERS);
  if (parseHandle(text)) return handles.has(loginKey(text));
  if (USER.test(`@${text}`) && handles.has(text.toLowerCase())) return true;
  return findAttendeeByName(text, attendees) !== void 0 || directoryEntry(text, scope.config.owners) !== void 0;
}
function ownerAttended(owner, scope) {
  const attendees = scope.attendees ?? [];
  if (findAttendeeByName(owner.trim().replace(/\s+/g, " "), attendees)) return true;
  const resolved = resolveOwner(owner, scope);
  const key = resolved?.kind === "user" || resolved?.kind === "name" && resolved.login ? resolved.login?.toLowerCase() : resolved?.kind === "team" ? `${resolved.org}/${resolved.slug}`.toLowerCase() : void 0;
  return key !== void 0 && attendees.some((a) => loginKey(a.github) === key);
}
function loginKey(handle) {
  return typeof handle === "string" ? handle.trim().replace(/^@/, "").toLowerCase() : "";
}
function parseHandle(text) {
  if (!text) return void 0;
  const team = TEAM.exec(text);
  if (team) return { kind: "team", org: team[1], slug: team[2] };
  const user = USER.exec(text);
  return user ? { kind: "user", login: user[1] } : void 0;
}
function withAt(handle) {
  if (typeof handle !== "string" || handle.trim() === "") return void 0;
  const text = handle.trim();
  return text.startsWith("@") ? text : `@${text}`;
}
function findAttendeeByName(name, attendees) {
  const key = name.toLowerCase();
  return (attendees ?? []).find(
    (a) => typeof a.name === "string" && a.name.trim().replace(/\s+/g, " ").toLowerCase() === key
  );
}
function directoryEntry(name, owners) {
  const key = name.toLowerCase();
  for (const [listed, handle] of Object.entries(owners ?? {})) {
    if (listed.trim().replace(/\s+/g, " ").toLowerCase() === key) return handle;
  }
  return void 0;
}
function vagueForms(value) {
  const lower = value.trim().toLowerCase();
  if (lower === "") return [];
  const stripped = lower.replace(/^@/, "").replace(EDGE_PUNCTUATION, "");
  return stripped === "" || stripped === lower ? [lower] : [lower, stripped];
}

// src/rules/attendance-rules.ts
var coreGroupMissing = {
  id: "core-group-missing",
  run(ctx) {
    const core = (ctx.config.core_group ?? []).map((member) => member.trim()).filter((member) => member !== "");
    if (core.length === 0) return [];
    const names = new Set(core.map((member) => member.toLowerCase()));
    const logins = new Set(core.map(loginKey));
    const findings = [];
    for (const register of ctx.targets) {
      const attendees = register.review?.attendees ?? [];
      if (attendees.length === 0) continue;
      const present = attendees.some(
        (a) => textOf(a.group).toLowerCase() === "core" || names.has(normalName(a.name)) || loginKey(a.github) !== "" && logins.has(loginKey(a.github))
      );
      if (present) continue;
      const message = "No member of the core decision group attended the review";
      findings.push(findingAt(register, register.review.pos, "core-group-missing", message, null));
    }
    return findings;
  }
};
var specialistMissing = {
  id: "specialist-missing",
  run(ctx) {
    const topics = new Map(
      Object.entries(ctx.config.topics ?? {}).map(([topic, roles]) => [topic.trim().toLowerCase(), roles])
    );
    if (topics.size === 0) return [];
    const findings = [];
    for (const register of ctx.targets) {
      const attendees = register.review?.attendees ?? [];
      if (attendees.length === 0) continue;
      for (const decision of decisionsOf(register)) {
        if (!isOpenItem(decision) || !Array.isArray(decision.topics)) continue;
        const needed = decision.topics.flatMap(
          (topic) => typeof topic === "string" ? topics.get(topic.trim().toLowerCase()) ?? [] : []
        );
        const missing = [...new Set(needed)].filter((role) => !attendees.some((a) => roleMatches(a, role)));
        if (missing.length === 0) continue;
        const message = `${describeItem(decision)} needs a specialist who did not attend: ${missing.map(quote).join(", ")}`;
        findings.push(findingAt(register, decision.pos, "specialist-missing", message, itemId(decision)));
      }
    }
    return findings;
  }
};
function roleMatches(attendee, role) {
  const has = textOf(attendee.role).toLowerCase();
  const wanted = role.trim().toLowerCase();
  return wanted !== "" && has.includes(wanted);
}
function normalName(name) {
  return typeof name === "string" ? name.trim().replace(/\s+/g, " ").toLowerCase() : "";
}

// src/parse/fix/value-edit.ts
function valueEdit(source, pos, written2, replacement, options = {}) {
  if (written2 === "" || /[\n\r]/.test(replacement)) return void 0;
  const line = lineOf(source, pos.line);
  const start = pos.column - 1;
  if (start < 0 || start >= line.length) return void 0;
  const yaml = source.format === "yaml" || pos.line <= source.frontMatterEnd;
  const span = yaml ? yamlSpan(line, start, written2) : textSpan(line, start, written2);
  if (!span) return void 0;
  const edit = yaml ? { text: yamlText(span.style, replacement, options), end: span.end } : markdownEdit(line, start, span, replacement);
  if (!edit) return void 0;
  return { line: pos.line, column: start + 1, endLine: pos.line, endColumn: edit.end + 1, text: edit.text };
}
function yamlSpan(line, start, written2) {
  const open = line[start];
  if (open === '"') {
    const close = closingDouble(line, start + 1);
    if (close < 0) return void 0;
    let value;
    try {
      value = JSON.parse(line.slice(start, close + 1));
    } catch {
      return void 0;
    }
    return typeof value === "string" && value.trim() === written2 ? { end: close + 1, style: "double" } : void 0;
  }
  if (open === "'") {
    const close = closingSingle(line, start + 1);
    if (close < 0) return void 0;
    const value = line.slice(start + 1, close).replace(/''/g, "'");
    return value.trim() === written2 ? { end: close + 1, style: "single" } : void 0;
  }
  if (line.slice(start, start + written2.length) !== written2) return void 0;
  const after = line.slice(start + written2.length);
  return /^(?:[ \t]*$|[ \t]+#|[ \t]*[,\]}])/.test(after) ? { end: start + written2.length, style: "plain" } : void 0;
}
function textSpan(line, start, written2) {
  return line.slice(start, start + written2.length) === written2 ? { end: start + written2.length, style: "plain" } : void 0;
}
function closingDouble(line, from) {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}
function closingSingle(line, from) {
  for (let i = from; i < line.length; i++) {
    if (line[i] !== "'") continue;
    if (line[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;
var LOOKS_TYPED = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;
function yamlText(style, replacement, options) {
  if (options.raw) return replacement;
  if (style === "single") return `'${replacement.replace(/'/g, "''")}'`;
  if (style === "plain" && PLAIN_SAFE.test(replacement) && !LOOKS_TYPED.test(replacement)) return replacement;
  return JSON.stringify(replacement);
}
var MARKDOWN_SAFE = /^[\p{L}\p{N}@ .,;:/()+-]+$/u;
function markdownEdit(line, start, span, replacement) {
  if (!MARKDOWN_SAFE.test(replacement)) return void 0;
  let pad = 0;
  while (line[span.end + pad] === " ") pad++;
  if (pad === 0 || line[span.end + pad] !== "|") return { text: replacement, end: span.end };
  const width = span.end - start + pad;
  const spaces = Math.max(1, width - replacement.length);
  return { text: replacement + " ".repeat(spaces), end: span.end + pad };
}

// src/rules/fixes/rule-fix.ts
function replaceFix(ctx, register, pos, written2, replacement, description, options) {
  if (!pos || written2 === void 0 || written2 === replacement) return void 0;
  const source = ctx.sourceOf?.(register.file);
  if (!source) return void 0;
  const edit = valueEdit(source, pos, written2, replacement, options);
  return edit ? { description, edits: [edit] } : void 0;
}
function withFix(finding, fix) {
  return fix ? { ...finding, fix } : finding;
}

// src/rules/date-format.ts
var FIELDS = ["date", "due", "resolved_on"];
var dateFormat = {
  id: "date-format",
  run(ctx) {
    const findings = [];
    for (const register of ctx.targets) {
      const report = (thing, label, item) => {
        if (!thing.written) return;
        for (const field of FIELDS) {
          const written2 = thing.written[field];
          const iso = thing[field];
          if (typeof written2 !== "string" || typeof iso !== "string") continue;
          const message = `${label()} has ${field} ${quote(written2)}, read as ${iso}; write it as ${iso}`;
          const finding = findingAt(register, fieldPos(thing, field), "date-format", message, item);
          const fix = fixFor(thing.spans, field, iso) ?? replaceFix(ctx, register, thing.at?.[field], written2, iso, `Write ${field} as ${iso}`);
          findings.push(fix ? { ...finding, fix } : finding);
        }
      };
      if (register.review) report(register.review, () => "The review", null);
      for (const item of allItems(register)) report(item, () => describeItem(item), itemId(item));
    }
    return findings;
  }
};
function fixFor(spans, field, iso) {
  const span = spans?.[field];
  if (!span) return void 0;
  return {
    description: `Write ${field} as ${iso}`,
    edits: [
      { line: span.line, column: span.column, endLine: span.line, endColumn: span.endColumn, text: iso }
    ]
  };
}

// src/rules/date-rules.ts
var dateInvalid = {
  id: "date-invalid",
  run(ctx) {
    return dateSlots(ctx).filter((slot) => !slot.iso).map((slot) => findingAt(slot.register, slot.pos, "date-invalid", invalidMessage(slot), slot.item));
  }
};
function invalidMessage(slot) {
  const review = slot.register.review?.date;
  const reference = isIsoDate(review) ? review : dateInPath(slot.register.file);
  const reading = readDate(slot.value, reference ? { reference } : {});
  const what = `${labelOf(slot)} has ${slot.field} ${quote(slot.value)}`;
  if (reading.kind === "ambiguous") {
    const [mdy, dmy] = reading.readings;
    return `${what}, which reads as ${mdy} (month first) or ${dmy} (day first); write it as YYYY-MM-DD or set date_order in the config`;
  }
  return `${what}, which is not a real YYYY-MM-DD date`;
}
var dueMissing = {
  id: "due-missing",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => allItems(register).filter((item) => statusOf(item) === (item.kind === "decision" ? "assigned" : "open")).filter((item) => isBlank(item.due)).map(
        (item) => findingAt(
          register,
          fieldPos(item, "due"),
          "due-missing",
          `${describeItem(item)} has no due date`,
          itemId(item)
        )
      )
    );
  }
};
var dueBeforeReview = {
  id: "due-before-review",
  run(ctx) {
    const reviewDates = /* @__PURE__ */ new Map();
    const reviewDate = (register) => cached(reviewDates, register, () => {
      const date = textOf(register.review?.date);
      return isIsoDate(date) ? date : "";
    });
    return dueSlots(ctx).filter((slot) => reviewDate(slot.register) !== "" && slot.value < reviewDate(slot.register)).map((slot) => {
      const message = `${labelOf(slot)} is due ${slot.value}, before the review date ${reviewDate(slot.register)}`;
      return findingAt(slot.register, slot.pos, "due-before-review", message, slot.item);
    });
  }
};
var overdue = {
  id: "overdue",
  run(ctx) {
    if (!isIsoDate(ctx.today)) return [];
    return dueSlots(ctx).filter((slot) => slot.value < ctx.today).map(
      (slot) => findingAt(
        slot.register,
        slot.pos,
        "overdue",
        `${labelOf(slot)} was due ${slot.value} and is still open`,
        slot.item
      )
    );
  }
};
var immediateOutputLate = {
  id: "immediate-output-late",
  run(ctx) {
    return lateOutputs(
      ctx,
      "immediate",
      (review) => review.date,
      "an immediate output should be due by the review date"
    );
  }
};
var followupOutputLate = {
  id: "followup-output-late",
  run(ctx) {
    return lateOutputs(
      ctx,
      "follow-up",
      (review, cycle) => addDays(review.date, cycle) ?? "9999-12-31",
      "a follow-up output should be due within the next working cycle"
    );
  }
};
function labelOf(slot) {
  if (slot.of === null) return "The review";
  return slot.blocker ? describeBlocker(slot.blocker, slot.of) : describeItem(slot.of);
}
var dateSlots = perCheck((ctx) => {
  const slots = [];
  const judged = /* @__PURE__ */ new Map();
  const isIso = (value) => cached(judged, value, () => isIsoDate(value));
  for (const register of ctx.targets) {
    const review = register.review;
    const value = review ? dateText(review.date) : "";
    if (review && value)
      slots.push({
        register,
        field: "date",
        value,
        pos: fieldPos(review, "date"),
        of: null,
        item: null,
        openDue: false,
        iso: isIso(value)
      });
    for (const item of allItems(register)) {
      const open = isOpenItem(item);
      const id = itemId(item);
      const due = dateText(item.due);
      if (due)
        slots.push({
          register,
          field: "due",
          value: due,
          pos: fieldPos(item, "due"),
          of: item,
          item: id,
          openDue: open,
          iso: isIso(due)
        });
      if (item.kind !== "decision") continue;
      const resolved = dateText(item.resolved_on);
      if (resolved)
        slots.push({
          register,
          field: "resolved_on",
          value: resolved,
          pos: fieldPos(item, "resolved_on"),
          of: item,
          item: id,
          openDue: false,
          iso: isIso(resolved)
        });
      for (const blocker of item.blocked_by ?? []) {
        const value2 = dateText(blocker.due);
        if (value2)
          slots.push({
            register,
            field: "due",
            value: value2,
            pos: fieldPos(blocker, "due"),
            of: item,
            blocker,
            item: id,
            openDue: open,
            iso: isIso(value2)
          });
      }
    }
  }
  return slots;
});
function dateText(value) {
  return typeof value === "string" ? value.trim() : "";
}
var dueSlots = perCheck((ctx) => dateSlots(ctx).filter((slot) => slot.openDue && slot.iso));
function lateOutputs(ctx, timing, limitOf, expectation) {
  const rule = timing === "immediate" ? "immediate-output-late" : "followup-output-late";
  const findings = [];
  for (const register of ctx.targets) {
    const date = textOf(register.review?.date);
    if (!isIsoDate(date)) continue;
    const own = register.review?.cycle_days;
    const cycle = Number.isInteger(own) && own > 0 ? own : ctx.config.cycle_days;
    const limit = limitOf({ date }, cycle);
    for (const output of register.outputs ?? []) {
      const due = textOf(output.due);
      if (textOf(output.timing) !== timing || !isOpenItem(output) || !isIsoDate(due) || due <= limit)
        continue;
      const message = `${describeItem(output)} is due ${due}; ${expectation} (${limit})`;
      findings.push(findingAt(register, fieldPos(output, "due"), rule, message, itemId(output)));
    }
  }
  return findings;
}

// src/rules/decision-rules.ts
var resolutionMissing = {
  id: "resolution-missing",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => decisionsOf(register).filter((decision) => statusOf(decision) === "resolved" && isBlank(decision.resolution)).map((decision) => {
        const message = `${describeItem(decision)} is resolved but has no resolution`;
        return findingAt(
          register,
          fieldPos(decision, "resolution"),
          "resolution-missing",
          message,
          itemId(decision)
        );
      })
    );
  }
};
var decisionUndecided = {
  id: "decision-undecided",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => decisionsOf(register).filter((decision) => statusOf(decision) === "open").map((decision) => {
        const message = `${describeItem(decision)} was left open: resolve it, assign it, or name what blocks it`;
        return findingAt(
          register,
          fieldPos(decision, "status"),
          "decision-undecided",
          message,
          itemId(decision)
        );
      })
    );
  }
};

// src/rules/find-cycles.ts
var DigraphBuilder = class {
  numbers = /* @__PURE__ */ new Map();
  names = [];
  from = [];
  to = [];
  /** The number of node `name`, added when new. */
  node(name) {
    let n = this.numbers.get(name);
    if (n === void 0) {
      n = this.names.push(name) - 1;
      this.numbers.set(name, n);
    }
    return n;
  }
  edge(from, to) {
    this.from.push(from);
    this.to.push(to);
  }
  get edgeCount() {
    return this.from.length;
  }
  /** The edges grouped by source node (a counting sort), each node's in the order added. */
  build() {
    const count = this.names.length;
    const starts = new Int32Array(count + 1);
    for (const from of this.from) starts[from + 1]++;
    for (let n = 0; n < count; n++) starts[n + 1] += starts[n];
    const fill = starts.slice(0, count);
    const targets = new Int32Array(this.from.length);
    for (let e = 0; e < this.from.length; e++) targets[fill[this.from[e]]++] = this.to[e];
    return { names: this.names, starts, targets };
  }
};
function findCycles(graph, pickStart) {
  const cycles = [];
  for (const component of stronglyConnected(graph)) {
    const members = component.map((n) => graph.names[n]);
    const start = pickStart(members);
    const at = start === void 0 ? -1 : members.indexOf(start);
    if (at < 0) continue;
    cycles.push(shortestCycle(graph, component[at], component).map((n) => graph.names[n]));
  }
  return cycles;
}
function stronglyConnected({ names, starts, targets }) {
  const count = names.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const next = new Int32Array(count);
  const stack = [];
  const frames = [];
  const components = [];
  let counter = 0;
  const visit = (node) => {
    index[node] = low[node] = counter++;
    next[node] = starts[node];
    stack.push(node);
    onStack[node] = 1;
    frames.push(node);
  };
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    visit(root);
    while (frames.length > 0) {
      const node = frames[frames.length - 1];
      if (next[node] < starts[node + 1]) {
        const to = targets[next[node]++];
        if (index[to] === -1) visit(to);
        else if (onStack[to]) low[node] = Math.min(low[node], index[to]);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== void 0) low[parent] = Math.min(low[parent], low[node]);
      if (low[node] !== index[node]) continue;
      if (stack[stack.length - 1] === node && !hasEdge(starts, targets, node, node)) {
        stack.pop();
        onStack[node] = 0;
        continue;
      }
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack[member] = 0;
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  }
  return components;
}
function hasEdge(starts, targets, from, to) {
  for (let e = starts[from]; e < starts[from + 1]; e++) if (targets[e] === to) return true;
  return false;
}
function shortestCycle({ starts, targets }, start, members) {
  const inside = new Set(members);
  const parent = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (let e = starts[node]; e < starts[node + 1]; e++) {
      const next = targets[e];
      if (!inside.has(next)) continue;
      if (next === start) {
        const path = [node];
        for (let at = node; at !== start; path.push(at)) at = parent.get(at);
        return path.reverse();
      }
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

// src/rules/fixes/dependency-fix.ts
var WRONG_SEPARATOR = /\s*(?:[,;/&+]|\band\b|\s)\s*/i;
function misSeparatedIds(entry, ctx) {
  if (typeof entry !== "string") return void 0;
  const parts = entry.split(WRONG_SEPARATOR).filter((part) => part !== "");
  if (parts.length < 2) return void 0;
  const known = (id) => ctx.index.byId.has(id) || ctx.pendingIds?.has(id) === true;
  return parts.every((part) => BARE_ID.test(part) && known(part)) ? parts : void 0;
}
function blockerSeparatorFix(ctx, register, blocker) {
  if (register.format !== "markdown" || blocker.owner || blocker.due || !blocker.what) return void 0;
  const ids = misSeparatedIds(blocker.what, ctx);
  const pos = blocker.at?.what;
  if (!ids || !pos) return void 0;
  const source = ctx.sourceOf?.(register.file);
  if (!source) return void 0;
  const separator = cellAround(lineOf(source, pos.line), pos.column - 1).includes(";") ? "; " : ", ";
  const text = ids.join(separator);
  return replaceFix(ctx, register, pos, blocker.what, text, `Separate the dependencies: ${text}`);
}
function dependsOnSeparatorFix(ctx, register, decision, index, entry) {
  const ids = misSeparatedIds(entry, ctx);
  const pos = decision.at?.[`depends_on.${index}`];
  const source = ctx.sourceOf?.(register.file);
  if (!ids || !pos || !source || register.format !== "yaml" && pos.line > source.frontMatterEnd)
    return void 0;
  const scalar = decision.at?.depends_on === pos;
  const before = lineOf(source, pos.line).slice(0, pos.column - 1).trimEnd();
  const inFlowList = before.endsWith("[") || before.endsWith(",");
  if (!scalar && !inFlowList) return void 0;
  const text = scalar ? `[${ids.join(", ")}]` : ids.join(", ");
  return replaceFix(ctx, register, pos, entry, text, `List the dependencies separately: ${text}`, {
    raw: true
  });
}
function cellAround(line, at) {
  let start = at;
  while (start > 0 && !(line[start - 1] === "|" && line[start - 2] !== "\\")) start--;
  let end = at;
  while (end < line.length && !(line[end] === "|" && line[end - 1] !== "\\")) end++;
  return line.slice(start, end);
}

// src/rules/dependency-rules.ts
var dependencyMissing = {
  id: "dependency-missing",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => decisionsOf(register).filter(
        (d) => statusOf(d) === "blocked" && dependsOn(d).length === 0 && (d.blocked_by ?? []).length === 0
      ).map((d) => {
        const message = `${describeItem(d)} is blocked but names no dependency (depends_on or blocked_by)`;
        return findingAt(register, fieldPos(d, "status"), "dependency-missing", message, itemId(d));
      })
    );
  }
};
var dependencyUnowned = {
  id: "dependency-unowned",
  run(ctx) {
    const findings = [];
    for (const register of ctx.targets)
      for (const d of decisionsOf(register))
        for (const blocker of d.blocked_by ?? []) {
          if (!isBlank(blocker.owner)) continue;
          const message = `${describeBlocker(blocker, d)} has no owner`;
          const finding = findingAt(register, blocker.pos, "dependency-unowned", message, itemId(d));
          findings.push(withFix(finding, blockerSeparatorFix(ctx, register, blocker)));
        }
    return findings;
  }
};
var dependencyUnknown = {
  id: "dependency-unknown",
  run(ctx) {
    const findings = ctx.targets.flatMap(
      (register) => workItemsOf(register).flatMap((item) => {
        const id = textOf(item.decision).trim();
        if (id === "" || ctx.index.byId.has(id)) return [];
        const message = `${describeItem(item)} serves decision ${idText(id)}, which no register defines`;
        return [findingAt(register, fieldPos(item, "decision"), "dependency-unknown", message, itemId(item))];
      })
    );
    for (const register of ctx.targets)
      for (const d of decisionsOf(register)) {
        const ids = dependsOn(d);
        for (let index = 0; index < ids.length; index++) {
          const id = ids[index];
          if (id === "" || ctx.index.byId.has(id)) continue;
          const message = `${describeItem(d)} depends on ${idText(id)}, which no register defines`;
          const finding = findingAt(
            register,
            entryPos(d, "depends_on", index),
            "dependency-unknown",
            message,
            itemId(d)
          );
          findings.push(withFix(finding, dependsOnSeparatorFix(ctx, register, d, index, id)));
        }
      }
    return findings;
  }
};
var dependencyCycle = {
  id: "dependency-cycle",
  run(ctx) {
    if (onlyEarlierDependencies(ctx)) return [];
    const graph = new DigraphBuilder();
    everyDependent(ctx, (id, deps) => {
      const from = graph.node(id);
      for (const written2 of deps) {
        const dep = dependencyId(written2);
        if (ctx.index.byId.has(dep)) graph.edge(from, graph.node(dep));
      }
      return true;
    });
    if (graph.edgeCount === 0) return [];
    const targetFiles = new Set(ctx.targets.map((register) => register.file));
    const firstTarget = (id) => ctx.index.byId.get(id)?.find((ref) => ref.item.kind === "decision" && targetFiles.has(ref.register.file));
    const pickStart = (members) => members.map(firstTarget).filter((ref) => ref !== void 0).sort(compareRefs).map((ref) => itemId(ref.item))[0] ?? void 0;
    const findings = [];
    for (const cycle of findCycles(graph.build(), pickStart)) {
      const start = firstTarget(cycle[0]);
      const decision = start.item;
      const nextIndex = dependsOn(decision).indexOf(cycle[1] ?? cycle[0]);
      const pos = nextIndex >= 0 ? entryPos(decision, "depends_on", nextIndex) : decision.pos;
      const message = `Decisions depend on each other in a cycle: ${describeCycle(cycle)}`;
      findings.push(findingAt(start.register, pos, "dependency-cycle", message, itemId(decision)));
    }
    return findings;
  }
};
function onlyEarlierDependencies(ctx) {
  return everyDependent(ctx, (id, deps) => {
    const from = ctx.index.byId.get(id)?.[0];
    if (!from) return false;
    for (const written2 of deps) {
      const to = ctx.index.byId.get(dependencyId(written2))?.[0];
      if (to && compareRefs(to, from) >= 0) return false;
    }
    return true;
  });
}
function everyDependent(ctx, visit) {
  for (const register of ctx.registers) {
    for (const decision of decisionsOf(register)) {
      const deps = decision.depends_on;
      if (!Array.isArray(deps) || deps.length === 0) continue;
      const id = itemId(decision);
      if (id !== null && !visit(id, deps)) return false;
    }
  }
  return true;
}
function dependsOn(decision) {
  return Array.isArray(decision.depends_on) ? decision.depends_on.map(dependencyId) : [];
}
function dependencyId(written2) {
  return typeof written2 === "string" ? written2.trim() : String(written2 ?? "").trim();
}
function describeCycle(cycle) {
  const ids = cycle.map(idText);
  const shown = ids.length > 10 ? [...ids.slice(0, 8), "\u2026", ids[ids.length - 1]] : ids;
  const suffix = ids.length > 10 ? ` (${ids.length} decisions)` : "";
  return `${[...shown, ids[0]].join(" \u2192 ")}${suffix}`;
}

// src/rules/prose/candidate-clauses.ts
var MAY_COMMIT = new RegExp(
  String.raw`^\W*(?:[Tt]he\s+)?(?:[@\p{Lu}][^\s,]*|[^\s@,]+@[^\s@,]+\.[^\s,]+|[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Aa]ll|[Ee]very(?:one|body))(?:,?\s+(?:and\s+|&\s+|\+\s+)?[@\p{Lu}&+][^\s,]*){0,4}(?:(?<=\p{Lu}{2}[^\s,]*|\p{L}[^\s,]*\s+\p{Lu}[^\s,]*)(?:\s+\p{Ll}[\p{Ll}-]*){1,3})?,?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|now\s+)?` + String.raw`(?:to|will|shall|(?:is|are|am)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend|pledge|undert|` + String.raw`(?:has|have|takes?|took|taking)\s+(?:on\s+)?(?:an?\s+|the\s+)?action|(?:has|have|needs?)\s+to|(?:need|ask|want|expect|request)\w*\s+[@\p{Lu}])` + String.raw`|^\W*(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)['’]ll\b|^\W*@\S+\s+\p{Ll}|^\W*[@\p{Lu}][^.!?]*\sand\s+(?:will|shall)\s` + String.raw`|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:['’]ll|\s+(?:\p{Ll}+ly\s+)?(?:will|shall|(?:am|is|are)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend))\b`,
  "u"
);
function candidateClauses(text, tagger) {
  return clausesOf(candidateSentences(text, tagger));
}
function candidateSentences(text, tagger) {
  const tagged = [];
  const rough = /(?:[^.!?;]|[.!?;](?!\s|$))+(?:[.!?;]+|$)/g;
  for (const match of text.matchAll(rough)) {
    const sentence = match[0];
    if (/\?["'’”)]*\s*$/.test(sentence)) continue;
    const clauses = [
      ...sentence.split(/[;:(]\s*|\s[-–—]\s/),
      ...sentence.split(/,\s*|\s(?:and|but|so|then)\s/)
    ];
    if (!clauses.some((clause) => MAY_COMMIT.test(clause))) continue;
    const base = match.index ?? 0;
    for (const terms of tagger.sentences(sentence))
      tagged.push(terms.map((term) => ({ ...term, start: term.start + base })));
  }
  return tagged;
}
function clausesOf(sentences) {
  const clauses = [];
  for (const sentence of sentences) {
    let clause = [];
    for (const term of sentence) {
      if (clause.length > 0 && /[;:(]|\s[-–—]\s/.test(clause.at(-1).post + term.pre)) {
        clauses.push(clause);
        clause = [];
      }
      if (term.text !== "" || term.tags.size > 0) clause.push(term);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}
function clauseText(clause) {
  return clause.map((term, index) => `${index === 0 ? "" : term.pre}${term.text}${term.post}`).join("").trim();
}

// src/rules/prose/subject-at.ts
var SUBJECT_PRONOUN = /^(?:i|we|he|she|they)$/;
var GROUP = /^(?:all|everyone|everybody)$/;
var COMMON_WORD_SHAPE = /(?:able|ible|tion|sion|ment|ness|ity|ance|ence|ship|ism|ive|ous|ful|less|ing|ed|ly|al|ure|ary|ery)$/;
function subjectAt(clause, start, tagger, commonWords) {
  let index = start;
  let names = 0;
  let group = false;
  let pronoun = false;
  let collective = true;
  let handle = true;
  if (clause[index]?.normal === "the" && new RegExp("^\\p{Lu}{2,5}$", "u").test(clause[index + 1]?.text ?? "")) index++;
  while (index < clause.length && index - start < 8) {
    const term = clause[index];
    const bare = bareOf(term);
    if (names > 0 && /^(?:and|&|\+)$/.test(term.normal || term.text)) {
      index++;
      continue;
    }
    if (index === start && GROUP.test(bare) && term.text !== "") {
      group = true;
      handle = false;
      collective = false;
      names++;
      index++;
      break;
    }
    const joined = index === start || /^(?:and|&|\+)$/.test(clause[index - 1].normal);
    if (term.tags.has("Pronoun") && SUBJECT_PRONOUN.test(bare)) {
      if (!joined) return void 0;
      pronoun = true;
      handle = false;
      collective &&= bare === "we" || bare === "they";
      names++;
      index++;
      if (/['’]ll$/.test(term.normal)) break;
      continue;
    }
    if (!nameLike(term, tagger, commonWords)) break;
    handle &&= term.text.startsWith("@");
    collective = false;
    names++;
    index++;
    if (/,/.test(term.post) && !nameLike(clause[index], tagger, commonWords)) break;
  }
  if (names === 0) return void 0;
  while (index > start && /^(?:and|&|\+)$/.test(clause[index - 1].normal)) index--;
  const last = clause[index - 1];
  if (!group && !pronoun && last && (new RegExp("^\\p{Lu}{2,}$", "u").test(last.text) || last.tags.has("Organization"))) {
    const team = teamEnd(clause, index, tagger);
    if (team > index) return { end: team, group, pronoun, collective: false, handle: false };
  }
  return { end: index, group, pronoun, collective, handle };
}
function teamEnd(clause, from, tagger) {
  let end = from;
  for (let at = from; at < from + 3; at++) {
    const term = clause[at];
    const tags = term?.tags;
    if (!term || !tags?.has("Noun") || tags.has("Pronoun") || tags.has("Acronym") || tags.has("Verb")) break;
    const lower = new RegExp("^\\p{Ll}", "u").test(term.text);
    if (lower && /Tense$|^Infinitive$|^Gerund$/.test(tagger.knownAs(term.normal) ?? "")) break;
    if (lower && (tags.has("Organization") || tags.has("Plural"))) end = at + 1;
    if (/,/.test(term.post)) break;
  }
  return end;
}
function nameLike(term, tagger, commonWords) {
  if (!term) return false;
  if (term.text.startsWith("@") || term.tags.has("AtMention") || term.tags.has("Email")) return true;
  if (!new RegExp("^\\p{Lu}", "u").test(term.text)) return false;
  const lower = term.normal.replace(/['’]s$/, "");
  const tags = term.tags;
  if (tags.has("Expression") || tags.has("Pronoun") || tags.has("Date")) return false;
  const known = tagger.knownAs(lower);
  if (new RegExp("^\\p{Lu}{1,4}$", "u").test(term.text))
    return !commonWords?.has(`${lower}s`) && (known === void 0 || /^(?:Noun|Singular|Abbreviation|Acronym|Organization|Actor|RomanNumeral)$/.test(known));
  if (commonWords?.has(lower)) return false;
  if (tags.has("Person") || tags.has("FirstName") || tags.has("LastName")) return true;
  if (tags.has("Acronym") || known !== void 0) return known !== void 0 && /Name$|^Person$/.test(known);
  if (COMMON_WORD_SHAPE.test(lower) || commonWords?.inRepo?.(lower)) return false;
  return tags.has("Noun") && !tags.has("Plural");
}
function bareOf(term) {
  return term.normal.replace(/['’](?:ll|s|re|m|d|ve)$/, "");
}

// src/rules/prose/verb-forms.ts
function skipAdverbs(clause, index) {
  let at = index;
  while (clause[at]?.tags.has("Adverb") && at - index < 3) at++;
  return at;
}
function verbAt(clause, index) {
  const term = clause[index];
  if (!term || !new RegExp("^\\p{Ll}", "u").test(term.text)) return false;
  const tags = term.tags;
  if (term.normal === "be" || tags.has("Copula") || tags.has("Modal") || tags.has("Auxiliary") || tags.has("Negative"))
    return false;
  if (tags.has("Verb")) return !tags.has("PastTense") && !tags.has("Gerund") && !tags.has("Participle");
  const object = /^\s*$/.test(term.post) ? clause[index + 1]?.tags : void 0;
  const hasObject = object !== void 0 && ["Determiner", "Noun", "Pronoun", "Adjective", "Preposition"].some((tag) => object.has(tag));
  return tags.has("Noun") && tags.has("Singular") && !clause[index - 1]?.tags.has("Determiner") && hasObject;
}
function negated(clause, index) {
  return clause[index]?.tags.has("Negative") === true || clause[index - 1]?.tags.has("Negative") === true || /n['’]t$/.test(clause[index - 1]?.normal ?? "");
}
function finiteLater(clause, from) {
  for (let i = from; i < clause.length; i++) {
    const term = clause[i];
    if (term.tags.has("Conjunction") && !/^(?:and|or)$/.test(term.normal)) return false;
    if ((term.tags.has("Copula") || term.tags.has("Modal")) && !clause[i - 1]?.tags.has("Pronoun"))
      return true;
    const after = clause[i + 1];
    if (term.tags.has("PastTense") && clause[i - 1]?.tags.has("Noun") && (!after || after.tags.has("Date") || after.tags.has("Adverb") || after.tags.has("Adjective")))
      return true;
  }
  return false;
}
function actionNoun(clause, index) {
  let at = index;
  if (clause[at]?.normal === "on") at++;
  if (clause[at]?.tags.has("Determiner")) at++;
  return clause[at]?.normal === "action" || /^action/.test(clause[at]?.normal ?? "");
}
function signOff(clause, from) {
  const rest = clause.slice(from);
  if (rest.length === 0) return false;
  let addressee = false;
  for (const term of rest) {
    if (/^(?:you|y'all|all|everyone|everybody|there)$/.test(term.normal)) addressee = true;
    else if (!(term.tags.has("Date") || term.tags.has("Adverb") || term.tags.has("Preposition") || term.tags.has("Determiner") || term.tags.has("Adjective") || term.tags.has("Duration")))
      return false;
  }
  return addressee;
}

// src/rules/prose/commitment-in.ts
var COMMISSIVE = /^(?:agree|volunteer|offer|promise|commit|plan|intend|undert[ao]{1,2}k|pledge)/;
var DIRECTIVE = /^(?:need|ask|want|expect|request)/;
var OBLIGATION = /^(?:need|has|have)$/;
function commitmentIn(clause, tagger, commonWords) {
  if (/\?/.test(clause.at(-1)?.post ?? "")) return void 0;
  for (let start = 0; start < clause.length; start++) {
    if (start > 0 && !opensClause(clause, start)) continue;
    if (committed(clause, start, tagger, commonWords)) return start;
    if (sharedSubjectWill(clause, start, tagger, commonWords)) return 0;
  }
  return void 0;
}
function sharedSubjectWill(clause, at, tagger, commonWords) {
  const term = clause[at];
  if (clause[at - 1]?.normal !== "and" || !term.tags.has("Modal") || !/^(?:will|shall)$/.test(term.normal))
    return false;
  const subject = subjectAt(clause, 0, tagger, commonWords);
  if (!subject || subject.group || subject.collective || negated(clause, at + 1)) return false;
  const verb = skipAdverbs(clause, at + 1);
  return verbAt(clause, verb) && !signOff(clause, verb + 1);
}
function opensClause(clause, index) {
  const before = clause[index - 1];
  if (/[,]/.test(before.post)) return true;
  if (clause[index].tags.has("Pronoun") && SUBJECT_PRONOUN.test(bareOf(clause[index]))) return true;
  return /^(?:and|but|so|then)$/.test(before.normal);
}
function toFormStart(clause, start, tagger, commonWords) {
  if (start === 0) return true;
  const before = clause[start - 1];
  if (!/,/.test(before.post)) return false;
  return !nameLike(before, tagger, commonWords) && !new RegExp("^\\p{Lu}", "u").test(before.text);
}
function committed(clause, start, tagger, commonWords) {
  const subject = subjectAt(clause, start, tagger, commonWords);
  if (subject === void 0) return false;
  let at = skipAdverbs(clause, subject.end);
  const term = clause[at];
  if (!term) return false;
  const word = term.normal;
  if (word === "to")
    return toFormStart(clause, start, tagger, commonWords) && verbAt(clause, at + 1) && !finiteLater(clause, at + 2);
  const infinitive = term.tags.has("Infinitive") || tagger.knownAs(term.normal) === "Infinitive";
  if (subject.handle && infinitive && !term.tags.has("Modal")) return verbAt(clause, at);
  if (subject.group) return false;
  const someone = !subject.collective;
  if (term.tags.has("Modal")) {
    const wish = term.text === "" && /['’]d$/.test(clause[at - 1]?.text ?? "");
    if (!someone || wish || !/^(?:will|shall|'ll|)$/.test(word) || negated(clause, at + 1)) return false;
    at = skipAdverbs(clause, at + 1);
    if (clause[at]?.normal === "try" && clause[at + 1]?.normal === "to") at += 2;
    if (clause[at]?.normal === "be" && clause[at + 1]?.tags.has("Gerund")) return !signOff(clause, at + 2);
    return verbAt(clause, at) && !signOff(clause, at + 1);
  }
  if (someone && /^(?:is|are|am|'s|'re|'m)$/.test(word) && clause[at + 1]?.normal === "going" && clause[at + 2]?.normal === "to")
    return verbAt(clause, at + 3) && !signOff(clause, at + 4);
  if (term.tags.has("Verb") && !negated(clause, at + 1)) {
    const next = clause[at + 1];
    if (someone && COMMISSIVE.test(word) && next?.normal === "to") return verbAt(clause, at + 2);
    if (someone && /^(?:take|takes|took|taking|has|have)$/.test(word) && actionNoun(clause, at + 1))
      return true;
    if (someone && OBLIGATION.test(word.replace(/s$/, "")) && next?.normal === "to")
      return verbAt(clause, at + 2);
    if (DIRECTIVE.test(word)) {
      const named = subjectAt(clause, at + 1, tagger, commonWords);
      if (named && !named.pronoun && clause[named.end]?.normal === "to") return verbAt(clause, named.end + 1);
    }
  }
  return false;
}

// src/rules/prose/segments-of.ts
function segmentsOf(lines, tagger) {
  const runs = [];
  for (const raw of lines) {
    const line = { ...raw, text: plainText(raw.text) };
    if (line.text === "") continue;
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && continues(previous.text, line.text, tagger)) run.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => {
    const starts = [];
    let text = "";
    for (const line of run) {
      if (text !== "") text += " ";
      starts.push(text.length);
      text += line.text;
    }
    return {
      text,
      lines: run,
      lineAt(offset) {
        let index = 0;
        while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
        return run[index];
      }
    };
  });
}
function continues(previous, next, tagger) {
  if (/[.!?;:]["'’”)]*$/.test(previous) || startsWithActionMarker(next)) return false;
  if (/^[\p{Ll}(,]/u.test(next) && !/^(?:i|we)\b/.test(next)) return true;
  const last = /([\p{L}']+)[,]?$/u.exec(previous)?.[1]?.toLowerCase();
  if (previous.endsWith(",")) return true;
  const tag = last === void 0 ? void 0 : tagger.knownAs(last);
  return tag === "Preposition" || tag === "Determiner" || tag === "Conjunction" || tag === "Modal";
}
function headingLike(segment) {
  if (segment.lines.length > 1) return false;
  const text = segment.text;
  if (/:$/.test(text) && text.split(/\s+/).length <= 4) return true;
  if (/[.!?]["'’”)]*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word));
  return words.length >= 3 && words.every((word) => new RegExp("^\\p{Lu}", "u").test(word));
}
function plainText(text) {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|__|`/g, "").replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, "").replace(/^[*_]+(?=\S)/, "").trim();
}

// src/rules/prose/lower-case-words.ts
function lowerCaseWords(texts) {
  const words = /* @__PURE__ */ new Set();
  const all = [...texts];
  for (const plural of pluralInitialisms(all)) words.add(plural);
  for (const text of all)
    for (const word of text.replace(/\S+[/.@:]\S+|@\S+/g, " ").match(new RegExp("(?<![\\p{L}'\u2019])\\p{Ll}[\\p{Ll}'\u2019-]*", "gu")) ?? [])
      words.add(word);
  return words;
}
function pluralInitialisms(texts) {
  const words = /* @__PURE__ */ new Set();
  for (const text of texts)
    for (const plural of text.match(new RegExp("\\b\\p{Lu}{2,5}s\\b", "gu")) ?? []) words.add(plural.toLowerCase());
  return words;
}
function mostlyLowerCaseWords(texts) {
  const lower = /* @__PURE__ */ new Map();
  const capitalised = /* @__PURE__ */ new Map();
  for (const text of texts)
    for (const word of text.replace(/\S+[/.@:]\S+|@\S+/g, " ").match(new RegExp("(?<![\\p{L}'\u2019])\\p{L}[\\p{Ll}'\u2019-]*", "gu")) ?? []) {
      const counts = new RegExp("^\\p{Ll}", "u").test(word) ? lower : capitalised;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const words = /* @__PURE__ */ new Set();
  for (const [word, n] of lower) if (n > (capitalised.get(word) ?? 0)) words.add(word);
  return words;
}

// src/rules/prose/implied-followup.ts
function impliedFollowUps(lines, tagger, options = {}) {
  const hits = [];
  const reported = /* @__PURE__ */ new Set();
  for (const segment of segmentsOf(lines, tagger)) {
    const first = segment.lines[0];
    if (startsWithActionMarker(first.text) || headingLike(segment)) continue;
    for (const clause of candidateClauses(segment.text, tagger)) {
      const found = commitmentIn(clause, tagger, options.commonWords);
      if (found === void 0) continue;
      const at = segment.lineAt(clause[found].start);
      if (reported.has(at.line)) continue;
      reported.add(at.line);
      hits.push({ text: clauseText(clause.slice(found)), line: at.line, column: at.column });
    }
  }
  return hits;
}

// src/rules/prose/prose-tagger.ts
var loaded;
var loading;
function loadProseTagger() {
  loading ??= import("./two-GNFXKGDU.js").then((module) => {
    loaded = compromiseTagger(module.default);
    return loaded;
  });
  return loading;
}
function loadedProseTagger() {
  return loaded;
}
function compromiseTagger(nlp) {
  const lexicon = nlp.model().one.lexicon;
  return {
    sentences(text) {
      try {
        return nlp(text).json({ offset: true, terms: { offset: true } }).map(
          (sentence) => (sentence.terms ?? []).map((term) => ({
            text: term.text ?? "",
            normal: term.normal ?? "",
            tags: new Set(term.tags ?? []),
            pre: term.pre ?? "",
            post: term.post ?? "",
            start: term.offset?.start ?? 0
          }))
        );
      } catch {
        return [];
      }
    },
    knownAs(word) {
      const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : void 0;
      return Array.isArray(tag) ? tag[0] : tag;
    }
  };
}

// src/rules/followup-rules.ts
var followupImplied = {
  id: "followup-implied",
  run(ctx) {
    const tagger = ctx.tagger ?? loadedProseTagger();
    const findings = [];
    if (!tagger) return findings;
    let plurals;
    const repoProse = () => (ctx.registers ?? []).flatMap((r) => (r.prose ?? []).map((line) => String(line?.text ?? "")));
    const repoPlurals = () => plurals ??= pluralInitialisms(repoProse());
    let repoWords;
    const inRepo = (word) => {
      repoWords ??= mostlyLowerCaseWords(repoProse());
      return repoWords.has(word);
    };
    for (const register of ctx.targets) {
      const prose = (register.prose ?? []).filter((line) => typeof line?.text === "string");
      if (prose.length === 0) continue;
      const items = workItemsOf(register);
      const commonWords = lowerCaseWords([
        ...prose.map((line) => line.text),
        ...items.map((item) => textOf(item.title))
      ]);
      for (const word of repoPlurals()) commonWords.add(word);
      const recorded = recordedBy(items);
      const itemLines = new Set(allItemLines(register));
      for (const paragraph of paragraphsOf(prose)) {
        for (const hit of impliedFollowUps(paragraph, tagger, {
          commonWords: { has: (word) => commonWords.has(word), inRepo }
        })) {
          const text = paragraph.find((line) => line.line === hit.line)?.text ?? hit.text;
          if (itemLines.has(hit.line) || recorded(text)) continue;
          const pos = { file: register.file, line: hit.line, column: hit.column };
          const message = `Prose implies follow-up work that no action or output records: ${quote(hit.text)}`;
          findings.push(findingAt(register, pos, "followup-implied", message, null));
        }
      }
    }
    return findings;
  }
};
function paragraphsOf(prose) {
  const paragraphs = [];
  for (const line of prose) {
    if (line.task || line.quoted) continue;
    const pieces = line.text.split(/\r?\n/).map((text, offset) => ({
      text,
      line: line.pos.line + offset,
      column: offset === 0 ? line.pos.column : 1
    }));
    const last = paragraphs.at(-1);
    if (line.continues && last) last.push(...pieces);
    else paragraphs.push(pieces);
  }
  return paragraphs;
}
function allItemLines(register) {
  const items = [...register.actions ?? [], ...register.outputs ?? []];
  return items.map((item) => item?.pos?.line).filter((line) => typeof line === "number");
}
function recordedBy(items) {
  const ids = items.map(itemId).filter((id) => id !== null);
  const idPattern = ids.length > 0 ? new RegExp(`(?<![\\w-])(?:${ids.map(escapeRegExp).join("|")})(?![\\w-])`) : void 0;
  const titles = items.map((item) => [...contentWords(textOf(item.title))]).filter((title) => title.length > 0);
  return (text) => {
    if (idPattern?.test(text)) return true;
    const words = contentWords(text);
    return titles.some((title) => {
      const shared = title.filter((word) => words.has(word)).length;
      return shared >= Math.min(2, title.length) && shared * 2 >= title.length;
    });
  };
}
var STOP_WORDS = new Set(
  `the and for with from into onto that this then than will shall should would could can our their
  about after before over under next week weeks month today tomorrow`.split(/\s+/)
);
function contentWords(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(
    words.filter((word) => !STOP_WORDS.has(word)).map((word) => word.replace(/(?<=\w{3})s$/, ""))
  );
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/rules/id-rules.ts
var idDuplicate = {
  id: "id-duplicate",
  run(ctx) {
    const targets = new Set(ctx.targets.map((register) => register.file));
    const findings = [];
    for (const refs of ctx.index.byId.values()) {
      if (refs.length < 2) continue;
      const first = refs[0];
      const firstPlace = `${first.register.file}:${first.item.pos?.line ?? 1}`;
      for (let i = 1; i < refs.length; i++) {
        const { register, item } = refs[i];
        if (!targets.has(register.file)) continue;
        const message = `${describeItem(item)} reuses an id already defined at ${firstPlace}`;
        findings.push(findingAt(register, fieldPos(item, "id"), "id-duplicate", message, itemId(item)));
      }
    }
    return findings;
  }
};

// src/rules/fixes/owner-fix.ts
var USER2 = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})$/;
function loginFor(owner, scope) {
  if (typeof owner !== "string") return void 0;
  const name = normal(owner);
  if (name === "" || name.startsWith("@")) return void 0;
  const words = name.split(" ");
  const logins = /* @__PURE__ */ new Set();
  for (const candidate of candidatesOf(scope)) {
    const known = typeof candidate.name === "string" ? normal(candidate.name) : "";
    if (known === "") continue;
    const knownWords = known.split(" ");
    const byWords = words.every((word) => knownWords.includes(word));
    const byTypo = known.length >= 6 && editDistance(name, known) <= 2;
    if (byWords || byTypo) logins.add(candidate.login.toLowerCase());
    if (logins.size > 1) return void 0;
  }
  const [login] = logins;
  if (!login) return void 0;
  return candidatesOf(scope).find((c) => c.login.toLowerCase() === login)?.login;
}
function candidatesOf(scope) {
  const out = [];
  for (const attendee of scope.attendees ?? []) {
    const login = typeof attendee.github === "string" ? USER2.exec(attendee.github.trim())?.[1] : void 0;
    if (login && typeof attendee.name === "string") out.push({ name: attendee.name, login });
  }
  for (const [name, handle] of Object.entries(scope.config.owners ?? {})) {
    const login = typeof handle === "string" ? USER2.exec(handle.trim())?.[1] : void 0;
    if (login) out.push({ name, login });
  }
  return out;
}
function normal(text) {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

// src/rules/owner-rules.ts
var ownerMissing = {
  id: "owner-missing",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => allItems(register).filter((item) => isOpenItem(item) && isBlank(item.owner)).map(
        (item) => findingAt(
          register,
          fieldPos(item, "owner"),
          "owner-missing",
          `${describeItem(item)} has no owner`,
          itemId(item)
        )
      )
    );
  }
};
var ownerVague = {
  id: "owner-vague",
  run(ctx) {
    return ownerSlots(ctx).filter((slot) => slot.vague).map(
      (slot) => findingAt(
        slot.register,
        slot.pos,
        "owner-vague",
        `${labelOf2(slot)} has the placeholder owner ${quote(slot.owner)}; name a person or team`,
        slot.item
      )
    );
  }
};
var ownerUnknown = {
  id: "owner-unknown",
  run(ctx) {
    const directory = Object.keys(ctx.config.owners ?? {}).length > 0;
    const known = /* @__PURE__ */ new Map();
    const isKnown = (slot) => cached(
      cached(known, slot.register, () => /* @__PURE__ */ new Map()),
      slot.owner,
      () => isKnownOwner(slot.owner, scopeOf(slot.register, ctx))
    );
    return ownerSlots(ctx).filter((slot) => directory || (slot.register.review?.attendees ?? []).length > 0).filter((slot) => !slot.vague && !isKnown(slot)).map((slot) => {
      const finding = findingAt(
        slot.register,
        slot.pos,
        "owner-unknown",
        `${labelOf2(slot)} is owned by ${quote(slot.owner)}, who is neither an attendee nor in the owners directory`,
        slot.item
      );
      const login = loginFor(slot.owner, scopeOf(slot.register, ctx));
      const fix = login ? replaceFix(ctx, slot.register, slot.pos, slot.owner, `@${login}`, `Write the owner as @${login}`) : void 0;
      return withFix(finding, fix);
    });
  }
};
var ownersAbsent = {
  id: "owners-absent",
  run(ctx) {
    const findings = [];
    for (const register of ctx.targets) {
      const review = register.review;
      if (!review || (review.attendees ?? []).length === 0) continue;
      const scope = scopeOf(register, ctx);
      const owners = [
        ...new Set(
          decisionsOf(register).filter((decision) => isOpenItem(decision) && !isBlank(decision.owner)).map((decision) => decision.owner.trim())
        )
      ].filter((owner) => !isVagueOwner(owner, ctx.config.vague_owners));
      if (owners.length === 0 || owners.some((owner) => ownerAttended(owner, scope))) continue;
      const names = owners.slice(0, 5).map(quote).join(", ");
      const message = `No owner of an unresolved decision attended the review (owners: ${names})`;
      findings.push(findingAt(register, review.pos, "owners-absent", message, null));
    }
    return findings;
  }
};
function labelOf2(slot) {
  return slot.blocker ? describeBlocker(slot.blocker, slot.of) : describeItem(slot.of);
}
var ownerSlots = perCheck((ctx) => {
  const slots = [];
  const vagueness = /* @__PURE__ */ new Map();
  const isVague = (owner) => cached(vagueness, owner, () => isVagueOwner(owner, ctx.config.vague_owners));
  for (const register of ctx.targets) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (!isBlank(item.owner)) {
        const owner = item.owner.trim();
        const pos = fieldPos(item, "owner");
        slots.push({ register, owner, pos, of: item, item: id, vague: isVague(owner) });
      }
      if (item.kind !== "decision") continue;
      for (const blocker of item.blocked_by ?? []) {
        if (isBlank(blocker.owner)) continue;
        const owner = blocker.owner.trim();
        const pos = fieldPos(blocker, "owner");
        slots.push({ register, owner, pos, of: item, blocker, item: id, vague: isVague(owner) });
      }
    }
  }
  return slots;
});
function scopeOf(register, ctx) {
  return { attendees: register.review?.attendees ?? [], config: ctx.config };
}

// src/rules/status-rules.ts
var statusInvalid = {
  id: "status-invalid",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => allItems(register).filter(
        (item) => !isBlank(item.status) && !canonicalStatuses(item.kind).includes(item.status.trim())
      ).map((item) => {
        const allowed = canonicalStatuses(item.kind);
        const status = item.status.trim();
        const hint = closestStatus(status, item.kind);
        const message = `${describeItem(item)} has status ${quote(status)}; use one of ${allowed.join(", ")}` + (hint ? ` (did you mean ${hint}?)` : "");
        const finding = findingAt(
          register,
          fieldPos(item, "status"),
          "status-invalid",
          message,
          itemId(item)
        );
        const fix = hint ? fixFor2(ctx, register, item, hint) : void 0;
        return fix ? { ...finding, fix } : finding;
      })
    );
  }
};
function closestStatus(written2, kind) {
  const key = statusKey(written2);
  let best = 3;
  const found = /* @__PURE__ */ new Set();
  for (const word of [...canonicalStatuses(kind), ...knownStatusWords()]) {
    const distance = editDistance(key, word);
    if (distance > best) continue;
    const canonical = normalizeStatus(word, kind);
    if (canonical === void 0) continue;
    if (distance < best) {
      best = distance;
      found.clear();
    }
    found.add(canonical);
  }
  return best <= 2 && found.size === 1 ? [...found][0] : void 0;
}
function fixFor2(ctx, register, item, canonical) {
  const description = `Set the status to ${canonical}`;
  const span = item.spans?.status;
  if (!span) {
    const written2 = item.written?.status ?? item.status;
    return replaceFix(ctx, register, item.at?.status, written2?.trim(), canonical, description);
  }
  return {
    description,
    edits: [
      {
        line: span.line,
        column: span.column,
        endLine: span.line,
        endColumn: span.endColumn,
        text: canonical
      }
    ]
  };
}

// src/rules/status-synonym.ts
var statusSynonym = {
  id: "status-synonym",
  run(ctx) {
    const teamWords = new Set(Object.keys(ctx.config.statuses ?? {}).map(statusKey));
    return ctx.targets.filter((register) => register.format === "yaml" && !register.record).flatMap(
      (register) => allItems(register).flatMap((item) => {
        const written2 = item.written?.status?.trim();
        const canonical = item.status;
        if (!written2 || !canonical || written2 === canonical) return [];
        if (teamWords.has(statusKey(written2)) || normalizeStatus(written2, item.kind) !== canonical)
          return [];
        const message = `${describeItem(item)} has status ${quote(written2)}, read as ${canonical}; write it as ${canonical}`;
        const finding = findingAt(
          register,
          fieldPos(item, "status"),
          "status-synonym",
          message,
          itemId(item)
        );
        const fix = replaceFix(
          ctx,
          register,
          item.at?.status,
          written2,
          canonical,
          `Set the status to ${canonical}`
        );
        return [fix ? { ...finding, fix } : finding];
      })
    );
  }
};

// src/rules/index.ts
var RULES = [
  statusInvalid,
  statusSynonym,
  idDuplicate,
  ownerMissing,
  ownerVague,
  ownerUnknown,
  ownersAbsent,
  dueMissing,
  dateInvalid,
  dateFormat,
  dueBeforeReview,
  overdue,
  immediateOutputLate,
  followupOutputLate,
  resolutionMissing,
  decisionUndecided,
  dependencyMissing,
  dependencyUnowned,
  dependencyUnknown,
  dependencyCycle,
  followupImplied,
  coreGroupMissing,
  specialistMissing
];

// src/check/check-registers.ts
function checkRegisters(input) {
  const { registers, config, today } = input;
  const ctx = {
    registers,
    targets: input.targets ?? registers,
    index: buildRepoIndex(registers),
    config,
    today,
    ...input.sourceOf ? { sourceOf: input.sourceOf } : {}
  };
  const ids = withIdFixes(ctx, input.parseFindings ?? []);
  if (ids.assigned.size > 0) ctx.pendingIds = ids.assigned;
  const raw = ids.findings;
  for (const rule of RULES) {
    if (config.rules[rule.id] !== "off") raw.push(...rule.run(ctx));
  }
  return dedupe(withSeverities(raw, config).sort(compareFindings));
}
function dedupe(sorted) {
  const kept = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && compareFindings(sorted[start], sorted[end]) === 0) end++;
    if (end - start === 1) kept.push(sorted[start]);
    else {
      const seen = /* @__PURE__ */ new Set();
      for (let i = start; i < end; i++) {
        const finding = sorted[i];
        const key = `${finding.item}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        kept.push(finding);
      }
    }
    start = end;
  }
  return kept;
}

// src/check/check-files.ts
function parseFiles(files, config) {
  const registers = [];
  const parseFindings = [];
  const contents = /* @__PURE__ */ new Map();
  for (const file of files) {
    contents.set(file.path, file.content);
    const parsed = parseRegister(file.path, file.content, {
      maxBytes: config.max_file_bytes,
      ...config.statuses ? { statuses: config.statuses } : {},
      ...config.date_order ? { date_order: config.date_order } : {},
      cycle_days: config.cycle_days,
      ...config.strict ? { strict: true } : {}
    });
    registers.push(parsed.register);
    parseFindings.push(...parsed.findings);
  }
  return { registers, parseFindings, contents };
}
function sourcesOf(parsed, config) {
  const cache2 = /* @__PURE__ */ new Map();
  const formats = new Map(parsed.registers.map((r) => [r.file, r.format]));
  return (file) => {
    if (cache2.has(file)) return cache2.get(file);
    const content = parsed.contents?.get(file);
    const format = formats.get(file);
    let source;
    if (content !== void 0 && format !== void 0) {
      const decoded = decodeSource(file, content, config.max_file_bytes);
      if (decoded.ok) source = sourceText(decoded.text, format);
    }
    cache2.set(file, source);
    return source;
  };
}
function checkParsed(parsed, config, today, targets) {
  const inTarget = (file) => !targets || targets.has(file);
  const targetRegisters = parsed.registers.filter((r) => inTarget(r.file));
  const findings = checkRegisters({
    registers: parsed.registers,
    targets: targetRegisters,
    parseFindings: parsed.parseFindings.filter((f) => inTarget(f.file)),
    config,
    today,
    sourceOf: sourcesOf(parsed, config)
  });
  return { registers: targetRegisters, findings, summary: summarize(findings, targetRegisters) };
}
function checkFiles(files, config, today, targets) {
  return checkParsed(parseFiles(files, config), config, today, targets);
}

// src/config/is-register-path.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var cache = /* @__PURE__ */ new WeakMap();
var byGlobs = /* @__PURE__ */ new Map();
var MAX_GLOB_SETS = 1e3;
function isRegisterPath(config, path) {
  const normal2 = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  const { include, exclude } = matchersFor(config);
  return include(normal2) && !exclude(normal2);
}
function matchersFor(config) {
  let matchers = cache.get(config);
  if (!matchers) {
    const key = JSON.stringify([config.paths, config.exclude]);
    matchers = byGlobs.get(key);
    if (!matchers) {
      const compile = (globs) => globs.length === 0 ? () => false : (0, import_picomatch.default)(globs, { dot: true });
      matchers = { include: compile(config.paths), exclude: compile(config.exclude) };
      if (byGlobs.size >= MAX_GLOB_SETS) byGlobs.clear();
      byGlobs.set(key, matchers);
    }
    cache.set(config, matchers);
  }
  return matchers;
}

export {
  parseRegister,
  formatOf,
  findingAt,
  fieldPos,
  isBlank,
  itemId,
  describeItem,
  quote,
  allItems,
  resolveOwner,
  loginKey,
  loadProseTagger,
  withSeverities,
  parseFiles,
  sourcesOf,
  checkParsed,
  checkFiles,
  require_picomatch2 as require_picomatch,
  isRegisterPath
};
