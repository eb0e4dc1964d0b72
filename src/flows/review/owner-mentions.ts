import type { Config } from '../../config/config.js';
import { resolveOwner } from '../../model/owners.js';
import { itemsOf, type Register } from '../../model/register.js';

/**
 * The handles to mention per item (`file#id` → `@login` / `@org/team`), for the opt-in
 * `mention-owners`: only owners that resolve to a GitHub account or team, never quoted text.
 */
export function ownerMentions(registers: readonly Register[], config: Config): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  for (const register of registers) {
    const scope = { attendees: register.review?.attendees, config };
    for (const item of itemsOf(register)) {
      if (!item.id) continue;
      const owner = resolveOwner(item.owner, scope);
      const handle =
        owner?.kind === 'user'
          ? `@${owner.login}`
          : owner?.kind === 'name' && owner.login
            ? `@${owner.login}`
            : owner?.kind === 'team'
              ? `@${owner.org}/${owner.slug}`
              : undefined;
      if (handle) mentions.set(`${register.file}#${item.id}`, [handle]);
    }
  }
  return mentions;
}
