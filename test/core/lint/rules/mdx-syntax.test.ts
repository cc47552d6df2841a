import { mdxSyntax } from '../../../../src/core/lint/rules/mdx-syntax.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const sopWithBody = (body: string, path = 'content/sops/refunds.mdx') => ({ [path]: sopText({ body }) });
const file = 'content/sops/refunds.mdx';

// The body starts on line 13 of `sopText` files.
testRule(mdxSyntax, {
  valid: [
    { name: 'a well-formed MDX SOP', files: sopWithBody('## Steps\n\n1. Refund up to \\{250\\} USD.\n\n<Callout>Be kind.</Callout>\n') },
    { name: 'braces in a plain Markdown SOP', files: sopWithBody('## Steps\n\n1. Refund up to {250 USD.\n', 'content/sops/refunds.md') },
    {
      name: 'Zendesk placeholders in a macro',
      files: { 'content/macros/refund-approved.md': macroText({ body: 'Hi {{ticket.requester.first_name}} <b\n' }) },
    },
  ],
  invalid: [
    {
      name: 'an unclosed brace, at the parser’s line and column',
      files: sopWithBody('## Steps\n\n1. Refund up to {250 USD.\n'),
      findings: [
        {
          file,
          line: 15,
          column: 26,
          message: 'MDX does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        },
      ],
    },
    {
      name: 'a stray angle bracket',
      files: sopWithBody('## Steps\n\n1. Refund when the amount is <250 USD.\n'),
      findings: [{ file, line: 15, column: 31, message: 'MDX does not parse: Unexpected character `2`' }],
    },
  ],
});
