import type { Position } from '../../model/position.js';
import type { ListedAttendee } from './listed-item.js';

const LOGIN = /@([A-Za-z0-9][A-Za-z0-9-]{0,38})\b/;

/**
 * An attendee from a line of an attendance list: `Dana Kim`, `Dana Kim (@dkim) - TSC`,
 * `Dana Kim, Acme (Platinum Member)`, `@dkim`. The name is the text before any
 * parenthesis, comma or dash; a `@login` anywhere is the GitHub handle; the part after a
 * dash is the role. Undefined for a line without a name.
 */
export function readAttendee(text: string, pos: Position): ListedAttendee | undefined {
  const line = text.trim().slice(0, 200);
  const login = LOGIN.exec(line);
  const role = /\s[-–—]\s+([^()]+?)\s*$/.exec(line);
  const name = line
    .split(/\s*(?:\(|,|;|\s[-–—]\s|\s@)/, 1)[0]!
    .replace(/[*_`]/g, '')
    .trim();
  const plain = name.startsWith('@') ? '' : name;
  if (plain === '' && !login) return undefined;
  if (plain !== '' && !/\p{L}/u.test(plain)) return undefined;
  return {
    name: plain || `@${login![1]}`,
    ...(login ? { github: `@${login[1]}` } : {}),
    ...(role && plain ? { role: role[1]! } : {}),
    pos,
  };
}
