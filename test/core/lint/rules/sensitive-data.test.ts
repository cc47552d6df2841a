import { describe, expect, it } from 'vitest';
import { sensitiveData } from '../../../../src/core/lint/rules/sensitive-data.ts';
import { findSensitiveData, isLuhnValid } from '../../../../src/core/lint/sensitive-patterns.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { lintCase, testRule } from '../../../helpers/rule-tester.ts';

const file = 'content/sops/refunds.mdx';
// `sopText` bodies start on line 13: eleven lines of frontmatter, the closing fence and a blank line come first.
const sopWithLine = (line: string) => ({ [file]: sopText({ body: `## Steps\n\n1. Confirm the order.\n\n${line}\n` }) });
const lineOf = 17;
const macroWith = (body: string) => ({ 'content/macros/refund-approved.md': macroText({ body }) });

testRule(sensitiveData, {
  valid: [
    {
      name: 'an SOP that refers to the last four digits only',
      files: sopWithLine('Ask for the last four digits of the card, such as `4242`.'),
    },
    { name: 'a 16-digit order number that fails Luhn', files: sopWithLine('Order 4111 1111 1111 1112 shipped late.') },
    { name: 'a Luhn-valid run inside a longer run of digits', files: sopWithLine('Trace id 41111111111111111111 in the logs.') },
    { name: 'grouped digits that go on past a card', files: sopWithLine('Reference 4242 4242 4242 4242 4242 from the bank.') },
    {
      name: 'a help-desk id that happens to pass Luhn',
      files: {
        'content/macros/refund-approved.md': macroText({
          frontmatter:
            'title: Refund approved\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: active\ncategory: billing\n' +
            'source: { system: zendesk, id: 4111111111111111 }',
        }),
      },
    },
    {
      name: 'an ISBN in a web address',
      files: sopWithLine('See [the book](https://www.oreilly.com/library/view/site-reliability/9781491917619/) for more.'),
    },
    {
      name: 'a record number in a bare web address',
      files: sopWithLine('Open https://acme.zendesk.com/agent/tickets/4111111111111111 to see it.'),
    },
    {
      name: 'the decimals of a percentage or a fraction',
      files: sopWithLine('<!-- <div style="padding-bottom: 54.7112462006079%;"> --> A ratio of 3.4111111111111111.'),
    },
    { name: 'a blank card of zeros', files: sopWithLine('Type 0000 0000 0000 0000 to test the form.') },
    { name: 'an SSN with an invalid area number', files: sopWithLine('Example: 666-12-3456, 000-12-3456 and 912-34-5678.') },
    { name: 'an SSN with group 00 or serial 0000', files: sopWithLine('Example: 123-00-4567 or 123-45-0000.') },
    { name: 'a date and a phone number', files: sopWithLine('On 2026-11-23 call 1-800-555-0199.') },
    { name: 'a Stripe test key', files: sopWithLine('Use `sk_test_51Hc9x2Lk3mN4pQ7r` in the sandbox.') },
    { name: 'a key written as a placeholder', files: sopWithLine('Keys look like `sk_live_XXXXXXXXXXXXXXXX` or `AKIAXXXXXXXXXXXXXXXX`.') },
    {
      name: 'a private key header named in prose',
      files: sopWithLine('If a customer pastes a `-----BEGIN RSA PRIVATE KEY-----` block, redact it.'),
    },
    { name: 'a password mentioned in prose', files: sopWithLine("Never ask for the customer's password, and never reset it over chat.") },
    { name: 'a sentence after `password:`', files: sopWithLine('**Password:** never ask for it, not even to check.') },
    { name: 'a Zendesk placeholder as the password', files: macroWith('Your temporary password: {{ticket.password}}\n') },
    { name: 'a masked password', files: sopWithLine('password: ********') },
    { name: 'a redacted password', files: sopWithLine('password=<redacted>') },
    { name: 'a password label with no value', files: sopWithLine('Password:') },
  ],
  invalid: [
    {
      name: 'a Luhn-valid card number grouped by spaces, at its first digit',
      files: sopWithLine('The card 4111 1111 1111 1111 was charged twice.'),
      findings: [
        {
          file,
          line: lineOf,
          column: 10,
          message: 'looks like a card number (Luhn-valid) ending in `1111`; remove it and refer to the last four digits only',
        },
      ],
    },
    {
      name: 'a card number in one run and one grouped by dashes',
      files: sopWithLine('Cards 4242424242424242 and 5555-5555-5555-4444.'),
      findings: [
        { file, line: lineOf, column: 7, message: 'ending in `4242`' },
        { file, line: lineOf, column: 28, message: 'ending in `4444`' },
      ],
    },
    {
      name: 'a card in a CSV row, after a number and a comma',
      files: sopWithLine('1042,4111111111111111,12/28'),
      findings: [{ file, line: lineOf, column: 6, message: 'ending in `1111`' }],
    },
    {
      name: 'an Amex number grouped 4-6-5 and a card followed by its expiry',
      files: sopWithLine('Amex 3782 822463 10005; Visa 4242 4242 4242 4242 12/28.'),
      findings: [
        { file, line: lineOf, column: 6, message: 'ending in `0005`' },
        { file, line: lineOf, column: 30, message: 'ending in `4242`' },
      ],
    },
    {
      name: 'a card number in a frontmatter value',
      files: {
        [file]: sopText({
          frontmatter: `title: Refunds
summary: Refund the card 4111111111111111 first
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests`,
        }),
      },
      findings: [{ file, line: 3, column: 26, message: 'looks like a card number' }],
    },
    {
      name: 'a US SSN',
      files: sopWithLine('Customer SSN 123-45-6789 on file.'),
      findings: [{ file, line: lineOf, column: 14, message: 'looks like a US Social Security number (`***-**-6789`)' }],
    },
    {
      name: 'secret keys of each kind, masked in the message',
      files: sopWithLine(
        'Keys: sk_live_4eC39HqLyjWDarjtT1zdp7dc rk_live_51Hc9x2Lk3mN4pQ7r AKIAIOSFODNN7EXAMPLE ' +
          'ghp_16C7e42F292c6912E7710c838347Ae178B4a github_pat_11ABCDEFG0123456789_abcdefghijklmnop ' +
          'xoxb-1234567890123-1234567890123-AbCdEfGhIjKlMnOp',
      ),
      findings: [
        { file, line: lineOf, column: 7, message: 'looks like a Stripe live secret key (`sk_live_…p7dc`)' },
        { file, line: lineOf, column: 40, message: 'Stripe live secret key (`rk_live_…pQ7r`)' },
        { file, line: lineOf, column: 66, message: 'AWS access key id (`AKIA…MPLE`)' },
        { file, line: lineOf, column: 87, message: 'GitHub token (`ghp_…8B4a`)' },
        { file, line: lineOf, column: 128, message: 'GitHub token (`github_pat_…mnop`)' },
        { file, line: lineOf, column: 176, message: 'Slack token (`xoxb-…MnOp`)' },
      ],
    },
    {
      name: 'a private key block, at its header',
      files: sopWithLine(
        '```\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq98y1wOqGJ8pJzLqIuXu0uWm3eEw0JtVjX7uJ4c5e3aQ0A\n' +
          '-----END RSA PRIVATE KEY-----\n```',
      ),
      findings: [{ file, line: lineOf + 1, column: 1, message: 'holds a private key (`-----BEGIN RSA PRIVATE KEY-----`)' }],
    },
    {
      name: 'passwords written out in the ways people write them',
      files: sopWithLine('password: hunter2\n\n**Password:** `Summer2024!`\n\nLog in with pwd=Tr0ub4dor&3 then.\n\n"passwd": "s3cr3t"'),
      findings: [
        { file, line: lineOf, column: 1, message: 'looks like a password written out; remove it and write `<redacted>`' },
        { file, line: lineOf + 2, column: 3, message: 'looks like a password' },
        { file, line: lineOf + 4, column: 13, message: 'looks like a password' },
        { file, line: lineOf + 6, column: 2, message: 'looks like a password' },
      ],
    },
    {
      name: 'a password in a macro',
      files: macroWith('Your new password: Welcome123\n'),
      findings: [{ file: 'content/macros/refund-approved.md', line: 9, column: 10, message: 'looks like a password' }],
    },
  ],
});

describe('sensitive-data messages', () => {
  it('never repeat a secret in full', () => {
    const secrets = ['4111 1111 1111 1111', '123-45-6789', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'AKIAIOSFODNN7EXAMPLE', 'hunter2'];
    const text = `${secrets.slice(0, 4).join(' and ')}\npassword: hunter2\n`;
    const messages = findSensitiveData(text).map((match) => match.message);
    expect(messages).toHaveLength(5);
    for (const secret of secrets) expect(messages.join('\n')).not.toContain(secret);
  });

  it('end the finding where the secret ends', () => {
    const [diagnostic] = lintCase(sensitiveData, { name: 'range', files: sopWithLine('SSN 123-45-6789.') });
    expect(diagnostic).toMatchObject({ line: lineOf, column: 5, endLine: lineOf, endColumn: 16 });
  });

  it('can be silenced for one line with a reason', () => {
    const files = sopWithLine(
      '{/* sop-lint-disable-next-line sensitive-data -- Stripe documents this test card */}\nTest card 4242 4242 4242 4242.',
    );
    expect(lintCase(sensitiveData, { name: 'silenced', files })).toEqual([]);
  });
});

describe('isLuhnValid', () => {
  it('accepts valid numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });
});
