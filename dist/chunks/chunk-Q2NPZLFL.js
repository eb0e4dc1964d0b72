import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  formatOf,
  isRegisterPath
} from "./chunk-4GJYVD7P.js";
import {
  isMarkdownParserLoaded
} from "./chunk-4BKEW7KF.js";

// src/flows/load-parsers.ts
async function loadParsers(paths) {
  if (isMarkdownParserLoaded()) return;
  for (const path of paths) {
    if (formatOf(path) !== "yaml") {
      await import("./register-markdown-H7BTF7BO.js");
      return;
    }
  }
}

// src/flows/map-limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/flows/read-registers-at.ts
var READ_CONCURRENCY = 6;
async function readRegistersAt(port, sha, config, skip = /* @__PURE__ */ new Set()) {
  const entries = (await port.listTree(sha)).filter(
    (e) => !skip.has(e.path) && isRegisterPath(config, e.path)
  );
  await loadParsers(entries.map((e) => e.path));
  return mapLimit(entries, READ_CONCURRENCY, async (entry) => ({
    path: entry.path,
    content: await port.readBlob(entry.sha)
  }));
}

export {
  loadParsers,
  mapLimit,
  READ_CONCURRENCY,
  readRegistersAt
};
