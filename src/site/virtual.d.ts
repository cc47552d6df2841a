// What the integration hands the site (src/integration/index.ts builds it; pages read it through site-data.ts).
declare module 'virtual:sop-playbook/site' {
  const site: import('./site-settings.ts').SiteSettings;
  export default site;
}
