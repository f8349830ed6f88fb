/** A published source that a calculator, lab range or preventive-care rule is taken from. */
export interface Citation {
  /** Issuing body or first author(s). */
  organization: string;
  title: string;
  /** Journal or publisher, with volume and pages where they help a reader find it. */
  publication?: string;
  year: number;
  /** Recommendation grade, when the source grades it (USPSTF A/B). */
  grade?: string;
  url?: string;
}
