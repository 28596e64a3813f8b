import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * A feature's own texts, FR and EN with the same keys, registered under `name.*` beside the
 * shared ones: once per i18next instance (tests make their own). `probe` is a key the bundle has
 * (`getResource`, not `exists()`: exists() answers through the fallback language).
 */
export function textBundle<T extends object>(name: string, texts: { readonly en: T; readonly fr: T }, probe: keyof T & string) {
  const register = (i18n: I18n): void => {
    for (const lang of ['en', 'fr'] as const) {
      if (i18n.getResource(lang, 'translation', `${name}.${probe}`) === undefined) i18n.addResourceBundle(lang, 'translation', { [name]: texts[lang] }, true, false);
    }
  };
  /** The app's t with the bundle registered. */
  const useT = (): ReturnType<typeof useTranslation>['t'] => {
    const { t, i18n } = useTranslation();
    register(i18n);
    return t;
  };
  return { register, useT };
}
