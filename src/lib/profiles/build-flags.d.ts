// Constants vite.config.ts defines at build time (see its `define`).

/** True when the dataset is small enough for a prerendered page per record (see $lib/profiles/person-pages). */
declare const __PERSON_PAGES_PRERENDERED__: boolean;
