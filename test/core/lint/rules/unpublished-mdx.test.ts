// Item 5 of issue 17: every construct the site drops or changes is named at its line, with what to write instead.
import { unpublishedMdx } from '../../../../src/core/lint/rules/unpublished-mdx.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const mdx = 'content/sops/refunds.mdx';
const md = 'content/sops/refunds.md';
const withBody = (extra: string, path = mdx) => ({
  [path]: sopText({ body: `## Steps\n\n1. Confirm the order.\n\n## Edge cases\n\n- **Expired card**: credit.\n\n${extra}` }),
});
// The extra text starts on line 21 of these files.
const line = 21;

testRule(unpublishedMdx, {
  valid: [
    {
      name: 'plain Markdown with links, images and a code block',
      files: withBody('See [refunds](/sops/refunds/) and ![card](images/card.png).\n\n```html\n<img src="x">\n```\n'),
    },
    {
      name: 'author components, left to their own checks',
      files: withBody(
        '<Callout kind="tip">Be kind.</Callout>\n\n<Macro id="refund-approved" />\n\n' +
          '<Unknown dangerouslySetInnerHTML={{ __html: "x" }} />\n',
      ),
    },
    {
      name: 'a disable comment and other comment-only expressions',
      files: withBody('{/* sop-lint-disable-next-line missing-steps -- imported */}\n\nText {/* note */} and {// note\n}.\n'),
    },
    { name: 'escaped braces and angle brackets', files: withBody('Refund up to \\{250\\} when the amount is &lt;250 USD.\n') },
    { name: 'an HTML comment in a Markdown SOP', files: withBody('<!-- a note for reviewers -->\n', md) },
    { name: 'a file that does not parse, which is mdx-syntax’s', files: withBody('<img src="a.png">\n\nText {unclosed\n') },
  ],
  invalid: [
    {
      name: 'an image element, dropped',
      files: withBody('<img src="card.png" alt="Card" />\n'),
      findings: [
        {
          file: mdx,
          line,
          column: 1,
          severity: 'warning',
          message: 'the HTML element `<img>` is left out of the page; write the image in Markdown, `![what it shows](images/file.png)`',
        },
      ],
    },
    {
      name: 'an iframe and a script, dropped, and a bold element reduced to its text',
      files: withBody('<iframe src="https://example.com/video"></iframe>\n\n<script>alert(1)</script>\n\nText <b>bold</b>.\n'),
      findings: [
        {
          file: mdx,
          line,
          column: 1,
          message: 'the HTML element `<iframe>` is left out of the page; link to the page instead, `[title](address)`',
        },
        {
          file: mdx,
          line: line + 2,
          column: 1,
          message: 'the HTML element `<script>` is left out of the page; no code runs on the playbook site; remove it',
        },
        {
          file: mdx,
          line: line + 4,
          column: 6,
          message: 'the HTML element `<b>` is left out of the page (only the text inside it is kept); write `**bold**`',
        },
      ],
    },
    {
      name: 'dangerouslySetInnerHTML on an element, at the prop',
      files: withBody('<div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />\n'),
      findings: [
        {
          file: mdx,
          line,
          column: 1,
          message: 'the HTML element `<div>` is left out of the page (only the text inside it is kept); write it in Markdown instead',
        },
        {
          file: mdx,
          line,
          column: 6,
          message:
            '`dangerouslySetInnerHTML` is never published, as no author code or HTML runs on the site; write the content as Markdown',
        },
      ],
    },
    {
      name: 'MDX import and export',
      files: withBody('import Chart from "./chart.js"\n\nexport const limit = 250\n'),
      findings: [
        {
          file: mdx,
          line,
          column: 1,
          message: '`import` is not run: an SOP cannot load or define code, and the components it may use need no import; remove this line',
        },
        {
          file: mdx,
          line: line + 2,
          column: 1,
          message: '`export` is not run: an SOP cannot load or define code, and the components it may use need no import; remove this line',
        },
      ],
    },
    {
      name: 'expressions in text and on their own line',
      files: withBody('Refund up to {limit} USD.\n\n{new Date().getFullYear()}\n'),
      findings: [
        {
          file: mdx,
          line,
          column: 14,
          message:
            'the expression `{limit}` is left out of the page, as expressions are not run; write the text itself, or `\\{` ' +
            'for a literal brace',
        },
        {
          file: mdx,
          line: line + 2,
          column: 1,
          message:
            'the expression `{new Date().getFullYear()}` is left out of the page, as expressions are not run; write the text ' +
            'itself, or `\\{` for a literal brace',
        },
      ],
    },
    {
      name: 'javascript: links in MDX and Markdown, and a data: link definition',
      files: {
        ...withBody('[Refund](javascript:alert(1)) now.\n'),
        ...withBody('[Refund](JavaScript:void(0)) and [x][d].\n\n[d]: data:text/html,hi\n', md),
      },
      findings: [
        {
          file: md,
          line,
          column: 1,
          message:
            'a `javascript:` link is published as a link to nowhere (`#`), as links may not run code or carry data; link to a ' +
            'page or a web address',
        },
        {
          file: md,
          line: line + 2,
          column: 1,
          message:
            'a `data:` link is published as a link to nowhere (`#`), as links may not run code or carry data; link to a page ' +
            'or a web address',
        },
        {
          file: mdx,
          line,
          column: 1,
          message:
            'a `javascript:` link is published as a link to nowhere (`#`), as links may not run code or carry data; link to a ' +
            'page or a web address',
        },
      ],
    },
    {
      // No `javascript:` in the text: only the parser sees the scheme (the rule must not skip such a body).
      name: 'a script link spelled with a character reference',
      files: withBody('[Refund](&#106;avascript:alert(1)) now.\n'),
      findings: [
        {
          line,
          column: 1,
          message:
            'a `javascript:` link is published as a link to nowhere (`#`), as links may not run code or carry data; link to a ' +
            'page or a web address',
        },
      ],
    },
    {
      name: 'raw HTML in a Markdown SOP, shown as text',
      files: withBody('<img src="card.png">\n\nText <b>bold</b>.\n', md),
      findings: [
        {
          file: md,
          line,
          column: 1,
          message:
            'raw HTML `<img>` is shown as text on the page, not as HTML; write the image in Markdown, `![what it shows](images/file.png)`',
        },
        { file: md, line: line + 2, column: 6, message: 'raw HTML `<b>` is shown as text on the page, not as HTML; write `**bold**`' },
      ],
    },
    {
      name: "components in a Markdown SOP, the site's and a docs site's, shown as text",
      files: withBody('<Tabs>\n\n<TabItem value="a">\n\nText.\n\n</TabItem>\n\n</Tabs>\n\nSee <Macro id="refund-approved" />.\n', md),
      findings: [
        {
          file: md,
          line,
          column: 1,
          message: '`<Tabs>` is shown as text on the page: components work only in `.mdx` SOPs; rename the file to `.mdx`',
        },
        {
          file: md,
          line: line + 2,
          column: 1,
          message:
            '`<TabItem>` is shown as text on the page: components work only in `.mdx` SOPs, and the site has no `<TabItem>` (it has ' +
            '`<Callout>`, `<Macro>`, `<Screenshot>`, `<Tab>`, `<Tabs>`, `<Video>`)',
        },
        {
          file: md,
          line: line + 10,
          column: 5,
          message: '`<Macro>` is shown as text on the page: components work only in `.mdx` SOPs; rename the file to `.mdx`',
        },
      ],
    },
  ],
});
