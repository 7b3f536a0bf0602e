// The deployment's settings, read once from the environment (PUBLIC_* variables at build time) with documented defaults.
// Pure, so vite.config.ts can check them before a build and the tests can try other values.

/** Where the site is served from when PUBLIC_SITE_ORIGIN is unset. */
export const DEFAULT_SITE_ORIGIN = 'https://defection-tracker.github.io';

/** Where "Report a correction" leads while no channel is configured: the About page says how corrections are made. */
export const CORRECTIONS_PAGE = '/about/#corrections';

export interface SiteConfig {
  /** Scheme and host, no trailing slash: every absolute link to the site starts with it. */
  origin: string;
  /** A new-issue URL (https://…) or a mailto: address; null when none is configured. */
  correctionsUrl: string | null;
  /**
   * The data's public GitHub repository (https://github.com/<owner>/<repo>, optionally /tree/<branch>): /contribute/
   * offers a pre-filled "new file" page on it. null when none is configured.
   */
  repositoryUrl: string | null;
  /** What a deployer should fix, one line each (the build prints them). */
  warnings: string[];
}

type Env = Record<string, string | boolean | undefined>;

function setting(env: Env, name: string): string {
  const value = env[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function readSiteConfig(env: Env): SiteConfig {
  const warnings: string[] = [];
  let origin = setting(env, 'PUBLIC_SITE_ORIGIN').replace(/\/+$/, '');
  if (origin && !/^https?:\/\/[^/?#\s]+$/.test(origin)) {
    warnings.push(`PUBLIC_SITE_ORIGIN="${origin}" is not a scheme and host such as https://tracker.example.org; using ${DEFAULT_SITE_ORIGIN}.`);
    origin = '';
  }
  let correctionsUrl: string | null = setting(env, 'PUBLIC_CORRECTIONS_URL') || null;
  // A bare address is an e-mail channel.
  if (correctionsUrl && /^[^\s@:/]+@[^\s@/]+$/.test(correctionsUrl)) correctionsUrl = `mailto:${correctionsUrl}`;
  if (correctionsUrl && !/^(https?:\/\/[^/\s]+\/\S*|mailto:[^\s@]+@\S+)$/.test(correctionsUrl)) {
    warnings.push(`PUBLIC_CORRECTIONS_URL="${correctionsUrl}" is neither an https:// address (e.g. a repository's issues/new) nor an e-mail address; it is ignored.`);
    correctionsUrl = null;
  }
  if (!correctionsUrl) {
    warnings.push(
      'PUBLIC_CORRECTIONS_URL is not set: readers have no address to report a correction to. Set it to a new-issue URL (https://github.com/<owner>/<repo>/issues/new) or an e-mail address.'
    );
  }
  let repositoryUrl: string | null = setting(env, 'PUBLIC_REPOSITORY_URL').replace(/\/+$/, '') || null;
  if (repositoryUrl && !/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\/tree\/[\w./-]+)?$/.test(repositoryUrl)) {
    warnings.push(`PUBLIC_REPOSITORY_URL="${repositoryUrl}" is not a GitHub repository address such as https://github.com/<owner>/<repo>; it is ignored.`);
    repositoryUrl = null;
  }
  return { origin: origin || DEFAULT_SITE_ORIGIN, correctionsUrl, repositoryUrl, warnings };
}
