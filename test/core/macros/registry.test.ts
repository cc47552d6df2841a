import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/catalog.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { macroRegistry, roundUsage } from '../../../src/core/macros/registry.ts';
import { loadTestPlaybook, playbookFiles } from '../../helpers/playbook.ts';

const macro = (status: string, usage: string) => `---
title: A ${status} macro
owner: billing-ops
reviewed: 2026-11-01
status: ${status}
category: billing${usage ? `\nusage: ${usage}` : ''}
---
Hi {{ticket.requester.first_name}}
`;

function registryOf(files: Record<string, string>) {
  const playbook = loadTestPlaybook(playbookFiles(files));
  return macroRegistry(buildCatalog(playbook, parsePlainDate('2026-11-23')!), playbook.config.data.macros.archiveBelow);
}

describe('macroRegistry', () => {
  it('puts each macro on its shelf by status and usage per quarter', () => {
    const registry = registryOf({
      'content/macros/busy.md': macro('active', '{ usage_30d: 40 }'),
      'content/macros/rare.md': macro('active', '{ usage_30d: 1 }'),
      'content/macros/uncounted.md': macro('active', ''),
      'content/macros/rare-draft.md': macro('draft', '{ usage_30d: 0 }'),
      'content/macros/old.md': macro('archived', '{ usage_30d: 0 }'),
    });
    const shelves = Object.fromEntries(registry.entries.map((entry) => [entry.macro.id, [entry.shelf, entry.usagePerQuarter]]));
    expect(shelves).toEqual({
      busy: ['in-use', 120],
      rare: ['archive-candidate', 3],
      uncounted: ['in-use', undefined],
      'rare-draft': ['in-use', 0],
      old: ['archived', 0],
    });
    expect(registry.archiveBelow).toBe(5);
    expect(registry.byId.get('rare')?.shelf).toBe('archive-candidate');
  });

  it('does not make a macro used exactly at the threshold a candidate', () => {
    const registry = registryOf({ 'content/macros/edge.md': macro('active', '{ count: 5, since: 2026-08-24 }') });
    expect(registry.entries[0]?.usagePerQuarter).toBe(5);
    expect(registry.entries[0]?.shelf).toBe('in-use');
  });
});

describe('roundUsage', () => {
  it('prints whole numbers, and one decimal under one use', () => {
    expect([roundUsage(259.4), roundUsage(4.5), roundUsage(0.64), roundUsage(0)]).toEqual([259, 5, 0.6, 0]);
  });
});
