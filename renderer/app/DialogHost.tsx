import { useEffect, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useDialogQueue, useDialogStore, type DialogRequest } from './dialogs.tsx';
import { PromptDialog } from './PromptDialog.tsx';

/** Mounted once in the app shell: shows the first waiting confirm/prompt asked through useDialogs(). */
export function DialogHost() {
  const request = useDialogQueue()[0];
  return request ? <Shown key={request.id} request={request} /> : null;
}

function Shown({ request }: { request: DialogRequest }) {
  const store = useDialogStore();
  // Read during render, before autoFocus moves the focus into the dialog: keyboard users land
  // back where they were (the delete button, the rename pencil).
  const [before] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [before]);
  if (request.kind === 'confirm') {
    const { title, message, confirmLabel, danger } = request.options;
    return (
      <ConfirmDialog
        title={title}
        message={message}
        confirmLabel={confirmLabel}
        danger={danger}
        onAnswer={(ok) => {
          store.getState().done(request.id);
          request.resolve(ok);
        }}
      />
    );
  }
  const { title, label, initial, confirmLabel, validate, choice } = request.options;
  return (
    <PromptDialog
      title={title}
      label={label}
      initial={initial}
      confirmLabel={confirmLabel}
      validate={validate}
      choice={choice}
      onAnswer={(value, picked) => {
        store.getState().done(request.id);
        request.resolve(value, picked);
      }}
    />
  );
}
