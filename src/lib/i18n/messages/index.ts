// The message catalogue: English is the reference; the Khmer catalogue must have the same shape (type-checked).
import * as common from './common';
import * as dashboard from './dashboard';
import * as pages from './pages';
import * as vocabulary from './vocabulary';
import type { Locale } from '../locale';

const en = { ...common.en, dashboard: dashboard.en, pages: pages.en, vocabulary: vocabulary.en };
export type Messages = typeof en;
const km: Messages = { ...common.km, dashboard: dashboard.km, pages: pages.km, vocabulary: vocabulary.km };

export const MESSAGES: Record<Locale, Messages> = { en, km };
