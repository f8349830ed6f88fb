/**
 * Coefficients of the AHA PREVENT base model (Khan SS, Matsushita K, Sang Y, et al. Circulation
 * 2024;149:430–449, supplemental tables of the sex-specific logistic models). Each model gives
 * log-odds = constant + Σ coefficient × term; risk = 1 / (1 + exp(−log-odds)).
 *
 * Terms (the paper's centring and scaling; cholesterol in mmol/L = mg/dL × 0.02586):
 *   age            (age − 55) / 10                     ageSquared   age² (30-year models only)
 *   nonHdl         (TC − HDL) in mmol/L − 3.5           hdl          (HDL in mmol/L − 1.3) / 0.3
 *   sbpLow         (min(SBP, 110) − 110) / 20           sbpHigh      (max(SBP, 110) − 130) / 20
 *   bmiLow         (min(BMI, 30) − 25) / 5              bmiHigh      (max(BMI, 30) − 30) / 5   (heart failure only)
 *   egfrLow        (min(eGFR, 60) − 60) / −15           egfrHigh     (max(eGFR, 60) − 90) / −15
 *   diabetes, smoker, bpTreated, statin: 0 / 1; the remaining terms are the products their names say.
 *
 * The values were checked term by term against two independent transcriptions of the supplement
 * (the CDC KDSS documentation of the 10-year total CVD model, and Linden's Stata `prevent` package),
 * and reproduce the published reference output of the `preventr` R package to three decimals
 * (see prevent.test.ts).
 */
export type PreventTerm =
  | 'age' | 'ageSquared' | 'nonHdl' | 'hdl' | 'sbpLow' | 'sbpHigh' | 'diabetes' | 'smoker'
  | 'bmiLow' | 'bmiHigh' | 'egfrLow' | 'egfrHigh' | 'bpTreated' | 'statin'
  | 'bpTreatedXSbpHigh' | 'statinXNonHdl' | 'ageXNonHdl' | 'ageXHdl' | 'ageXSbpHigh' | 'ageXDiabetes'
  | 'ageXSmoker' | 'ageXBmiHigh' | 'ageXEgfrLow' | 'constant';

export type PreventModel = Partial<Record<PreventTerm, number>>;
export type PreventOutcome = 'totalCvd' | 'ascvd' | 'heartFailure';
export type PreventHorizon = 'tenYear' | 'thirtyYear';

export const preventCoefficients: Record<PreventHorizon, Record<'female' | 'male', Record<PreventOutcome, PreventModel>>> = {
  tenYear: {
    female: {
      totalCvd: {
        age: 0.7939329, nonHdl: 0.0305239, hdl: -0.1606857, sbpLow: -0.2394003, sbpHigh: 0.3600781, diabetes: 0.8667604,
        smoker: 0.5360739, egfrLow: 0.6045917, egfrHigh: 0.0433769, bpTreated: 0.3151672, statin: -0.1477655,
        bpTreatedXSbpHigh: -0.0663612, statinXNonHdl: 0.1197879, ageXNonHdl: -0.0819715, ageXHdl: 0.0306769,
        ageXSbpHigh: -0.0946348, ageXDiabetes: -0.27057, ageXSmoker: -0.078715, ageXEgfrLow: -0.1637806, constant: -3.307728,
      },
      ascvd: {
        age: 0.719883, nonHdl: 0.1176967, hdl: -0.151185, sbpLow: -0.0835358, sbpHigh: 0.3592852, diabetes: 0.8348585,
        smoker: 0.4831078, egfrLow: 0.4864619, egfrHigh: 0.0397779, bpTreated: 0.2265309, statin: -0.0592374,
        bpTreatedXSbpHigh: -0.0395762, statinXNonHdl: 0.0844423, ageXNonHdl: -0.0567839, ageXHdl: 0.0325692,
        ageXSbpHigh: -0.1035985, ageXDiabetes: -0.2417542, ageXSmoker: -0.0791142, ageXEgfrLow: -0.1671492, constant: -3.819975,
      },
      heartFailure: {
        age: 0.8998235, sbpLow: -0.4559771, sbpHigh: 0.3576505, diabetes: 1.038346, smoker: 0.583916, bmiLow: -0.0072294,
        bmiHigh: 0.2997706, egfrLow: 0.7451638, egfrHigh: 0.0557087, bpTreated: 0.3534442, bpTreatedXSbpHigh: -0.0981511,
        ageXSbpHigh: -0.0946663, ageXDiabetes: -0.3581041, ageXSmoker: -0.1159453, ageXBmiHigh: -0.003878,
        ageXEgfrLow: -0.1884289, constant: -4.310409,
      },
    },
    male: {
      totalCvd: {
        age: 0.7688528, nonHdl: 0.0736174, hdl: -0.0954431, sbpLow: -0.4347345, sbpHigh: 0.3362658, diabetes: 0.7692857,
        smoker: 0.4386871, egfrLow: 0.5378979, egfrHigh: 0.0164827, bpTreated: 0.288879, statin: -0.1337349,
        bpTreatedXSbpHigh: -0.0475924, statinXNonHdl: 0.150273, ageXNonHdl: -0.0517874, ageXHdl: 0.0191169,
        ageXSbpHigh: -0.1049477, ageXDiabetes: -0.2251948, ageXSmoker: -0.0895067, ageXEgfrLow: -0.1543702, constant: -3.031168,
      },
      ascvd: {
        age: 0.7099847, nonHdl: 0.1658663, hdl: -0.1144285, sbpLow: -0.2837212, sbpHigh: 0.3239977, diabetes: 0.7189597,
        smoker: 0.3956973, egfrLow: 0.3690075, egfrHigh: 0.0203619, bpTreated: 0.2036522, statin: -0.0865581,
        bpTreatedXSbpHigh: -0.0322916, statinXNonHdl: 0.114563, ageXNonHdl: -0.0300005, ageXHdl: 0.0232747,
        ageXSbpHigh: -0.0927024, ageXDiabetes: -0.2018525, ageXSmoker: -0.0970527, ageXEgfrLow: -0.1217081, constant: -3.500655,
      },
      heartFailure: {
        age: 0.8972642, sbpLow: -0.6811466, sbpHigh: 0.3634461, diabetes: 0.923776, smoker: 0.5023736, bmiLow: -0.0485841,
        bmiHigh: 0.3726929, egfrLow: 0.6926917, egfrHigh: 0.0251827, bpTreated: 0.2980922, bpTreatedXSbpHigh: -0.0497731,
        ageXSbpHigh: -0.1289201, ageXDiabetes: -0.3040924, ageXSmoker: -0.1401688, ageXBmiHigh: 0.0068126,
        ageXEgfrLow: -0.1797778, constant: -3.946391,
      },
    },
  },
  thirtyYear: {
    female: {
      totalCvd: {
        age: 0.5503079, ageSquared: -0.0928369, nonHdl: 0.0409794, hdl: -0.1663306, sbpLow: -0.1628654, sbpHigh: 0.3299505,
        diabetes: 0.6793894, smoker: 0.3196112, egfrLow: 0.1857101, egfrHigh: 0.0553528, bpTreated: 0.2894, statin: -0.075688,
        bpTreatedXSbpHigh: -0.056367, statinXNonHdl: 0.1071019, ageXNonHdl: -0.0751438, ageXHdl: 0.0301786,
        ageXSbpHigh: -0.0998776, ageXDiabetes: -0.3206166, ageXSmoker: -0.1607862, ageXEgfrLow: -0.1450788, constant: -1.318827,
      },
      ascvd: {
        age: 0.4669202, ageSquared: -0.0893118, nonHdl: 0.1256901, hdl: -0.1542255, sbpLow: -0.0018093, sbpHigh: 0.322949,
        diabetes: 0.6296707, smoker: 0.268292, egfrLow: 0.100106, egfrHigh: 0.0499663, bpTreated: 0.1875292, statin: 0.0152476,
        bpTreatedXSbpHigh: -0.0276123, statinXNonHdl: 0.0736147, ageXNonHdl: -0.0521962, ageXHdl: 0.0316918,
        ageXSbpHigh: -0.1046101, ageXDiabetes: -0.2727793, ageXSmoker: -0.1530907, ageXEgfrLow: -0.1299149, constant: -1.974074,
      },
      heartFailure: {
        age: 0.6254374, ageSquared: -0.0983038, sbpLow: -0.3919241, sbpHigh: 0.3142295, diabetes: 0.8330787, smoker: 0.3438651,
        bmiLow: 0.0594874, bmiHigh: 0.2525536, egfrLow: 0.2981642, egfrHigh: 0.0667159, bpTreated: 0.333921,
        bpTreatedXSbpHigh: -0.0893177, ageXSbpHigh: -0.0974299, ageXDiabetes: -0.404855, ageXSmoker: -0.1982991,
        ageXBmiHigh: -0.0035619, ageXEgfrLow: -0.1564215, constant: -2.205379,
      },
    },
    male: {
      totalCvd: {
        age: 0.4627309, ageSquared: -0.0984281, nonHdl: 0.0836088, hdl: -0.1029824, sbpLow: -0.2140352, sbpHigh: 0.2904325,
        diabetes: 0.5331276, smoker: 0.2141914, egfrLow: 0.1155556, egfrHigh: 0.0603775, bpTreated: 0.232714, statin: -0.0272112,
        bpTreatedXSbpHigh: -0.0384488, statinXNonHdl: 0.134192, ageXNonHdl: -0.0511759, ageXHdl: 0.0165865,
        ageXSbpHigh: -0.1101437, ageXDiabetes: -0.2585943, ageXSmoker: -0.1566406, ageXEgfrLow: -0.1166776, constant: -1.148204,
      },
      ascvd: {
        age: 0.3994099, ageSquared: -0.0937484, nonHdl: 0.1744643, hdl: -0.120203, sbpLow: -0.0665117, sbpHigh: 0.2753037,
        diabetes: 0.4790257, smoker: 0.1782635, egfrLow: -0.0218789, egfrHigh: 0.0602553, bpTreated: 0.1421182, statin: 0.0135996,
        bpTreatedXSbpHigh: -0.0218265, statinXNonHdl: 0.1013148, ageXNonHdl: -0.0312619, ageXHdl: 0.020673,
        ageXSbpHigh: -0.0920935, ageXDiabetes: -0.2159947, ageXSmoker: -0.1548811, ageXEgfrLow: -0.0712547, constant: -1.736444,
      },
      heartFailure: {
        age: 0.5681541, ageSquared: -0.1048388, sbpLow: -0.4761564, sbpHigh: 0.30324, diabetes: 0.6840338, smoker: 0.2656273,
        bmiLow: 0.0833107, bmiHigh: 0.26999, egfrLow: 0.2541805, egfrHigh: 0.0638923, bpTreated: 0.2583631,
        bpTreatedXSbpHigh: -0.0391938, ageXSbpHigh: -0.1269124, ageXDiabetes: -0.3273572, ageXSmoker: -0.2043019,
        ageXBmiHigh: -0.0182831, ageXEgfrLow: -0.1342618, constant: -1.95751,
      },
    },
  },
};
