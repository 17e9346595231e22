/**
 * "Open Python…": paste code, drop a .py file on the box, or choose one; Analyse reads it.
 * Nothing changes until the analysis gives a scenario (then the document is replaced, and
 * Ctrl+Z brings back the previous one).
 */
import { useState, type DragEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { droppedFile, readPythonFile } from './pythonFiles';

interface Props {
  /** Ask the host for a .py file (a picker or a native dialog); null when cancelled. */
  pickFile: () => Promise<{ path: string; text: string } | null>;
  onAnalyse: (text: string, fileName: string) => void;
  onClose: () => void;
}

export function OpenPythonDialog({ pickFile, onAnalyse, onClose }: Props) {
  const [text, setText] = useState('');
  const [name, setName] = useState('app.py');
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = (file: { path: string; text: string }) => {
    setText(file.text);
    setName(file.path.split(/[\\/]/).pop() || 'app.py');
    setProblem(null);
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = droppedFile(event.dataTransfer);
    if (!file) return;
    const read = await readPythonFile(file);
    if (read.ok) take({ path: read.name, text: read.text });
    else setProblem(read.message);
  };
  const choose = async () => {
    try {
      const file = await pickFile();
      if (file) take(file);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const analyse = () => {
    if (text.trim() === '') { setProblem('Paste some FastAPI code first (or choose a .py file).'); return; }
    onAnalyse(text, name.trim() || 'app.py');
  };

  return (
    <ModalDialog className="python-dialog" labelledBy="python-dialog-heading" onClose={onClose}>
      <h2 id="python-dialog-heading">Open Python</h2>
      <p className="python-dialog-help">
        Paste a FastAPI file, or drop a <code>.py</code> file here. LoopLab reads its routes and the calls that wait or
        compute, and shows them as two charts, each bar tied to its line.
      </p>
      <form className="python-dialog-form" onSubmit={(e) => { e.preventDefault(); analyse(); }}>
        <label className="python-paste-label" htmlFor="python-paste">FastAPI code</label>
        <textarea id="python-paste" className={dragging ? 'python-paste is-dragging' : 'python-paste'} value={text} spellCheck={false}
          placeholder={'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/report")\nasync def report():\n    ...'}
          onChange={(e) => { setText(e.target.value); setProblem(null); }}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); analyse(); } }}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={(e) => void onDrop(e)} />
        <div className="python-dialog-row">
          <label>File name <input value={name} onChange={(e) => setName(e.target.value)} size={18} /></label>
          <button type="button" onClick={() => void choose()}>Choose a .py file…</button>
        </div>
        {problem && <p className="python-dialog-problem" role="alert">{problem}</p>}
        <div className="python-dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary">Analyse</button>
        </div>
      </form>
    </ModalDialog>
  );
}
