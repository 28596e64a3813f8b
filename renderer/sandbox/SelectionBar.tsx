import { ListMinus, ListPlus, Trash } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListId, StaticList } from '../../engine/model/index.ts';

/** Bulk actions on the selected rows: add to or remove from a static list, delete. */
export function SelectionBar({ count, lists, onMembership, onDelete, onClear }: {
  count: number;
  lists: readonly StaticList[];
  onMembership: (list: ListId, member: boolean) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState<string>(lists[0]?.id ?? '');
  const chosen = lists.find((l) => l.id === list)?.id ?? lists[0]?.id;
  return (
    <div className="fb-sb-selection" data-testid="selection-bar">
      <strong>{t('sandbox.selected', { count })}</strong>
      {lists.length > 0 && chosen ? (
        <>
          <select className="fb-input" value={chosen} onChange={(e) => setList(e.target.value)} aria-label={t('sandbox.lists')} data-testid="bulk-list">
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <button type="button" className="fb-button is-small" onClick={() => onMembership(chosen, true)} data-testid="bulk-add">
            <ListPlus size={14} aria-hidden /> {t('sandbox.addToList')}
          </button>
          <button type="button" className="fb-button is-small" onClick={() => onMembership(chosen, false)} data-testid="bulk-remove">
            <ListMinus size={14} aria-hidden /> {t('sandbox.removeFromList')}
          </button>
        </>
      ) : (
        <span className="fb-sb-muted">{t('sandbox.noLists')}</span>
      )}
      <button type="button" className="fb-button is-small" onClick={onDelete} data-testid="bulk-delete">
        <Trash size={14} aria-hidden /> {t('sandbox.deleteSelected')}
      </button>
      <div className="fb-sb-spacer" />
      <button type="button" className="fb-button is-ghost is-small" onClick={onClear}>
        {t('sandbox.cancel')}
      </button>
    </div>
  );
}
