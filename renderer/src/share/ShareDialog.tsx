/**
 * "Share link": the link to exactly this view, the short links of the open lesson (or of the
 * built-in scenario on screen), and a QR code of the chosen one, large enough to scan from
 * the back of a classroom. The desktop app has no web address of its own: its links point
 * to the published web build, whose address the teacher sets here once (kept in prefs).
 */
import { useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { normalizeBaseUrl } from '../persist/prefs';
import { MAX_LINK_CHARS } from './shareLink';
import { qrDrawing } from './qrCode';
import type { ShareLink } from './shareLinks';
import './share.css';

interface Props {
  /** The links to offer; the first is "this view". */
  links: ShareLink[];
  /** Desktop: the web build's address is needed and may be changed here. */
  desktop: boolean;
  baseUrl: string;
  onBaseUrl: (url: string) => void;
  onSaveFile: () => void;
  onClose: () => void;
}

const count = (n: number) => n.toLocaleString('en');

export function ShareDialog({ links, desktop, baseUrl, onBaseUrl, onSaveFile, onClose }: Props) {
  const usable = links.filter((l) => l.url.length <= MAX_LINK_CHARS);
  const [chosen, setChosen] = useState(() => (usable.find((l) => qrDrawing(l.url) !== null) ?? usable[0])?.key ?? null);
  const [status, setStatus] = useState('');
  const shown = links.find((l) => l.key === chosen) ?? null;
  const qr = useMemo(() => (shown && shown.url.length <= MAX_LINK_CHARS ? qrDrawing(shown.url) : null), [shown]);
  const needsAddress = desktop && baseUrl === '';
  const groups = [...new Set(links.map((l) => l.group))];

  const copy = async (link: ShareLink, input: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(link.url);
      setStatus(`Copied the link (${link.label}): paste it into a chat, an e-mail or the class page.`);
    } catch {
      // Electron and some browsers refuse the clipboard to a page: the text is there to copy by hand.
      input?.focus();
      input?.select();
      setStatus('Copying is not allowed here: the link is selected, press Ctrl+C.');
    }
  };

  return (
    <ModalDialog className="share-dialog" labelledBy="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share link</h2>
      <div className="share-body">
        <div className="share-links">
          {desktop && <WebAddress baseUrl={baseUrl} onBaseUrl={onBaseUrl} />}
          {groups.map((group) => (
            <section key={group} aria-labelledby={`share-${slug(group)}`}>
              <h3 id={`share-${slug(group)}`}>{group}</h3>
              <ul className="share-list">
                {links.filter((l) => l.group === group).map((link) => (
                  <LinkRow key={link.key} link={link} disabledWhy={needsAddress ? 'Set the web address above first.' : null}
                    chosen={chosen === link.key} onChoose={() => setChosen(link.key)} onCopy={(l, input) => void copy(l, input)} onSaveFile={onSaveFile} />
                ))}
              </ul>
            </section>
          ))}
          <p className="hint">Links keep everything in the part after “#”, which browsers never send to a server. Opening one checks it like a file; your own last scenario stays one Ctrl+Z away.</p>
        </div>
        <figure className="share-qr">
          {needsAddress ? <p className="share-qr-none">The QR code appears once the web address is set.</p>
            : qr && shown ? (
              <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={`QR code of the link: ${shown.label}`} shapeRendering="crispEdges">
                <rect width={qr.size} height={qr.size} fill="#fff" />
                <path d={qr.path} fill="#000" />
              </svg>
            ) : <p className="share-qr-none">{shown ? 'This link is too long for a QR code a phone can read from a projector: use a short link, or send this one.' : 'No link to show.'}</p>}
          {shown && qr && !needsAddress && <figcaption>Scan to open: <strong>{shown.label}</strong></figcaption>}
        </figure>
      </div>
      <p className="share-status" role="status">{status}</p>
      <div className="share-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </ModalDialog>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function LinkRow({ link, disabledWhy, chosen, onChoose, onCopy, onSaveFile }: {
  link: ShareLink; disabledWhy: string | null; chosen: boolean;
  onChoose: () => void; onCopy: (link: ShareLink, input: HTMLInputElement | null) => void; onSaveFile: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const tooLong = link.url.length > MAX_LINK_CHARS;
  return (
    <li className={chosen ? 'share-link is-chosen' : 'share-link'}>
      <div className="share-link-head">
        <strong>{link.label}</strong>
        {link.detail && <span className="hint">{link.detail}</span>}
      </div>
      {tooLong ? (
        <div className="share-too-long" role="note">
          <p>This link would be {count(link.url.length)} characters: links over {count(MAX_LINK_CHARS)} get cut short by chat apps, learning platforms and mail. Send the scenario as a file instead.</p>
          <button type="button" onClick={onSaveFile}>Save file…</button>
        </div>
      ) : disabledWhy ? <p className="hint">{disabledWhy}</p> : (
        <div className="share-link-row">
          <input ref={input} readOnly value={link.url} aria-label={`Link: ${link.label}`} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => onCopy(link, input.current)} aria-label={`Copy the link: ${link.label}`}>Copy</button>
          <button type="button" aria-pressed={chosen} onClick={onChoose} aria-label={`Show the QR code of the link: ${link.label}`}>QR</button>
        </div>
      )}
      {!tooLong && !disabledWhy && <span className="hint share-size">{count(link.url.length)} characters</span>}
    </li>
  );
}

/** The desktop app's links open the published web build: its address, set once. */
function WebAddress({ baseUrl, onBaseUrl }: { baseUrl: string; onBaseUrl: (url: string) => void }) {
  const [text, setText] = useState(baseUrl);
  const [error, setError] = useState('');
  const save = () => {
    const url = normalizeBaseUrl(text);
    if (url === null) { setError('Enter an http:// or https:// address, e.g. https://school.example/looplab/'); return; }
    setError('');
    setText(url);
    onBaseUrl(url);
  };
  return (
    <section className="share-address" aria-labelledby="share-address-heading">
      <h3 id="share-address-heading">Web address of LoopLab</h3>
      {baseUrl === '' && (
        <p>Links from the desktop app open LoopLab's web version, which works in any browser, offline after one visit.
          Build it with <code>npm run build:web</code>, copy <code>dist/web</code> to a school server or GitHub Pages, and enter its address:</p>
      )}
      {/* noValidate: our message names what is wrong, the browser bubble would not say what to enter. */}
      <form className="share-link-row" noValidate onSubmit={(e) => { e.preventDefault(); save(); }}>
        <input type="url" value={text} placeholder="https://school.example/looplab/" aria-label="Web address of LoopLab"
          aria-invalid={error !== ''} aria-describedby={error ? 'share-address-error' : undefined} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Save address</button>
      </form>
      {error && <p id="share-address-error" className="share-error" role="alert">{error}</p>}
    </section>
  );
}
