/**
 * Unit handling for lab values: spelling variants of the same unit are folded together
 * ("mg/dL", "mg/dl", "MG/DL"; "10*3/uL", "10^9/L", "K/uL"), and each lab lists the factors that
 * convert its other common units to the one its ranges are written in.
 */
export function normalizeUnit(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .replace(/μ|µ/g, 'u')
    .replace(/[\s{}_]/g, '')
    .replace(/\^/g, '*')
    .replace(/^x/, '')
    .replace(/10e/, '10*')
    .replace(/mcg/g, 'ug');
}

/** A conversion to the lab's reference unit: a factor, or a function for non-linear ones (A1c IFCC → NGSP). */
export type UnitConversion = number | ((value: number) => number);

export function convert(value: number, conversion: UnitConversion): number {
  return typeof conversion === 'number' ? value * conversion : conversion(value);
}
