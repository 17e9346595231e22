/** Messages between the page and the analysis worker (analysis.worker.ts). */
import type { AnalysisResult } from '../../../shared/analyze/analyzePython';
import type { HighlightToken } from './highlightTokens';

export interface AnalyseRequest {
  id: number;
  text: string;
  fileName: string;
}

export type AnalyseReply =
  | { id: number; ok: true; result: AnalysisResult; highlights: HighlightToken[]; ms: { load: number; analyse: number } }
  | { id: number; ok: false; error: string };
