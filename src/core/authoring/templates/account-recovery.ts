// Template `account-recovery`: giving a locked-out customer their account back without giving it to someone else.
import type { SopTemplate } from './template.ts';

export const accountRecovery: SopTemplate = {
  kind: 'account-recovery',
  description: 'account recovery and identity verification',
  categoryHints: ['account', 'accounts', 'access', 'security', 'identity'],
  tags: ['login', 'two-factor', 'identity-verification', 'ownership-transfer'],
  channels: ['email', 'chat', 'phone'],
  summary: 'How to verify a locked-out requester and restore access, without handing an account to the wrong person.',
  appliesTo: 'Requests to regain access: lost second factor, lost access to the login email, ownership of an account whose owner left.',
  excludes: 'Ordinary sign-in resets that the customer can do alone from the sign-in page.',
  sla: [
    { priority: 'urgent', firstResponse: '1h', update: '4h', resolve: '1d' },
    { priority: 'normal', firstResponse: '8h', update: '1d', resolve: '3d' },
  ],
  escalation: [
    {
      handles: 'Recovery where the requester passes the standard verification',
      when: 'Verification fails or is incomplete, the account holds sensitive data, or ownership must change hands',
      within: '1d',
    },
    {
      handles: 'Ownership transfers and recovery with partial verification',
      when: 'Signs of account takeover, or the request conflicts with what the current owner says',
      within: '1d',
    },
    { handles: 'Suspected takeover and fraud', when: 'Legal process or law enforcement is involved', within: '4h' },
  ],
  guidance: {
    intro:
      'Attackers use support to take over accounts. Verification is never skipped for urgency, seniority or anger. Have ' +
      'security co-own this procedure.',
    steps: 'List exactly which proofs count, and how many are needed.',
    edgeCases: 'Think of the people who have a real claim but cannot prove it the usual way.',
    commonMistakes: 'Take these from security reviews of past recoveries.',
    escalation: 'Name the security contact and what they need.',
  },
  callout: {
    kind: 'danger',
    title: 'Never hand over an account on the word of the ticket',
    text: 'Whoever writes in may not own the account. Change no owner, email or second factor until the proofs below match.',
  },
  steps: [
    'Check whether the customer can recover alone (reset link, backup codes); if so, send the self-service steps.',
    'Find the account from the details given, without confirming to the requester that an account exists.',
    'Ask for the verification proofs your policy lists, such as the last invoice number or the workspace creation date.',
    'Compare the proofs with the account; record in an internal note which proofs matched, never the values themselves.',
    'When verification passes, reset the second factor or the login email, and nothing more.',
    'Notify the old email address of the change, so a real owner can object.',
    'Tell the requester to set up a second factor and backup codes now.',
  ],
  edgeCases: [
    {
      situation: 'An urgent or angry requester pushing to skip checks',
      action: 'Stay calm, explain that the checks protect their data, and do not skip any; urgency is a common takeover tactic.',
    },
    {
      situation: 'The owner left the company',
      action:
        'Transfer ownership only on a written request from another admin of the workspace, or from a company domain verified ' +
        'on the account.',
    },
    {
      situation: 'No access to the email on the account',
      action: 'Change the email only after full verification and a waiting period during which the old address is notified.',
    },
    { situation: 'An SSO-managed account', action: 'Do not reset anything; send the requester to their own identity provider admin.' },
    { situation: 'Proofs partly match', action: 'Do not restore access; escalate with what matched and what did not.' },
    {
      situation: 'The requester asks us to read out account details',
      action: 'Never read out details for them to confirm; they tell us, we compare.',
    },
  ],
  commonMistakes: [
    'Confirming that an email address has an account before verification.',
    'Accepting a screenshot as proof; screenshots are easy to fake.',
    'Writing the proofs themselves into the ticket, where anyone with ticket access can read them.',
    'Resetting more than was asked, such as the email and the second factor together.',
  ],
  escalationNotes:
    'Any sign of takeover goes to the security contact at once, skipping tiers, with the ticket link and what raised the ' +
    'suspicion. Do not tell the requester that a takeover is suspected.',
};
