// How a channel id from playbook.yaml reads on a tab or a section label: `email` → `Email`, `in-app` → `In-app`.

const spelled: Record<string, string> = { sms: 'SMS', whatsapp: 'WhatsApp', api: 'API', social: 'Social media' };

export function channelLabel(id: string): string {
  const known = spelled[id];
  if (known) return known;
  return id.charAt(0).toUpperCase() + id.slice(1);
}
