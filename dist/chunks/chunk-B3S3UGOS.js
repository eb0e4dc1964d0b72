import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-HR3KXG64.js";

// src/github/sticky-comment.ts
function authoredBy(login) {
  return (comment) => login ? comment.author === login : comment.authorType === "Bot";
}
async function upsertStickyComment(port, issue, marker, body, isOurs) {
  return await upsertSticky(port, issue, marker, body, isOurs, true);
}
function updateStickyComment(port, issue, marker, body, isOurs) {
  return upsertSticky(port, issue, marker, body, isOurs, false);
}
async function upsertSticky(port, issue, marker, body, isOurs, create) {
  const ours = (comments) => comments.filter((c) => c.body.includes(marker) && isOurs(c));
  const existing = ours(await port.listComments(issue))[0];
  if (!existing && !create) return null;
  if (existing) {
    if (existing.body === body) return { comment: existing, action: "unchanged", deduplicated: 0 };
    try {
      return { comment: await port.updateComment(existing.id, body), action: "updated", deduplicated: 0 };
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
      if (!create) return null;
    }
  }
  const created = await port.createComment(issue, body);
  const after = ours(await port.listComments(issue)).sort((a, b) => a.id - b.id);
  const keep = after[0] ?? created;
  let deduplicated = 0;
  for (const duplicate of after.slice(1)) {
    try {
      await port.deleteComment(duplicate.id);
      deduplicated++;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
    }
  }
  if (keep.id === created.id) return { comment: created, action: "created", deduplicated };
  const updated = keep.body === body ? keep : await port.updateComment(keep.id, body);
  return { comment: updated, action: "updated", deduplicated };
}

export {
  authoredBy,
  upsertStickyComment,
  updateStickyComment
};
