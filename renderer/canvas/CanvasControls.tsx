import { Panel, useReactFlow, useViewport } from '@xyflow/react';
import { Map as MapIcon, Maximize, Search, ZoomIn, ZoomOut } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/useLang.ts';
import { formatNumber } from '../i18n/format.ts';
import { useUi } from '../stores/context.tsx';
import { fitDiagram } from './fit.ts';
import { motion } from './motion.ts';
import type { AnyFlowNode } from './nodeTypes.ts';

/**
 * Zoom (in on top, as the column reads), fit, search and the minimap's switch: a column at the
 * bottom left, which a fitted diagram stays right of (fit.ts), so no card passes under it.
 */
export function CanvasControls() {
  const { t } = useTranslation();
  const lang = useLang();
  const flow = useReactFlow<AnyFlowNode>();
  const { zoom } = useViewport();
  const openSearch = useUi((s) => s.setSearchOpen);
  const minimap = useUi((s) => s.minimap);
  const toggleMinimap = useUi((s) => s.toggleMinimap);
  const minimapLabel = t(minimap ? 'canvas.hideMinimap' : 'canvas.showMinimap');
  return (
    <Panel position="bottom-left" className="fb-controls">
      <button type="button" className="fb-icon-button" onClick={() => void flow.zoomIn({ duration: motion(150) })} title={t('canvas.zoomIn')} aria-label={t('canvas.zoomIn')}>
        <ZoomIn size={16} />
      </button>
      <button
        type="button"
        className="fb-zoom-level"
        onClick={() => void flow.zoomTo(1, { duration: motion(200) })}
        title={t('canvas.resetZoom')}
        data-testid="zoom-level"
      >
        {formatNumber(zoom, lang, { style: 'percent', maximumFractionDigits: 0 })}
      </button>
      <button type="button" className="fb-icon-button" onClick={() => void flow.zoomOut({ duration: motion(150) })} title={t('canvas.zoomOut')} aria-label={t('canvas.zoomOut')}>
        <ZoomOut size={16} />
      </button>
      <span className="fb-controls-sep" />
      <button type="button" className="fb-icon-button" onClick={() => fitDiagram(flow)} title={t('canvas.fit')} aria-label={t('canvas.fit')}>
        <Maximize size={16} />
      </button>
      <button type="button" className="fb-icon-button" onClick={() => openSearch(true)} title={t('canvas.search')} aria-label={t('canvas.search')}>
        <Search size={16} />
      </button>
      <button
        type="button"
        className={`fb-icon-button${minimap ? ' is-active' : ''}`}
        onClick={toggleMinimap}
        title={minimapLabel}
        aria-label={minimapLabel}
        aria-pressed={minimap}
        data-testid="toggle-minimap"
      >
        <MapIcon size={16} />
      </button>
    </Panel>
  );
}
