// A page as the site lays out an SOP or a macro for Pagefind: its language, its title, and a body marked for indexing.
export const searchablePage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
