/**
 * Cues that mark a capitalised run as a person's name: what comes before it (a title, a field
 * label, a relation, a role, a signature), and what comes after it (a credential, the patient's
 * age, an identifier label, what a person does).
 */
export const namePriority = { cued: 62, dictionary: 50, placeCued: 58, place: 45, facility: 47, repeated: 46 } as const;

/** Words for relatives and the roles of people around a patient: cues for the name after them, never part of it. */
export const relationWords = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'spouse', 'partner', 'friend', 'caregiver', 'guardian', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'hija', 'hijo', 'esposa', 'esposo', 'marido', 'madre', 'padre', 'hermana', 'hermano', 'pareja', 'novia', 'novio', 'cuidadora', 'cuidador', 'tutor', 'tutora', 'nieta', 'nieto', 'sobrina', 'sobrino', 'tía', 'tío', 'abuela', 'abuelo', 'mom', 'dad', 'contact',
  'interpreter', 'translator', 'chaperone', 'neighbor', 'neighbour', 'roommate', 'landlord', 'landlady', 'employer', 'coworker', 'co-worker', 'colleague', 'boss', 'priest', 'rabbi', 'imam', 'chaplain', 'aide', 'pharmacist', 'therapist', 'counselor', 'counsellor', 'teacher', 'coach', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'cousin', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'vecino', 'vecina', 'amigo', 'amiga', 'intérprete']);
/** Particles inside names ("De la Cruz", "van der Berg"); a few are surnames too ("Le", "Do", "Von"). */
export const connectors = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'y', 'bin', 'al', 'el', 'ten', 'ter', 'st']);
/** Titles and forms of address: cues for the name after them. */
export const titles = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sr', 'sra', 'srta', 'don', 'doña', 'dña', 'dª', 'd', 'nurse', 'sister', 'father', 'rev', 'sir', 'madam', 'señor', 'señora', 'señorita', 'doctor', 'doctora', 'professor', 'profesor', 'profesora', 'lic', 'ing']);
/** Labels, roles, relations and verbs that introduce a person's name at the end of the text before it. */
const strongCueRe = /(?:\b(?:nombre|apellidos?|name|patient name|nombre del paciente|paciente|m[eé]dic[oa](?: responsable)?|doctor|doctora|remitido por|remitida por|responsable cl[ií]nico|responsable|enfermer[oa]|nurse|attending|resident|pcp|primary care|seen by|evaluated by|examined by|referred by|signed by|dictated by|reviewed by|cosigned by|accompanied by|acompañad[oa] (?:de|por)|cc|name is|named|called|my name is|daughter|son|wife|husband|mother|father|sister|brother|spouse|partner|fianc[eé]e?|friend|caregiver|guardian|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|interpreter|translator|chaperone|neighbou?r|roommate|landlord|landlady|employer|co-?worker|colleague|boss|pastor|priest|rabbi|imam|chaplain|aide|pharmacist|therapist|counsell?or|teacher|coach|cousin|girlfriend|boyfriend|vecin[oa]|prim[oa]|amig[oa]|int[eé]rprete|hija|hijo|esposa|esposo|marido|madre|padre|hermana|hermano|pareja|novi[oa]|cuidador[a]?|tutor[a]?|niet[oa]|sobrin[oa]|t[ií][oa]|abuel[oa]|contact|emergency contact|contacto|firmado por|atendido por|atendida por|visto por|vista por|valorado por|valorada por|autor|author|provider|surgeon|cirujano|cirujana|anestesista|radi[oó]logo|pat[oó]logo)\s*(?:\([^)\n]{0,20}\))?\s*[:,-]?\s*(?:is|es|was|,)?\s*|\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Prof|Dña|Dª)\.?\s*)$/i;
/** Labels of a name field ("Patient: Becker, Wendy", "Caller: Ms. Snow", "RE: Asia Meyer"). */
const fieldCueRe = /\b(?:patient|pt|caller|re|attn|attention|recipient|interpreter|chaperone|witness|informant|historian|proxy|poa|ec|emergency contact|next of kin|nok|guarantor|insured|subscriber|pcp|referring(?: provider| physician)?|ordering(?: provider| physician)?|author|cosigner)\s*(?:name)?\s*[:#-]\s*$/i;
/** Credentials written after a clinician's name ("Jane Smith, NP", "R. Ruecker,MD", "Lee PA-C"). */
export const credentialAfterRe = /^\s*,?\s*(?:MD|DO|NP|PA-C|PA|RN|LPN|LVN|CNA|PhD|MSW|LCSW|LICSW|PharmD|RPh|DDS|DMD|CNM|FNP|FNP-BC|FNP-C|AGNP|ANP|DNP|APRN|CRNA|MBBS|MBChB|FACP|FACC|FACS|OD|DPM|PsyD|LPC|LMFT|RD|RDN|MPH|BSN|MSN|PT|DPT|OT|OTR|SLP|CCC-SLP|RRT|EMT|MA|CMA)\b(?![-\w])/;
/** A name followed by the patient's age and sex: "Wendy (45 y/o F)", "Freddy is a 74-year-old man". */
export const ageAfterRe = /^(?:\s*\(\s*\d{1,3}\s*(?:y\/?o|yo|y\.o\.|years?|yrs?|-year-old)\b|,?\s+(?:is|was)\s+an?\s+\d{1,3}[- ]?(?:year|yr|y\/o|yo|month|week)|,\s+an?\s+\d{1,3}[- ](?:year|yr|y\/o|yo|month))/i;
/** What a person does right after being named at the start of a sentence: "Kaela called requesting a refill". */
export const personActionAfterRe = /^\s+(?:called|calls|phoned|reports|reported|states|stated|denies|denied|presents|presented|returns|returned|says|said|complains|complained|agrees|agreed|understands|understood|verbalized|verbalizes|requests|requested|asks|asked|came|comes|arrived|feels|felt|notes|noted|declines|declined|prefers|preferred|wants|wanted|is here|was seen|is seen|has been|had been|will|would|lives|lived|works|worked|refers|referred|refuses|refused|acudi[oó]|refiere|presenta|niega|consulta)\b/;
/** Capitalised verbs and heads that open a sentence about a person: "Called Wendy Becker with results". */
export const personVerbs = new Set(['called', 'contacted', 'paged', 'notified', 'informed', 'told', 'asked', 'thanked', 'messaged', 'texted', 'emailed', 'e-mailed', 'phoned', 'visited', 'saw', 'met', 'per', 'cc', 'dear', 'attn', 'spoke', 'discussed', 'counseled', 'counselled', 'instructed', 'advised', 'reassured', 'llamé', 'llamamos', 'avisado', 'avisada']);
/** Words before a name that introduce a person as often as anything else: two capitalised words led by a given name. */
export const weakCueRe = /\b(?:with|by|per|told|asked|called|informed|thanked|con|por)\s+$/i;

/**
 * Cues that introduce organisations and lists as often as people ("cc:", "PCP:", "Provider:",
 * "Contact"): enough for a dictionary name, not for a word that is also note vocabulary.
 */
const roleCueRe = /\b(?:cc|pcp|primary care|provider|contact|emergency contact|contacto|author|autor|attending|resident|surgeon|cirujan[oa]|anestesista|radi[oó]logo|pat[oó]logo|responsable(?: cl[ií]nico)?|m[eé]dic[oa](?: responsable)?|referring(?: provider| physician)?|ordering(?: provider| physician)?)\b[^\p{L}]*$/iu;
/** A signature: "Signed: Ana Ruiz", "Electronically signed by", "-- Ana Ruiz", "/s/ Ana Ruiz". */
// Only a double hyphen: a single dash or an em dash opens list items ("— Serie roja normal").
const signatureCueRe = /(?:\b(?:signed|e-signed|electronically signed|signature|sincerely|regards|respectfully|cordially|firmado|firma|atentamente)(?:\s+(?:by|por))?\s*[:,-]?\s*|^\s*(?:-{2,}|\/s\/)\s*)$/i;
/** A line that holds only a name may open with a signature dash: "-- Ana Ruiz", "— Ana Ruiz, NP". */
export const signatureLeadRe = /^\s*(?:-{2,}|—|–|\/s\/)?\s*$/;
/** Identifier labels after a name on a header line: "Reed Brown | MRN # 2382", "Ana Ruiz   DOB: 1/2/60". */
export const idLabelAfterRe = /^(?:\s*[|;,]\s*|\s{2,}|\s*\(\s*|\s+[-–]\s+|\s+(?=(?:MRN|DOB)\s*[:#]))(?:MRN|MR\s?#|Med\.?\s?Rec|DOB|D\.O\.B|Date of birth|Birth\s?date|Age|Sex|Gender|Acct|Account|CSN|FIN|NHC|SSN)(?![\p{L}\d])/iu;

export type CueKind = 'person' | 'role';

/**
 * The cue at the end of `raw` (the text before a name on its line): 'person' when only a person
 * can follow (a title, a relation, "Patient:", "seen by", a signature), 'role' when an organisation
 * could too ("PCP:", "cc:"), null when there is none. Also reads the surname of a "Surname, Given"
 * pair after a label ("Patient: Becker, Wendy", "Patient: DE LA CRUZ, HOPE").
 */
export function cueBefore(raw: string): CueKind | null {
  // "her mother (Amber)": a relation word before an opening parenthesis is the same cue.
  const before = raw.replace(/\(\s*$/, '');
  // Nothing before the name on its line: no cue (the common case of a line or a note opening).
  if (before.trim() === '') return null;
  if (strongCueRe.test(before) || fieldCueRe.test(before)) return roleCueRe.test(before) ? 'role' : 'person';
  if (signatureCueRe.test(before)) return 'person';
  const surname = /(?:^|[\s:])(\p{Lu}[\p{L}'’-]+),\s*$/u.exec(before);
  if (!surname) return null;
  // Particles of the surname stay with it: "ST. CLAIR, SABINA", "De la Cruz, Hope".
  const lead = before.slice(0, surname.index + surname[0].indexOf(surname[1]!)).replace(/(?:\b(?:de|del|la|las|los|van|von|der|den|da|das|dos|di|du|le|st\.?|mac|mc)\s+)+$/i, '');
  return fieldCueRe.test(lead) || /\b(?:name|nombre|patient name)\s*:\s*$/i.test(lead) ? 'person' : null;
}

/**
 * What only people do, after a name that is nothing but a name ("David is a very sympathetic person",
 * "Nikolaj spent a year at", "Timotea lives on"): weaker than `personActionAfterRe`, so only for
 * dictionary names that are no ordinary word or eponym ("Foley was removed" stays a catheter).
 */
export const personVerbAfterRe = /^\s+(?:is|was|has|had|spent|lives|lived|went|moved|works|worked|joined|left|became|wrote|studied|grew|married|met|gave|got|told|thinks|thought|knows|knew|loves|loved|likes|liked|wants|wanted|needs|needed|tried|decided|started|finished|arrived|walked|ran|smiled|laughed|cried)\b/;
/** A name addressed at the start of a sentence: "Leif, can I please speak to…", "Anna, thank you". */
export const vocativeAfterRe = /^,\s+(?:can|could|would|will|please|thank|thanks|i|we|you|how|what|where|when|why|do|did|are|is|have|let|come|look|listen|remember)\b/i;
/** A speaker's name opening a line of dialogue or a transcript: "Nicole: Remember me?". */
export const speakerAfterRe = /^:[ \t]+["“]?\p{Lu}/u;
