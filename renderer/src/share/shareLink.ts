/**
 * Share links: the scenario and the view in a URL's fragment, so no server ever sees them
 * (browsers do not send the part after '#').
 *
 *   #share=v1.<data>   everything on screen: the scenario, the comparison, resources or requests
 *                      view, the zoom window, chef mode, theme, the open lesson and its stage.
 *                      <data> is a zlib stream (RFC 1950) of the state as JSON, in base64url.
 *   #lesson=myth-2     a lesson, by its short name (or its full id)
 *   #scenario=await-io a built-in scenario, by its file name
 *
 * A link is read like any file: decompressed within a size bound, its checksum verified (a link
 * cut short or changed by hand is refused), and its scenario run through the scenario loader.
 * Anything wrong gives one message naming what and where, and nothing is applied.
 * Pure (no DOM): the page applies the result (useOpenLink.ts).
 */
import { strToU8, strFromU8, zlibSync, unzlibSync } from 'fflate';
import type { Scenario } from '../../../shared/scenario/types';
import { formatError, serializeScenario, validateScenario } from '../seams/scenarioIo';
import type { ChartView } from '../seams/chart';
import { SHELL_THEMES, type ShellTheme } from '../persist/prefs';

/** The format this version writes and reads. A new shape gets v2; v1 links keep opening. */
export const SHARE_FORMAT_VERSION = 1;

/**
 * The longest link the app hands out: RFC 9110 §4.1 recommends that everything on the path
 * of a URL supports at least 8,000 octets. Browsers take far more (Chromium 2 MB), but chat
 * apps, learning platforms and mail clients are where links travel, and they cut or refuse
 * long ones; past this the app offers "Save file" instead. Every built-in scenario's link is
 * under 700 characters.
 */
export const MAX_LINK_CHARS = 8000;

/** A link's data longer than this is not one LoopLab made; refused before decompressing. */
const MAX_DATA_CHARS = 100_000;
/** Decompressed JSON at most the scenario loader's file limit (5 MB): a bound on zip bombs. */
const MAX_JSON_BYTES = 5 * 1024 * 1024;

/** What the second chart compares with, as the variant picker encodes it. */
export type SharedCompare = 'flip:naive' | 'flip:await' | 'lesson' | `scenario:${string}`;

export interface SharedLesson {
  id: string;
  /** Which of the lesson's two scenarios is in the editor. */
  side: 'before' | 'after';
  /** The answer and the second chart were revealed. */
  revealed: boolean;
}

export interface SharedState {
  scenario: Scenario;
  compare: SharedCompare;
  view: ChartView;
  /** The visible time window in ms, or null for the whole timeline. */
  zoom: readonly [number, number] | null;
  chef: boolean;
  theme: ShellTheme;
  lesson: SharedLesson | null;
}

/** What the app knows, to check names in a link: lesson ids and built-in scenario ids. */
export interface LinkContext {
  lessonIds: readonly string[];
  builtinIds: readonly string[];
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

// ---- encoding -------------------------------------------------------------------------------

/** The state as a fragment (without '#'): `share=v1.…`. */
export function encodeShare(state: SharedState): string {
  const wire = {
    v: SHARE_FORMAT_VERSION,
    // The scenario as its canonical file text writes it (defaults left out: shorter links).
    scenario: JSON.parse(serializeScenario(state.scenario)) as unknown,
    compare: state.compare,
    view: state.view,
    // Exact, not rounded: the receiver's charts are then the same picture to the pixel.
    zoom: state.zoom,
    chef: state.chef,
    theme: state.theme,
    lesson: state.lesson,
  };
  const data = zlibSync(strToU8(JSON.stringify(wire)), { level: 9 });
  return `share=v${SHARE_FORMAT_VERSION}.${toBase64Url(data)}`;
}

/** `base` (a page address; any fragment dropped) with `fragment` after '#'. */
export function linkTo(base: string, fragment: string): string {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}#${fragment}`;
}

// ---- reading a fragment ---------------------------------------------------------------------

export type LinkTarget =
  | { kind: 'none' }
  | { kind: 'share'; data: string }
  | { kind: 'lesson'; name: string }
  | { kind: 'scenario'; id: string }
  | { kind: 'unknown'; fragment: string };

/** What a location's fragment asks for (`hash` as `location.hash` gives it, '#' included or not). */
export function readFragment(hash: string): LinkTarget {
  const fragment = hash.replace(/^#/, '');
  if (fragment === '') return { kind: 'none' };
  const params = new URLSearchParams(fragment);
  const keys = [...params.keys()];
  const only = (key: string) => keys.length === 1 && keys[0] === key ? params.get(key) ?? '' : null;
  const share = only('share');
  if (share !== null) return { kind: 'share', data: share };
  const lesson = only('lesson');
  if (lesson !== null) return { kind: 'lesson', name: lesson };
  const scenario = only('scenario');
  if (scenario !== null) return { kind: 'scenario', id: scenario };
  return { kind: 'unknown', fragment };
}

/** Say what a fragment that is no LoopLab link looked like, briefly. */
export function describeUnknown(fragment: string): string {
  const shown = fragment.length > 40 ? `${fragment.slice(0, 40)}…` : fragment;
  return `The link's ending “#${shown}” is not a LoopLab link (those end in #share=…, #lesson=… or #scenario=…).`;
}

// ---- short names ----------------------------------------------------------------------------

/**
 * A lesson's short name for links: 'myth-2-sync-fine-in-async' → 'myth-2'. Numbered lessons
 * (steps, myths, pitfalls) keep their kind and number; the guides keep their whole id.
 */
export function lessonLinkName(id: string): string {
  return /^(step|myth|pitfall)-\d+(?=-|$)/.exec(id)?.[0] ?? id;
}

/** The lesson a link names: its short name or its full id, exactly; otherwise undefined. */
export function resolveLessonName(name: string, lessonIds: readonly string[]): string | undefined {
  if (lessonIds.includes(name)) return name;
  const matches = lessonIds.filter((id) => lessonLinkName(id) === name);
  return matches.length === 1 ? matches[0] : undefined;
}

export const lessonFragment = (id: string) => `lesson=${lessonLinkName(id)}`;
export const scenarioFragment = (id: string) => `scenario=${id}`;

// ---- decoding a share -----------------------------------------------------------------------

/** The `share=` value back to a state, or why it cannot be. Never throws. */
export function decodeShare(data: string, context: LinkContext): Decoded<SharedState> {
  const dot = data.indexOf('.');
  const version = /^v(\d+)$/.exec(dot < 0 ? data : data.slice(0, dot));
  if (!version) return fail('The share link is damaged: it should start with a format version like “v1.”.');
  if (Number(version[1]) !== SHARE_FORMAT_VERSION) {
    return fail(Number(version[1]) > SHARE_FORMAT_VERSION
      ? `The share link was made by a newer LoopLab (link format v${version[1]}; this version reads v${SHARE_FORMAT_VERSION}): open it in the latest LoopLab.`
      : `The share link's format v${version[1]} is not one LoopLab ever wrote.`);
  }
  const body = data.slice(dot + 1);
  if (body.length > MAX_DATA_CHARS) return fail(`The share link is ${body.length.toLocaleString('en')} characters long, more than any link LoopLab makes: it was not made here.`);
  const bytes = fromBase64Url(body);
  if (!bytes) return fail('The share link is damaged: it contains characters a LoopLab link never has (it may have been changed when it was copied).');
  const json = inflateChecked(bytes);
  if (!json.ok) return json;
  let raw: unknown;
  try {
    raw = JSON.parse(json.value);
  } catch {
    return fail('The share link is damaged: its contents are not readable.');
  }
  return readState(raw, context);
}

/** Decompress and verify the zlib stream's Adler-32 checksum (fflate does not check it). */
function inflateChecked(bytes: Uint8Array): Decoded<string> {
  if (bytes.length < 6) return fail('The share link is cut short: it has almost no data.');
  let out: Uint8Array;
  try {
    out = unzlibSync(bytes, { out: new Uint8Array(MAX_JSON_BYTES + 1) });
  } catch {
    return fail('The share link is cut short or damaged: its data does not decompress. Ask for the link again, or for the scenario as a file.');
  }
  if (out.length > MAX_JSON_BYTES) return fail('The share link holds more than a scenario file may (5 MB): it was not made by LoopLab.');
  const t = bytes.length - 4;
  const expected = ((bytes[t]! << 24) | (bytes[t + 1]! << 16) | (bytes[t + 2]! << 8) | bytes[t + 3]!) >>> 0;
  if (adler32(out) !== expected) return fail('The share link was changed after it was made: its checksum does not match. Ask for the link again.');
  try {
    return { ok: true, value: strFromU8(out) };
  } catch {
    return fail('The share link is damaged: its contents are not text.');
  }
}

/** RFC 1950's Adler-32. */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5,552 bytes is the most that can be summed before the sums may overflow 32 bits.
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) { a += data[i]!; b += a; }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const VIEWS: readonly ChartView[] = ['resources', 'requests'];
const WIRE_KEYS = ['v', 'scenario', 'compare', 'view', 'zoom', 'chef', 'theme', 'lesson'];

/** Check every field as the loader checks a file: by name, saying what was expected. */
function readState(raw: unknown, context: LinkContext): Decoded<SharedState> {
  if (!isRecord(raw)) return fail('The share link is damaged: it does not hold a LoopLab view.');
  const unknown = Object.keys(raw).filter((k) => !WIRE_KEYS.includes(k));
  if (unknown.length > 0) return fail(`The share link has fields LoopLab does not know (${unknown.join(', ')}): it was changed or made elsewhere.`);
  if (raw.v !== SHARE_FORMAT_VERSION) return fail(`The share link's data says format ${JSON.stringify(raw.v)}, but its prefix says v${SHARE_FORMAT_VERSION}: it was changed.`);

  const loaded = validateScenario(raw.scenario);
  if (!loaded.ok) {
    const [first] = loaded.errors;
    const more = loaded.errors.length - 1;
    return fail(`The scenario in the share link does not load: ${formatError(first!)}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}.`);
  }
  const field = (name: string, expected: string) => fail(`The share link's “${name}” is ${JSON.stringify(raw[name]) ?? 'missing'}; expected ${expected}.`);

  const compare = raw.compare;
  const compareOk = compare === 'flip:naive' || compare === 'flip:await' || compare === 'lesson'
    || (typeof compare === 'string' && compare.startsWith('scenario:') && context.builtinIds.includes(compare.slice('scenario:'.length)));
  if (!compareOk) return field('compare', `flip:naive, flip:await, lesson or scenario:<a built-in scenario> (${context.builtinIds.join(', ')})`);
  if (!VIEWS.includes(raw.view as ChartView)) return field('view', VIEWS.join(' or '));
  if (!SHELL_THEMES.includes(raw.theme as ShellTheme)) return field('theme', SHELL_THEMES.join(', '));
  if (typeof raw.chef !== 'boolean') return field('chef', 'true or false');

  let zoom: readonly [number, number] | null = null;
  if (raw.zoom !== null) {
    const z = raw.zoom;
    if (!Array.isArray(z) || z.length !== 2 || !z.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) || !(z[0] < z[1])) {
      return field('zoom', 'null or [start, end] in ms with 0 ≤ start < end');
    }
    zoom = [z[0], z[1]];
  }

  let lesson: SharedLesson | null = null;
  if (raw.lesson !== null) {
    const l = raw.lesson;
    if (!isRecord(l) || typeof l.id !== 'string' || (l.side !== 'before' && l.side !== 'after') || typeof l.revealed !== 'boolean') {
      return field('lesson', 'null or {"id", "side": "before" or "after", "revealed": true or false}');
    }
    if (!context.lessonIds.includes(l.id)) return fail(`The share link opens the lesson “${l.id}”, which this LoopLab does not have.`);
    lesson = { id: l.id, side: l.side, revealed: l.revealed };
  }
  if (compare === 'lesson' && lesson === null) return field('compare', 'not "lesson" when no lesson is open');

  return { ok: true, value: { scenario: loaded.scenario, compare: compare as SharedCompare, view: raw.view as ChartView, zoom, chef: raw.chef, theme: raw.theme as ShellTheme, lesson } };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

// ---- base64url (RFC 4648 §5, no padding) ------------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
