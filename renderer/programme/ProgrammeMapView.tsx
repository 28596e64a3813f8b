import './programme.css';
import { Network, Presentation, X } from 'lucide-react';
import { useEffect, type KeyboardEvent, type MouseEvent } from 'react';
import { asWorkflowId } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useProgrammeT } from './i18n.ts';
import { useProgrammeView } from './store.ts';
import { useProgrammeDrawing } from './useProgrammeDrawing.ts';
import { PresentMode } from '../present/PresentMode.tsx';
import { useRunTimes } from './run-times.ts';

/** The workflows sidebar's button that opens the programme map. */
export function ProgrammeButton() {
  const t = useProgrammeT();
  const show = useProgrammeView((s) => s.show);
  return (
    <button type="button" className="fb-icon-button fb-pm-open" onClick={() => show('map')} aria-label={t('programme.openHint')} title={t('programme.openHint')} data-testid="open-programme">
      <Network size={16} />
    </button>
  );
}

/** Every workflow of the project as a card, the links between them labelled; a click opens a workflow. */
export function ProgrammeMapView() {
  const t = useProgrammeT();
  const lang = useLang();
  const project = useDocument((s) => s.project);
  const { document } = useStores();
  const select = useUi((s) => s.select);
  const show = useProgrammeView((s) => s.show);
  const drawing = useProgrammeDrawing(project, lang, (count, formatted) => t('programme.enrolled', { count, formatted }));

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') show(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const openWorkflow = (id: string) => {
    document.getState().setActiveWorkflow(asWorkflowId(id));
    select(null);
    show(null);
  };
  const follow = (target: EventTarget) => {
    const el = target instanceof Element ? target.closest('[data-workflow], [data-edge]') : null;
    const id = el?.getAttribute('data-workflow') ?? el?.getAttribute('data-to');
    if (id) openWorkflow(id);
  };
  const onClick = (e: MouseEvent) => follow(e.target);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      follow(e.target);
    }
  };
  const links = drawing.map.edges.length;
  return (
    <section className="fb-pm" aria-label={t('programme.title')} data-testid="programme-map" data-ready={drawing.svg !== null} data-counts={drawing.run !== 'none'}>
      <header className="fb-pm-bar">
        <Network size={18} aria-hidden />
        <h2>{t('programme.title')}</h2>
        <span className="fb-pm-muted">
          {t('programme.subtitle', { count: project.workflows.length })} · {t('programme.links', { count: links })}
        </span>
        <span className="fb-pm-spacer" />
        <button type="button" className="fb-button is-ghost" onClick={() => show('present')} title={t('programme.presentHint')} data-testid="enter-present">
          <Presentation size={16} aria-hidden />
          {t('programme.present')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => show(null)} data-testid="close-programme">
          <X size={16} aria-hidden />
          {t('programme.close')}
        </button>
      </header>
      <p className="fb-pm-note" data-testid="programme-note">
        {drawing.run === 'none' ? t('programme.noRun') : drawing.run === 'stale' ? t('programme.staleRun') : t('programme.afterRun')}
        {drawing.runs > 1 ? ` ${t('programme.studyRuns', { count: drawing.runs })}` : ''} {t('programme.help')}
      </p>
      <div className="fb-pm-canvas">
        {project.workflows.length === 0 ? (
          <p className="fb-pm-empty">{t('programme.empty')}</p>
        ) : drawing.svg === null ? (
          <p className="fb-pm-empty">{t('programme.drawing')}</p>
        ) : (
          // The SVG is built by engine/programme, every user text escaped there.
          <div className="fb-pm-drawing" onClick={onClick} onKeyDown={onKeyDown} role="presentation" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
        )}
      </div>
    </section>
  );
}

/** Mounted once in the app shell: whichever consultant view is open. */
export function ProgrammeLayer() {
  const view = useProgrammeView((s) => s.view);
  // Always mounted: notes when each run ends, for the report's "as run on …" (report-export.ts).
  useRunTimes();
  return view === 'map' ? <ProgrammeMapView /> : view === 'present' ? <PresentMode /> : null;
}
