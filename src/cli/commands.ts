import type { Command } from 'commander';
import { register as ask } from './ask.ts';
import { register as calc } from './calc.ts';
import { register as deid } from './deid.ts';
import { register as deidExport } from './deid-export.ts';
import { register as fhir } from './fhir.ts';
import { register as ingest } from './ingest.ts';
import { register as kb } from './kb.ts';
import { register as models } from './models.ts';
import { register as seed } from './seed.ts';
import { register as serve } from './serve.ts';
import { register as train } from './train.ts';
import { register as triage } from './triage.ts';

/** Every subcommand module exports `register(program)`; add new ones to this list. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [serve, seed, ingest, fhir, kb, ask, triage, calc, deid, deidExport, train, models];
