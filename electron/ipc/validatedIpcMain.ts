/**
 * A guard around ipcMain, after VS Code's validatedIpcMain: a message is acted on only if it
 * comes from our own page (the frame's URL is the app protocol's origin) and its payload
 * passes the channel's parser. Invokes from anywhere else are rejected; fire-and-forget
 * messages are dropped. Written against a minimal IpcMain shape so it is tested without Electron.
 */
import { PayloadError } from './payloadChecks';

export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle: (channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown) => void;
  on: (channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void) => void;
}

export type ArgsParser<A extends unknown[]> = (args: readonly unknown[]) => A;

export interface ValidatedIpcMain {
  handle: <A extends unknown[], R>(channel: string, parse: ArgsParser<A>, handler: (...args: NoInfer<A>) => Promise<R> | R) => void;
  on: <A extends unknown[]>(channel: string, parse: ArgsParser<A>, listener: (...args: NoInfer<A>) => void) => void;
}

export type Rejection = { channel: string; reason: string };

export function createValidatedIpcMain(
  ipcMain: IpcMainLike,
  isTrustedSender: (frameUrl: string) => boolean,
  onRejected: (rejection: Rejection) => void = () => undefined,
): ValidatedIpcMain {
  /** Returns the parsed arguments, or a reason to refuse the message. */
  function admit<A extends unknown[]>(channel: string, event: IpcSenderEvent, args: unknown[], parse: ArgsParser<A>): { args: A } | { reason: string } {
    const url = event.senderFrame?.url;
    if (url === undefined || !isTrustedSender(url)) return { reason: `untrusted sender ${url ?? '(no frame)'}` };
    try {
      return { args: parse(args) };
    } catch (error) {
      if (error instanceof PayloadError) return { reason: `invalid payload: ${error.message}` };
      return { reason: 'invalid payload' };
    }
  }

  return {
    handle(channel, parse, handler) {
      ipcMain.handle(channel, (event, ...args) => {
        const admitted = admit(channel, event, args, parse);
        if ('reason' in admitted) {
          onRejected({ channel, reason: admitted.reason });
          // The message crosses back to the renderer; keep it short and free of internals.
          throw new Error(`LoopLab refused ${channel}: ${admitted.reason}`);
        }
        return handler(...admitted.args);
      });
    },
    on(channel, parse, listener) {
      ipcMain.on(channel, (event, ...args) => {
        const admitted = admit(channel, event, args, parse);
        if ('reason' in admitted) onRejected({ channel, reason: admitted.reason });
        else listener(...admitted.args);
      });
    },
  };
}
