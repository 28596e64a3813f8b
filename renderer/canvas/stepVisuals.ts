import {
  Bell,
  CalendarClock,
  CircleStop,
  Clock,
  CornerDownRight,
  Eraser,
  GitBranch,
  Hash,
  ListMinus,
  ListPlus,
  ListTodo,
  Mail,
  PenLine,
  Copy,
  Shuffle,
  Signpost,
  TrendingUp,
  UserMinus,
  Puzzle,
  UserPlus,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import { STEP_GROUPS, type StepKind } from '../../engine/model/index.ts';
import { CARD_GROUP_COLORS } from '../../engine/cards/index.ts';

export type StepGroup = keyof typeof STEP_GROUPS;

export const STEP_ICONS: Record<StepKind, LucideIcon> = {
  'send-email': Mail,
  'internal-notification': Bell,
  'create-task': ListTodo,
  'hubspot-action': Puzzle,
  delay: Clock,
  'delay-until-event': CalendarClock,
  'branch-if': GitBranch,
  'branch-value': Signpost,
  'branch-random': Shuffle,
  'set-property': PenLine,
  'clear-property': Eraser,
  'copy-property': Copy,
  'increment-property': Hash,
  'set-lifecycle-stage': TrendingUp,
  'add-to-list': ListPlus,
  'remove-from-list': ListMinus,
  'enroll-in-workflow': UserPlus,
  'unenroll-from-workflow': UserMinus,
  'go-to': CornerDownRight,
};

export const ENROLLMENT_ICON = Zap;
export const END_ICON = CircleStop;

/** One calm colour per palette group: the card's left border and icon tint (engine/cards, the report's too). */
export const GROUP_COLORS: Readonly<Record<StepGroup, string>> = CARD_GROUP_COLORS;

const GROUP_OF = new Map<StepKind, StepGroup>(
  (Object.entries(STEP_GROUPS) as [StepGroup, readonly StepKind[]][]).flatMap(([group, kinds]) => kinds.map((k) => [k, group] as const)),
);

export function stepGroup(kind: StepKind): StepGroup {
  return GROUP_OF.get(kind) ?? 'control';
}
