import { chartModels, type ChartModel } from '../api/clinician.ts';
import { useAsync } from '../shell/useAsync.ts';

function percent(p: number): string {
  return `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;
}

/** Each deployed risk model's estimate for this patient, with the features that moved it most. */
export function ChartModels({ patientId }: { patientId: string }) {
  const models = useAsync(() => chartModels(patientId), [patientId]);
  return (
    <section className="card" aria-labelledby="models-heading">
      <h2 id="models-heading">Risk models</h2>
      {models.status === 'loading' && <p className="muted">Scoring deployed models…</p>}
      {models.status === 'failed' && <p className="muted">The models could not be scored.</p>}
      {models.status === 'ready' && models.value.length === 0 && <p className="muted">No model is deployed in this institution.</p>}
      {models.status === 'ready' && models.value.length > 0 && (
        <ul className="item-list">
          {models.value.map((m: ChartModel) => (
            <li key={`${m.model}-${m.version}`}>
              <strong>{m.model}</strong> <span className="muted small">v{m.version}</span>
              {m.scored ? (
                <>
                  {' '}— estimated risk <strong>{percent(m.probability)}</strong>
                  {m.auroc !== null && <span className="muted small"> (cross-validated AUROC {m.auroc.toFixed(2)})</span>}
                  <span className="muted small block">{m.intendedUse}</span>
                  <span className="small block">
                    Moved most by:{' '}
                    {m.contributions.slice(0, 4).map((c, i) => (
                      <span key={c.feature}>
                        {i > 0 && ', '}
                        {c.feature} {c.value === null ? '(missing)' : `= ${c.value}`} ({c.contribution >= 0 ? '↑' : '↓'})
                      </span>
                    ))}
                  </span>
                  {m.missing.length > 0 && <span className="muted small block">Not in the chart: {m.missing.join(', ')}</span>}
                  <span className="muted small block">Decision support only; not a diagnosis.</span>
                </>
              ) : (
                <span className="muted small block">Not scored from the chart: {m.reason}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
