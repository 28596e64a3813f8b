import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { Plus, RotateCcw, Trash } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asPersonaId, DEFAULT_PERSONAS, defaultPersonas, freshId, type Lang, type Persona, type Project } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { useLang } from '../i18n/useLang.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { SANDBOX_TEXTS } from './i18n.ts';

type RateKey = keyof (typeof SANDBOX_TEXTS)['en']['persona_']['rates'];
const RATES: readonly RateKey[] = ['openRate', 'clickRate', 'conversionRate', 'unsubscribeRate', 'bounceRate', 'medianHours'];

function rateOf(persona: Persona, key: RateKey): number {
  return key === 'medianHours' ? persona.reactionDelay.medianHours : persona[key];
}
function withRate(persona: Persona, key: RateKey, value: number): Persona {
  return key === 'medianHours' ? { ...persona, reactionDelay: { ...persona.reactionDelay, medianHours: value } } : { ...persona, [key]: value };
}
/** Rates are edited as percentages with up to two decimals; the delay in hours. */
const shown = (key: RateKey, value: number, lang: Lang) => {
  const text = key === 'medianHours' ? String(value) : String(Math.round(value * 10000) / 100);
  return lang === 'fr' ? text.replace('.', ',') : text;
};
function parsed(key: RateKey, text: string): number | null {
  const n = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) return null;
  if (key === 'medianHours') return n;
  return n <= 100 ? n / 100 : null;
}

/** Shares and rates of the project's personas, each rate explained in one line. */
export function PersonaEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { document } = useStores();
  const personas = useDocument((s) => s.project.personas);
  const texts = SANDBOX_TEXTS[lang].persona_;
  // Inputs keep what the user types; a reset remounts them with the defaults.
  const [generation, setGeneration] = useState(0);
  const totalShare = personas.reduce((sum, p) => sum + p.share, 0);
  const edit = (recipe: (personas: readonly Persona[]) => readonly Persona[], coalesce?: string) =>
    document.getState().apply((p: Project) => ({ ...p, personas: recipe(p.personas) }), coalesce ? { coalesce } : undefined);
  const update = (id: string, change: (p: Persona) => Persona, field: string) => edit((list) => list.map((p) => (p.id === id ? change(p) : p)), `persona-${id}-${field}`);

  return (
    <Modal title={texts.title} onClose={onClose} width={720} testId="persona-editor">
      <div className="fb-sb-form">
        <p className="fb-sb-muted" style={{ whiteSpace: 'normal' }}>{texts.subtitle}</p>
        {personas.map((persona) => (
          <div key={`${persona.id}-${generation}`} className="fb-sb-persona" data-testid="persona">
            <div className="fb-sb-persona-head">
              <input maxLength={MAX_NAME_LENGTH} className="fb-input" value={persona.name} aria-label={texts.name} onChange={(e) => update(persona.id, (p) => ({ ...p, name: e.target.value }), 'name')} />
              <label className="fb-sb-muted">
                {texts.share}
                <input
                  className="fb-input"
                  style={{ width: 70 }}
                  defaultValue={persona.share}
                  aria-label={`${texts.share} ${persona.name}`}
                  onChange={(e) => {
                    const n = Number(e.target.value.replace(',', '.'));
                    if (Number.isFinite(n) && n >= 0) update(persona.id, (p) => ({ ...p, share: n }), 'share');
                  }}
                  data-testid="persona-share"
                />
              </label>
              <span className="fb-sb-muted">{texts.sharePct.replace('{{pct}}', totalShare > 0 ? String(Math.round((persona.share / totalShare) * 100)) : '0')}</span>
              <div className="fb-sb-spacer" />
              <button type="button" className="fb-icon-button" disabled={personas.length <= 1} onClick={() => edit((list) => list.filter((p) => p.id !== persona.id))} aria-label={texts.remove} title={texts.remove}>
                <Trash size={14} />
              </button>
            </div>
            {RATES.map((key) => {
              const [label, help] = texts.rates[key];
              return (
                // Keyed by language too: the text is written its way ("0,25" / "0.25"), re-written on a switch.
                <label key={`${key}-${lang}`} className="fb-sb-rate">
                  <span>
                    {label} {key === 'medianHours' ? '(h)' : '(%)'}
                  </span>
                  <input
                    className="fb-input"
                    defaultValue={shown(key, rateOf(persona, key), lang)}
                    aria-label={`${label} ${persona.name}`}
                    onChange={(e) => {
                      const value = parsed(key, e.target.value);
                      e.currentTarget.setAttribute('aria-invalid', String(value === null));
                      if (value !== null) update(persona.id, (p) => withRate(p, key, value), key);
                    }}
                    data-testid={`persona-${key}`}
                  />
                  <small>{help}</small>
                </label>
              );
            })}
          </div>
        ))}
        <div className="fb-sb-actions">
          <button type="button" className="fb-button" onClick={() => {
              edit(() => defaultPersonas(lang));
              setGeneration((g) => g + 1);
            }} data-testid="persona-reset">
            <RotateCcw size={14} aria-hidden /> {texts.reset}
          </button>
          <button
            type="button"
            className="fb-button"
            onClick={() => edit((list) => [...list, { ...DEFAULT_PERSONAS[1]!, id: asPersonaId(freshId('persona', new Set(list.map((p) => p.id)))), name: `Persona ${list.length + 1}`, share: 10 }])}
          >
            <Plus size={14} aria-hidden /> {texts.add}
          </button>
          <button type="button" className="fb-button is-primary" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
