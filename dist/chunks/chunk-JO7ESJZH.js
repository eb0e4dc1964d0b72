import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  closestMatch
} from "./chunk-3PICBVRB.js";
import {
  describeThrown,
  emptyRegister,
  parseError,
  parseMarkdownLoaded,
  parseYaml
} from "./chunk-24ZDSIZH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SRPBTYCP.js";

// ../../main/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "../../main/node_modules/picomatch/lib/constants.js"(exports, module) {
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

// ../../main/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "../../main/node_modules/picomatch/lib/utils.js"(exports) {
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

// ../../main/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "../../main/node_modules/picomatch/lib/scan.js"(exports, module) {
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
      let negated = false;
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
          negated = token.negated = true;
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
        negated,
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

// ../../main/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "../../main/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS: REPLACEMENTS2
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
      input = REPLACEMENTS2[input] || input;
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
      input = REPLACEMENTS2[input] || input;
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

// ../../main/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "../../main/node_modules/picomatch/lib/picomatch.js"(exports, module) {
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

// ../../main/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "../../main/node_modules/picomatch/index.js"(exports, module) {
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

// src/model/finding.ts
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// src/check/with-severities.ts
function withSeverities(raw, config) {
  const out = [];
  for (const finding of raw) {
    const severity = config.rules[finding.rule];
    if (severity !== "off") out.push({ ...finding, severity });
  }
  return out;
}

// src/check/summarize.ts
function summarize(findings, registers) {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
  }
  const decisions = registers.reduce((sum, register) => sum + (register.decisions?.length ?? 0), 0);
  return { files: registers.length, decisions, errors, warnings };
}

// src/parse/decode-source.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
function decodeSource(file, content, maxBytes) {
  const size = typeof content === "string" ? utf8Length(content, maxBytes) : content.byteLength;
  if (size > maxBytes) {
    const message = `the file is ${formatSize(size)} (${size} bytes), over the ${formatSize(maxBytes)} limit (${maxBytes} bytes); not parsed`;
    return refuse(file, 1, 1, message);
  }
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    const nul2 = content.indexOf(0);
    if (nul2 >= 0) return binary(file, content, nul2);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      return notUtf8(file, content);
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const { line, column } = lineColumn(text, nul);
    return refuse(file, line, column, "the file is binary (it contains a NUL byte); not parsed");
  }
  return { ok: true, text: text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text };
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
function utf8Length(text, limit) {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}
function binary(file, bytes, at) {
  const { line, column } = byteLineColumn(bytes, at);
  return refuse(file, line, column, "the file is binary (it contains a NUL byte); not parsed");
}
function notUtf8(file, bytes) {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  const { line, column } = bad >= 0 ? lineColumn(lenient, bad) : { line: 1, column: 1 };
  return refuse(file, line, column, "the file is not valid UTF-8 text; not parsed");
}
function lineColumn(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function byteLineColumn(bytes, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const byte = bytes[i];
    if (byte === 10 || byte === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function refuse(file, line, column, message) {
  return { ok: false, finding: { ...parseError({ file, line, column }, message) } };
}

// src/parse/parse-register.ts
function parseRegister(file, content, options = {}) {
  let format = formatOf(file);
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const decoded = decodeSource(file, content, maxBytes);
    if (!decoded.ok) return { register: emptyRegister(file, format ?? "yaml"), findings: [decoded.finding] };
    format ??= sniffFormat(decoded.text);
    return format === "markdown" ? parseMarkdownLoaded(file, decoded.text) : parseYaml(file, decoded.text);
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

// src/rules/resolve-owner.ts
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
  const listed = memo(vagueSets, vagueOwners, () => new Set(vagueOwners.flatMap(vagueForms)));
  return forms.some((form) => listed.has(form)) || !/[\p{L}\p{N}]/u.test(owner);
}
var vagueSets = /* @__PURE__ */ new WeakMap();
var handleSets = /* @__PURE__ */ new WeakMap();
var NO_ATTENDEES = [];
var NO_OWNERS = {};
function memo(cache2, key, build) {
  let value = cache2.get(key);
  if (value === void 0) {
    value = build();
    cache2.set(key, value);
  }
  return value;
}
function knownHandles(attendees, owners) {
  const byOwners = memo(handleSets, attendees, () => /* @__PURE__ */ new WeakMap());
  return memo(
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

// src/rules/rule-context.ts
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
function statusOf(item) {
  return isBlank(item.status) ? "open" : (item.status ?? "").trim();
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
function isOpenItem(item) {
  const status = statusOf(item);
  return item.kind === "decision" ? status !== "resolved" && status !== "superseded" : status !== "done" && status !== "dropped";
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

// src/rules/iso-date.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
function addDays(date, days) {
  const [year, month, day] = date.split("-").map(Number);
  const shifted = /* @__PURE__ */ new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + days);
  return shifted.toISOString().slice(0, 10);
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// src/rules/date-rules.ts
var dateInvalid = {
  id: "date-invalid",
  run(ctx) {
    return dateSlots(ctx, true).filter((slot) => !isIsoDate(slot.value)).map(
      (slot) => findingAt(
        slot.register,
        slot.pos,
        "date-invalid",
        `${slot.label} has ${slot.field} ${quote(slot.value)}, which is not a real YYYY-MM-DD date`,
        slot.item
      )
    );
  }
};
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
    return dueSlots(ctx).filter(
      (slot) => isIsoDate(textOf(slot.register.review?.date)) && slot.value < textOf(slot.register.review?.date)
    ).map((slot) => {
      const message = `${slot.label} is due ${slot.value}, before the review date ${textOf(slot.register.review?.date)}`;
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
        `${slot.label} was due ${slot.value} and is still open`,
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
      (review, cycle) => addDays(review.date, cycle),
      "a follow-up output should be due within the next working cycle"
    );
  }
};
function dateSlots(ctx, all) {
  const slots = [];
  const add = (slot, value) => {
    if (typeof value === "string" && value.trim() !== "") slots.push({ ...slot, value: value.trim() });
  };
  for (const register of ctx.targets) {
    const review = register.review;
    if (all && review)
      add(
        { register, field: "date", pos: fieldPos(review, "date"), label: "The review", item: null },
        review.date
      );
    for (const item of allItems(register)) {
      if (!all && !isOpenItem(item)) continue;
      const base = { register, label: describeItem(item), item: itemId(item) };
      add({ ...base, field: "due", pos: fieldPos(item, "due") }, item.due);
      if (item.kind !== "decision") continue;
      if (all) add({ ...base, field: "resolved_on", pos: fieldPos(item, "resolved_on") }, item.resolved_on);
      for (const blocker of item.blocked_by ?? []) {
        const label = describeBlocker(blocker, item);
        add({ ...base, label, field: "due", pos: fieldPos(blocker, "due") }, blocker.due);
      }
    }
  }
  return slots;
}
function dueSlots(ctx) {
  return dateSlots(ctx, false).filter((slot) => isIsoDate(slot.value));
}
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

// src/check/repo-index.ts
function buildRepoIndex(registers) {
  const byId = /* @__PURE__ */ new Map();
  for (const register of registers) {
    for (const item of [
      ...register.decisions ?? [],
      ...register.actions ?? [],
      ...register.outputs ?? []
    ]) {
      const id = typeof item.id === "string" ? item.id.trim() : "";
      if (id === "") continue;
      const refs = byId.get(id);
      if (refs) refs.push({ register, item });
      else byId.set(id, [{ register, item }]);
    }
  }
  for (const refs of byId.values()) if (refs.length > 1) refs.sort(compareRefs);
  return { byId };
}
function compareRefs(a, b) {
  if (a.register.file !== b.register.file) return a.register.file < b.register.file ? -1 : 1;
  return (a.item.pos?.line ?? 0) - (b.item.pos?.line ?? 0) || (a.item.pos?.column ?? 0) - (b.item.pos?.column ?? 0);
}

// src/rules/find-cycles.ts
function findCycles(edges, pickStart) {
  const cycles = [];
  for (const component of stronglyConnected(edges)) {
    const members = new Set(component);
    const looped = component.length > 1 || (edges.get(component[0]) ?? []).includes(component[0]);
    if (!looped) continue;
    const start = pickStart(component);
    if (start === void 0 || !members.has(start)) continue;
    cycles.push(shortestCycle(start, edges, members));
  }
  return cycles;
}
function stronglyConnected(edges) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const frames = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const successors = edges.get(frame.node) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(next)));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
function shortestCycle(start, edges, members) {
  const parent = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
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
    return ctx.targets.flatMap(
      (register) => decisionsOf(register).flatMap(
        (d) => (d.blocked_by ?? []).filter((blocker) => isBlank(blocker.owner)).map(
          (blocker) => findingAt(
            register,
            blocker.pos,
            "dependency-unowned",
            `${describeBlocker(blocker, d)} has no owner`,
            itemId(d)
          )
        )
      )
    );
  }
};
var dependencyUnknown = {
  id: "dependency-unknown",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => decisionsOf(register).flatMap(
        (d) => dependsOn(d).flatMap(
          (id, index) => id === "" || ctx.index.byId.has(id) ? [] : [
            findingAt(
              register,
              entryPos(d, "depends_on", index),
              "dependency-unknown",
              `${describeItem(d)} depends on ${idText(id)}, which no register defines`,
              itemId(d)
            )
          ]
        )
      )
    );
  }
};
var dependencyCycle = {
  id: "dependency-cycle",
  run(ctx) {
    const edges = /* @__PURE__ */ new Map();
    for (const register of ctx.registers) {
      for (const decision of decisionsOf(register)) {
        const id = itemId(decision);
        const targets = dependsOn(decision).filter((dep) => ctx.index.byId.has(dep));
        if (id === null || targets.length === 0) continue;
        edges.set(id, [...edges.get(id) ?? [], ...targets]);
      }
    }
    if (edges.size === 0) return [];
    const targetFiles = new Set(ctx.targets.map((register) => register.file));
    const firstTarget = (id) => ctx.index.byId.get(id)?.find((ref) => ref.item.kind === "decision" && targetFiles.has(ref.register.file));
    const pickStart = (members) => members.map(firstTarget).filter((ref) => ref !== void 0).sort(compareRefs).map((ref) => itemId(ref.item))[0] ?? void 0;
    const findings = [];
    for (const cycle of findCycles(edges, pickStart)) {
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
function dependsOn(decision) {
  return Array.isArray(decision.depends_on) ? decision.depends_on.map((id) => typeof id === "string" ? id.trim() : String(id ?? "").trim()) : [];
}
function describeCycle(cycle) {
  const ids = cycle.map(idText);
  const shown = ids.length > 10 ? [...ids.slice(0, 8), "\u2026", ids[ids.length - 1]] : ids;
  const suffix = ids.length > 10 ? ` (${ids.length} decisions)` : "";
  return `${[...shown, ids[0]].join(" \u2192 ")}${suffix}`;
}

// src/rules/implied-followup.ts
var NOT_NAMES = new Set(
  `a about above after again agree agreed agreement aim all also an and another answer any anyone anything approved
  are as at back based be because before being below between board both but by call can cc change changes check close
  closer collab commit committee congrats consensus consider continue continuing could council criteria currently date
  decide decided decision decisions defer did discuss discussion do doc docs does done due each either email ensure
  even every everybody everyone everything example express feedback few final finally first folks following for from
  fyi general get give go goal goals going good great group had happy has have having he help her here hey hi his
  hope hoping how however i idea ideas if in include including initial instead is issue issues it item items its
  just last let lets like link links looking make many may maybe meeting meetings members might more most move much
  must my need needs new next no none not note notes nothing now of ok okay on once one only open or other others
  our out overall people per perhaps plan planned planning plans please pr prs prepare process processes project
  projects proposal proposals question questions ready reference related reminder reply request requests right same
  see seek seems session she should since so some someone something soon started step steps still such suggestion
  sure team thank thanks that the their them then there these they this those though time to today together
  tomorrow topic travel update updated updates us use very vote want was we welcome well were what when where which
  while who why will with without work would yes yet you your zoom
  ability able ask back best better bring clarify confirm desire difficult document draft easier easy explore file
  find follow hard important invite keep land look merge mention necessary nice post possible propose provide put
  reach reasonable refer remind remove respond review schedule send set share start submit suggest take try wait write`.split(
    /\s+/
  )
);
var NOT_VERBS = new Set(
  `a an the this that these those it its his her their our my your all any some every each no not never be been
  being is are was were me us them him everyone everybody someone somebody anyone date day time week month year
  which who what whom whose there here have`.split(/\s+/)
);
var PERSON = String.raw`(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?|(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})`;
var SUBJECT = new RegExp(String.raw`^(${PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON})*)\s+(.*)$`, "u");
var AFTER_SUBJECT = [
  /^(?:is going to|volunteered to|agreed to|offered to|to)\s+([a-z][a-z-]*)/,
  /^will\s+(?:(?:also|then|now|first|still|try to|[a-z]+ly)\s+)?([a-z][a-z-]*)/,
  /^(?:takes?|took|is taking|taking|will take|has|have|had)\s+(?:on\s+)?(?:an?\s+|the\s+|as an\s+)?(?:action\b|ai\b|todo\b|task\b)/i
];
var MARKER = /^(?:ACTION(?: ITEMS?)?|Action(?: [Ii]tems?)?|AI|TODO|TBD|Follow[- ]ups?|Next steps?)\s*(?::|\s+(?:for|to)\s+(?=[\p{Lu}@]))\s*(.*)$/u;
var NO_ACTION = /^(?:none|no\b|n\/a|nothing|done|closed|landed|landing|issue closed)/i;
var FOLLOW_UP = /\b(?:will|to)\s+follow[- ]?up\b/i;
function impliedFollowUp(text, options = {}) {
  const line = plainText(text);
  if (/^\[ \]\s+\S/.test(line)) return line;
  if (/\bTODO\b/.test(line)) return line;
  if (FOLLOW_UP.test(line)) return line;
  for (const clause of clausesOf(line.replace(/^\[[xX]\]\s+/, ""))) {
    const marker = MARKER.exec(clause);
    if (marker) {
      const rest = (marker[1] ?? "").trim();
      if (rest !== "" && !NO_ACTION.test(rest)) return clause;
      continue;
    }
    if (committedSubject(clause, options.commonWords)) return clause;
  }
  return void 0;
}
function committedSubject(clause, commonWords) {
  const match = SUBJECT.exec(clause);
  if (!match) return false;
  const [, subject = "", rest = ""] = match;
  const words = subject.split(/\s*(?:,|&|\band\b)\s*|\s+/).filter((word) => word !== "");
  const nameLike = words.every((word) => {
    if (word.startsWith("@")) return true;
    if (new RegExp("^\\p{Lu}\\p{Ll}{2,}ing$|^\\p{Lu}\\p{Ll}{2,}ed$|(?:ally|ately|fully|ously|ently|ibly|ably)$|^\\p{Lu}{2,}s$", "u").test(
      word
    ))
      return false;
    const lower = word.toLowerCase().replace(/['’]s$/, "");
    return !NOT_NAMES.has(lower) && !commonWords?.has(lower);
  });
  if (!nameLike) return false;
  for (const pattern of AFTER_SUBJECT) {
    const found = pattern.exec(rest);
    if (!found) continue;
    const verb = found[1];
    if (verb === void 0) return true;
    if (!NOT_VERBS.has(verb) && !verb.endsWith("ing")) return true;
  }
  return false;
}
function plainText(text) {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|__|`/g, "").replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, "").replace(/^[*_]+(?=\S)/, "").trim();
}
function clausesOf(line) {
  return line.split(/(?<=[.!?;])\s+(?=\S)|;\s*/).map((clause) => clause.trim().replace(/^[*_(]+/, "")).filter((clause) => clause !== "");
}
function lowerCaseWords(texts) {
  const words = /* @__PURE__ */ new Set();
  for (const text of texts)
    for (const word of text.match(new RegExp("(?<![\\p{L}'\u2019])\\p{Ll}[\\p{Ll}'\u2019-]*", "gu")) ?? []) words.add(word);
  return words;
}

// src/rules/followup-rules.ts
var followupImplied = {
  id: "followup-implied",
  run(ctx) {
    const findings = [];
    for (const register of ctx.targets) {
      const prose = (register.prose ?? []).filter((line) => typeof line?.text === "string");
      if (prose.length === 0) continue;
      const commonWords = lowerCaseWords([
        ...prose.map((line) => line.text),
        ...workItemsOf(register).map((item) => textOf(item.title))
      ]);
      const recorded = recordedBy(workItemsOf(register));
      for (const line of prose) {
        line.text.split(/\r?\n/).forEach((text, offset) => {
          const hit = impliedFollowUp(text, { commonWords });
          if (hit === void 0 || recorded(text)) return;
          const pos = { ...line.pos, line: line.pos.line + offset };
          const message = `Prose implies follow-up work that no action or output records: ${quote(hit)}`;
          findings.push(findingAt(register, pos, "followup-implied", message, null));
        });
      }
    }
    return findings;
  }
};
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
      const [first, ...later] = refs;
      if (!first) continue;
      const firstPlace = `${first.register.file}:${first.item.pos?.line ?? 1}`;
      for (const { register, item } of later) {
        if (!targets.has(register.file)) continue;
        const message = `${describeItem(item)} reuses an id already defined at ${firstPlace}`;
        findings.push(findingAt(register, fieldPos(item, "id"), "id-duplicate", message, itemId(item)));
      }
    }
    return findings;
  }
};

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
    return ownerSlots(ctx).filter((slot) => isVagueOwner(slot.owner, ctx.config.vague_owners)).map(
      (slot) => findingAt(
        slot.register,
        slot.pos,
        "owner-vague",
        `${slot.label} has the placeholder owner ${quote(slot.owner)}; name a person or team`,
        slot.item
      )
    );
  }
};
var ownerUnknown = {
  id: "owner-unknown",
  run(ctx) {
    const directory = Object.keys(ctx.config.owners ?? {}).length > 0;
    return ownerSlots(ctx).filter((slot) => directory || (slot.register.review?.attendees ?? []).length > 0).filter((slot) => !isVagueOwner(slot.owner, ctx.config.vague_owners)).filter((slot) => !isKnownOwner(slot.owner, scopeOf(slot.register, ctx))).map(
      (slot) => findingAt(
        slot.register,
        slot.pos,
        "owner-unknown",
        `${slot.label} is owned by ${quote(slot.owner)}, who is neither an attendee nor in the owners directory`,
        slot.item
      )
    );
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
      const owners = decisionsOf(register).filter((decision) => isOpenItem(decision) && !isBlank(decision.owner)).map((decision) => decision.owner.trim()).filter((owner) => !isVagueOwner(owner, ctx.config.vague_owners));
      if (owners.length === 0 || owners.some((owner) => ownerAttended(owner, scope))) continue;
      const names = [...new Set(owners)].slice(0, 5).map(quote).join(", ");
      const message = `No owner of an unresolved decision attended the review (owners: ${names})`;
      findings.push(findingAt(register, review.pos, "owners-absent", message, null));
    }
    return findings;
  }
};
function ownerSlots(ctx) {
  const slots = [];
  for (const register of ctx.targets) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (!isBlank(item.owner)) {
        slots.push({
          register,
          owner: item.owner.trim(),
          pos: fieldPos(item, "owner"),
          label: describeItem(item),
          item: id
        });
      }
      if (item.kind !== "decision") continue;
      for (const blocker of item.blocked_by ?? []) {
        if (isBlank(blocker.owner)) continue;
        const pos = fieldPos(blocker, "owner");
        slots.push({
          register,
          owner: blocker.owner.trim(),
          pos,
          label: describeBlocker(blocker, item),
          item: id
        });
      }
    }
  }
  return slots;
}
function scopeOf(register, ctx) {
  return { attendees: register.review?.attendees ?? [], config: ctx.config };
}

// src/model/register.ts
var DECISION_STATUSES = [
  "open",
  "resolved",
  "assigned",
  "blocked",
  "deferred",
  "superseded"
];
var ACTION_STATUSES = ["open", "done", "dropped"];
function itemsOf(register) {
  return [...register.decisions, ...register.actions, ...register.outputs];
}

// src/rules/status-rules.ts
var statusInvalid = {
  id: "status-invalid",
  run(ctx) {
    return ctx.targets.flatMap(
      (register) => allItems(register).filter((item) => !isBlank(item.status) && !allowedFor(item).includes(item.status.trim())).map((item) => {
        const allowed = allowedFor(item);
        const status = item.status.trim();
        const hint = closestMatch(status, allowed);
        const message = `${describeItem(item)} has status ${quote(status)}; use one of ${allowed.join(", ")}` + (hint ? ` (did you mean ${hint}?)` : "");
        return findingAt(register, fieldPos(item, "status"), "status-invalid", message, itemId(item));
      })
    );
  }
};
function allowedFor(item) {
  return item.kind === "decision" ? DECISION_STATUSES : ACTION_STATUSES;
}

// src/rules/index.ts
var RULES = [
  statusInvalid,
  idDuplicate,
  ownerMissing,
  ownerVague,
  ownerUnknown,
  ownersAbsent,
  dueMissing,
  dateInvalid,
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
    today
  };
  const raw = [...input.parseFindings ?? []];
  for (const rule of RULES) {
    if (config.rules[rule.id] !== "off") raw.push(...rule.run(ctx));
  }
  return dedupe(withSeverities(raw, config).sort(compareFindings));
}
function dedupe(sorted) {
  const key = (f) => `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.item}\0${f.message}`;
  const seen = /* @__PURE__ */ new Set();
  return sorted.filter((finding) => {
    const k = key(finding);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/check/check-files.ts
function parseFiles(files, config) {
  const registers = [];
  const parseFindings = [];
  for (const file of files) {
    const parsed = parseRegister(file.path, file.content, { maxBytes: config.max_file_bytes });
    registers.push(parsed.register);
    parseFindings.push(...parsed.findings);
  }
  return { registers, parseFindings };
}
function checkParsed(parsed, config, today, targets) {
  const inTarget = (file) => !targets || targets.has(file);
  const targetRegisters = parsed.registers.filter((r) => inTarget(r.file));
  const findings = checkRegisters({
    registers: parsed.registers,
    targets: targetRegisters,
    parseFindings: parsed.parseFindings.filter((f) => inTarget(f.file)),
    config,
    today
  });
  return { registers: targetRegisters, findings, summary: summarize(findings, targetRegisters) };
}
function checkFiles(files, config, today, targets) {
  return checkParsed(parseFiles(files, config), config, today, targets);
}

// src/render/markdown-escape.ts
var ZWSP = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  // so user-written entities such as &#64; stay literal text
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  // an entity, not \`, so no backtick ever reaches the output
  "\\": "\\\\",
  // so a user's trailing backslash cannot un-escape our `\|`
  "|": "\\|",
  "@": `@${ZWSP}`,
  "*": "\\*",
  _: "\\_",
  "[": "\\[",
  "]": "\\]",
  "~": "\\~",
  $: "\\$"
  // GitHub renders $…$ as math
};
var SPECIAL = /[&<>`\\|@*_[\]~$#]/g;
function quoteUserText(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(SPECIAL, (match, offset, whole) => {
    if (match === "#") return /\d/.test(whole.charAt(offset + 1)) ? `#${ZWSP}` : "\\#";
    return REPLACEMENTS[match] ?? match;
  });
}
function escapeCell(text) {
  return quoteUserText(text).replace(/\s+/g, " ").trim();
}

// src/config/is-register-path.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var cache = /* @__PURE__ */ new WeakMap();
function isRegisterPath(config, path) {
  const normal = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  const { include, exclude } = matchersFor(config);
  return include(normal) && !exclude(normal);
}
function matchersFor(config) {
  let matchers = cache.get(config);
  if (!matchers) {
    const compile = (globs) => globs.length === 0 ? () => false : (0, import_picomatch.default)(globs, { dot: true });
    matchers = { include: compile(config.paths), exclude: compile(config.exclude) };
    cache.set(config, matchers);
  }
  return matchers;
}

export {
  formatOf,
  compareFindings,
  resolveOwner,
  loginKey,
  findingAt,
  fieldPos,
  isBlank,
  itemId,
  describeItem,
  quote,
  statusOf,
  allItems,
  isOpenItem,
  isIsoDate,
  addDays,
  itemsOf,
  withSeverities,
  summarize,
  parseFiles,
  checkParsed,
  checkFiles,
  quoteUserText,
  escapeCell,
  require_picomatch2 as require_picomatch,
  isRegisterPath
};
