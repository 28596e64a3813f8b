import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { runLayout } from '../canvas/useLayout.ts';
import { buildWorkflowSvg } from '../export/svgExport.ts';
import { useLang } from '../i18n/useLang.ts';

const PREVIEW_SCALE = 0.42;

/** A thumbnail of a project's first workflow, drawn by the same code as the SVG export. */
export function TemplatePreview({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [image, setImage] = useState<{ src: string; width: number } | null>(null);
  const workflow = project.workflows[0];
  useEffect(() => {
    if (!workflow) return;
    let alive = true;
    void runLayout(workflow, { met: t('canvas.met'), 'not-met': t('canvas.notMet') }).then((layout) => {
      if (!alive) return;
      const { svg, width } = buildWorkflowSvg({ layout, workflow, project, projectJson: '', lang, t, background: 'transparent' });
      setImage({ src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width });
    });
    return () => {
      alive = false;
    };
  }, [workflow, project, lang, t]);
  // A fixed scale shows the top of the diagram legibly, whatever its size; the rest fades out.
  return <div className="fb-template-preview">{image ? <img src={image.src} alt="" style={{ width: image.width * PREVIEW_SCALE }} /> : <div className="fb-skeleton" />}</div>;
}
