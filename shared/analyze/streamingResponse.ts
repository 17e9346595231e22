/**
 * `StreamingResponse(chunks())`: calling a generator runs none of it; Starlette iterates it
 * once the handler returns. A generator of the file: an async one's steps run on the loop;
 * a sync one's on AnyIO's pool (one hop per item there, one `to_thread` of them all here).
 * In a def route everything is on a thread already, so the steps are its own. Any other
 * content (a file, a list) is walked as written.
 */
import type { AsyncStep, SyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument } from './callArguments';
import { classifyCall } from './callMeaning';
import { fieldOf, nodeText, type PyNode } from './syntax';

export function streamedContent(w: BodyWalker, call: PyNode, frame: Frame, out: AsyncStep[]): void {
  const content = callArgument(call, 0, 'content', w.text);
  const fn = content?.type === 'call' ? classifyCall(w.resolver, content, frame.fn) : null;
  for (const arg of fieldOf(call, 'arguments')?.children ?? []) if (arg !== content && fieldOf(arg, 'value') !== content) w.walk(arg, frame, () => out);
  if (!content) return;
  if (fn?.kind !== 'function') {
    w.walk(content, frame, () => out);
    return;
  }
  if (fn.fn.isAsync || !frame.root.isAsync) {
    w.visitCall(content, frame, out, true, content);
    return;
  }
  const inner: AsyncStep[] = [];
  w.visitCall(content, frame, inner, false, content);
  const onThread = inner.filter((s): s is SyncStep => 'cpu' in s || 'blocking_io' in s);
  if (onThread.length > 0) out.push(w.located({ to_thread: onThread, pool: 'anyio' }, content, `${nodeText(w.text, content)} (sync generator, iterated in the thread pool)`));
}
