// The body of a new SOP: the contract's sections with the template's scaffolding and guidance as MDX comments.
import type { SopTemplate } from './templates/template.ts';

// An MDX comment, which the site never shows; template text never holds the closing star-slash.
function guidance(text: string): string {
  return `{/* ${text} */}`;
}

/** Attribute text in double quotes: template prose holds no quote mark, but stay safe. */
const attribute = (text: string) => text.replaceAll('"', '&quot;');

function calloutBlock(callout: NonNullable<SopTemplate['callout']>): string {
  return `<Callout kind="${callout.kind}" title="${attribute(callout.title)}">\n  ${callout.text}\n</Callout>`;
}

/** The numbered steps, with channel tabs under step `after` for the channels the playbook lists, in its order. */
function stepList(template: SopTemplate, channels: readonly string[]): string {
  const step = template.channelStep;
  const tabbed = channels.filter((channel) => step?.byChannel[channel] !== undefined);
  return template.steps
    .map((text, index) => {
      const line = `${index + 1}. ${text}`;
      if (!step || index + 1 !== step.after || tabbed.length === 0) return line;
      const indent = ' '.repeat(`${index + 1}. `.length);
      const tabs = tabbed.map(
        (channel) => `${indent}  <Tab channel="${channel}">\n${indent}    ${step.byChannel[channel]}\n${indent}  </Tab>`,
      );
      return `${line} ${step.intro}\n\n${indent}<Tabs>\n${tabs.join('\n')}\n${indent}</Tabs>\n`;
    })
    .join('\n');
}

export function renderSopBody(template: SopTemplate, channels: readonly string[] = []): string {
  const { guidance: notes } = template;
  const sections = [
    guidance(
      `Draft from the \`${template.kind}\` template. ${notes.intro} Replace what does not fit your team; when it has been ` +
        `reviewed, set \`status\` to \`shadow\` or \`active\`.`,
    ),
    '## Steps',
    guidance(notes.steps),
    ...(template.callout ? [calloutBlock(template.callout)] : []),
    stepList(template, channels),
    '## Edge cases',
    guidance(notes.edgeCases),
    template.edgeCases.map((edge) => `- **${edge.situation}**: ${edge.action}`).join('\n'),
    '## Common mistakes',
    guidance(notes.commonMistakes),
    template.commonMistakes.map((mistake) => `- ${mistake}`).join('\n'),
    '## Escalation',
    guidance(notes.escalation),
    template.escalationNotes,
  ];
  return `${sections.join('\n\n')}\n`;
}
