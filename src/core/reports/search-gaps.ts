// `sop report search-gaps`: where authors can help search. SOPs whose title words seldom occur in their
// body (a rep searching the body's words will not find the title's), and SOPs with no `aliases`.
import type { Playbook } from '../model.ts';
import { lightStem } from '../search/synonyms.ts';
import { keyWords, queryWords, wordSequence } from '../search/words.ts';

/** A title word used fewer times than this in the body counts as rare there. */
const rareBelow = 2;

interface SearchGap {
  id: string;
  title: string;
  owner: string;
  file: string;
  /** Title words (filler dropped) the body uses fewer than `rareBelow` times, with how often it does. */
  rareTitleWords: Array<{ word: string; inBody: number }>;
  /** True when at least half the title's words are rare in the body. */
  titleRarelyInBody: boolean;
  aliases: number;
}

export interface SearchGapsReport {
  /** Every SOP that is not retired and whose frontmatter passed its schema, by id. */
  sops: SearchGap[];
}

export function buildSearchGaps(playbook: Playbook): SearchGapsReport {
  const sops: SearchGap[] = [];
  for (const sop of playbook.sops) {
    const data = sop.data;
    if (!data || data.status === 'retired') continue;
    const counts = new Map<string, number>();
    for (const word of wordSequence(sop.body)) counts.set(lightStem(word), (counts.get(lightStem(word)) ?? 0) + 1);
    const titleWords = keyWords(queryWords(data.title));
    const titleCounts = titleWords.map((word) => ({ word, inBody: counts.get(lightStem(word)) ?? 0 }));
    const rareTitleWords = titleCounts.filter((entry) => entry.inBody < rareBelow);
    sops.push({
      id: sop.id,
      title: data.title,
      owner: data.owner,
      file: sop.file.path,
      rareTitleWords,
      titleRarelyInBody: titleWords.length > 0 && rareTitleWords.length * 2 >= titleWords.length,
      aliases: data.aliases?.length ?? 0,
    });
  }
  sops.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { sops };
}

export function formatSearchGapsJson(report: SearchGapsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function formatSearchGapsMarkdown(report: SearchGapsReport): string {
  const rare = report.sops.filter((sop) => sop.titleRarelyInBody);
  const bare = report.sops.filter((sop) => sop.aliases === 0);
  const lines = ['# Search gaps', ''];
  lines.push(`## Title words rarely in the body (${rare.length})`, '');
  if (rare.length === 0) lines.push('Every SOP uses its title words in its body.');
  else lines.push('Reps search with the words of the problem; use the title\'s words in the steps, or add them as `aliases`.', '');
  for (const sop of rare) {
    const words = sop.rareTitleWords.map((entry) => `\`${entry.word}\` ${entry.inBody}×`).join(', ');
    lines.push(`- **${sop.title}** (\`${sop.id}\`, ${sop.owner}): ${words} — ${sop.file}`);
  }
  lines.push('', `## No aliases (${bare.length})`, '');
  if (bare.length === 0) lines.push('Every SOP lists `aliases`.');
  else lines.push('Add `aliases:` to the frontmatter: what customers call this ("money back", "locked out"); search weighs ' +
    'them next to the title.', '');
  for (const sop of bare) lines.push(`- **${sop.title}** (\`${sop.id}\`, ${sop.owner}) — ${sop.file}`);
  return `${lines.join('\n')}\n`;
}
