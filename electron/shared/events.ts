// Messages main pushes to the windows without being asked.
export const MENU_COMMANDS = ['new', 'open', 'save-copy', 'close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type PushEvent =
  | { type: 'menu'; command: MenuCommand }
  /** open this file: from Open Recent, a second launch, or the OS */
  | { type: 'open-path'; path: string };
