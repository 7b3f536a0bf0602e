// Embeds carry the same reference data as the dashboard; rows are fetched by the page.
export { load } from '../../+page.server';
