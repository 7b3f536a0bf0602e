// Site-wide settings kept in one place.
export const SITE = {
  name: 'Defection Tracker',
  tagline: 'Sourced records of elected officials who switch parties',
  /** Where readers report corrections. */
  correctionsUrl: '/about/#corrections',
  dataLicence: 'CC BY 4.0',
  codeLicence: 'MIT',
  /**
   * Optional base-map tiles. Off by default so the map makes no third-party request;
   * set a URL template and its attribution to turn them on.
   */
  tiles: null as null | { url: string; attribution: string }
};
