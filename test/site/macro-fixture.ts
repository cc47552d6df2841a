// A copy of the sample playbook with the macros the registry tests need: one full of markup that must
// stay text, one archived, one rarely used; the hostile one is linked from the refunds SOP.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyPlaybook } from './harness.ts';

/** The hostile reply exactly as the file holds it after the frontmatter, before trimming. */
const hostileBody = `
Hi {{ticket.requester.first_name}},

<script>alert(1)</script>

<img src=x onerror=alert(1)>

Your ticket {{ticket.id}} is **open** & "waiting" for you.
See [the help center](javascript:alert(1)) or <a href="#" onclick="alert(1)">here</a>.
Nothing breaks out: </textarea><script>alert(2)</script></template>.

- First, reply to this email.
- Then wait for {{ticket.assignee.name}}.

{{current_user.first_name}}
`;

const macroFile = (frontmatter: string, body: string) => `---\n${frontmatter.trim()}\n---\n${body}`;

const fixtureMacros = {
  'hostile-reply': macroFile(
    `
title: Hostile <b>title</b> & "quotes"
owner: billing-ops
reviewed: 2026-11-01
status: active
category: billing
channels: [email]
usage: { count: 60, since: 2026-10-01 }
source: { system: zendesk, id: 987654 }`,
    hostileBody,
  ),
  'old-apology': macroFile(
    `
title: Old apology
owner: billing-ops
reviewed: 2025-01-10
status: archived
category: billing
usage: { usage_30d: 0 }`,
    'Sorry for the wait, {{ticket.requester.first_name}}.\n',
  ),
  'rarely-used': macroFile(
    `
title: Rarely used reply
owner: support-ops
reviewed: 2026-11-01
status: active
category: quality
usage: { count: 1, since: 2026-10-01 }`,
    'Thanks for your patience, {{ticket.requester.first_name}}.\n',
  ),
};

/** Builds the copy and returns its root (holding `content/`). */
export async function macroPlaybook(): Promise<string> {
  const root = await copyPlaybook();
  for (const [id, text] of Object.entries(fixtureMacros)) await writeFile(path.join(root, 'content/macros', `${id}.md`), text);
  const sopPath = path.join(root, 'content/sops/refunds-and-credits.mdx');
  const sop = await readFile(sopPath, 'utf8');
  const linked = sop.replace('macros: [refund-approved,', 'macros: [hostile-reply, refund-approved,');
  if (linked === sop) throw new Error('the refunds SOP no longer lists `refund-approved` first; update the macro fixture');
  await writeFile(sopPath, linked);
  return root;
}

/** What the copy button must put on the clipboard: the body as written, trimmed. */
export const hostileRaw = hostileBody.trim();

/** Decodes the character references an HTML serializer writes, as a browser would. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? whole;
  });
}
