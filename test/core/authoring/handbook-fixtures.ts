// A small handbook as teams export it: frontmatter of another tool, `#` titles, Procedure and Exceptions sections, links between pages.

export const handbook: Record<string, string> = {
  'billing/refunds.md': `---
title: Refund handling
description: How we refund customers who ask for their money back within the refund window.
tags: [refund, loyalty]
reviewEvery: 6m
author: Jane Doe
layout: page
---
# Refund handling

Customers may ask for a refund within 30 days. This page says how to process one, who approves what, and what to tell the customer.

## Procedure

1. Find the invoice.
2. Check the refund window.
3. Issue the refund; see [cancellations](../account/cancellations.md#before-you-cancel).

## Exceptions

- **Chargeback open**: do not refund.

## Notes

A plain paragraph with *emphasis* and a [link](https://example.com).
`,
  'account/cancellations.md': `# Cancellations

When a customer wants to leave, we cancel at the end of the term and say what happens to their data.

# How to cancel a subscription

1. Confirm the requester is an owner.
2. Cancel at term end.

# Before you cancel

Offer a pause once.
`,
  'account/index.md': `Account pages

The account section covers sign-in, ownership and cancellations.
`,
  'Escalation Guide.markdown': `Tiers matter. Every escalation needs an owner and a time box.

### Steps

- Write the hand-off note.
- Escalate in the tracked channel.
`,
  'notes/empty.md': '',
};
