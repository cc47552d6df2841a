// Tiny in-memory playbooks for tests: a valid base that each case changes a little.
import { loadPlaybook } from '../../src/core/load/load-playbook.ts';
import type { Playbook, SourceFile } from '../../src/core/model.ts';

export const basePlaybookYaml = `title: Test Support Playbook
timezone: America/New_York
reviewEvery: 90d
dueSoonDays: 14
categories:
  - { id: billing, name: Billing, tags: [refund, failed-charge] }
  - { id: account, name: Account }
channels: [email, chat, phone]
tiers:
  - { id: l1, name: Tier 1 }
  - { id: l2, name: Tier 2 }
  - { id: eng, name: Engineering }
macros: { archiveBelow: 5 }
`;

export const baseTeamYaml = `people:
  - { id: maya-chen, name: Maya Chen, role: Head of Support, email: maya@example.com }
  - { id: ines-moreau, name: Ines Moreau, role: Billing lead, email: ines@example.com }
teams:
  - { id: billing-ops, name: Billing operations, lead: ines-moreau, members: [ines-moreau], contact: "#billing-ops" }
  - { id: support-l2, name: Tier 2 support, lead: maya-chen, members: [maya-chen], contact: "#support-l2" }
`;

/** A valid SOP; `overrides` replace whole frontmatter lines by key, `body` replaces the body. */
export function sopText(options: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    options.frontmatter ??
    `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests for paid plans`;
  const body =
    options.body ??
    `## Steps

1. Confirm the order.
2. Grant the refund.

## Edge cases

- **Expired card**: refund as account credit.
`;
  return `---\n${frontmatter}\n---\n\n${body}`;
}

export function macroText(options: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    options.frontmatter ??
    `title: Refund approved
owner: billing-ops
reviewed: 2026-11-01
status: active
category: billing
usage: { count: 120, since: 2026-08-01 }`;
  return `---\n${frontmatter}\n---\n${options.body ?? 'Hi {{ticket.requester.first_name}}, your refund is on its way.\n'}`;
}

/** Files by path relative to the root: `content/sops/x.mdx`, `content/macros/y.md`, config files. */
export type PlaybookFiles = Record<string, string>;

export function playbookFiles(files: PlaybookFiles = {}): PlaybookFiles {
  return {
    'content/playbook.yaml': basePlaybookYaml,
    'content/team.yaml': baseTeamYaml,
    ...files,
  };
}

/** Loads in-memory files into the model; a `null` value removes a base file. */
export function loadTestPlaybook(files: PlaybookFiles): Playbook {
  const entries = Object.entries(files).map(([path, text]): SourceFile => ({ path, text }));
  const pick = (path: string) => entries.find((entry) => entry.path === path);
  return loadPlaybook({
    playbook: pick('content/playbook.yaml'),
    team: pick('content/team.yaml'),
    sops: entries.filter((entry) => /^content\/sops\/[^/]+\.mdx?$/.test(entry.path)),
    macros: entries.filter((entry) => /^content\/macros\/[^/]+\.md$/.test(entry.path)),
  });
}
