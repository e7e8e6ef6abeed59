// Static site: every page is prerendered; the view state comes from the URL in the browser.
export const prerender = true;
export const trailingSlash = 'never';
