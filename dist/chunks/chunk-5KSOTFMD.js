import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  isRegisterPath
} from "./chunk-Y3M5WSMX.js";

// src/plan/comment-marker.ts
var PREFIX = "decision-register";
function markerFor(kind, key) {
  const suffix = key === void 0 ? "" : `:${encodeURIComponent(key).replaceAll("-", "%2D")}`;
  return `<!-- ${PREFIX}:${kind}${suffix} -->`;
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
  return mapLimit(entries, READ_CONCURRENCY, async (entry) => ({
    path: entry.path,
    content: await port.readBlob(entry.sha)
  }));
}

export {
  markerFor,
  mapLimit,
  READ_CONCURRENCY,
  readRegistersAt
};
