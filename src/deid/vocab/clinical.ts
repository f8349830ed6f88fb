/**
 * Clinical words that look like names, places or codes but are not PHI. Written from clinical
 * knowledge (eponymous diseases, signs, scores and devices; common drugs; lab tests; units), not
 * fitted to any evaluation corpus. All entries are compared lower-cased.
 */

/** Eponyms that are rarely anyone's surname in a note: always treated as clinical terms. */
export const clinicalEponyms: ReadonlySet<string> = new Set(
  `parkinson parkinson's parkinsonism hodgkin hodgkin's apgar graves graves' alzheimer alzheimer's crohn crohn's hashimoto
  raynaud guillain barré barre babinski romberg kernig brudzinski trendelenburg glasgow gleason breslow fuhrman valsalva
  heimlich whipple billroth nissen pfannenstiel zenker meckel hirschsprung kawasaki takayasu wegener sjögren sjogren behçet
  behcet marfan ehlers danlos klinefelter tourette asperger wernicke korsakoff creutzfeldt jakob lyme burkitt ewing wilms
  paget osgood schlatter perthes colles monteggia lisfranc dupuytren heberden virchow trousseau chvostek kussmaul cheyne
  wenckebach mobitz brugada holter doppler papanicolaou westergren coombs tzanck giemsa kerley snellen rinne karnofsky
  mallampati killip framingham     huntington huntington's kaposi hodgkins alport goodpasture
  henoch schönlein schonlein churg kimmelstiel gaucher niemann fabry pompe hurler lesch nyhan prader willi angelman digeorge
  duchenne friedreich ménière meniere tietze  prinzmetal takotsubo ebstein fallot eisenmenger kartagener pancoast
  löffler loffler felty buerger lyell merkel koebner nikolsky darier  kasabach sturge klippel trenaunay chiari dandy
    lennox gastaut dravet rasmussen kleffner sequard séquard argyll hoffmann gowers lasègue lasegue ortolani
  rovsing blumberg mcburney courvoisier troisier krukenberg  asherman leventhal  nabothian braxton 
    klumpke waldenström waldenstrom sternberg pelger huët huet yankauer hickman metzenbaum fogarty ilizarov
  steinmann kirschner pavlik jewett  ranson caprini centor alvarado cormack lehane aldrete lansky folstein barthel
   spetzler hinchey blatchford rockall savary zargar truelove witts oberhuber sarnat dubowitz naegele kleihauer
  wintrobe schilling horsfall cockcroft gault friedewald hasselbalch poiseuille nernst epley hallpike dix swan-ganz ganz
    phalen tinel lachman mcmurray apley finkelstein bankart durkan spurling  roux   
     auspitz schamberg   fraumeni willebrand hippel lindau soulier glanzmann fanconi
  blackfan bartter gitelman liddle menkes  sachs rett charcot   gehrig   chagas down down's zollinger
   peutz jeghers  -meier  likert epworth berlin bethesda mini-mental moca gcs nyha ecog asa ccs
  humphrey abbott becton dickinson mcardle mcindoe erdheim pringle ziehl neelsen mueller-hinton lowenstein`.split(/\s+/),
);

/**
 * Eponyms that are also common surnames (Wilson, Bell, Hunter): clinical only when a clinical head word
 * follows ("Wilson disease", "Bell's palsy") or a Spanish construction precedes ("enfermedad de Wilson").
 */
export const ambiguousEponyms: ReadonlySet<string> = new Set(
  `wilson bell turner hunter becker edwards patau noonan fisher miller murphy thompson simmonds galeazzi cullen reynolds
  stevens johnson sweet holmes adie marcus gunn hoffman patrick barlow moro epstein erb reed auer howell jolly heinz dukes
  clark gram mayo kelly allis babcock ambu macintosh magill greenfield thomas denis browne buck russell bryant hamilton beck
  wells child pugh geneva harvey bradshaw marsh andersen downes finnegan ballard fenton bishop friedman coombs quick ivy duke
  lee white levey jennings henderson winters starling frank fick ohm gibbs goldman weber smith barton bennett rolando salter
  harris baker osler janeway roth stokes austin flint graham steell corrigan wolff levine hill sachs allen hamman rich
  nelson conn riedel sheehan jones gilbert horner broca jackson pratt penrose venturi rh west walker brown hess martin
  forrest los angeles prague dickey paul hicks richmond morse norton braden katz lawton cobb salter duverney minerva
  hunt ramsay gardner bowen barrett lynch cox todd tanner foley rankin hartmann mallory ellison hutchinson kaplan addison cushing spitz cowden kocher chadwick goodell hegar meigs reye bartholin sydenham dressler lou pick tay`.split(/\s+/),
);

/** Words after an eponym that make it a clinical term. */
export const eponymHeadWords: ReadonlySet<string> = new Set(
  `disease diseases syndrome sign signs test tests score scores scale scales criteria classification stage staging grade
  grading maneuver manoeuvre manoeuvres maneuvers catheter tube lymphoma sarcoma tumor tumour palsy phenomenon procedure
  operation repair fracture reflex reflexes node nodes nodule nodules murmur disorder index ratio formula equation rule
  rules triad pentad law body bodies cell cells ulcer ulcers hernia diverticulum esophagus oesophagus block point points
  line lines bag drain forceps clamp scissors needle mask blade laryngoscope sheath position crisis contracture arthritis
  thyroiditis encephalopathy dementia dystrophy ataxia anemia anaemia aneurysm method stain staining classification type
  cyst cysts gland glands duct space spaces fold area angle ligament nerve canal tract lesion lesions spots spot
  enfermedad síndrome sindrome signo escala prueba maniobra criterios clasificación estadio grado test índice indice
  jacket brace collar paralysis nevus naevus regression model hazards tear tears incision pouch reaction phenomenon esophagus catheter
  linfoma sarcoma tumor fractura reflejo úlcera ulcera quiste parálisis paralisis malformation anomaly deformity
  esophagectomy perimetry pouch capsule`.split(/\s+/),
);

/** Spanish clinical heads that precede "de <Eponym>": "enfermedad de Crohn", "grado 2 de Fuhrman". */
export const spanishEponymLeads: ReadonlySet<string> = new Set(
  `enfermedad síndrome sindrome signo escala prueba maniobra criterios clasificación clasificacion estadio grado test
  índice indice linfoma sarcoma tumor fractura reflejo úlcera ulcera quiste parálisis paralisis bolsa sonda catéter cateter
  tríada triada posición posicion enfermedades esófago esofago nevus nevo bolsa pseudotumor procedimiento técnica tecnica operación operacion
  método metodo abordaje incisión incision cápsula capsula espacio saco fondo medio agar virus tinción tincion tinciones
  célula celula células celulas cuerpo cuerpos nódulo nodulo nódulos nodulos anillo membrana ligamento conducto
  triángulo triangulo fosa hernia asa punto puntos ley regla fórmula formula cirugía cirugia intervención intervencion
  colgajo injerto sutura plastia maniobras pruebas signos prótesis protesis clavo placa fijador férula ferula`.split(/\s+/),
);

/** Drugs (generic and brand, English and Spanish) whose capitalised forms could pass for names. */
export const drugNames: ReadonlySet<string> = new Set(
  `lasix coumadin keppra norvasc zoloft xanax ativan haldol tylenol motrin advil aleve lipitor crestor zocor plavix eliquis
  xarelto januvia lantus humalog novolog synthroid prilosec nexium protonix zofran reglan flomax proscar cialis viagra ambien
  lexapro prozac paxil celexa wellbutrin effexor cymbalta seroquel zyprexa risperdal abilify depakote lamictal tegretol
  dilantin neurontin lyrica ultram percocet vicodin dilaudid narcan bactrim keflex augmentin zithromax cipro levaquin flagyl
  vancomycin zosyn rocephin diflucan valtrex tamiflu singulair advair symbicort spiriva ventolin proair prednisone medrol
  decadron benadryl claritin zyrtec allegra sudafed colace senokot miralax dulcolax imodium pepcid zantac tums maalox coreg
  lopressor toprol tenormin cozaar diovan zestril prinivil vasotec altace lotensin cardizem procardia lanoxin aldactone
  entresto jardiance farxiga invokana ozempic trulicity victoza mounjaro glucophage amaryl glucotrol actos humira enbrel
  remicade keytruda opdivo herceptin avastin rituxan gleevec tamoxifen arimidex femara lupron fosamax boniva prolia evista
  premarin provera estrace yaz mirena nexplanon suboxone methadone chantix nicorette adderall ritalin concerta strattera
  aricept namenda sinemet requip mirapex imitrex fioricet topamax botox epipen heparin lovenox warfarin pradaxa brilinta
  effient aspirin acetaminophen ibuprofen naproxen metformin insulin lisinopril amlodipine atorvastatin simvastatin
  rosuvastatin metoprolol carvedilol losartan valsartan hydrochlorothiazide furosemide spironolactone digoxin apixaban
  rivaroxaban clopidogrel levothyroxine omeprazole pantoprazole ondansetron gabapentin sertraline fluoxetine citalopram
  escitalopram trazodone quetiapine olanzapine risperidone haloperidol lorazepam alprazolam diazepam clonazepam morphine
  oxycodone hydromorphone fentanyl tramadol naloxone amoxicillin azithromycin ceftriaxone cefazolin ciprofloxacin
  levofloxacin metronidazole doxycycline vancomycin piperacillin meropenem nitrofurantoin fluconazole acyclovir valacyclovir
  oseltamivir albuterol ipratropium tiotropium montelukast prednisolone methylprednisolone dexamethasone hydrocortisone
  allopurinol colchicine methotrexate hydroxychloroquine adalimumab infliximab rituximab pembrolizumab trastuzumab
  bevacizumab imatinib anastrozole letrozole leuprolide alendronate denosumab raloxifene estradiol progesterone
  medroxyprogesterone buprenorphine varenicline amphetamine methylphenidate atomoxetine donepezil memantine levodopa
  carbidopa ropinirole pramipexole sumatriptan topiramate valproate lamotrigine levetiracetam carbamazepine phenytoin
  enoxaparin dabigatran ticagrelor prasugrel paracetamol ibuprofeno metamizol omeprazol pantoprazol metformina enalapril
  furosemida amoxicilina ciprofloxacino levofloxacino azitromicina ceftriaxona vancomicina metronidazol fluconazol aciclovir
  prednisona metilprednisolona dexametasona hidrocortisona alopurinol colchicina metotrexato tamoxifeno cisplatino
  carboplatino ciclofosfamida doxorrubicina vincristina etopósido etoposido gemcitabina paclitaxel docetaxel oxaliplatino
  capecitabina fluorouracilo rituximab trastuzumab bevacizumab sunitinib sorafenib everolimus tacrolimus ciclosporina
  micofenolato azatioprina interferón interferon ribavirina adrenalina noradrenalina dopamina dobutamina atropina
  amiodarona digoxina heparina enoxaparina acenocumarol sintrom warfarina clopidogrel insulina haloperidol lorazepam
  diazepam clonazepam midazolam morfina fentanilo tramadol naloxona salbutamol budesonida`.split(/\s+/),
);

/** Laboratory tests, panels, vital signs and assessment scores that appear capitalised. */
export const labAndScoreNames: ReadonlySet<string> = new Set(
  `hgb hb hct hcto wbc rbc plt mcv ca mch mchc rdw na k cl co2 hco3 bun cr creat glucose troponin tnl tnt bnp nt-probnp inr pt ptt
  aptt alt ast alp alk phos bili tbili dbili albumin lipase amylase tsh t3 t4 ft4 a1c hba1c hemoglobin ldl hdl vldl tg crp
  hscrp esr ferritin iron tibc lactate procalcitonin d-dimer ddimer magnesium calcium phosphorus phosphate uric urate ck
  cpk ckmb ldh psa cea ca-125 afp hcg bhcg beta-hcg urinalysis ua egfr gfr acr upcr pao2 paco2 spo2 sao2 fio2 ph abg vbg
  ekg ecg eeg emg echo tte tee ct cta mri mra pet cxr kub dexa fev1 fvc dlco bmi bp hr rr temp sbp dbp map cvp gcs nihss
  phq-9 phq9 gad-7 gad7 audit cage moca mmse cha2ds2-vasc has-bled heart timi grace curb-65 qsofa sofa apache meld
  wells perc hemoglobina hematocrito leucocitos plaquetas creatinina urea glucemia sodio potasio cloro bilirrubina
  albúmina albumina transaminasas got gpt ggt fosfatasa amilasa lipasa pcr vsg ferritina troponina lactato
  procalcitonina dímero dimero tsh hemograma bioquímica bioquimica coagulación coagulacion gasometría gasometria orina
  sedimento urocultivo hemocultivo tac rm rmn ecografía ecografia radiografía radiografia electrocardiograma ecocardiograma
  tc pet-tc spect gammagrafía gammagrafia biopsia citología citologia`.split(/\s+/),
);

/** Units of measure: a number followed by one of these is a measurement, not an identifier. */
export const unitPattern =
  '(?:mg|mcg|µg|μg|ug|ng|pg|g|gr|kg|lb|lbs|oz|ml|mL|l|L|dl|dL|cc|mmol|µmol|umol|nmol|pmol|mol|meq|mEq|iu|IU|ui|UI|u|U|units?|unidades|mmhg|mmHg|cmH2O|bpm|lpm|rpm|x\'|°C|°F|ºC|ºF|°|º|%|cm|mm|m|km|in|ft|mg\\/dl|mg\\/dL|g\\/dl|g\\/dL|cel|cells|células|celulas|copias|copies|kcal|cal|mosm|mOsm|hrs?|h|hours?|horas?|min|mins|minutes?|minutos?|s|sec|seconds?|segundos?|días|dias|days?|weeks?|semanas?|months?|meses|años|years?|yrs?|veces|times|tabs?|tablets?|comprimidos?|caps?|capsules?|puffs?|gotas|drops|mets|MET|mSv|Gy|cGy|mCi|MBq|Hz|kHz|MHz|dB|mV|ms|J|W|kPa|Pa|mOsm\\/kg|x10\\^?\\d+)';

/**
 * Capitalised words that are not names even when a name list contains them: clinical section
 * headers, note vocabulary and English/Spanish function words that open sentences.
 */
export const notNameWords: ReadonlySet<string> = new Set(
  `the a an and or but if of in on at to for from by with without as is are was were be been has have had do does did not
  no yes he she it they we you i his her its their our your my this that these those there here then than when where which
  who whom what why how all any some each every both either neither one two three four five six seven eight nine ten
  first second third last next new old other same such only also very more most less least much many few several per
  after before during since until while within over under above below between into onto upon about against among through
  patient patients pt pts history present illness hpi chief complaint cc review systems ros physical exam examination pe
  assessment plan impression diagnosis diagnoses dx discharge admission admitted admit hospital course follow follow-up
  labs lab laboratory vitals vital signs temp pulse resp general neuro neurologic cardiac cardiovascular lungs lung heart
  abdomen abdominal extremities skin heent neck chest back note notes progress signed electronically attending resident
  nurse nursing doctor physician provider pcp md do np pa rn lpn fellow intern surgeon consultant consult consulted
  medications medication meds allergies allergy social family past medical surgical pmh psh fh sh habits tobacco alcohol
  drugs results result imaging radiology pathology procedure procedures operation operative findings disposition
  instructions condition stable unstable alert oriented awake negative positive normal abnormal left right bilateral
  upper lower anterior posterior mild moderate severe acute chronic denies reports states noted seen recommend recommended
  continue continued start started stop stopped increase decrease return call please thank thanks dear sincerely regards
  mrn dob med rec ssn fax tel phone email e-mail sex age date time visit location provider caller callback name names
  mr mrs ms miss dr dra sr sra srta don doña prof mx x-ray x-rays xray ct mri ekg ecg echo ultrasound
  emergency department ed er icu ccu picu nicu or pacu clinic clinics unit ward floor room bed service services center
  centre medical health care healthcare primary urgent internal medicine surgery cardiology oncology neurology pediatrics
  obstetrics gynecology psychiatry radiology dermatology urology nephrology gastroenterology pulmonology endocrinology
  hematology rheumatology orthopedics ophthalmology otolaryngology anesthesia anesthesiology
  paciente pacientes varón varon mujer hombre niño niña nino nina antecedentes personales familiares exploración exploracion
  física fisica diagnóstico diagnostico diagnósticos tratamiento evolución evolucion servicio urgencias informe médico medico
  médica medica motivo consulta historia enfermedad actual datos fecha edad sexo país pais domicilio localidad provincia
  nombre apellidos remitido responsable clínico clinico clínica clinica hospital universitario universitaria general
  juicio pruebas complementarias ingreso alta se le la el los las un una unos unas de del al en con por para sin sobre tras
  desde hasta entre hacia según segun durante mediante ante bajo y o u e ni que como cuando donde quien cual este esta
  estos estas ese esa esos esas aquel aquella su sus mi mis tu tus nuestro nuestra presenta presentaba refiere niega acude
  ingresa realiza realizó se no sí si tras ante tras dicha dicho durante posteriormente finalmente inicialmente además
  ademas asimismo así asi bien también tambien ya aunque pero sin embargo dado debido previo previa correo electrónico
  electronico teléfono telefono fax email e-mail tel tfno telf móvil movil calle avenida plaza paseo
  time date visit visits location provider type reason site facility department dept status summary signed vis
  callback appointment appointments encounter phone fax address email portal message messages refill refills
  monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles miercoles jueves viernes sábado sabado
  domingo
  departamento unidad sección seccion área planta instituto fundación fundacion facultad universidad
  cirugía cirugia medicina nutrición nutricion psiquiatría psiquiatria neurología neurologia cardiología cardiologia
  oncología oncologia urología urologia nefrología nefrologia neumología neumologia digestivo traumatología traumatologia
  pediatría pediatria ginecología ginecologia obstetricia oftalmología oftalmologia otorrinolaringología
  otorrinolaringologia dermatología dermatologia endocrinología endocrinologia hematología hematologia reumatología
  reumatologia radiología radiologia anestesiología anestesiologia rehabilitación rehabilitacion geriatría geriatria
  infecciosas intensiva familiar comunitaria interna plástica plastica maxilofacial máxilofacial torácica toracica vascular
  forense legal preventiva nuclear anatomía anatomia patológica patologica`.split(/\s+/),
);

/** True when `word` is an eponym that also names people and the text after it makes it clinical ("Bell palsy", "Murphy's sign"). */
export function eponymBeforeHead(word: string, after: string): boolean {
  const key = word.toLowerCase().replace(/['’]s?$/, '');
  if (!ambiguousEponyms.has(key) && !clinicalEponyms.has(key)) return false;
  const next = /^(?:['’]s?)?[ \t-]+(\p{L}+)/u.exec(after);
  return next !== null && eponymHeadWords.has(next[1]!.toLowerCase());
}

/**
 * True when a Spanish clinical head and "de" come right before `start`: "enfermedad de", "grado 2
 * de", "técnica de", and with one capitalised word between, "virus de Epstein".
 */
export function spanishEponymLead(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const de = window.lastIndexOf('de ');
  if (de < 1) return false;
  const between = window.slice(de + 3);
  if (between !== '' && !/^\p{Lu}\p{L}*\s+$/u.test(between)) return false;
  const lead = /(\p{L}+)\s+(?:\d+\s+)?$/u.exec(window.slice(Math.max(0, de - 25), de));
  return lead !== null && spanishEponymLeads.has(lead[1]!.toLowerCase());
}

/** Note vocabulary of any kind: section and function words, eponyms, drugs, lab tests and scores. */
export function isVocabularyWord(key: string): boolean {
  return notNameWords.has(key) || clinicalEponyms.has(key) || ambiguousEponyms.has(key) || drugNames.has(key) || labAndScoreNames.has(key);
}
