import { ChevronRight, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { stepTitle } from '../canvas/summary.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { contactLabel } from './contact-names.ts';
import { useSim, useSimulationStore } from './context.tsx';
import type { Focus } from './store.ts';
import { formatInstant, minuteToMs } from './time.ts';

const ROW = 36;
const VIEW = 420;

export function findStep(project: Project, workflow: string, step: string) {
  return project.workflows.find((w) => w.id === workflow)?.steps.find((s) => s.id === step);
}

/** The contacts at a clicked step at this instant (or every one that passed), windowed. */
export function StepContacts({ focus, project }: { focus: Extract<Focus, { kind: 'step' }>; project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const store = useSimulationStore();
  const meta = useSim((s) => s.meta)!;
  const [scroll, setScroll] = useState(0);
  const where = meta.steps[focus.step];
  const step = where ? findStep(project, where.workflow, where.step) : undefined;
  const name = step ? stepTitle(step, t) : (where?.step ?? '');
  const first = Math.floor(scroll / ROW);
  const visible = focus.contacts.slice(first, first + Math.ceil(VIEW / ROW) + 2);
  return (
    <section className="fb-sim-focus" data-testid="sim-step-contacts" data-mode={focus.mode} data-loading={focus.loading}>
      <header className="fb-sim-focus-head">
        <h3 className="fb-sim-h">{t('sim.stepContacts', { step: name })}</h3>
        <button type="button" className="fb-icon-button" onClick={() => store.getState().closeFocus()} aria-label={t('sim.close')} title={t('sim.close')} data-testid="sim-focus-close">
          <X size={16} aria-hidden />
        </button>
      </header>
      <div className="fb-segmented">
        {(['here', 'passed'] as const).map((mode) => (
          <button key={mode} type="button" className={focus.mode === mode ? 'is-on' : ''} onClick={() => void store.getState().openStep(focus.step, mode)} data-testid={`sim-mode-${mode}`}>
            {t(`sim.${mode}`)}
          </button>
        ))}
      </div>
      {focus.loading ? null : focus.total === 0 ? (
        <p className="fb-empty-small">{focus.mode === 'here' ? t('sim.noneHere') : t('sim.nonePassed')}</p>
      ) : (
        <>
          <p className="fb-help" data-testid="sim-step-total" data-total={focus.total}>
            {focus.contacts.length < focus.total ? t('sim.shownOf', { shown: focus.contacts.length, total: focus.total }) : t('sandbox.count', { count: focus.total })}
          </p>
          <div className="fb-sim-list" style={{ maxHeight: VIEW }} onScroll={(e) => setScroll(e.currentTarget.scrollTop)} data-testid="sim-contact-list">
            <div style={{ height: focus.contacts.length * ROW, position: 'relative' }}>
              {visible.map((c, i) => (
                <button
                  key={c.id}
                  type="button"
                  className="fb-sim-contact"
                  style={{ top: (first + i) * ROW, height: ROW }}
                  onClick={() => void store.getState().openContact(c.id)}
                  data-testid="sim-contact"
                  data-contact={c.id}
                >
                  <span className="fb-sim-contact-name" title={`${contactLabel(c, c.id)} (${c.id})`} data-testid="sim-contact-name">
                    {contactLabel(c, c.id)}
                  </span>
                  <span className="fb-muted">{formatInstant(minuteToMs(meta.startMs, c.at), meta.timeZone, lang)}</span>
                  <ChevronRight size={14} aria-hidden />
                </button>
              ))}
            </div>
          </div>
          {focus.total > focus.contacts.length ? <p className="fb-help">+ {formatNumber(focus.total - focus.contacts.length, lang)}</p> : null}
        </>
      )}
    </section>
  );
}
