import { ClipboardPaste, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_GROUPS, type StepKind } from '../../engine/model/index.ts';
import { useUi } from '../stores/context.tsx';
import { useCommands } from '../stores/useCommands.ts';
import { GROUP_COLORS, STEP_ICONS, type StepGroup } from './stepVisuals.ts';
import { withFormerWords } from '../hubspot/vocabulary.ts';

const PALETTE_WIDTH = 300;
const PALETTE_HEIGHT = 480;

/** Every step kind, grouped as in HubSpot, opened by a "+" on an edge. */
export function Palette() {
  const target = useUi((s) => s.palette);
  if (!target) return null;
  const style: CSSProperties = {
    left: Math.max(8, Math.min(target.anchor.x, window.innerWidth - PALETTE_WIDTH - 8)),
    top: Math.max(8, Math.min(target.anchor.y - 40, window.innerHeight - PALETTE_HEIGHT - 8)),
  };
  return <PaletteMenu style={style} />;
}

export function PaletteMenu({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  const target = useUi((s) => s.palette);
  const close = useUi((s) => s.openPalette);
  const hasClipboard = useUi((s) => s.clipboard !== null);
  const commands = useCommands();
  const [filter, setFilter] = useState('');
  const [cursor, setCursor] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const groups = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase();
    return (Object.entries(STEP_GROUPS) as [StepGroup, readonly StepKind[]][])
      .map(([group, kinds]) => ({ group, kinds: kinds.filter((k) => !q || withFormerWords(t(`kinds.${k}`).toLocaleLowerCase()).includes(q)) }))
      .filter((g) => g.kinds.length > 0);
  }, [filter, t]);
  const flat = groups.flatMap((g) => g.kinds);

  if (!target) return null;
  const choose = (kind: StepKind) => {
    close(null);
    commands.insert(target.at, kind);
  };
  const paste = () => {
    close(null);
    commands.paste(target.at);
  };

  return (
    <div className="fb-palette" style={style} role="dialog" aria-label={t('palette.title')} data-testid="palette">
      <div className="fb-palette-head">
        <span className="fb-palette-title">{t('palette.title')}</span>
        <button type="button" className="fb-icon-button" onClick={() => close(null)} aria-label={t('palette.close')}>
          <X size={15} />
        </button>
      </div>
      <input
        ref={input}
        className="fb-input"
        placeholder={t('palette.filter')}
        aria-label={t('palette.filter')}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setCursor(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setCursor((c) => Math.min(flat.length - 1, c + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setCursor((c) => Math.max(0, c - 1));
          } else if (e.key === 'Enter' && flat[cursor]) choose(flat[cursor]);
          else if (e.key === 'Escape') close(null);
        }}
      />
      <div className="fb-palette-list">
        {hasClipboard ? (
          <button type="button" className="fb-palette-item is-paste" onClick={paste} data-testid="palette-paste">
            <span className="fb-palette-icon">
              <ClipboardPaste size={15} aria-hidden />
            </span>
            {t('palette.paste')}
          </button>
        ) : null}
        {groups.map(({ group, kinds }) => (
          <div key={group} role="group" aria-label={t(`groups.${group}`)}>
            <div className="fb-palette-group">{t(`groups.${group}`)}</div>
            {kinds.map((kind) => {
              const Icon = STEP_ICONS[kind];
              const active = flat[cursor] === kind;
              return (
                <button
                  type="button"
                  key={kind}
                  className={`fb-palette-item${active ? ' is-active' : ''}`}
                  style={{ '--group': GROUP_COLORS[group] } as CSSProperties}
                  onClick={() => choose(kind)}
                  onMouseEnter={() => setCursor(flat.indexOf(kind))}
                  data-testid={`palette-${kind}`}
                >
                  <span className="fb-palette-icon">
                    <Icon size={15} aria-hidden />
                  </span>
                  {t(`kinds.${kind}`)}
                </button>
              );
            })}
          </div>
        ))}
        {flat.length === 0 ? <div className="fb-empty-small">{t('palette.nothing')}</div> : null}
      </div>
    </div>
  );
}
