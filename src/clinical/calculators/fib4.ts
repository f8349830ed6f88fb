import { defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';

/**
 * FIB-4 index of liver fibrosis (Sterling RK, Lissen E, Clumeck N, et al. Hepatology
 * 2006;43:1317–1325): age × AST / (platelets [10⁹/L] × √ALT).
 * Reading per the AASLD 2023 practice guidance on MASLD (Rinella et al., Hepatology 2023):
 * < 1.3 low risk of advanced fibrosis, 1.3–2.67 indeterminate (needs a second test such as
 * elastography), > 2.67 high risk. From age 65 the low-risk cut-off is 2.0 (McPherson S, et al.
 * Am J Gastroenterol 2017;112:740–751).
 */
const inputs = defineInputs({
  age: numberField('Age', 'years', 18, 120, 'less accurate below 35 years'),
  ast: numberField('AST', 'U/L', 1, 10000),
  alt: numberField('ALT', 'U/L', 1, 10000),
  platelets: numberField('Platelet count', '10⁹/L (= 10³/µL)', 1, 2000),
});

export type Fib4Input = { age: number; ast: number; alt: number; platelets: number };

export function fib4Index({ age, ast, alt, platelets }: Fib4Input): number {
  return (age * ast) / (platelets * Math.sqrt(alt));
}

export const fib4 = defineCalculator<Fib4Input, { fib4: number; lowCutoff: number; highCutoff: number }>({
  name: 'fib4',
  title: 'FIB-4 index (liver fibrosis)',
  description: 'Non-invasive score for advanced liver fibrosis from age, AST, ALT and platelet count.',
  source: {
    organization: 'Sterling RK, Lissen E, Clumeck N, et al.; cut-offs per AASLD (Rinella ME, et al.)',
    title: 'Development of a simple noninvasive index to predict significant fibrosis in patients with HIV/HCV coinfection; AASLD Practice Guidance on the clinical assessment and management of nonalcoholic fatty liver disease (2023)',
    publication: 'Hepatology 2006;43:1317–1325; Hepatology 2023;77:1797–1835',
    year: 2006,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  compute: (input) => {
    const value = fib4Index(input);
    const rounded = Math.round(value * 100) / 100;
    const lowCutoff = input.age >= 65 ? 2.0 : 1.3;
    const highCutoff = 2.67;
    let reading: string;
    if (rounded < lowCutoff) reading = 'low risk of advanced fibrosis';
    else if (rounded <= highCutoff) reading = 'indeterminate; a second test such as elastography is advised';
    else reading = 'high risk of advanced fibrosis; refer to hepatology';
    const notes = [
      'Cut-offs 1.3 / 2.67 are those validated for fatty liver disease; the original HIV/HCV study used 1.45 / 3.25.',
    ];
    if (input.age < 35) notes.push('FIB-4 is less accurate below 35 years.');
    if (input.age >= 65) notes.push('From age 65 the low-risk cut-off of 2.0 is used to limit false positives.');
    return { values: { fib4: rounded, lowCutoff, highCutoff }, interpretation: `FIB-4 ${rounded.toFixed(2)}: ${reading}`, notes };
  },
});
