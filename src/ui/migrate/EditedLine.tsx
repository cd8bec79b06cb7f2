import type { ReactNode } from 'react';
import { Text } from 'ink';
import { visiblePart, type TextEdit } from './text-edit.js';

/** A line being edited, scrolled to fit in `width` columns, its cursor shown in inverse video. */
export function EditedLine({ edit, width }: { edit: TextEdit; width: number }): ReactNode {
  const part = visiblePart(edit, width);
  return (
    <Text>
      {part.before}
      <Text inverse>{part.under}</Text>
      {part.after}
    </Text>
  );
}
