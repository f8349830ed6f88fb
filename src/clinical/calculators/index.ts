import type { Calculator } from './define.ts';
import { bmi } from './bmi.ts';
import { cha2ds2vasc } from './cha2ds2vasc.ts';
import { egfr } from './egfr.ts';
import { fib4 } from './fib4.ts';
import { hasbled } from './hasbled.ts';
import { pce } from './pce.ts';
import { prevent } from './prevent.ts';
import { GalenError } from '../../errors/index.ts';

/** Every calculator Galen offers, by the name the CLI and the chart use. */
export const calculators: Readonly<Record<string, Calculator>> = Object.freeze({
  pce,
  prevent,
  egfr,
  cha2ds2vasc,
  hasbled,
  bmi,
  fib4,
});

export function getCalculator(name: string): Calculator {
  const calculator = Object.hasOwn(calculators, name) ? calculators[name] : undefined;
  if (!calculator) {
    throw new GalenError('not_found', `unknown calculator "${name}"; available: ${Object.keys(calculators).join(', ')}`);
  }
  return calculator;
}

export type { Assessment, Calculator, CalculatorResult, InputDescription, InputReport, MissingInput, ProvidedInput } from './define.ts';
export { ckdEpi2021, gfrCategory } from './egfr.ts';
export { whoBmiCategory } from './bmi.ts';
