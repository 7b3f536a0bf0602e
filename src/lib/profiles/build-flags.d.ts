// Constants vite.config.ts defines at build time (see its `define`).

/** True when the dataset is small enough for a prerendered page per record (see $lib/profiles/person-pages). */
declare const __PERSON_PAGES_PRERENDERED__: boolean;

/** The deployment's address and corrections channel, resolved from the environment (see $lib/site-config). */
declare const __SITE_CONFIG__: { origin: string; correctionsUrl: string | null };
