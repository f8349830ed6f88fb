import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { chartCalculators, chartSummary, runCalculator } from '../api/clinician.ts';
import type { Assessment } from '../api/clinician.ts';
import { ApiError, isUnauthenticated } from '../api/client.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { calculatorTitles, fieldKind, optionLabel, parseFieldValue, resultFigures, splitSource } from './calculatorFields.ts';
import type { FieldKind } from './calculatorFields.ts';
import { patientSubtitle } from './PatientChart.tsx';
import { PatientTabs } from './PatientTabs.tsx';
import { SourceLink } from './SourceLink.tsx';

/** The chart's calculators, filled from the record: inputs with where each came from, missing ones to type in, results with their source. */
export function CalculatorsPage({ patientId }: { patientId: string }) {
  const data = useAsync(() => Promise.all([chartSummary(patientId), chartCalculators(patientId)]), [patientId]);
  const name = data.status === 'ready' ? data.value[0].patient.name : 'Patient';
  useDocumentTitle(`Calculators · ${name}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/clinic">← Panel</Link>
      </p>
      {data.status === 'loading' && <Loading label="Filling the calculators from the chart…" />}
      {data.status === 'failed' && <ErrorMessage title="The calculators could not be loaded." error={data.error} />}
      {data.status === 'ready' && (
        <>
          <PageHeading subtitle={patientSubtitle(data.value[0].patient)}>{name}</PageHeading>
          <PatientTabs patientId={patientId} current="calculators" />
          <p className="muted">
            Each calculator is filled from the chart. Values the chart does not hold are listed as missing for you to enter; values outside an
            equation's valid range are refused, not extrapolated.
          </p>
          <div className="calculator-list">
            {data.value[1].map((assessment) => (
              <CalculatorCard key={assessment.calculator} patientId={patientId} initial={assessment} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

function CalculatorCard({ patientId, initial }: { patientId: string; initial: Assessment }) {
  const { expire } = useSession();
  const [assessment, setAssessment] = useState(initial);
  const [entered, setEntered] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => setAssessment(initial), [initial]);

  const name = assessment.calculator;
  const title = assessment.complete ? assessment.title : (calculatorTitles[name] ?? name);
  const headingId = `calc-${name}`;
  const missing = assessment.complete ? [] : assessment.missing;
  const fields = missing.map((input) => ({ ...input, field: fieldKind(input.validRange) }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const inputs: Record<string, number | boolean | string> = {};
    // Values typed earlier stay with the calculator, so a second missing input does not undo the first.
    for (const [key, raw] of Object.entries(entered)) {
      const known = fields.find((input) => input.name === key)?.field ?? guessKind(raw);
      const value = parseFieldValue(known, raw);
      if (value !== undefined) inputs[key] = value;
    }
    setRunning(true);
    setError(null);
    try {
      setAssessment(await runCalculator(patientId, name, inputs));
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className={assessment.complete ? 'card calculator' : 'card calculator calculator-incomplete'} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {assessment.complete ? (
        <div className="calculator-result" aria-live="polite">
          <p className="interpretation">{assessment.interpretation}</p>
          <dl className="figures">
            {resultFigures(assessment).map((figure) => (
              <div key={figure.key}>
                <dt>{figure.label}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        <p className="message message-warning">
          {missing.length === 1 ? 'One input is' : `${missing.length} inputs are`} not in the chart. Enter {missing.length === 1 ? 'it' : 'them'} below to
          run this calculator.
        </p>
      )}
      <InputsTable inputs={assessment.inputs} />
      {error && (
        <ErrorMessage title="The calculator refused these values.">
          <p>{error instanceof ApiError ? (error.detail ?? error.title) : error.message}</p>
        </ErrorMessage>
      )}
      {fields.length > 0 && (
        <form className="missing-form" onSubmit={handleSubmit}>
          <fieldset>
            <legend>Missing inputs</legend>
            {fields.map((input) => (
              <MissingField
                key={input.name}
                id={`${name}-${input.name}`}
                label={input.label}
                field={input.field}
                value={entered[input.name] ?? ''}
                onChange={(value) => setEntered((current) => ({ ...current, [input.name]: value }))}
              />
            ))}
          </fieldset>
          <button type="submit" className="button button-primary" disabled={running}>
            {running ? 'Calculating…' : 'Calculate'}
          </button>
        </form>
      )}
      {assessment.complete && (
        <>
          {assessment.notes.length > 0 && (
            <ul className="notes small">
              {assessment.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <p className="citation small">
            <span className="checklist-label">Source: </span>
            {assessment.source.organization}. {assessment.source.url ? <a href={assessment.source.url}>{assessment.source.title}</a> : <cite>{assessment.source.title}</cite>}.{' '}
            {assessment.source.publication ? `${assessment.source.publication}. ` : ''}({assessment.source.year})
          </p>
        </>
      )}
    </section>
  );
}

function guessKind(raw: string): FieldKind {
  if (raw === 'true' || raw === 'false') return { kind: 'boolean' };
  return Number.isFinite(Number(raw)) ? { kind: 'number', min: -Infinity, max: Infinity, unit: '' } : { kind: 'choice', options: [raw] };
}

function InputsTable({ inputs }: { inputs: Assessment['inputs'] }) {
  if (inputs.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact inputs-table">
        <caption className="visually-hidden">Inputs and where each came from</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => {
            const { reference, rest } = splitSource(input.source);
            return (
              <tr key={input.name}>
                <th scope="row">{input.label}</th>
                <td className="input-value">{formatInput(input.value, input.unit)}</td>
                <td className="small">
                  {reference ? (
                    <>
                      <SourceLink source={reference}>{reference.split('/')[0]}</SourceLink>
                      {rest && <span className="muted"> {rest}</span>}
                    </>
                  ) : (
                    <span className={input.source === 'entered by clinician' ? 'badge badge-accent' : 'muted'}>{input.source ?? '—'}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function formatInput(value: Assessment['inputs'][number]['value'], unit: string | undefined): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return optionLabel(value);
  return unit ? `${value} ${unit}` : String(value);
}

function MissingField({ id, label, field, value, onChange }: { id: string; label: string; field: FieldKind; value: string; onChange(value: string): void }) {
  const hintId = `${id}-hint`;
  if (field.kind === 'number') {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="number" inputMode="decimal" step="any" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hintId} required />
        <p id={hintId} className="muted small">
          Valid range {field.min}–{field.max} {field.unit}
        </p>
      </div>
    );
  }
  const options = field.kind === 'boolean' ? ['true', 'false'] : field.options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required>
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {field.kind === 'boolean' ? (option === 'true' ? 'Yes' : 'No') : optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
