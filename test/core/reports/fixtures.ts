// A small playbook with one review in each state, plus items the calendar must leave out.
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../../helpers/playbook.ts';

export function sop(fields: { title: string; owner?: string; reviewed: string; status?: string; extra?: string }): string {
  return sopText({
    frontmatter: `title: ${fields.title}
summary: A summary
owner: ${fields.owner ?? 'billing-ops'}
version: 1.0.0
status: ${fields.status ?? 'active'}
reviewed: ${fields.reviewed}
category: billing${fields.extra ?? ''}
scope:
  appliesTo: Some requests`,
  });
}

function macro(fields: { title: string; owner?: string; reviewed: string; status?: string }): string {
  return macroText({
    frontmatter: `title: ${fields.title}
owner: ${fields.owner ?? 'billing-ops'}
reviewed: ${fields.reviewed}
status: ${fields.status ?? 'active'}
category: billing`,
  });
}

/** Today is 2026-11-23 and the cycle 90 days. */
export const calendarFiles = playbookFiles({
  'content/sops/refunds.mdx': sop({ title: 'Refunds', reviewed: '2026-08-01' }),
  'content/sops/chargebacks.mdx': sop({ title: 'Chargebacks', owner: 'maya-chen', reviewed: '2026-09-01' }),
  'content/sops/account-recovery.mdx': sop({ title: 'Account recovery', owner: 'maya-chen', reviewed: '2026-06-01', extra: '\n' +
    'reviewEvery: 1y' }),
  'content/sops/new-thing.mdx': sop({ title: 'New thing', reviewed: '2020-01-01', status: 'draft' }),
  'content/sops/old-thing.mdx': sop({ title: 'Old thing', reviewed: '2020-01-01', status: 'retired' }),
  'content/sops/broken.mdx': '---\ntitle: Broken\n---\n',
  'content/macros/refund-approved.md': macro({ title: 'Refund approved', reviewed: '2026-09-01' }),
  'content/macros/old-reply.md': macro({ title: 'Old reply', reviewed: '2020-01-01', status: 'archived' }),
});

export const calendarPlaybook = () => loadTestPlaybook(calendarFiles);
