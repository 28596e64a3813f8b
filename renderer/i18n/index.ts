import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ELISION_FORMATS, type Lang, type Localized } from '../../engine/model/index.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

const STORAGE_KEY = 'flowbench.language';

/** The saved choice, else the system language: French for fr-*, English otherwise. */
export function detectLanguage(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked; fall back to the system language.
  }
  const system = globalThis.navigator?.language ?? 'en';
  return system.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function rememberLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisting the choice is harmless.
  }
}

/** A fresh i18next instance, so each test (and the app) owns its own, with the French elision formats. */
export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  // "Suivi {{name, de}}": "Suivi d’Emma", "Suivi de Hugo" (engine/model/elision.ts).
  for (const [name, elide] of Object.entries(ELISION_FORMATS)) instance.services.formatter?.add(name, (value: unknown) => elide(String(value)));
  return instance;
}

export function asLang(language: string | undefined): Lang {
  return language?.startsWith('fr') ? 'fr' : 'en';
}

export function localized(text: Localized, lang: Lang): string {
  return text[lang];
}
