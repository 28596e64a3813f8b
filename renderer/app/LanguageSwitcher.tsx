import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../engine/model/index.ts';
import { rememberLanguage } from '../i18n/index.ts';
import { useLang } from '../i18n/useLang.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  return (
    <label className="fb-lang" title={t('app.language')}>
      <Languages size={16} aria-hidden />
      <select
        value={lang}
        aria-label={t('app.language')}
        data-testid="language"
        onChange={(e) => {
          const next = e.target.value === 'fr' ? 'fr' : 'en';
          rememberLanguage(next);
          void i18n.changeLanguage(next);
          document.documentElement.lang = next;
        }}
      >
        {LANGS.map((l) => (
          // Short codes keep the top bar calm; the full name is the option's title.
          <option key={l} value={l} title={t(`lang.${l}`)}>
            {l.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
