/**
 * What a Python expression can stand for, as the resolver (`names.ts`) tells it: a qualified
 * name, a value of a type the catalogue knows, a function or class of this file and instances
 * of its classes, a library's value the catalogue does not know, a number, a string.
 */
import type { ClassInfo, FunctionInfo } from './bindings';

export type Value =
  /** A module, or something imported from one, or a global bound nowhere: by qualified name. */
  | { kind: 'name'; path: string; imported: boolean }
  /** A value of a type the catalogue knows; `madeBy`: the function of the file whose call made it (a Celery task's AsyncResult). */
  | { kind: 'instance'; type: string; madeBy?: FunctionInfo }
  | { kind: 'function'; fn: FunctionInfo }
  /** A class of this file, and an instance of one: their methods are followed. */
  | { kind: 'class'; cls: ClassInfo }
  | { kind: 'object'; cls: ClassInfo }
  /**
   * What a third-party library the catalogue does not know made (`Minio(…)`, `stripe.Client(…)`,
   * `pd.read_csv(…)`): its methods are that library's unknown code. Not made for a class of the
   * app's own relative modules (`from .schemas import Item`: models, quick to use).
   */
  | { kind: 'foreign'; path: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };
