import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-HR3KXG64.js";

// src/github/sticky-comment.ts
function authoredBy(login) {
  const check = (made) => login !== void 0 && made.author === login;
  return Object.assign(check, { login });
}
function learnedFrom(isOurs, created) {
  return isOurs.login !== void 0 || !created.author ? isOurs : authoredBy(created.author);
}
async function upsertStickyComment(port, issue, marker, body, isOurs, options = {}) {
  return await upsertSticky(port, issue, marker, body, isOurs, true, options);
}
function updateStickyComment(port, issue, marker, body, isOurs, options = {}) {
  return upsertSticky(port, issue, marker, body, isOurs, false, options);
}
async function upsertSticky(port, issue, marker, body, isOurs, create, options) {
  const marked = (comments) => comments.filter((c) => c.body.includes(marker));
  const reportForeign = (comments, check) => {
    const foreign = comments.filter((c) => !check(c));
    if (foreign.length > 0) options.onForeign?.(foreign);
  };
  const listed = marked(await port.listComments(issue));
  if (isOurs.login !== void 0) reportForeign(listed, isOurs);
  const mine = listed.filter(isOurs).sort((a, b) => a.id - b.id);
  const existing = mine[0];
  if (!existing && !create) return null;
  if (existing) {
    const deduplicated2 = await removeAll(port, mine.slice(1));
    if (existing.body === body) return { comment: existing, action: "unchanged", deduplicated: deduplicated2 };
    try {
      return { comment: await port.updateComment(existing.id, body), action: "updated", deduplicated: deduplicated2 };
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
      if (!create) return null;
    }
  }
  const created = await port.createComment(issue, body);
  const ours = learnedFrom(isOurs, created);
  const relisted = marked(await port.listComments(issue));
  if (isOurs.login === void 0) reportForeign(relisted, ours);
  const after = relisted.filter((c) => c.id === created.id || ours(c)).sort((a, b) => a.id - b.id);
  const keep = after[0] ?? created;
  const deduplicated = await removeAll(port, after.slice(1));
  if (keep.id === created.id) return { comment: created, action: "created", deduplicated };
  const updated = keep.body === body ? keep : await port.updateComment(keep.id, body);
  return { comment: updated, action: "updated", deduplicated };
}
async function removeAll(port, duplicates) {
  let removed = 0;
  for (const duplicate of duplicates) {
    try {
      await port.deleteComment(duplicate.id);
      removed++;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
    }
  }
  return removed;
}

export {
  authoredBy,
  learnedFrom,
  upsertStickyComment,
  updateStickyComment
};
