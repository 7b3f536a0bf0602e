// Constants vite.config.ts defines at build time (see its `define`).

/** True when the dataset is small enough for a prerendered page per record (see $lib/profiles/person-pages). */
declare const __PERSON_PAGES_PRERENDERED__: boolean;

/** The deployment's address, corrections channel and data repository, resolved from the environment (see $lib/site-config). */
declare const __SITE_CONFIG__: { origin: string; correctionsUrl: string | null; repositoryUrl: string | null };

/** When the data last changed (RFC 3339): the newest data/changes.yaml entry, or SOURCE_DATE_EPOCH (see vite.config.ts). */
declare const __DATA_AS_OF__: string;

/** Whether this build makes Cambodia's pages: a build of other cases alone (CASES) does not (see vite.config.ts). */
declare const __CAMBODIA_BUILT__: boolean;

/** Cambodia's words in one language (data/case.yaml, see vite.config.ts), for that language's catalogue. */
declare const __CAMBODIA_EN__: import('$lib/case/cambodia-case').CambodiaWords;
declare const __CAMBODIA_KM__: import('$lib/case/cambodia-case').CambodiaWords;
