import { useReactFlow } from '@xyflow/react';
import { ChevronDown, ChevronUp, Search, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asStepId } from '../../engine/model/index.ts';
import { useUi } from '../stores/context.tsx';
import { motion } from './motion.ts';

/** Search steps by name or content; Enter walks through the matches. */
export function SearchBar({ matches }: { matches: readonly string[] }) {
  const { t } = useTranslation();
  const open = useUi((s) => s.searchOpen);
  const search = useUi((s) => s.search);
  const setSearch = useUi((s) => s.setSearch);
  const setOpen = useUi((s) => s.setSearchOpen);
  const select = useUi((s) => s.select);
  const flow = useReactFlow();
  const [cursor, setCursor] = useState(0);
  if (!open) return null;

  const go = (delta: number) => {
    if (matches.length === 0) return;
    const index = (cursor + delta + matches.length) % matches.length;
    setCursor(index);
    const id = matches[index]!;
    select(asStepId(id));
    const node = flow.getNode(id);
    if (node) void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { duration: motion(250), zoom: Math.max(flow.getZoom(), 0.8) });
  };

  return (
    <div className="fb-search" role="search">
      <Search size={15} aria-hidden className="fb-muted" />
      <input
        autoFocus
        value={search}
        placeholder={t('canvas.searchPlaceholder')}
        aria-label={t('canvas.search')}
        data-testid="search-input"
        onChange={(e) => {
          setSearch(e.target.value);
          setCursor(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {search ? <span className="fb-search-count">{t('canvas.searchResults', { count: matches.length })}</span> : null}
      <button type="button" className="fb-icon-button" onClick={() => go(-1)} aria-label="↑" disabled={matches.length === 0}>
        <ChevronUp size={15} />
      </button>
      <button type="button" className="fb-icon-button" onClick={() => go(1)} aria-label="↓" disabled={matches.length === 0}>
        <ChevronDown size={15} />
      </button>
      <button type="button" className="fb-icon-button" onClick={() => setOpen(false)} aria-label={t('app.close')}>
        <X size={15} />
      </button>
    </div>
  );
}
