// lint-directive: a disable comment names an unknown rule, gives no reason, or cannot be read. The engine honours a readable one anyway.
import { didYouMean } from '../../nearest.ts';
import { disableDirectives, unreadableDirectives } from '../directives.ts';
import { defineRule } from '../rule.ts';

export const lintDirective = defineRule({
  meta: {
    id: 'lint-directive',
    defaultSeverity: 'warning',
    description: 'Disable comments must name known rules and give a reason',
  },
  check({ playbook, ruleIds, report }) {
    for (const document of [...playbook.sops, ...playbook.macros]) {
      const file = document.file.path;
      for (const directive of disableDirectives(document.file.text)) {
        const at = { file, line: directive.line, column: directive.column };
        for (const ruleId of directive.ruleIds) {
          if (!ruleIds.has(ruleId))
            report({ ...at, message: `disable comment names unknown rule \`${ruleId}\`${didYouMean(ruleId, ruleIds)}` });
        }
        if (!directive.reason)
          report({ ...at, message: 'disable comment gives no reason; add one after ` -- ` so the next reviewer knows why' });
      }
      for (const at of unreadableDirectives(document.file.text)) {
        report({
          file,
          ...at,
          message:
            'disable comment cannot be read, so it silences nothing; write `sop-lint-disable-next-line RULE -- reason`, ' +
            'several rules separated by commas',
        });
      }
    }
  },
});
