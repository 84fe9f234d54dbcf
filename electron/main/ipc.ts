import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { INVOKE_CHANNEL } from '../shared/api';
import type { Result } from '../shared/errors';
import { errorSentence } from '../shared/messages';
import type { Dispatch } from '../core/dispatcher';
import { isAppUrl } from './security';

/** Only the top frame of one of the app's own pages may call the core. */
export function isTrustedFrame(frame: WebFrameMain | null | undefined, devServerUrl?: string): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, devServerUrl?: string): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedFrame(event.senderFrame, devServerUrl)) {
        return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: errorSentence('en', 'FORBIDDEN') } });
      }
      return dispatch(method, input);
    },
  );
}
