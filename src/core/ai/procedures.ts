// Plain-text procedures in the shape Fin Procedures and Zendesk's procedure editor take: When to use / Steps /
// Escalate when / Never, to paste or sync. Markdown emphasis and link syntax are reduced to their text.
import { describeDuration } from '../../../schemas/duration.ts';
import { aiUseMeaning } from './policy.ts';
import type { AiEdgeCase, AiSop } from './sop-view.ts';
import { inline, reviewNotice } from './twin.ts';

/** `**bold**`, `*em*`, `` `code` ``, `[text](url)` and escapes read as the text a procedure editor shows. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, '$1');
}

function indented(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, position) => (position === 0 ? line : `${' '.repeat(prefix.length)}${line}`))
    .join('\n');
}

function edgeCaseText(entry: AiEdgeCase): string {
  if (!('situation' in entry)) return plainText(inline(entry.text));
  // "If The customer…" reads badly; a leading capital goes unless the word is an acronym or a name in capitals.
  const situation = plainText(entry.situation).replace(/^(A(?= )|[A-Z](?=[a-z]))/, (letter) => letter.toLowerCase());
  return `${situation}: ${plainText(inline(entry.action))}`;
}

function procedureText(sop: AiSop): string {
  const lines: string[] = [
    inline(sop.title),
    `SOP ${sop.id} v${sop.version} · reviewed ${sop.review.reviewed} · next review ${sop.review.nextReview} · AI use: ` +
      `${sop.policy.use} (${aiUseMeaning[sop.policy.use]})`,
  ];
  const notice = reviewNotice(sop);
  if (notice) lines.push(plainText(notice));

  lines.push('', 'When to use', inline(sop.policy.whenToUse ?? sop.summary), `Applies to: ${inline(sop.scope.appliesTo)}`);
  if (sop.scope.excludes) lines.push(`Does not apply to: ${inline(sop.scope.excludes)}`);
  for (const entry of sop.policy.notWhen) lines.push(`Not when: ${inline(entry)}`);

  lines.push('', 'Steps');
  sop.steps.forEach((step, position) => {
    const prefix = `${position + 1}. `;
    lines.push(prefix + indented(plainText(step), prefix));
  });
  if (sop.edgeCases.length) {
    lines.push('', 'Conditions');
    for (const entry of sop.edgeCases) lines.push(`- ${'situation' in entry ? 'If ' : ''}${edgeCaseText(entry)}`);
  }

  lines.push('', 'Escalate when');
  sop.escalation.forEach((step, position) => {
    const next = sop.escalation[position + 1];
    if (step.when && next)
      lines.push(
        `- ${inline(step.when)}: hand off to ${inline(next.tierName)} (${inline(next.ownerName)}${
          next.contact ? `, ${inline(next.contact)}` : ''
        })${next.within ? `, who act within ${describeDuration(next.within)}` : ''}`,
      );
  });
  lines.push(
    `- The customer asks for a person, or the case is not covered above: ` +
      `hand off to ${inline(sop.handoffName ?? sop.escalation[0]?.tierName ?? sop.owner.name)}`,
  );

  lines.push('', 'Never');
  for (const entry of sop.policy.forbidden) lines.push(`- ${inline(entry)}`);
  if (sop.policy.use === 'assist') lines.push('- Send a reply to the customer yourself: draft it for a rep to check and send');
  lines.push('- Act outside the steps above, or on a case this procedure does not apply to');
  return `${lines.join('\n')}\n`;
}

/** One procedure per SOP that AI agents may carry, keyed by file name (`<id>.txt`). */
export function procedureFiles(sops: readonly AiSop[]): Array<{ path: string; sopId: string; text: string }> {
  return sops
    .filter((sop) => sop.excluded === undefined)
    .map((sop) => ({ path: `${sop.id}.txt`, sopId: sop.id, text: procedureText(sop) }));
}
