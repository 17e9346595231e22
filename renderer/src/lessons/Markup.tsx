/** A lesson's inline markup as React nodes (code, emphasis, engine-checked values): no HTML strings. */
import { Fragment } from 'react';
import { parseInline, type Claim } from '../../../shared/lessons/index';

export function Markup({ text, claims }: { text: string; claims: readonly Claim[] }) {
  return (
    <>
      {parseInline(text, claims).map((span, i) => {
        switch (span.kind) {
          case 'code': return <code key={i}>{span.text}</code>;
          case 'strong': return <strong key={i}>{span.text}</strong>;
          case 'value': return <span key={i} className="claim-value" title="Measured by the simulation">{span.text}</span>;
          default: return <Fragment key={i}>{span.text}</Fragment>;
        }
      })}
    </>
  );
}
