// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface PageState {
      /**
       * The dashboard's filter query after a shallow-routed change (pushState keeps `page.url` at the URL of the last
       * navigation; this entry's URL is the same query). Absent on entries a real navigation made.
       */
      filterQuery?: string;
    }
  }
}
export {};
