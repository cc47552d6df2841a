// A small tier and team directory for the escalation tests, shaped as the catalog builds it.
import type { Owner } from '../../../src/core/catalog.ts';
import type { EscalationDirectory } from '../../../src/core/escalation/path.ts';

const owner = (id: string, name: string, kind: Owner['kind'], contact?: string, email?: string): [string, Owner] => [
  id,
  { id, name, kind, role: undefined, contact, email, related: [] },
];

export const directory: EscalationDirectory = {
  tiers: [
    { id: 'l1', name: 'Tier 1' },
    { id: 'l2', name: 'Tier 2' },
    { id: 'eng', name: 'Engineering on-call' },
    { id: 'mgmt', name: 'Support management' },
  ],
  owners: new Map([
    owner('support-frontline', 'Frontline support', 'team', '#support-frontline'),
    owner('billing-ops', 'Billing operations', 'team', '#billing-ops'),
    owner('helen-voss', 'Helen Voss', 'person', undefined, 'helen.voss@example.com'),
    owner('kofi-mensah', 'Kofi Mensah', 'person'),
  ]),
};
