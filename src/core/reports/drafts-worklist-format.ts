// The drafts worklist as Markdown (for an issue or a pull request comment) and as stable JSON for scripts.
import { describeCounts, describeNeeds, type DraftWorklist } from './drafts-worklist.ts';

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

export function formatDraftWorklistMarkdown(worklist: DraftWorklist): string {
  const lines = ['# Drafts to finish', '', `${describeCounts(worklist.counts)}.`];
  for (const group of worklist.owners) {
    const name = group.ownerName === group.owner ? code(group.owner) : `${group.ownerName} (${code(group.owner)})`;
    lines.push('', `## ${name}: ${group.drafts.length}`, '');
    for (const entry of group.drafts) {
      lines.push(`- **${entry.title.replace(/[*_[\]\\]/g, (mark) => `\\${mark}`)}** (${code(entry.file)}): ${describeNeeds(entry)}`);
      for (const finding of entry.findings) lines.push(`  - ${finding.line}:${finding.column} ${finding.severity} ` +
        `${code(finding.ruleId)}: ${finding.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatDraftWorklistJson(worklist: DraftWorklist): string {
  const owners = worklist.owners.map((group) => ({
    owner: group.owner,
    ownerName: group.ownerName,
    count: group.drafts.length,
    drafts: group.drafts.map((entry) => ({
      id: entry.id,
      title: entry.title,
      file: entry.file,
      needs: entry.needs,
      brokenLinks: entry.brokenLinks,
      findings: entry.findings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message })),
    })),
  }));
  return `${JSON.stringify({ counts: worklist.counts, owners }, null, 2)}\n`;
}
