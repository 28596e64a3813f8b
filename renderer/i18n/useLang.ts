import { useTranslation } from 'react-i18next';
import type { Lang, Localized } from '../../engine/model/index.ts';
import { asLang } from './index.ts';

export function useLang(): Lang {
  return asLang(useTranslation().i18n.language);
}

/** Reads engine messages (`Localized`) and translation keys alike. */
export function useText(): (message: string | Localized) => string {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (message) => (typeof message === 'string' ? t(message) : message[lang]);
}
