import type { Citation } from '../citation.ts';

const uspstf = (title: string, year: number, grade: string): Citation => ({
  organization: 'U.S. Preventive Services Task Force', title, grade, year, publication: 'USPSTF Recommendation Statement',
});

export const sources = {
  colorectal: uspstf('Colorectal Cancer: Screening', 2021, 'A (ages 50–75), B (ages 45–49)'),
  breast: uspstf('Breast Cancer: Screening', 2024, 'B'),
  cervical: uspstf('Cervical Cancer: Screening', 2018, 'A'),
  lung: uspstf('Lung Cancer: Screening', 2021, 'B'),
  hypertension: uspstf('Hypertension in Adults: Screening', 2021, 'A'),
  diabetes: uspstf('Prediabetes and Type 2 Diabetes: Screening', 2021, 'B'),
  statin: uspstf('Statin Use for the Primary Prevention of Cardiovascular Disease in Adults: Preventive Medication', 2022, 'B'),
  aaa: uspstf('Abdominal Aortic Aneurysm: Screening', 2019, 'B'),
  osteoporosis: uspstf('Osteoporosis to Prevent Fractures: Screening', 2025, 'B'),
  hiv: uspstf('Human Immunodeficiency Virus (HIV) Infection: Screening', 2019, 'A'),
  hcv: uspstf('Hepatitis C Virus Infection in Adolescents and Adults: Screening', 2020, 'B'),
  hbv: uspstf('Hepatitis B Virus Infection in Adolescents and Adults: Screening', 2020, 'B'),
  hbvPregnancy: uspstf('Hepatitis B Virus Infection in Pregnant Women: Screening', 2019, 'A'),
  depression: uspstf('Depression and Suicide Risk in Adults: Screening', 2023, 'B'),
  anxiety: uspstf('Anxiety Disorders in Adults: Screening', 2023, 'B'),
  alcohol: uspstf('Unhealthy Alcohol Use in Adolescents and Adults: Screening and Behavioral Counseling Interventions', 2018, 'B'),
  tobacco: uspstf('Tobacco Smoking Cessation in Adults, Including Pregnant Persons: Interventions', 2021, 'A'),
  obesity: uspstf('Weight Loss to Prevent Obesity-Related Morbidity and Mortality in Adults: Behavioral Interventions', 2018, 'B'),
  adultSchedule: {
    organization: 'Centers for Disease Control and Prevention (ACIP)',
    title: 'Recommended Adult Immunization Schedule for Ages 19 Years or Older, United States',
    year: 2024,
  } satisfies Citation,
  rsv: {
    organization: 'Centers for Disease Control and Prevention (ACIP)',
    title: 'Use of Respiratory Syncytial Virus Vaccines in Adults Aged ≥60 Years: Updated Recommendations of the Advisory Committee on Immunization Practices',
    publication: 'MMWR 2024;73(32):696–702',
    year: 2024,
  } satisfies Citation,
  pneumococcal: {
    organization: 'Centers for Disease Control and Prevention (ACIP)',
    title: 'Pneumococcal vaccination for all adults aged 50 years and older (ACIP recommendation of October 2024) and adults 19–49 with risk conditions',
    year: 2024,
  } satisfies Citation,
  covid: {
    organization: 'Centers for Disease Control and Prevention (ACIP)',
    title: 'Use of 2024–2025 COVID-19 Vaccines; a second dose for adults aged 65 years and older',
    year: 2024,
  } satisfies Citation,
};
