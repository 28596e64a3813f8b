import { useEffect, useState } from 'react';
import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';

/**
 * The open project's name in the top bar. A name is what the file and the Projects list show: at
 * most MAX_NAME_LENGTH characters (the input stops there, as a project file holds no longer one),
 * never empty (an empty field shows "Required." and the project keeps its last name, put back on
 * leaving the field). Before, a pasted 5,000-character name went into the project and every later
 * edit went unsaved (the library refuses what its loader would refuse).
 */
export function ProjectNameInput({ name, label, required, onChange }: { name: string; label: string; required: string; onChange: (name: string) => void }) {
  const [text, setText] = useState(name);
  // Undo, another project opened: the field shows the project's name again.
  useEffect(() => setText(name), [name]);
  const empty = text.trim() === '';
  return (
    <input
      className={`fb-project-name${empty ? ' is-invalid' : ''}`}
      value={text}
      maxLength={MAX_NAME_LENGTH}
      aria-label={label}
      aria-invalid={empty}
      title={empty ? required : undefined}
      data-testid="project-name"
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value.trim() !== '') onChange(e.target.value);
      }}
      onBlur={() => setText(name)}
    />
  );
}
