import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../engine/model/index.ts';

/**
 * A translated message with values in both languages, for the app's toasts: a toast keeps it and
 * shows the language of the moment, so switching language also switches the toasts on screen.
 */
export function bilingual(i18n: I18n, key: string, values: Record<string, unknown> = {}): Localized {
  return { fr: i18n.getFixedT('fr')(key, values), en: i18n.getFixedT('en')(key, values) };
}

export function useBilingual(): (key: string, values?: Record<string, unknown>) => Localized {
  const { i18n } = useTranslation();
  return useCallback((key, values = {}) => bilingual(i18n, key, values), [i18n]);
}
