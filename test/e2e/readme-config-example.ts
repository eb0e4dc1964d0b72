// The README's config example (with its `app:` section) and a register that exercises its keys.
import { readmeBlocks } from '../docs/readme-blocks.js';

const blocks = readmeBlocks();
const CONFIG_EXAMPLE = blocks.find((b) => b.heading === 'Configuration' && b.lang === 'yaml')!.text;
const APP_EXAMPLE = blocks.find((b) => b.lang === 'yaml' && /^app:/m.test(b.text))!.text;
export const CONFIG = `${CONFIG_EXAMPLE}${APP_EXAMPLE}`;
export const CONFIG_PATH = '.github/decision-register.yml';
export const REGISTER_PATH = 'decisions/2026-11-24-config-tour.yml';

// Each line exercises a key of the example: owners, rules, vague_owners, topics, cycle_days.
export const REGISTER = `review:
  title: Config tour
  date: 2026-11-24
  attendees:
    - { name: Dana Kim, github: dkim, role: product sponsor }
decisions:
  - { id: C1, title: Pick the identity path, status: assigned, owner: Dana Kim, due: 2026-12-08, topics: [identity] }
  - { id: C2, title: Pick the host, status: assigned, owner: "@stranger", due: 2026-12-08 }
  - { id: C3, title: Pick the database, status: assigned, owner: someone, due: 2026-12-08 }
outputs:
  - { id: CO1, title: Program plan, timing: follow-up, owner: "@dkim", due: 2026-12-20, status: open }
`;
