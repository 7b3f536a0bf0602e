// Site-wide settings kept in one place. The deployment's address and corrections channel come from the environment
// (PUBLIC_SITE_ORIGIN, PUBLIC_CORRECTIONS_URL), resolved by $lib/site-config in vite.config.ts: see the README's "Configuration".
const config = __SITE_CONFIG__;

export const SITE = {
  name: 'Defection Tracker',
  tagline: 'Sourced records of elected officials who switch parties',
  /** The public address the site is served from, no trailing slash: permalinks, exports, the sitemap and the feed. */
  origin: config.origin,
  /** Where readers report corrections (a new-issue URL or mailto:); null until configured. */
  correctionsUrl: config.correctionsUrl,
  /** The data's GitHub repository (PUBLIC_REPOSITORY_URL), for /contribute/'s "new file" link; null until configured. */
  repositoryUrl: config.repositoryUrl,
  dataLicence: 'CC BY 4.0',
  codeLicence: 'MIT',
  /**
   * Optional base-map tiles. Off by default so the map makes no third-party request;
   * set a URL template and its attribution to turn them on.
   */
  tiles: null as null | { url: string; attribution: string }
};

/** An absolute URL for a site path such as "/person/ul-pov/". */
export function absoluteUrl(path: string): string {
  return `${SITE.origin}${path}`;
}
