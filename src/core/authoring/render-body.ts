// The body of a new SOP: the contract's sections with the template's scaffolding and guidance as MDX comments.
import type { SopTemplate } from './templates/template.ts';

// An MDX comment, which the site never shows; template text never holds the closing star-slash.
function guidance(text: string): string {
  return `{/* ${text} */}`;
}

export function renderSopBody(template: SopTemplate): string {
  const { guidance: notes } = template;
  const sections = [
    guidance(
      `Draft from the \`${template.kind}\` template. ${notes.intro} Replace what does not fit your team; when it has been reviewed, set \`status\` to \`shadow\` or \`active\`.`,
    ),
    '## Steps',
    guidance(notes.steps),
    template.steps.map((step, index) => `${index + 1}. ${step}`).join('\n'),
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
