// The text in a dashboard's search box: what the reader types, and the view's search whenever that is another one
// (back/forward, a shared link, "Clear all"), but not the search the typed text became, which may differ from it
// (trimmed), so the box never changes under the reader's fingers.
export class SearchBoxText {
  text = $state('');
  #typedSearch: string | undefined;

  /** `viewSearch`: the search of the view on screen. Construct while a component initialises (it sets an effect). */
  constructor(viewSearch: () => string) {
    $effect(() => {
      const search = viewSearch();
      if (search !== this.#typedSearch) {
        this.text = search;
        this.#typedSearch = undefined;
      }
    });
  }

  /** The reader typed `value`; `apply` shows it and returns the search the view now has. */
  typed(value: string, apply: (value: string) => string): void {
    this.text = value;
    this.#typedSearch = apply(value);
  }
}
