import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactEvent, Lang, PersonaId, Project } from '../../engine/model/index.ts';
import { allProperties } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { displayValue } from './view.ts';

function eventName(event: ContactEvent, project: Project): string {
  switch (event.kind) {
    case 'email':
      return project.emails.find((e) => e.id === event.email)?.name ?? event.email;
    case 'form-submitted':
      return project.assets.find((a) => a.id === event.asset)?.name ?? event.asset;
    case 'page-viewed':
      return event.url;
    case 'property-changed':
      return allProperties(project.properties).find((p) => p.name === event.property)?.label.en ?? event.property;
  }
}

const when = (at: number, lang: Lang) => new Date(at).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' });

/** One contact: every property, its static lists, its persona and its event history. */
export function ContactDrawer({ contact, project, onClose, onChange }: { contact: Contact; project: Project; onClose: () => void; onChange: (contact: Contact) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = [contact.properties.firstname, contact.properties.lastname].filter(Boolean).join(' ') || String(contact.properties.email ?? contact.id);
  const known = allProperties(project.properties).filter((p) => contact.properties[p.name] !== undefined && contact.properties[p.name] !== null);
  return (
    <aside className="fb-sb-drawer" aria-label={t('sandbox.detail')} data-testid="contact-drawer">
      <div className="fb-sb-persona-head">
        <h3>{name}</h3>
        <div className="fb-sb-spacer" />
        <button type="button" className="fb-icon-button" onClick={onClose} aria-label={t('app.close')}>
          <X size={16} />
        </button>
      </div>
      <section>
        <h4>{t('sandbox.properties')}</h4>
        <dl className="fb-sb-props">
          {known.map((p) => (
            <div key={p.name} style={{ display: 'contents' }}>
              <dt>{p.label[lang]}</dt>
              <dd>{displayValue(p, contact.properties[p.name], lang)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h4>{t('sandbox.persona')}</h4>
        <select
          className="fb-input"
          value={contact.persona ?? ''}
          onChange={(e) => onChange({ ...contact, persona: e.target.value ? (e.target.value as PersonaId) : null })}
          aria-label={t('sandbox.persona')}
          data-testid="drawer-persona"
        >
          <option value="">{t('sandbox.mixPersona')}</option>
          {project.personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </section>
      <section>
        <h4>{t('sandbox.lists')}</h4>
        {contact.lists.length === 0 ? <p className="fb-sb-muted">{t('sandbox.noListsMember')}</p> : null}
        <div className="fb-sb-chips">
          {contact.lists.map((id) => (
            <span key={id} className="fb-sb-chip" data-testid="drawer-list">
              {project.lists.find((l) => l.id === id)?.name ?? id}
              <button type="button" className="fb-sb-open" onClick={() => onChange({ ...contact, lists: contact.lists.filter((l) => l !== id) })} aria-label={t('sandbox.removeFromList')}>
                <X size={12} />
              </button>
            </span>
          ))}
        </div>
      </section>
      <section>
        <h4>{t('sandbox.history')}</h4>
        {contact.events.length === 0 ? <p className="fb-sb-muted">{t('sandbox.noHistory')}</p> : null}
        <ol className="fb-sb-events" data-testid="drawer-events">
          {contact.events.map((event, i) => (
            <li key={i}>
              <time>{when(event.at, lang)}</time>
              {t(`sandbox.events.${event.kind}`, {
                name: eventName(event, project),
                event: event.kind === 'email' ? t(`sandbox.emailEvents.${event.event}`) : '',
              })}
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
