// sop-too-long: an SOP past the policy's word limit (`maxWords`, default 1200: about two printed pages) is too long to follow mid-ticket.
import { wordCount } from '../../markdown/word-count.ts';
import { bodyStart } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const sopTooLong = defineRule({
  meta: {
    id: 'sop-too-long',
    defaultSeverity: 'warning',
    description: 'Warns when an SOP body is longer than `maxWords` in playbook.yaml (default 1200 words)',
  },
  check({ playbook, report }) {
    const limit = playbook.config.data.maxWords;
    for (const sop of playbook.sops) {
      const words = wordCount(sop.tree);
      if (words <= limit) continue;
      report({
        file: sop.file.path,
        ...bodyStart(sop),
        message: `SOP \`${sop.id}\` is ${words} words long, over the limit of ${limit}; split it into linked SOPs or move background out`,
      });
    }
  },
});
