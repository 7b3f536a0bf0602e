// Every page is prerendered to static HTML; trailing slashes give each page its own index.html.
export const prerender = true;
export const trailingSlash = 'always';
