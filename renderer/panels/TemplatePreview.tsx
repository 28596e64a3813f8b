import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { runLayout } from '../canvas/useLayout.ts';
import { buildWorkflowSvg } from '../export/svgExport.ts';
import { useLang } from '../i18n/useLang.ts';

/** A thumbnail of a project's first workflow, drawn by the same code as the SVG export. */
export function TemplatePreview({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [src, setSrc] = useState<string | null>(null);
  const workflow = project.workflows[0];
  useEffect(() => {
    if (!workflow) return;
    let alive = true;
    void runLayout(workflow, { met: t('canvas.met'), 'not-met': t('canvas.notMet') }).then((layout) => {
      if (!alive) return;
      const { svg } = buildWorkflowSvg({ layout, workflow, project, projectJson: '', lang, t, background: 'transparent' });
      setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      alive = false;
    };
  }, [workflow, project, lang, t]);
  return <div className="fb-template-preview">{src ? <img src={src} alt="" /> : <div className="fb-skeleton" />}</div>;
}
