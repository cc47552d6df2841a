// mdx-syntax: the file does not parse as MDX; reported at the parser's position with its message.
import { defineRule } from '../rule.ts';

export const mdxSyntax = defineRule({
  meta: {
    id: 'mdx-syntax',
    defaultSeverity: 'error',
    description: 'SOP files must parse as MDX (escape `{` and `<` in prose, or rename the file to `.md`)',
  },
  check({ playbook, report }) {
    for (const document of playbook.sops) {
      const error = document.syntaxError;
      if (!error) continue;
      report({
        file: document.file.path,
        line: error.line,
        column: error.column,
        message: error.message,
        hint: 'write `\\{` or `&lt;` for a literal brace or angle bracket, or rename the file to `.md` if it holds no JSX',
      });
    }
  },
});
