// Its own file: the tagger's load state is per module instance, so this file sees a fresh one.
import { describe, expect, it } from 'vitest';
import { checkRegisters } from '../../src/check/check-registers.js';
import { prepareCheck } from '../../src/check/prepare-check.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { loadedProseTagger } from '../../src/rules/prose/prose-tagger.js';
import { makeRegister } from '../support/make-register.js';

const TODAY = '2026-11-25';

describe('prepareCheck', () => {
  it('loads the prose tagger only when followup-implied is on and a register has prose', async () => {
    const yaml = makeRegister({ decisions: [{ id: 'D1', title: 'Adopt Okta' }] });
    await prepareCheck([yaml], defaultConfig());
    expect(loadedProseTagger()).toBeUndefined();

    const notes = makeRegister({
      file: 'decisions/notes.md',
      prose: ['Priya will follow up with the vendor.'],
    });
    const off = defaultConfig();
    off.rules['followup-implied'] = 'off';
    await prepareCheck([yaml, notes], off);
    expect(loadedProseTagger()).toBeUndefined();
    // Unprepared, the rule reports nothing rather than loading the library itself.
    const unprepared = checkRegisters({ registers: [notes], config: defaultConfig(), today: TODAY });
    expect(unprepared.filter((f) => f.rule === 'followup-implied')).toEqual([]);

    await prepareCheck([yaml, notes], defaultConfig());
    expect(loadedProseTagger()).toBeDefined();
    const findings = checkRegisters({ registers: [notes], config: defaultConfig(), today: TODAY });
    expect(findings.filter((f) => f.rule === 'followup-implied').map((f) => f.line)).toEqual([
      notes.prose[0]!.pos.line,
    ]);
  });
});
