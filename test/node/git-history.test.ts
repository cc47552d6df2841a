import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHistory } from '../../src/node/git-history.ts';

function sop(version: string, step: string): string {
  return `---\ntitle: Refunds\nversion: ${version}\nstatus: active\n---\n\n## Steps\n\n1. ${step}\n`;
}

/** A repository with the playbook in `subfolder` and three commits to one SOP. */
function repositoryWithHistory(subfolder: string): string {
  const repository = mkdtempSync(path.join(os.tmpdir(), 'sop-history-'));
  const root = path.join(repository, subfolder);
  mkdirSync(path.join(root, 'content', 'sops'), { recursive: true });
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: repository,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Maya Chen',
        GIT_AUTHOR_EMAIL: 'maya@example.com',
        GIT_COMMITTER_NAME: 'Maya Chen',
        GIT_COMMITTER_EMAIL: 'maya@example.com',
        GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
        GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
      },
    });
  const commit = (version: string, step: string, message: string, date: string) => {
    writeFileSync(path.join(root, 'content', 'sops', 'refunds.mdx'), sop(version, step));
    git(['add', '.'], date);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q'], '2026-01-01');
  commit('1.0.0', 'Refund the charge.', 'Add the refunds SOP', '2026-01-05');
  commit('1.1.0', 'Refund the charge in Stripe.', 'Refunds: name the tool', '2026-02-10');
  commit('1.1.0', 'Refund the charge in Stripe, with the ticket link.', 'Refunds: typo', '2026-03-15');
  return root;
}

describe('content history from git', () => {
  it('lists each change newest first with the version it left', () => {
    const root = repositoryWithHistory('.');
    expect(contentHistory(root).get('content/sops/refunds.mdx')).toEqual([
      expect.objectContaining({
        date: '2026-03-15',
        timestamp: '2026-03-15T10:00:00+00:00',
        author: 'Maya Chen',
        subject: 'Refunds: typo',
        version: '1.1.0',
      }),
      expect.objectContaining({ date: '2026-02-10', subject: 'Refunds: name the tool', version: '1.1.0' }),
      expect.objectContaining({ date: '2026-01-05', subject: 'Add the refunds SOP', version: '1.0.0' }),
    ]);
  });

  it('keeps paths relative to a playbook that lives in a subfolder of the repository', () => {
    const root = repositoryWithHistory('support/playbook');
    expect([...contentHistory(root).keys()]).toEqual(['content/sops/refunds.mdx']);
  });

  it('is empty outside git', () => {
    expect(contentHistory(mkdtempSync(path.join(os.tmpdir(), 'sop-no-git-'))).size).toBe(0);
  });
});
