import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLang } from '../i18n/index.ts';
import { createCommands, type Commands } from './commands.ts';
import { useStores } from './context.tsx';

export function useCommands(): Commands {
  const stores = useStores();
  const { i18n } = useTranslation();
  return useMemo(() => createCommands(stores, () => asLang(i18n.language)), [stores, i18n]);
}
