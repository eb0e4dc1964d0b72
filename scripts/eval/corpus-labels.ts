import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One item a careful reader labelled in a corpus file (`LABELS.json`). */
export interface Label {
  file: string;
  line: number;
  kind: 'action' | 'decision';
  text: string;
  owner: string | null;
  due: string | null;
  status: string | null;
}

/** The labels of a corpus folder, or [] when it has none. */
export async function readLabels(dir: string): Promise<Label[]> {
  try {
    return JSON.parse(await readFile(join(dir, 'LABELS.json'), 'utf8')) as Label[];
  } catch {
    return [];
  }
}

/** The date a file name carries (`2023-06-29.md`, `20220201.md`), as YYYY-MM-DD. */
export function dateInName(file: string): string | undefined {
  const match = /(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(file.split('/').pop() ?? '');
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
