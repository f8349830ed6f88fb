/**
 * The codes that show a preventive service was done, or that a condition changes a rule.
 * Screenings are recognised by CPT/HCPCS (billing), SNOMED CT (procedures) and LOINC (results);
 * vaccines by CDC CVX codes; conditions by ICD-10-CM (matched by category prefix, so "E11"
 * covers "E11.9") and SNOMED CT. A record entry matches when its code matches and its system,
 * if given, is the same system.
 */
export type CodeSystem = 'cpt' | 'hcpcs' | 'snomed' | 'loinc' | 'cvx' | 'icd10' | 'rxnorm';

export interface CodeEntry {
  system: CodeSystem;
  code: string;
  display: string;
}

export type CodeSet = readonly CodeEntry[];

const systemAliases: Record<string, CodeSystem> = {
  'http://www.ama-assn.org/go/cpt': 'cpt', cpt: 'cpt',
  'urn:oid:2.16.840.1.113883.6.285': 'hcpcs', 'http://www.cms.gov/medicare/coding/medhcpcsgeninfo': 'hcpcs', hcpcs: 'hcpcs',
  'http://snomed.info/sct': 'snomed', snomed: 'snomed', sct: 'snomed',
  'http://loinc.org': 'loinc', loinc: 'loinc',
  'http://hl7.org/fhir/sid/cvx': 'cvx', cvx: 'cvx',
  'http://hl7.org/fhir/sid/icd-10-cm': 'icd10', 'http://hl7.org/fhir/sid/icd-10': 'icd10', icd10: 'icd10', 'icd-10': 'icd10', 'icd-10-cm': 'icd10',
  'http://www.nlm.nih.gov/research/umls/rxnorm': 'rxnorm', rxnorm: 'rxnorm',
};

/** Maps a FHIR system URL or a short name to Galen's code-system name (undefined when unknown). */
export function codeSystemOf(system: string | undefined): CodeSystem | undefined {
  return system === undefined ? undefined : systemAliases[system.trim().toLowerCase()];
}

interface CodeIndex {
  exact: Map<CodeSystem, Set<string>>;
  icd10Prefixes: string[];
}

// Code sets are fixed module constants, so each is indexed once on first use.
const indexes = new WeakMap<CodeSet, CodeIndex>();

function indexOf(set: CodeSet): CodeIndex {
  let index = indexes.get(set);
  if (!index) {
    index = { exact: new Map(), icd10Prefixes: [] };
    for (const entry of set) {
      if (entry.system === 'icd10') index.icd10Prefixes.push(entry.code.replace('.', '').toUpperCase());
      else {
        const codes = index.exact.get(entry.system) ?? new Set<string>();
        codes.add(entry.code.toUpperCase());
        index.exact.set(entry.system, codes);
      }
    }
    indexes.set(set, index);
  }
  return index;
}

/** A record code with its system resolved and its code upper-cased, ready for repeated matching. */
export interface NormalizedCode {
  /** undefined: no system given; null: a system Galen does not know (matches nothing). */
  system: CodeSystem | undefined | null;
  code: string;
}

export function normalizeCoding(coding: { system?: string; code: string }): NormalizedCode {
  const system = coding.system === undefined ? undefined : (codeSystemOf(coding.system) ?? null);
  return { system, code: coding.code.trim().toUpperCase() };
}

export function matchesNormalized(set: CodeSet, { system, code }: NormalizedCode): boolean {
  if (system === null) return false;
  const index = indexOf(set);
  // ICD-10-CM codes match by category prefix, with or without the dot ("E11" covers "E11.9" and "E119").
  if ((system === undefined || system === 'icd10') && index.icd10Prefixes.length > 0) {
    const bare = code.replace('.', '');
    if (index.icd10Prefixes.some((prefix) => bare.startsWith(prefix))) return true;
  }
  if (system !== undefined) return index.exact.get(system)?.has(code) ?? false;
  for (const codes of index.exact.values()) if (codes.has(code)) return true;
  return false;
}

export function matches(set: CodeSet, coding: { system?: string; code: string }): boolean {
  return matchesNormalized(set, normalizeCoding(coding));
}

const cpt = (code: string, display: string): CodeEntry => ({ system: 'cpt', code, display });
const hcpcs = (code: string, display: string): CodeEntry => ({ system: 'hcpcs', code, display });
const snomed = (code: string, display: string): CodeEntry => ({ system: 'snomed', code, display });
const loinc = (code: string, display: string): CodeEntry => ({ system: 'loinc', code, display });
const cvx = (code: string, display: string): CodeEntry => ({ system: 'cvx', code, display });
const icd10 = (code: string, display: string): CodeEntry => ({ system: 'icd10', code, display });
const rxnorm = (code: string, display: string): CodeEntry => ({ system: 'rxnorm', code, display });

// ---- Screenings -------------------------------------------------------------------------------

export const colonoscopy: CodeSet = [
  cpt('45378', 'Colonoscopy, diagnostic'), cpt('45380', 'Colonoscopy with biopsy'), cpt('45384', 'Colonoscopy with lesion removal (hot biopsy)'),
  cpt('45385', 'Colonoscopy with lesion removal (snare)'), hcpcs('G0105', 'Screening colonoscopy, high risk'), hcpcs('G0121', 'Screening colonoscopy, not high risk'),
  snomed('73761001', 'Colonoscopy'),
];
export const stoolBloodTest: CodeSet = [
  cpt('82274', 'Fecal immunochemical test (FIT)'), cpt('82270', 'Fecal occult blood test, guaiac'), hcpcs('G0328', 'Fecal occult blood test, immunoassay'),
  loinc('29771-3', 'Hemoglobin.gastrointestinal in Stool by Immunoassay'), loinc('57905-2', 'Hemoglobin.gastrointestinal in Stool by Immunoassay --1st specimen'),
  loinc('56490-6', 'Hemoglobin.gastrointestinal in Stool by Immunoassay --2nd specimen'), loinc('2335-8', 'Hemoglobin.gastrointestinal in Stool'),
  loinc('27396-1', 'Hemoglobin.gastrointestinal [Mass/mass] in Stool'), loinc('12503-9', 'Hemoglobin.gastrointestinal in Stool --4th specimen'),
];
export const stoolDnaTest: CodeSet = [
  cpt('81528', 'Multitarget stool DNA (mt-sDNA) with FIT'), loinc('77353-1', 'Noninvasive colorectal cancer DNA and occult blood screening [Interpretation] in Stool'),
  loinc('77354-9', 'Noninvasive colorectal cancer DNA and occult blood screening [Presence] in Stool'),
];
export const ctColonography: CodeSet = [cpt('74263', 'CT colonography, screening')];
export const flexibleSigmoidoscopy: CodeSet = [cpt('45330', 'Sigmoidoscopy, flexible'), hcpcs('G0104', 'Screening flexible sigmoidoscopy'), snomed('44441009', 'Flexible fiberoptic sigmoidoscopy')];

export const mammography: CodeSet = [
  cpt('77067', 'Screening mammography, bilateral'), cpt('77065', 'Diagnostic mammography, unilateral'), cpt('77066', 'Diagnostic mammography, bilateral'),
  hcpcs('G0202', 'Screening mammography, digital'), loinc('24606-6', 'MG Breast Screening'), loinc('26346-7', 'MG Breast - bilateral Screening'),
  snomed('71651007', 'Mammography'), snomed('241055006', 'Mammogram - symptomatic'),
];

export const cervicalCytology: CodeSet = [
  cpt('88141', 'Cytopathology, cervical or vaginal, physician interpretation'), cpt('88142', 'Cytopathology, cervical or vaginal, thin layer'),
  cpt('88175', 'Cytopathology, cervical or vaginal, thin layer, automated screening'), hcpcs('G0123', 'Screening cytopathology, cervical or vaginal, thin layer'),
  loinc('10524-7', 'Microscopic observation in Cervix by Cyto stain'), loinc('19762-4', 'General categories in Cervical or vaginal smear by Cyto stain'),
  loinc('19764-0', 'Statement of adequacy in Cervical or vaginal smear by Cyto stain'), loinc('19765-7', 'Microscopic observation in Cervical or vaginal smear by Cyto stain'),
  loinc('33717-0', 'Cytology Cervical or vaginal smear or scraping study'), loinc('47527-7', 'Cytology report of Cervical or vaginal smear or scraping Cyto stain.thin prep'),
  loinc('47528-5', 'Cytology report of Cervical or vaginal smear or scraping Cyto stain'), snomed('439958008', 'Papanicolaou smear'),
];
export const hpvTest: CodeSet = [
  cpt('87624', 'HPV, high-risk types, amplified probe'), cpt('87625', 'HPV types 16 and 18 only'), loinc('21440-3', 'HPV I/H risk DNA [Presence] in Cervix by Probe'),
  loinc('30167-1', 'HPV 16+18+31+33+35+39+45+51+52+56+58+59+68 DNA [Presence] in Cervix by Probe'), loinc('38372-9', 'HPV 6+11+16+18+31+33+35+39+45+51+52+56+58+59+68 DNA in Cervix'),
  loinc('59420-0', 'HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA in Cervix by Probe'), loinc('71431-1', 'HPV 31+33+35+39+45+51+52+56+58+59+66+68 DNA in Cervix by NAA'),
  loinc('75406-9', 'HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA in Cervix by NAA'), loinc('77379-6', 'HPV 16 and 18 and 31+33+35+39+45+51+52+56+58+59+66+68 DNA in Cervix by NAA'),
  loinc('77399-4', 'HPV 16 DNA [Presence] in Cervix by NAA'), loinc('77400-0', 'HPV 18 DNA [Presence] in Cervix by NAA'), loinc('82354-2', 'HPV 16 and 18+45 DNA in Cervix by NAA'),
  loinc('82456-5', 'HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 E6+E7 mRNA in Cervix'), loinc('82675-0', 'HPV 16 and 18 and 31+33+35+39+45+51+52+56+58+59+66+68 DNA in Cervix'),
];

export const lowDoseChestCt: CodeSet = [
  cpt('71271', 'CT thorax, low dose for lung cancer screening'), hcpcs('G0297', 'Low-dose CT scan for lung cancer screening'),
  snomed('16334891000119106', 'Low dose computed tomography of thorax'),
];
export const bloodPressureReading: CodeSet = [loinc('85354-9', 'Blood pressure panel'), loinc('8480-6', 'Systolic blood pressure'), loinc('55284-4', 'Blood pressure systolic and diastolic')];
export const glycemicTest: CodeSet = [
  loinc('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood'), loinc('17856-6', 'Hemoglobin A1c/Hemoglobin.total in Blood by HPLC'),
  loinc('1558-6', 'Fasting glucose [Mass/volume] in Serum or Plasma'), loinc('20436-2', 'Glucose [Mass/volume] in Serum or Plasma --2 hours post dose glucose'),
  cpt('83036', 'Hemoglobin A1c'), cpt('82947', 'Glucose, quantitative, blood'), cpt('82951', 'Glucose tolerance test, 3 specimens'),
];
export const aaaUltrasound: CodeSet = [cpt('76706', 'Ultrasound, abdominal aorta, screening for AAA'), hcpcs('G0389', 'Ultrasound exam for AAA screening')];
export const boneDensityScan: CodeSet = [
  cpt('77080', 'DXA bone density, axial skeleton'), cpt('77081', 'DXA bone density, appendicular skeleton'), cpt('77085', 'DXA bone density with vertebral fracture assessment'),
  hcpcs('G0130', 'Single energy x-ray absorptiometry, peripheral'), snomed('312681000', 'Bone densitometry'), loinc('38263-0', 'DXA Hip [T-score] Bone density'),
  loinc('38267-1', 'DXA Lumbar spine [T-score] Bone density'),
];
export const hivTest: CodeSet = [
  cpt('87389', 'HIV-1 antigen with HIV-1 and HIV-2 antibodies, single result'), cpt('86703', 'Antibody; HIV-1 and HIV-2, single result'), cpt('87806', 'HIV-1 antigen with HIV-1 and HIV-2 antibodies, rapid'),
  loinc('75622-1', 'HIV 1 and 2 tests - Meaningful Use set'), loinc('56888-1', 'HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay'),
  loinc('7917-8', 'HIV 1 Ab [Presence] in Serum'), loinc('31201-7', 'HIV 1+2 Ab [Presence] in Serum or Plasma'), loinc('68961-2', 'HIV 1 Ab [Presence] in Serum, Plasma or Blood by Rapid immunoassay'),
];
export const hcvTest: CodeSet = [
  cpt('86803', 'Hepatitis C antibody'), hcpcs('G0472', 'Hepatitis C antibody screening'), loinc('16128-1', 'Hepatitis C virus Ab [Presence] in Serum'),
  loinc('13955-0', 'Hepatitis C virus Ab [Presence] in Serum or Plasma by Immunoassay'), loinc('11259-9', 'Hepatitis C virus RNA [Presence] in Serum or Plasma by NAA'),
];
export const hbvTest: CodeSet = [
  cpt('87340', 'Hepatitis B surface antigen (HBsAg), immunoassay'), cpt('87341', 'Hepatitis B surface antigen, neutralization'),
  loinc('5196-1', 'Hepatitis B virus surface Ag [Presence] in Serum by Immunoassay'), loinc('5195-3', 'Hepatitis B virus surface Ag [Presence] in Serum'),
];
export const depressionScreen: CodeSet = [
  loinc('44249-1', 'PHQ-9 quick depression assessment panel'), loinc('44261-6', 'PHQ-9 total score'), loinc('55758-7', 'PHQ-2 total score'),
  loinc('73831-0', 'Adolescent depression screening assessment'), hcpcs('G0444', 'Annual depression screening'), snomed('715252007', 'Depression screening using PHQ-9'),
];
export const anxietyScreen: CodeSet = [loinc('69737-5', 'GAD-7 total score'), loinc('70274-6', 'GAD-7 panel'), loinc('69725-0', 'GAD-2 total score')];
export const alcoholScreen: CodeSet = [
  loinc('75624-7', 'AUDIT-C total score'), loinc('72109-2', 'AUDIT-C panel'), loinc('75626-2', 'AUDIT total score'), hcpcs('G0442', 'Annual alcohol misuse screening'),
  cpt('99408', 'Alcohol and/or substance abuse screening and brief intervention, 15-30 min'),
];
export const tobaccoAssessment: CodeSet = [loinc('72166-2', 'Tobacco smoking status'), loinc('39240-7', 'Tobacco use status')];
export const tobaccoCounseling: CodeSet = [
  cpt('99406', 'Smoking and tobacco cessation counseling, 3-10 minutes'), cpt('99407', 'Smoking and tobacco cessation counseling, over 10 minutes'),
  snomed('225323000', 'Smoking cessation education'), snomed('710081004', 'Smoking cessation therapy'),
];
export const obesityIntervention: CodeSet = [
  hcpcs('G0447', 'Face-to-face behavioral counseling for obesity, 15 minutes'), cpt('97802', 'Medical nutrition therapy, initial'), cpt('97803', 'Medical nutrition therapy, re-assessment'),
  snomed('410177006', 'Special diet education'), snomed('304549008', 'Giving encouragement to exercise'),
];

// ---- Vaccines (CVX) -----------------------------------------------------------------------------

export const influenzaVaccine: CodeSet = [
  '15', '16', '88', '111', '135', '140', '141', '144', '149', '150', '151', '153', '155', '158', '161', '166', '168', '171', '185', '186', '197', '205', '320', '333',
].map((code) => cvx(code, 'influenza vaccine'));
export const covidVaccine: CodeSet = [
  '207', '208', '210', '211', '212', '213', '217', '218', '219', '221', '225', '226', '227', '228', '229', '230', '300', '301', '302', '308', '309', '310', '311', '312', '313',
].map((code) => cvx(code, 'COVID-19 vaccine'));
export const tdapVaccine: CodeSet = [cvx('115', 'Tdap')];
export const tetanusVaccine: CodeSet = [
  cvx('115', 'Tdap'), cvx('113', 'Td (adult), preservative free'), cvx('138', 'Td (adult), not adsorbed'), cvx('139', 'Td (adult), unspecified formulation'),
  cvx('196', 'Td, adsorbed, preservative free, adult use'), cvx('09', 'Td (adult), adsorbed'), cvx('9', 'Td (adult), adsorbed'), cvx('35', 'tetanus toxoid, adsorbed'),
  cvx('112', 'tetanus toxoid, unspecified formulation'),
];
export const recombinantZosterVaccine: CodeSet = [cvx('187', 'zoster recombinant (RZV)')];
export const pcv20or21: CodeSet = [cvx('216', 'PCV20'), cvx('327', 'PCV21')];
export const pcv15: CodeSet = [cvx('215', 'PCV15')];
export const pcv13: CodeSet = [cvx('133', 'PCV13')];
export const ppsv23: CodeSet = [cvx('33', 'PPSV23')];
export const hepBVaccine: CodeSet = [
  '08', '8', '42', '43', '44', '45', '51', '102', '104', '110', '146', '189', '193', '198', '220',
].map((code) => cvx(code, 'hepatitis B-containing vaccine'));
export const hepBCpgVaccine: CodeSet = [cvx('189', 'HepB-CpG (Heplisav-B), 2-dose series')];
export const rsvAdultVaccine: CodeSet = [cvx('303', 'RSV, RSVpreF, adjuvanted (Arexvy)'), cvx('305', 'RSV, bivalent RSVpreF (Abrysvo)'), cvx('326', 'RSV, mRNA (mResvia)'), cvx('304', 'RSV, unspecified'), cvx('314', 'RSV vaccine, unspecified')];
export const hpvVaccine: CodeSet = [cvx('62', 'HPV, quadrivalent'), cvx('118', 'HPV, bivalent'), cvx('137', 'HPV, unspecified formulation'), cvx('165', 'HPV9')];

// ---- Conditions --------------------------------------------------------------------------------

export const hysterectomy: CodeSet = [
  icd10('Z90.710', 'Acquired absence of both cervix and uterus'), icd10('Z90.712', 'Acquired absence of cervix with remaining uterus'), icd10('Q51.5', 'Agenesis and aplasia of cervix'),
  snomed('116140006', 'Total hysterectomy'), snomed('236886002', 'Hysterectomy'), snomed('428078001', 'History of total hysterectomy'),
];
export const bilateralMastectomy: CodeSet = [icd10('Z90.13', 'Acquired absence of bilateral breasts and nipples'), snomed('428529004', 'History of bilateral mastectomy')];
export const colorectalCancerOrColectomy: CodeSet = [icd10('C18', 'Malignant neoplasm of colon'), icd10('C19', 'Malignant neoplasm of rectosigmoid junction'), icd10('C20', 'Malignant neoplasm of rectum'), icd10('Z90.49', 'Acquired absence of other specified parts of digestive tract'), snomed('363406005', 'Malignant neoplasm of colon'), snomed('26390003', 'Total colectomy')];
export const hypertension: CodeSet = [icd10('I10', 'Essential hypertension'), icd10('I11', 'Hypertensive heart disease'), icd10('I12', 'Hypertensive CKD'), icd10('I13', 'Hypertensive heart and CKD'), icd10('I15', 'Secondary hypertension'), icd10('I16', 'Hypertensive crisis'), snomed('38341003', 'Hypertensive disorder'), snomed('59621000', 'Essential hypertension')];
export const diabetes: CodeSet = [icd10('E10', 'Type 1 diabetes mellitus'), icd10('E11', 'Type 2 diabetes mellitus'), icd10('E13', 'Other specified diabetes mellitus'), snomed('73211009', 'Diabetes mellitus'), snomed('44054006', 'Diabetes mellitus type 2'), snomed('46635009', 'Diabetes mellitus type 1')];
export const prediabetes: CodeSet = [icd10('R73.03', 'Prediabetes'), snomed('714628002', 'Prediabetes')];
export const dyslipidemia: CodeSet = [icd10('E78', 'Disorders of lipoprotein metabolism'), snomed('370992007', 'Dyslipidemia'), snomed('55822004', 'Hyperlipidemia'), snomed('13644009', 'Hypercholesterolemia')];
export const atheroscleroticCvd: CodeSet = [
  icd10('I20', 'Angina pectoris'), icd10('I21', 'Acute myocardial infarction'), icd10('I22', 'Subsequent myocardial infarction'), icd10('I24', 'Other acute ischemic heart diseases'),
  icd10('I25', 'Chronic ischemic heart disease'), icd10('I63', 'Cerebral infarction'), icd10('I70', 'Atherosclerosis'), icd10('G45', 'Transient cerebral ischemic attacks'),
  icd10('Z95.1', 'Presence of aortocoronary bypass graft'), icd10('Z95.5', 'Presence of coronary angioplasty implant and graft'), icd10('Z86.73', 'Personal history of TIA or cerebral infarction'),
  snomed('53741008', 'Coronary arteriosclerosis'), snomed('22298006', 'Myocardial infarction'), snomed('230690007', 'Cerebrovascular accident'), snomed('399211009', 'History of myocardial infarction'),
  snomed('266257000', 'Transient ischemic attack'), snomed('399957001', 'Peripheral arterial occlusive disease'),
];
export const aorticAneurysm: CodeSet = [icd10('I71.3', 'Abdominal aortic aneurysm, ruptured'), icd10('I71.4', 'Abdominal aortic aneurysm, without rupture'), snomed('233985008', 'Abdominal aortic aneurysm')];
export const osteoporosis: CodeSet = [icd10('M80', 'Osteoporosis with current pathological fracture'), icd10('M81', 'Osteoporosis without current pathological fracture'), snomed('64859006', 'Osteoporosis')];
/** Risk factors for osteoporotic fracture that make screening reasonable before 65 (USPSTF 2025 lists these among others). */
export const osteoporosisRiskConditions: CodeSet = [
  icd10('Z79.52', 'Long term (current) use of systemic steroids'), icd10('M05', 'Rheumatoid arthritis with rheumatoid factor'), icd10('M06', 'Other rheumatoid arthritis'),
  icd10('F10.2', 'Alcohol dependence'), icd10('Z82.62', 'Family history of osteoporosis'), icd10('Z87.310', 'Personal history of (healed) osteoporosis fracture'), snomed('69896004', 'Rheumatoid arthritis'),
];
export const hiv: CodeSet = [icd10('B20', 'HIV disease'), icd10('Z21', 'Asymptomatic HIV infection status'), snomed('86406008', 'Human immunodeficiency virus infection')];
export const hepatitisC: CodeSet = [icd10('B18.2', 'Chronic viral hepatitis C'), icd10('B17.1', 'Acute hepatitis C'), snomed('128302006', 'Chronic hepatitis C')];
export const hepatitisB: CodeSet = [icd10('B18.0', 'Chronic viral hepatitis B with delta-agent'), icd10('B18.1', 'Chronic viral hepatitis B without delta-agent'), icd10('B16', 'Acute hepatitis B'), snomed('61977001', 'Chronic type B viral hepatitis')];
export const depression: CodeSet = [icd10('F32', 'Depressive episode'), icd10('F33', 'Major depressive disorder, recurrent'), snomed('35489007', 'Depressive disorder')];
export const anxietyDisorder: CodeSet = [icd10('F41', 'Other anxiety disorders'), snomed('197480006', 'Anxiety disorder')];
/** Conditions that make pneumococcal vaccination due at 19–49 and RSV vaccination at 60–74 (CDC 2024 schedule notes). */
export const chronicMedicalRisk: CodeSet = [
  icd10('I50', 'Heart failure'), icd10('I25', 'Chronic ischemic heart disease'), icd10('J44', 'COPD'), icd10('J45', 'Asthma'), icd10('J84', 'Interstitial lung disease'),
  icd10('K70', 'Alcoholic liver disease'), icd10('K74', 'Fibrosis and cirrhosis of liver'), icd10('N18', 'Chronic kidney disease'), icd10('E10', 'Type 1 diabetes'), icd10('E11', 'Type 2 diabetes'),
  icd10('F10.2', 'Alcohol dependence'), icd10('B20', 'HIV disease'), icd10('D73.0', 'Hyposplenism'), icd10('Q89.01', 'Asplenia (congenital)'), icd10('D80', 'Immunodeficiency with predominantly antibody defects'),
  icd10('D84', 'Other immunodeficiencies'), icd10('Z94', 'Transplanted organ and tissue status'), icd10('C81', 'Hodgkin lymphoma'), icd10('C90', 'Multiple myeloma'), icd10('C91', 'Lymphoid leukemia'),
  icd10('G12.21', 'Amyotrophic lateral sclerosis'), icd10('Z96.21', 'Cochlear implant status'), icd10('G96.0', 'Cerebrospinal fluid leak'),
  snomed('84114007', 'Heart failure'), snomed('13645005', 'Chronic obstructive lung disease'), snomed('195967001', 'Asthma'), snomed('709044004', 'Chronic kidney disease'),
  snomed('19943007', 'Cirrhosis of liver'), snomed('73211009', 'Diabetes mellitus'), snomed('44054006', 'Diabetes mellitus type 2'), snomed('86406008', 'HIV infection'),
];
/** Immunocompromising conditions that make recombinant zoster vaccine due from age 19 (CDC 2024). */
export const immunocompromise: CodeSet = [
  icd10('B20', 'HIV disease'), icd10('D80', 'Immunodeficiency with predominantly antibody defects'), icd10('D84', 'Other immunodeficiencies'), icd10('Z94', 'Transplanted organ and tissue status'),
  icd10('D70', 'Neutropenia'), icd10('Z79.52', 'Long term (current) use of systemic steroids'), icd10('Z92.21', 'Personal history of antineoplastic chemotherapy'),
  icd10('C81', 'Hodgkin lymphoma'), icd10('C82', 'Follicular lymphoma'), icd10('C83', 'Non-follicular lymphoma'), icd10('C90', 'Multiple myeloma'), icd10('C91', 'Lymphoid leukemia'), icd10('C92', 'Myeloid leukemia'),
  snomed('86406008', 'HIV infection'), snomed('234532001', 'Immunodeficiency disorder'),
];

// ---- Medicines -----------------------------------------------------------------------------------

export const statins: CodeSet = [
  rxnorm('83367', 'atorvastatin'), rxnorm('36567', 'simvastatin'), rxnorm('301542', 'rosuvastatin'), rxnorm('42463', 'pravastatin'), rxnorm('6472', 'lovastatin'),
  rxnorm('41127', 'fluvastatin'), rxnorm('861634', 'pitavastatin'),
];
