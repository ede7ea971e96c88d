/** The outcome of an import or export: a status line, or an alert with every fault listed. */

export type Outcome = { ok: true; text: string } | { ok: false; title: string; lines: string[] } | null;

/** Renders the outcome in a live region (alert for refusals, so they are read at once). */
export function ResultMessage({ id, outcome }: { id: string; outcome: Outcome }) {
  if (!outcome) return <div id={id} class="result" role="status" aria-live="polite" />;
  if (outcome.ok) {
    return (
      <div id={id} class="result ok" role="status" aria-live="polite">
        <p>{outcome.text}</p>
      </div>
    );
  }
  return (
    <div id={id} class="result error" role="alert">
      <p class="result-title">{outcome.title}</p>
      <ul>
        {outcome.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
