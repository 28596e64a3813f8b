import type { i18n as I18n } from 'i18next';
import type { Localized } from '../../engine/model/index.ts';

/** A translated message with values in both languages, for the app's toasts. */
export function bilingual(i18n: I18n, key: string, values: Record<string, unknown> = {}): Localized {
  return { fr: i18n.getFixedT('fr')(key, values), en: i18n.getFixedT('en')(key, values) };
}
