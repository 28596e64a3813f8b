import { FileJson, FileSpreadsheet } from 'lucide-react';

/** The two files a study or a comparison is saved as: CSV (every count per day) and JSON. */
export function SaveButtons({ testId, csvLabel, jsonLabel, onSave }: { testId: string; csvLabel: string; jsonLabel: string; onSave: (format: 'csv' | 'json') => void }) {
  return (
    <div className="fb-sim-export" data-testid={testId}>
      <button type="button" className="fb-button is-small" onClick={() => onSave('csv')} data-testid={`${testId}-csv`}>
        <FileSpreadsheet size={14} aria-hidden />
        {csvLabel}
      </button>
      <button type="button" className="fb-button is-small" onClick={() => onSave('json')} data-testid={`${testId}-json`}>
        <FileJson size={14} aria-hidden />
        {jsonLabel}
      </button>
    </div>
  );
}
