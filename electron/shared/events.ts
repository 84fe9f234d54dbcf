import type { PresentationState, ProjectorView } from './meetingTypes';

// Messages main pushes to the windows without being asked.
export const MENU_COMMANDS = ['home', 'new', 'open', 'save-copy', 'close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type PushEvent =
  | { type: 'presentation'; state: PresentationState; view: ProjectorView }
  /** a meeting changed (autosave from another window, a command); reload it if shown */
  | { type: 'meeting-changed'; meetingId: number }
  | { type: 'menu'; command: MenuCommand }
  /** open this file: from Open Recent, a second launch, or the OS */
  | { type: 'open-path'; path: string };
