// Screenshots open full size in a modal <dialog> (browser side): the link to the image file, which works
// without script, opens the dialog instead; Escape, the Close button or a click outside the image closes
// it, and focus returns to the screenshot.

let dialog: HTMLDialogElement | undefined;

function theDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'enlarge-dialog';
  dialog.setAttribute('aria-label', 'Screenshot, full size');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'enlarge-close';
  close.textContent = 'Close';
  const image = document.createElement('img');
  image.className = 'enlarge-image';
  dialog.append(close, image);
  close.addEventListener('click', () => dialog!.close());
  // A click on the backdrop lands on the dialog itself, outside its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

export function enhanceScreenshots(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-enlarge]')) {
    if (link.dataset.enhanced) continue;
    link.dataset.enhanced = 'true';
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      // Ctrl/⌘-click and middle-click keep their meaning: the file in a new tab.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const source = link.querySelector('img');
      if (!source) return;
      event.preventDefault();
      const opened = theDialog();
      const image = opened.querySelector<HTMLImageElement>('img')!;
      image.src = link.href;
      image.alt = source.alt;
      opened.showModal();
      opened.querySelector<HTMLButtonElement>('.enlarge-close')!.focus();
    });
  }
}
