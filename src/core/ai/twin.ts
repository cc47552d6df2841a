// The Markdown twin of an SOP (`/sops/<id>.md`): what an AI agent needs to follow it, with no MDX and no HTML.
import { describeDuration } from '../../../schemas/duration.ts';
import { describeDaysLeft } from '../review.ts';
import { aiUseMeaning } from './policy.ts';
import type { AiSop } from './sop-view.ts';

export interface TwinOptions {
  /** 0 for a twin of its own (`# Title`); 1 inside llms-full.txt (`## Title`, sections one level down). */
  headingOffset?: number;
}

/** One line, safe inside a Markdown list item or heading: no line breaks, no leading block markers. */
export function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const reviewStateWords = { current: 'current', 'due-soon': 'due soon', overdue: 'overdue', exempt: 'not under review' } as const;

export function reviewNotice(sop: AiSop): string | undefined {
  if (sop.review.state === 'due-soon') {
    return (
      `**Review due soon:** this SOP is due for review on ${sop.review.nextReview} ` +
      `(${describeDaysLeft(sop.review.daysLeft)}); follow it, and hand off anything it does not cover.`
    );
  }
  if (sop.review.state === 'overdue') {
    return (
      `**Review overdue:** this SOP was due for review on ${sop.review.nextReview} ` +
      `(${describeDaysLeft(sop.review.daysLeft)}) and may be out of date; hand off anything unusual.`
    );
  }
  return undefined;
}

function factLines(sop: AiSop): string[] {
  const owner = `${sop.owner.name} (\`${sop.owner.id}\`)${
    sop.coOwners.length ? `, with ${sop.coOwners.map((entry) => entry.name).join(', ')}` : ''
  }`;
  return [
    `- Owner: ${owner}`,
    `- Version: ${sop.version}`,
    `- Status: ${sop.status}`,
    `- Category: ${sop.category.name}`,
    ...(sop.channels.length ? [`- Channels: ${sop.channels.join(', ')}`] : []),
    `- Last review: ${sop.review.reviewed}`,
    `- Next review: ${sop.review.nextReview}`,
    `- Review state: ${reviewStateWords[sop.review.state]}`,
    `- AI use: ${sop.policy.use} (${aiUseMeaning[sop.policy.use]})`,
    `- Web page: ${sop.urls.page}`,
  ];
}

function escalationLines(sop: AiSop): string[] {
  return sop.escalation.map((step, position) => {
    const parts = [
      `${position + 1}. **${inline(step.tierName)}**: ${inline(step.ownerName)}${step.contact ? ` (${inline(step.contact)})` : ''}`,
    ];
    if (step.handles) parts.push(`handles ${inline(step.handles)}`);
    if (step.within) parts.push(`within ${describeDuration(step.within)}`);
    const line = parts.join('; ');
    return step.when ? `${line}. Escalate to the next step when: ${inline(step.when)}` : line;
  });
}

export function sopTwin(sop: AiSop, options: TwinOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  const h = (depth: number) => '#'.repeat(Math.min(6, depth + offset));
  const blocks: string[] = [`${h(1)} ${inline(sop.title)}`, inline(sop.summary)];
  const notice = reviewNotice(sop);
  if (notice) blocks.push(notice);
  blocks.push(factLines(sop).join('\n'));

  const whenToUse = [
    sop.policy.whenToUse ? inline(sop.policy.whenToUse) : inline(sop.summary),
    '',
    `Applies to: ${inline(sop.scope.appliesTo)}`,
  ];
  if (sop.scope.excludes) whenToUse.push('', `Does not apply to: ${inline(sop.scope.excludes)}`);
  blocks.push(`${h(2)} When to use`, whenToUse.join('\n'));
  if (sop.policy.notWhen.length) blocks.push(`${h(2)} Not when`, sop.policy.notWhen.map((entry) => `- ${inline(entry)}`).join('\n'));
  if (sop.policy.forbidden.length) blocks.push(`${h(2)} Never`, sop.policy.forbidden.map((entry) => `- ${inline(entry)}`).join('\n'));
  if (sop.sla.length)
    blocks.push(`${h(2)} Service levels`, sop.sla.map((line) => `- ${inline(line.priority)}: ${line.described}`).join('\n'));
  if (sop.escalation.length || sop.handoffName) {
    const lines = escalationLines(sop);
    if (sop.handoffName) lines.push('', `AI agents hand off to: ${inline(sop.handoffName)} (\`${sop.policy.handoff}\`)`);
    blocks.push(`${h(2)} Escalation path`, lines.join('\n'));
  }
  if (sop.body) blocks.push(offset > 0 ? shiftHeadings(sop.body, offset) : sop.body);
  if (sop.macros.length) {
    blocks.push(`${h(2)} Macros`);
    for (const macro of sop.macros)
      blocks.push(`${h(3)} ${inline(macro.title)}`, `Macro \`${macro.id}\`, reply text with its placeholders:`, fenced(macro.reply));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A fence longer than any run of backticks in the text, so the reply cannot close it early. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/** Moves ATX headings down (`##` → `###`) outside fenced code. */
function shiftHeadings(markdown: string, offset: number): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        if (!fence) fence = open[1];
        else if (line.trim().startsWith(fence)) fence = undefined;
        return line;
      }
      if (fence) return line;
      const heading = /^(#{1,6})(\s)/.exec(line);
      return heading ? `${'#'.repeat(Math.min(6, heading[1]!.length + offset))}${line.slice(heading[1]!.length)}` : line;
    })
    .join('\n');
}

export interface MacroTwinInput {
  id: string;
  title: string;
  owner: string;
  reviewed: string;
  nextReview: string;
  /** Published SOPs AI agents may carry that list the macro. */
  usedBy: Array<{ title: string; markdown: string }>;
  reply: string;
  page: string;
}

/** The Markdown twin of an active macro (`/macros/<id>.md`): its reply text verbatim, placeholders kept. */
export function macroTwin(macro: MacroTwinInput): string {
  const facts = [
    `- Owner: ${inline(macro.owner)}`,
    `- Last review: ${macro.reviewed}`,
    `- Next review: ${macro.nextReview}`,
    `- Web page: ${macro.page}`,
  ];
  if (macro.usedBy.length)
    facts.push(
      `- Used by: ${macro.usedBy.map((sop) => `[${inline(sop.title).replace(/([[\]\\])/g, '\\$1')}](${sop.markdown})`).join(', ')}`,
    );
  return `${[
    `# ${inline(macro.title)}`,
    `Macro \`${macro.id}\`: a canned reply; \`{{placeholders}}\` are filled in by the help desk.`,
    facts.join('\n'),
    fenced(macro.reply),
  ].join('\n\n')}\n`;
}
