import { useEffect, useState } from 'react';
import { readPatient } from '../api/client.ts';
import { fullName } from '../fhir/display.ts';

/** Names already looked up on this page load, so a list with several messages from one patient asks once. */
const names = new Map<string, Promise<string>>();

function lookUp(patientId: string): Promise<string> {
  let name = names.get(patientId);
  if (!name) {
    name = readPatient(patientId).then(fullName);
    // A failed look-up is not kept, so it is tried again next time.
    name.catch(() => names.delete(patientId));
    names.set(patientId, name);
  }
  return name;
}

/** A patient's name from their FHIR record, or a neutral label while it loads or if it cannot be read. */
export function PatientName({ patientId, fallback = 'Patient' }: { patientId: string; fallback?: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    lookUp(patientId).then(
      (found) => current && setName(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [patientId]);
  return <>{name ?? fallback}</>;
}
