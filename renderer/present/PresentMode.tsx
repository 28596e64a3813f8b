import './present.css';
import { Pause, Play } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepTitle } from '../canvas/summary.ts';
import { useLang } from '../i18n/useLang.ts';
import { runAppCommand } from '../platform/appCommands.ts';
import { useProgrammeT } from '../programme/i18n.ts';
import { useProgrammeView } from '../programme/store.ts';
import { useSim, useSimulationStore } from '../simulator/context.tsx';
import { formatInstant, minuteToMs } from '../simulator/time.ts';
import { useSimClock } from '../simulator/useSimClock.ts';
import { useDocument } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { journeyCaptions } from './captions.ts';

/**
 * Presentation mode: the editor's panels hidden (body.fb-presenting), full screen when the
 * browser allows it, the rehearsal of the open workflow on the canvas and a large caption bar.
 * Keys: Space plays, ←/→ a day (Simulate mode's own keys), F follows the next contact through
 * the workflow with the reasons of its branches as captions, Escape leaves.
 */
export function PresentMode() {
  const t = useProgrammeT();
  const { t: app } = useTranslation();
  const lang = useLang();
  const store = useSimulationStore();
  const project = useDocument((s) => s.project);
  const workflow = useDocument(activeWorkflow);
  const show = useProgrammeView((s) => s.show);
  const meta = useSim((s) => s.meta);
  const minute = useSim((s) => s.frame?.minute ?? s.minute);
  const playing = useSim((s) => s.playing);
  const focus = useSim((s) => s.focus);
  const ran = useSim((s) => s.status === 'done' && s.ranProject?.id === project.id);
  // The timeline's own words: "end of day" over a study's figures, "Day N" as the simulator says it.
  const now = useSimClock(minute);
  const [following, setFollowing] = useState(0);
  const followRef = useRef(following);
  followRef.current = following;

  useEffect(() => {
    document.body.classList.add('fb-presenting');
    const sim = store.getState();
    if (!sim.active) sim.setActive(true, project);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    // Once the panels are gone, the diagram fills the screen: the canvas's own fit (its "1" key).
    const fit = requestAnimationFrame(() => requestAnimationFrame(() => runAppCommand('view.fit')));
    const onFullscreen = () => {
      if (!document.fullscreenElement) show(null);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      cancelAnimationFrame(fit);
      document.removeEventListener('fullscreenchange', onFullscreen);
      document.body.classList.remove('fb-presenting');
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    };
    // Entering once: the project and store of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const follow = async () => {
      const sim = store.getState();
      const meta = sim.meta;
      if (!meta || !workflow?.start) return;
      const step = meta.steps.findIndex((s) => s.workflow === workflow.id && s.step === workflow.start);
      if (step < 0) return;
      // The next contact who went through the workflow's first step during the run.
      const k = followRef.current;
      const found = await store.client.stepContacts(step, meta.lastMinute, 'passed', k + 1);
      const contact = found.contacts[k % Math.max(1, found.contacts.length)];
      if (!contact) return;
      setFollowing(found.total > k + 1 ? k + 1 : 0);
      await sim.openContact(contact.id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        show(null);
      } else if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        e.stopPropagation();
        void follow();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, workflow, show]);

  const journey = focus?.kind === 'contact' ? focus.journey : null;
  const who = focus?.kind === 'contact' ? (focus.who?.name ?? focus.who?.email ?? focus.id) : null;
  const steps = new Map((workflow?.steps ?? []).map((s) => [s.id as string, s]));
  const captions = workflow ? journeyCaptions(journey, workflow, (id) => (steps.get(id as never) ? stepTitle(steps.get(id as never)!, app) : id), lang) : [];
  const at = (m: number) => (meta ? formatInstant(minuteToMs(meta.startMs, m), meta.timeZone, lang) : '');
  return (
    <div className="fb-present" data-testid="present-mode" data-ready={ran && meta !== null} data-playing={playing} data-minute={minute} data-following={who ?? ''}>
      {!ran || !meta ? (
        <p className="fb-present-message">{t('programme.presentNoRun')}</p>
      ) : (
        <>
          <div className="fb-present-now">
            <strong>{workflow?.name ?? project.name}</strong>
            <span data-testid="present-date" title={now?.daily ? app('sim.endOfDayTitle') : undefined}>
              {now?.clock} · {now?.day}
            </span>
            <span className="fb-present-state" aria-hidden>
              {playing ? <Play size={22} /> : <Pause size={22} />}
            </span>
          </div>
          {who ? (
            <div className="fb-present-captions" data-testid="present-captions">
              <strong>{t('programme.following', { name: who })}</strong>
              {/* Newest first in the list, drawn at the bottom (present.css): an older caption that has no room goes whole. */}
              <ol reversed>
                {captions
                  .map((c, i) => (
                    <li key={`${c.at}-${i}`}>
                      <time>{at(c.at)}</time> {c.text}
                    </li>
                  ))
                  .reverse()}
              </ol>
            </div>
          ) : null}
        </>
      )}
      <p className="fb-present-help">{t('programme.presentHelp')}</p>
    </div>
  );
}
