import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/plan/comment-marker.ts
var PREFIX = "decision-register";
function markerFor(kind, key) {
  const suffix = key === void 0 ? "" : `:${encodeURIComponent(key).replaceAll("-", "%2D")}`;
  return `<!-- ${PREFIX}:${kind}${suffix} -->`;
}
function markerPrefix(kind) {
  return `<!-- ${PREFIX}:${kind}:`;
}

export {
  markerFor,
  markerPrefix
};
