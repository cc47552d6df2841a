// Channel tabs (browser side), after the WAI-ARIA tabs pattern: the labelled sections the page ships
// become a tab list; arrow keys, Home and End move between tabs; the chosen channel is remembered across
// pages. Without this script (or in print) every channel's section stays on the page.

const storageKey = 'sop-playbook.channel';

function rememberedChannel(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(channel: string): void {
  try {
    localStorage.setItem(storageKey, channel);
  } catch {
    // Storage refused (private mode, a policy): the choice lasts for this page only.
  }
}

interface TabSet {
  select(channel: string, focus: boolean): void;
  channels: string[];
}

const tabSets: TabSet[] = [];

function enhance(container: HTMLElement): void {
  const panels = [...container.querySelectorAll<HTMLElement>(':scope > section.channel-tab')];
  if (panels.length === 0 || container.dataset.enhanced) return;
  container.dataset.enhanced = 'true';
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Channel');
  list.className = 'channel-tablist';
  const buttons = panels.map((panel) => {
    const label = panel.querySelector<HTMLElement>(':scope > .channel-tab-label');
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${panel.id}-tab`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', panel.id);
    button.textContent = label?.textContent ?? panel.dataset.channel ?? '';
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    panel.tabIndex = 0;
    list.append(button);
    return button;
  });
  container.prepend(list);
  const channels = panels.map((panel) => panel.dataset.channel ?? '');

  const show = (index: number, focus: boolean) => {
    buttons.forEach((button, position) => {
      const selected = position === index;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panels[position]!.hidden = !selected;
    });
    if (focus) buttons[index]!.focus();
  };
  const set: TabSet = {
    channels,
    select(channel, focus) {
      const index = channels.indexOf(channel);
      if (index >= 0) show(index, focus);
    },
  };
  tabSets.push(set);

  const choose = (index: number) => {
    const channel = channels[index]!;
    remember(channel);
    // Every tab set on the page follows the rep's channel, as other pages will.
    for (const other of tabSets) other.select(channel, other === set);
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => choose(index));
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[
        event.key
      ];
      if (target === undefined) return;
      event.preventDefault();
      choose(target);
    });
  });
  const remembered = rememberedChannel();
  show(remembered !== undefined && channels.includes(remembered) ? channels.indexOf(remembered) : 0, false);
}

export function enhanceChannelTabs(root: ParentNode): void {
  for (const container of root.querySelectorAll<HTMLElement>('[data-tabs]')) enhance(container);
}
