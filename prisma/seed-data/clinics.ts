import type { ClinicSeed, Localized, OfferSeed, PriceUnit, TreatmentSlug } from "./types";

// Sample clinics. All six are invented (names, cities' institutions, histories); the site labels them as demo content.
// Prices: only the Russian clinic shows "from" prices, and only the four published by the MARUS page (seed 004) for
// treatment in Russia in general. Every other offer has no price and is shown as "price on request". No seed states a
// coordination fee, so the two clinics whose patients pay one show "amount on request".

const CHECKED_ON = "2026-11-20";
const REVIEWED_ON = "2026-11-20";

type OfferText = Localized<{ includes: string; excludes: string }>;

/** What a quote for each treatment usually covers — used for offers without a price ("on request"). */
const quoteTexts: Record<TreatmentSlug, OfferText> = {
  "surgical-resection": {
    en: {
      includes: "A quote usually covers the operation, anaesthesia, the hospital stay and imaging before discharge.",
      excludes: "Usually not included: travel, accommodation, tests before surgery and any later cancer treatment.",
    },
    ru: {
      includes:
        "Расчёт обычно включает операцию, анестезию, пребывание в стационаре и контрольное обследование перед выпиской.",
      excludes: "Обычно не входят: проезд, проживание, обследования до операции и последующее противоопухолевое лечение.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює операцію, анестезію, перебування в стаціонарі та контрольне обстеження перед випискою.",
      excludes: "Зазвичай не входять: проїзд, проживання, обстеження до операції та подальше протипухлинне лікування.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die Operation, die Narkose, den Klinikaufenthalt und die Kontrollbildgebung vor der Entlassung.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Untersuchungen vor der Operation und spätere Krebsbehandlungen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً العملية والتخدير والإقامة في المستشفى والتصوير قبل الخروج.",
      excludes: "لا يشمل عادةً: السفر والإقامة والفحوصات قبل الجراحة وأي علاج لاحق للسرطان.",
    },
  },
  "liver-transplantation": {
    en: {
      includes:
        "A quote usually covers the transplant assessment, the operation, intensive care and the first hospital stay.",
      excludes: "Usually not included: travel, accommodation, living-donor costs and long-term anti-rejection medicines.",
    },
    ru: {
      includes:
        "Расчёт обычно включает обследование перед трансплантацией, операцию, интенсивную терапию и первую госпитализацию.",
      excludes:
        "Обычно не входят: проезд, проживание, расходы на живого донора и длительный приём препаратов против отторжения.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює обстеження перед трансплантацією, операцію, інтенсивну терапію та першу госпіталізацію.",
      excludes:
        "Зазвичай не входять: проїзд, проживання, витрати на живого донора та тривалий прийом препаратів проти відторгнення.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die Transplantationsabklärung, die Operation, die Intensivstation und den ersten Klinikaufenthalt.",
      excludes:
        "Meist nicht enthalten: Anreise, Unterkunft, Kosten für einen Lebendspender und die dauerhafte Medikation gegen Abstoßung.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً تقييم ما قبل الزراعة والعملية والعناية المركزة والإقامة الأولى في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة وتكاليف المتبرّع الحي والأدوية طويلة الأمد المضادة للرفض.",
    },
  },
  "tace-chemoembolization": {
    en: {
      includes:
        "A quote usually covers one session with the drug and embolic material, and one or two nights in hospital.",
      excludes: "Usually not included: travel, accommodation, scans before treatment and any repeat sessions.",
    },
    ru: {
      includes:
        "Расчёт обычно включает один сеанс с препаратом и эмболизирующим материалом, а также одну-две ночи в стационаре.",
      excludes: "Обычно не входят: проезд, проживание, обследования до процедуры и повторные сеансы.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює один сеанс із препаратом та емболізуючим матеріалом, а також одну-дві ночі в стаціонарі.",
      excludes: "Зазвичай не входять: проїзд, проживання, обстеження до процедури та повторні сеанси.",
    },
    de: {
      includes: "Ein Angebot umfasst meist eine Sitzung mit Medikament und Embolisat sowie ein bis zwei Nächte in der Klinik.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Bildgebung vor der Behandlung und weitere Sitzungen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً جلسة واحدة مع الدواء والمادة المسبِّبة للانصمام، وليلة أو ليلتين في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة والتصوير قبل العلاج وأي جلسات متكررة.",
    },
  },
  "y90-radioembolization": {
    en: {
      includes:
        "A quote usually covers the planning angiography, the Y-90 microsphere treatment and a short hospital stay.",
      excludes: "Usually not included: travel, accommodation, tests before treatment and later follow-up scans.",
    },
    ru: {
      includes:
        "Расчёт обычно включает планирующую ангиографию, введение микросфер с иттрием-90 и короткое пребывание в стационаре.",
      excludes: "Обычно не входят: проезд, проживание, обследования до лечения и последующие контрольные снимки.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює планувальну ангіографію, введення мікросфер з ітрієм-90 і коротке перебування в стаціонарі.",
      excludes: "Зазвичай не входять: проїзд, проживання, обстеження до лікування та подальші контрольні знімки.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die Planungsangiografie, die Behandlung mit Yttrium-90-Mikrosphären und einen kurzen Klinikaufenthalt.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Untersuchungen vor der Behandlung und spätere Kontrollaufnahmen.",
    },
    ar: {
      includes:
        "يشمل عرض السعر عادةً تصوير الأوعية التخطيطي والعلاج بالكريات الدقيقة المحمّلة بالإيتريوم-90 وإقامة قصيرة في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة والفحوصات قبل العلاج وصور المتابعة اللاحقة.",
    },
  },
  "stereotactic-radiosurgery": {
    en: {
      includes: "A quote usually covers the planning scans and the full course of radiotherapy sessions.",
      excludes: "Usually not included: travel, accommodation during the course and tests done before the first visit.",
    },
    ru: {
      includes: "Расчёт обычно включает планирующие снимки и весь курс сеансов лучевой терапии.",
      excludes: "Обычно не входят: проезд, проживание на время курса и обследования до первого визита.",
    },
    uk: {
      includes: "Розрахунок зазвичай охоплює планувальні знімки та весь курс сеансів променевої терапії.",
      excludes: "Зазвичай не входять: проїзд, проживання на час курсу та обстеження до першого візиту.",
    },
    de: {
      includes: "Ein Angebot umfasst meist die Planungsaufnahmen und alle Bestrahlungssitzungen der Serie.",
      excludes:
        "Meist nicht enthalten: Anreise, Unterkunft während der Behandlung und Untersuchungen vor dem ersten Termin.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً صور التخطيط وكامل جلسات العلاج الإشعاعي.",
      excludes: "لا يشمل عادةً: السفر والإقامة خلال فترة العلاج والفحوصات السابقة للزيارة الأولى.",
    },
  },
  "thermal-ablation": {
    en: {
      includes:
        "A quote usually covers the image-guided ablation, anaesthesia or sedation, and one night in hospital.",
      excludes: "Usually not included: travel, accommodation, tests before treatment and control scans weeks later.",
    },
    ru: {
      includes:
        "Расчёт обычно включает абляцию под контролем визуализации, наркоз или седацию и одну ночь в стационаре.",
      excludes:
        "Обычно не входят: проезд, проживание, обследования до процедуры и контрольные снимки через несколько недель.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює абляцію під контролем візуалізації, наркоз або седацію та одну ніч у стаціонарі.",
      excludes:
        "Зазвичай не входять: проїзд, проживання, обстеження до процедури та контрольні знімки через кілька тижнів.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die bildgesteuerte Ablation, Narkose oder Sedierung und eine Nacht in der Klinik.",
      excludes:
        "Meist nicht enthalten: Anreise, Unterkunft, Untersuchungen vor der Behandlung und Kontrollaufnahmen einige Wochen später.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً الاستئصال الموجَّه بالتصوير والتخدير أو التهدئة وليلة واحدة في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة والفحوصات قبل العلاج وصور المراقبة بعد أسابيع.",
    },
  },
  cryoablation: {
    en: {
      includes: "A quote usually covers the image-guided freezing procedure, anaesthesia and a short hospital stay.",
      excludes: "Usually not included: travel, accommodation, tests before treatment and later control scans.",
    },
    ru: {
      includes:
        "Расчёт обычно включает процедуру замораживания под контролем визуализации, анестезию и короткое пребывание в стационаре.",
      excludes: "Обычно не входят: проезд, проживание, обследования до процедуры и последующие контрольные снимки.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює процедуру заморожування під контролем візуалізації, анестезію та коротке перебування в стаціонарі.",
      excludes: "Зазвичай не входять: проїзд, проживання, обстеження до процедури та подальші контрольні знімки.",
    },
    de: {
      includes: "Ein Angebot umfasst meist die bildgesteuerte Vereisung, die Narkose und einen kurzen Klinikaufenthalt.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Untersuchungen vor der Behandlung und spätere Kontrollaufnahmen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً إجراء التجميد الموجَّه بالتصوير والتخدير وإقامة قصيرة في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة والفحوصات قبل العلاج وصور المراقبة اللاحقة.",
    },
  },
  "irreversible-electroporation": {
    en: {
      includes:
        "A quote usually covers the procedure under general anaesthesia with imaging guidance, and one or two nights in hospital.",
      excludes: "Usually not included: travel, accommodation, tests before treatment and later control scans.",
    },
    ru: {
      includes:
        "Расчёт обычно включает процедуру под общим наркозом с контролем визуализации и одну-две ночи в стационаре.",
      excludes: "Обычно не входят: проезд, проживание, обследования до процедуры и последующие контрольные снимки.",
    },
    uk: {
      includes:
        "Розрахунок зазвичай охоплює процедуру під загальним наркозом із контролем візуалізації та одну-дві ночі в стаціонарі.",
      excludes: "Зазвичай не входять: проїзд, проживання, обстеження до процедури та подальші контрольні знімки.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist den Eingriff in Vollnarkose unter Bildsteuerung und ein bis zwei Nächte in der Klinik.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Untersuchungen vor der Behandlung und spätere Kontrollaufnahmen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً الإجراء تحت التخدير العام بتوجيه التصوير، وليلة أو ليلتين في المستشفى.",
      excludes: "لا يشمل عادةً: السفر والإقامة والفحوصات قبل العلاج وصور المراقبة اللاحقة.",
    },
  },
  chemotherapy: {
    en: {
      includes: "A quote usually covers the drugs and their administration for one cycle, with routine blood tests.",
      excludes: "Usually not included: travel, accommodation, further cycles and hospital care for side effects.",
    },
    ru: {
      includes: "Расчёт обычно включает препараты и их введение на один цикл, а также плановые анализы крови.",
      excludes: "Обычно не входят: проезд, проживание, последующие циклы и госпитализация из-за побочных эффектов.",
    },
    uk: {
      includes: "Розрахунок зазвичай охоплює препарати та їх введення на один цикл, а також планові аналізи крові.",
      excludes: "Зазвичай не входять: проїзд, проживання, наступні цикли та госпіталізація через побічні ефекти.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die Medikamente und ihre Gabe für einen Zyklus sowie die üblichen Blutuntersuchungen.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, weitere Zyklen und die stationäre Behandlung von Nebenwirkungen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً الأدوية وإعطاءها لدورة واحدة مع تحاليل الدم الروتينية.",
      excludes: "لا يشمل عادةً: السفر والإقامة والدورات اللاحقة والعلاج في المستشفى بسبب الآثار الجانبية.",
    },
  },
  "targeted-therapy": {
    en: {
      includes: "A quote usually covers the medicine for an agreed period and the check-ups during treatment.",
      excludes: "Usually not included: molecular testing of the tumour, travel and accommodation.",
    },
    ru: {
      includes: "Расчёт обычно включает препарат на согласованный период и контрольные осмотры во время лечения.",
      excludes: "Обычно не входят: молекулярное исследование опухоли, проезд и проживание.",
    },
    uk: {
      includes: "Розрахунок зазвичай охоплює препарат на погоджений період і контрольні огляди під час лікування.",
      excludes: "Зазвичай не входять: молекулярне дослідження пухлини, проїзд і проживання.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist das Medikament für einen vereinbarten Zeitraum und die Kontrollen während der Behandlung.",
      excludes: "Meist nicht enthalten: die molekulare Untersuchung des Tumors, Anreise und Unterkunft.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً الدواء لمدة متفق عليها والفحوصات الدورية أثناء العلاج.",
      excludes: "لا يشمل عادةً: الفحص الجزيئي للورم والسفر والإقامة.",
    },
  },
  immunotherapy: {
    en: {
      includes: "A quote usually covers the infusions for an agreed period and the blood tests that go with them.",
      excludes: "Usually not included: travel, accommodation, scans to check the response and hospital care for side effects.",
    },
    ru: {
      includes: "Расчёт обычно включает инфузии на согласованный период и сопутствующие анализы крови.",
      excludes:
        "Обычно не входят: проезд, проживание, снимки для оценки эффекта и госпитализация из-за побочных эффектов.",
    },
    uk: {
      includes: "Розрахунок зазвичай охоплює інфузії на погоджений період і супутні аналізи крові.",
      excludes: "Зазвичай не входять: проїзд, проживання, знімки для оцінки ефекту та госпіталізація через побічні ефекти.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist die Infusionen für einen vereinbarten Zeitraum und die dazugehörigen Blutuntersuchungen.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft, Verlaufsaufnahmen und die stationäre Behandlung von Nebenwirkungen.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً جلسات التسريب الوريدي لمدة متفق عليها وتحاليل الدم المرافقة لها.",
      excludes: "لا يشمل عادةً: السفر والإقامة وصور تقييم الاستجابة والعلاج في المستشفى بسبب الآثار الجانبية.",
    },
  },
  "palliative-care": {
    en: {
      includes: "A quote usually covers a specialist assessment, a symptom-control plan and medicines during the stay.",
      excludes: "Usually not included: travel, accommodation for relatives and care arranged after returning home.",
    },
    ru: {
      includes: "Расчёт обычно включает консультацию специалиста, план контроля симптомов и препараты на время пребывания.",
      excludes: "Обычно не входят: проезд, проживание родственников и помощь, организуемая после возвращения домой.",
    },
    uk: {
      includes: "Розрахунок зазвичай охоплює консультацію фахівця, план контролю симптомів і препарати на час перебування.",
      excludes: "Зазвичай не входять: проїзд, проживання родичів і допомога, яку організовують після повернення додому.",
    },
    de: {
      includes:
        "Ein Angebot umfasst meist eine fachärztliche Beurteilung, einen Plan zur Symptomkontrolle und Medikamente während des Aufenthalts.",
      excludes: "Meist nicht enthalten: Anreise, Unterkunft für Angehörige und die Versorgung nach der Rückkehr nach Hause.",
    },
    ar: {
      includes: "يشمل عرض السعر عادةً تقييمًا من طبيب مختص وخطة للسيطرة على الأعراض والأدوية خلال فترة الإقامة.",
      excludes: "لا يشمل عادةً: السفر وإقامة الأقارب والرعاية التي تُرتَّب بعد العودة إلى البلد.",
    },
  },
};

/** An offer without a price: the site shows "price on request". */
function onRequest(treatment: TreatmentSlug): OfferSeed {
  return { treatment, checkedOn: CHECKED_ON, text: quoteTexts[treatment] };
}

/** The one note shared by the four priced offers: the source (seed 004) does not itemise its "from" prices. */
const publishedPriceExcludes: Localized<string> = {
  en: "The source does not say what the price covers; diagnostics are priced separately, and travel and accommodation are extra.",
  ru: "Источник не уточняет, что входит в цену; диагностика оплачивается отдельно, проезд и проживание — тоже.",
  uk: "Джерело не уточнює, що входить у ціну; діагностику оплачують окремо, як і проїзд та проживання.",
  de: "Die Quelle nennt nicht, was der Preis umfasst; Diagnostik wird gesondert berechnet, Anreise und Unterkunft ebenfalls.",
  ar: "لا يوضح المصدر ما يشمله السعر؛ ويُحتسب التشخيص بشكل منفصل، وكذلك السفر والإقامة.",
};

/**
 * An offer carrying a "from" price published by the MARUS page (seed 004) for treatment in Russia. Its unit follows the
 * page's wording: "Surgery" (an operation), "Radioembolization" (a procedure), "Chemotherapy course" and "Stereotactic
 * therapy" (a course of treatment).
 */
function marusPrice(
  treatment: TreatmentSlug,
  priceFrom: number,
  priceUnit: PriceUnit,
  includes: Localized<string>,
): OfferSeed {
  return {
    treatment,
    priceFrom,
    currency: "USD",
    priceUnit,
    priceSource: "marus-liver-metastases",
    checkedOn: CHECKED_ON,
    text: {
      en: { includes: includes.en, excludes: publishedPriceExcludes.en },
      ru: { includes: includes.ru, excludes: publishedPriceExcludes.ru },
      uk: { includes: includes.uk, excludes: publishedPriceExcludes.uk },
      de: { includes: includes.de, excludes: publishedPriceExcludes.de },
      ar: { includes: includes.ar, excludes: publishedPriceExcludes.ar },
    },
  };
}

export const clinics: ClinicSeed[] = [
  {
    slug: "veloria-hepatobiliary-centre",
    countryCode: "TR",
    accreditations: ["JCI", "ISO 9001:2015"],
    languages: ["tr", "en", "ru", "ar"],
    serviceFeeModel: "CLINIC_COMMISSION",
    foundedYear: 2009,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      onRequest("surgical-resection"),
      onRequest("liver-transplantation"),
      onRequest("tace-chemoembolization"),
      onRequest("thermal-ablation"),
      onRequest("chemotherapy"),
      onRequest("targeted-therapy"),
      onRequest("palliative-care"),
    ],
    text: {
      en: {
        name: "Veloria Hepatobiliary Centre",
        city: "Istanbul",
        summary:
          "A private centre in Istanbul for surgery and other treatment of tumours of the liver, bile ducts and pancreas, including liver metastases.",
        metaDescription:
          "Veloria Hepatobiliary Centre, Istanbul: liver surgery, transplantation, TACE, ablation and drug therapy for liver metastases. Prices on request.",
        description:
          "Veloria Hepatobiliary Centre is a private hospital department in Istanbul that focuses on the liver, bile ducts and pancreas. Surgeons, interventional radiologists and oncologists meet every week to discuss each patient's scans and agree on a treatment plan together.\n\nPatients from abroad can send recent imaging and medical reports in advance for a preliminary review. Interpreters for Russian and Arabic are available, and a coordinator helps with appointments, admission and the documents needed for the trip.",
      },
      ru: {
        name: "Гепатобилиарный центр «Велория»",
        city: "Стамбул",
        summary:
          "Частный центр в Стамбуле, где проводят хирургическое и другое лечение опухолей печени, желчных протоков и поджелудочной железы, в том числе метастазов в печень.",
        metaDescription:
          "Центр «Велория», Стамбул: резекция и трансплантация печени, ТАХЭ, абляция и лекарственная терапия метастазов в печень. Цены по запросу.",
        description:
          "Гепатобилиарный центр «Велория» — частное отделение в Стамбуле, которое занимается заболеваниями печени, желчных протоков и поджелудочной железы. Хирурги, интервенционные радиологи и онкологи каждую неделю вместе разбирают снимки каждого пациента и согласуют план лечения.\n\nИностранные пациенты могут заранее прислать свежие снимки и медицинские заключения для предварительной оценки. В центре работают переводчики с русского и арабского языков, а координатор помогает с записью, госпитализацией и документами для поездки.",
      },
      uk: {
        name: "Гепатобіліарний центр «Велорія»",
        city: "Стамбул",
        summary:
          "Приватний центр у Стамбулі, де проводять хірургічне та інше лікування пухлин печінки, жовчних проток і підшлункової залози, зокрема метастазів у печінку.",
        metaDescription:
          "Центр «Велорія», Стамбул: резекція і трансплантація печінки, ТАХЕ, абляція та медикаментозне лікування метастазів у печінку. Ціни за запитом.",
        description:
          "Гепатобіліарний центр «Велорія» — приватне відділення у Стамбулі, яке займається захворюваннями печінки, жовчних проток і підшлункової залози. Хірурги, інтервенційні радіологи та онкологи щотижня разом розглядають знімки кожного пацієнта й узгоджують план лікування.\n\nІноземні пацієнти можуть заздалегідь надіслати свіжі знімки та медичні висновки для попередньої оцінки. У центрі працюють перекладачі з російської та арабської мов, а координатор допомагає із записом, госпіталізацією та документами для поїздки.",
      },
      de: {
        name: "Veloria Hepatobiliäres Zentrum",
        city: "Istanbul",
        summary:
          "Ein privates Zentrum in Istanbul für die operative und weitere Behandlung von Tumoren der Leber, der Gallenwege und der Bauchspeicheldrüse, einschließlich Lebermetastasen.",
        metaDescription:
          "Veloria Hepatobiliäres Zentrum, Istanbul: Leberresektion, Transplantation, TACE, Ablation und Medikamente bei Lebermetastasen. Preise auf Anfrage.",
        description:
          "Das Veloria Hepatobiliäre Zentrum ist eine private Klinikabteilung in Istanbul mit Schwerpunkt auf Leber, Gallenwegen und Bauchspeicheldrüse. Chirurgen, interventionelle Radiologen und Onkologen besprechen die Bildgebung jedes Patienten wöchentlich gemeinsam und legen den Behandlungsplan fest.\n\nPatienten aus dem Ausland können aktuelle Aufnahmen und Befunde vorab zur ersten Einschätzung schicken. Dolmetscher für Russisch und Arabisch stehen zur Verfügung, und eine Koordinatorin hilft bei Terminen, Aufnahme und den Unterlagen für die Reise.",
      },
      ar: {
        name: "مركز فيلوريا للكبد والقنوات الصفراوية",
        city: "إسطنبول",
        summary:
          "مركز خاص في إسطنبول يقدّم العلاج الجراحي وغيره لأورام الكبد والقنوات الصفراوية والبنكرياس، بما في ذلك النقائل الكبدية.",
        metaDescription:
          "مركز فيلوريا، إسطنبول: استئصال الكبد وزراعته والانصمام الكيميائي والاستئصال الحراري والعلاج الدوائي للنقائل الكبدية. الأسعار عند الطلب.",
        description:
          "مركز فيلوريا للكبد والقنوات الصفراوية قسم خاص في إسطنبول يُعنى بأمراض الكبد والقنوات الصفراوية والبنكرياس. يجتمع الجرّاحون وأطباء الأشعة التداخلية وأطباء الأورام أسبوعيًا لمناقشة صور كل مريض والاتفاق معًا على خطة العلاج.\n\nيمكن للمرضى القادمين من الخارج إرسال صور الأشعة والتقارير الطبية الحديثة مسبقًا لتقييمها تقييمًا أوليًا. يوفّر المركز مترجمين للغتين الروسية والعربية، ويساعد منسّق المرضى في ترتيب المواعيد والدخول إلى المستشفى وتجهيز وثائق السفر.",
      },
    },
  },
  {
    slug: "quellenried-liver-oncology-clinic",
    countryCode: "DE",
    accreditations: ["DKG certified cancer centre", "ISO 9001:2015"],
    languages: ["de", "en", "ru", "ar"],
    serviceFeeModel: "NO_FEE",
    foundedYear: 1998,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      onRequest("surgical-resection"),
      onRequest("tace-chemoembolization"),
      onRequest("thermal-ablation"),
      onRequest("irreversible-electroporation"),
      onRequest("stereotactic-radiosurgery"),
      onRequest("chemotherapy"),
      onRequest("targeted-therapy"),
      onRequest("immunotherapy"),
      onRequest("palliative-care"),
    ],
    text: {
      en: {
        name: "Quellenried Liver Oncology Clinic",
        city: "Munich",
        summary:
          "A clinic in Munich where surgeons, radiologists and oncologists plan the treatment of liver metastases together.",
        metaDescription:
          "Quellenried Liver Oncology Clinic, Munich: liver resection, TACE, ablation, IRE, stereotactic radiotherapy and drug therapy. Prices on request.",
        description:
          "Quellenried Liver Oncology Clinic in Munich brings liver surgeons, interventional radiologists, radiation oncologists and medical oncologists together in one department. Each new patient is discussed at a tumour board before a treatment recommendation is made.\n\nThe clinic sees patients whose liver metastases come from bowel, breast, stomach and other cancers. Before travelling, patients are asked to send recent CT or MRI scans and histology reports, so that the team can say in advance whether a visit is likely to be useful.",
      },
      ru: {
        name: "Клиника онкологии печени «Квелленрид»",
        city: "Мюнхен",
        summary:
          "Клиника в Мюнхене, где хирурги, радиологи и онкологи вместе планируют лечение метастазов в печени.",
        metaDescription:
          "Клиника «Квелленрид», Мюнхен: резекция печени, ТАХЭ, абляция, электропорация, стереотаксическая радиотерапия, лекарства. Цены по запросу.",
        description:
          "Клиника онкологии печени «Квелленрид» в Мюнхене объединяет в одном отделении хирургов печени, интервенционных радиологов, радиотерапевтов и онкологов-химиотерапевтов. Случай каждого нового пациента обсуждают на онкологическом консилиуме, прежде чем дать рекомендацию по лечению.\n\nСюда обращаются пациенты с метастазами в печени при раке кишечника, молочной железы, желудка и других опухолях. Перед поездкой клиника просит прислать свежие снимки КТ или МРТ и гистологические заключения, чтобы заранее сказать, будет ли визит полезен.",
      },
      uk: {
        name: "Клініка онкології печінки «Квелленрід»",
        city: "Мюнхен",
        summary:
          "Клініка в Мюнхені, де хірурги, радіологи та онкологи разом планують лікування метастазів у печінці.",
        metaDescription:
          "Клініка «Квелленрід», Мюнхен: резекція печінки, ТАХЕ, абляція, електропорація, стереотаксична радіотерапія, ліки. Ціни за запитом.",
        description:
          "Клініка онкології печінки «Квелленрід» у Мюнхені об’єднує в одному відділенні хірургів печінки, інтервенційних радіологів, радіотерапевтів і онкологів-хіміотерапевтів. Випадок кожного нового пацієнта обговорюють на онкологічному консиліумі, перш ніж дати рекомендацію щодо лікування.\n\nСюди звертаються пацієнти з метастазами в печінці при раку кишечника, молочної залози, шлунка та інших пухлинах. Перед поїздкою клініка просить надіслати свіжі знімки КТ або МРТ і гістологічні висновки, щоб заздалегідь сказати, чи буде візит корисним.",
      },
      de: {
        name: "Quellenried-Klinik für Leberonkologie",
        city: "München",
        summary:
          "Eine Klinik in München, in der Chirurgen, Radiologen und Onkologen die Behandlung von Lebermetastasen gemeinsam planen.",
        metaDescription:
          "Quellenried-Klinik für Leberonkologie, München: Leberresektion, TACE, Ablation, IRE, stereotaktische Bestrahlung, Medikamente. Preise auf Anfrage.",
        description:
          "Die Quellenried-Klinik für Leberonkologie in München vereint Leberchirurgen, interventionelle Radiologen, Strahlentherapeuten und internistische Onkologen in einer Abteilung. Jeder neue Fall wird in einer Tumorkonferenz besprochen, bevor eine Behandlungsempfehlung ausgesprochen wird.\n\nBehandelt werden Patienten mit Lebermetastasen bei Darm-, Brust-, Magen- und anderen Krebserkrankungen. Vor der Anreise bittet die Klinik um aktuelle CT- oder MRT-Aufnahmen und histologische Befunde, um vorab einschätzen zu können, ob ein Besuch sinnvoll ist.",
      },
      ar: {
        name: "عيادة كفيلنريد لأورام الكبد",
        city: "ميونخ",
        summary: "عيادة في ميونخ يخطّط فيها الجرّاحون وأطباء الأشعة وأطباء الأورام معًا لعلاج النقائل الكبدية.",
        metaDescription:
          "عيادة كفيلنريد، ميونخ: استئصال الكبد والانصمام الكيميائي والاستئصال الحراري والتثقيب الكهربائي والعلاج الإشعاعي التجسيمي والأدوية. الأسعار عند الطلب.",
        description:
          "تجمع عيادة كفيلنريد لأورام الكبد في ميونخ جرّاحي الكبد وأطباء الأشعة التداخلية وأطباء العلاج الإشعاعي وأطباء الأورام في قسم واحد. وتُناقَش حالة كل مريض جديد في اجتماع لجنة الأورام قبل تقديم توصية العلاج.\n\nتستقبل العيادة مرضى النقائل الكبدية الناتجة عن سرطانات الأمعاء والثدي والمعدة وغيرها. وقبل السفر تطلب العيادة إرسال صور حديثة بالتصوير المقطعي أو الرنين المغناطيسي وتقارير الفحص النسيجي، حتى يتمكّن الفريق من إبداء رأيه مسبقًا في جدوى الزيارة.",
      },
    },
  },
  {
    slug: "serravento-liver-institute",
    countryCode: "IT",
    accreditations: ["ISO 9001:2015", "OECI-accredited cancer centre"],
    languages: ["it", "en", "ru"],
    serviceFeeModel: "PATIENT_SERVICE_FEE",
    foundedYear: 2004,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      onRequest("surgical-resection"),
      onRequest("tace-chemoembolization"),
      onRequest("y90-radioembolization"),
      onRequest("thermal-ablation"),
      onRequest("cryoablation"),
      onRequest("chemotherapy"),
      onRequest("palliative-care"),
    ],
    text: {
      en: {
        name: "Serravento Liver Institute",
        city: "Bologna",
        summary:
          "An institute in Bologna offering liver surgery and image-guided treatments such as chemoembolization, radioembolization and ablation.",
        metaDescription:
          "Serravento Liver Institute, Bologna: liver resection, TACE, Y-90 radioembolization, thermal ablation, cryoablation, chemotherapy. Prices on request.",
        description:
          "Serravento Liver Institute in Bologna is a private institute for liver disease with its own surgical ward and interventional radiology unit. Its team treats both primary liver tumours and metastases that have spread to the liver from other organs.\n\nFor patients from abroad, the institute reviews recent scans and reports before an appointment is booked. A coordinator organises the visit, and interpreting into English and Russian is available.",
      },
      ru: {
        name: "Институт печени «Серравенто»",
        city: "Болонья",
        summary:
          "Институт в Болонье, где проводят операции на печени и вмешательства под контролем визуализации: химиоэмболизацию, радиоэмболизацию и абляцию.",
        metaDescription:
          "Институт печени «Серравенто», Болонья: резекция печени, ТАХЭ, радиоэмболизация Y-90, термо- и криоабляция, химиотерапия. Цены по запросу.",
        description:
          "Институт печени «Серравенто» в Болонье — частное учреждение с собственным хирургическим отделением и отделением интервенционной радиологии. Команда лечит как первичные опухоли печени, так и метастазы, попавшие в печень из других органов.\n\nУ иностранных пациентов институт изучает свежие снимки и заключения ещё до записи на приём. Координатор организует визит, доступен перевод на английский и русский языки.",
      },
      uk: {
        name: "Інститут печінки «Серравенто»",
        city: "Болонья",
        summary:
          "Інститут у Болоньї, де проводять операції на печінці та втручання під контролем візуалізації: хіміоемболізацію, радіоемболізацію та абляцію.",
        metaDescription:
          "Інститут печінки «Серравенто», Болонья: резекція печінки, ТАХЕ, радіоемболізація Y-90, термо- та кріоабляція, хіміотерапія. Ціни за запитом.",
        description:
          "Інститут печінки «Серравенто» в Болоньї — приватний заклад із власним хірургічним відділенням і відділенням інтервенційної радіології. Команда лікує як первинні пухлини печінки, так і метастази, що потрапили в печінку з інших органів.\n\nУ іноземних пацієнтів інститут вивчає свіжі знімки та висновки ще до запису на прийом. Координатор організовує візит, доступний переклад англійською та російською мовами.",
      },
      de: {
        name: "Leberinstitut Serravento",
        city: "Bologna",
        summary:
          "Ein Institut in Bologna für Leberchirurgie und bildgesteuerte Verfahren wie Chemoembolisation, Radioembolisation und Ablation.",
        metaDescription:
          "Leberinstitut Serravento, Bologna: Leberresektion, TACE, Y-90-Radioembolisation, Thermo- und Kryoablation, Chemotherapie. Preise auf Anfrage.",
        description:
          "Das Leberinstitut Serravento in Bologna ist eine private Einrichtung für Lebererkrankungen mit eigener chirurgischer Station und eigener interventioneller Radiologie. Das Team behandelt sowohl primäre Lebertumoren als auch Metastasen, die aus anderen Organen in die Leber gestreut haben.\n\nBei Patienten aus dem Ausland prüft das Institut aktuelle Aufnahmen und Befunde, bevor ein Termin vereinbart wird. Eine Koordinatorin organisiert den Besuch; Dolmetschen ins Englische und Russische ist möglich.",
      },
      ar: {
        name: "معهد سيرافينتو للكبد",
        city: "بولونيا",
        summary:
          "معهد في بولونيا يقدّم جراحة الكبد والعلاجات الموجَّهة بالتصوير مثل الانصمام الكيميائي والانصمام الإشعاعي والاستئصال الحراري.",
        metaDescription:
          "معهد سيرافينتو للكبد، بولونيا: استئصال الكبد والانصمام الكيميائي والانصمام الإشعاعي والاستئصال الحراري وبالتبريد والعلاج الكيميائي. الأسعار عند الطلب.",
        description:
          "معهد سيرافينتو للكبد في بولونيا مؤسسة خاصة لأمراض الكبد لها جناحها الجراحي ووحدة الأشعة التداخلية الخاصة بها. ويعالج فريقها أورام الكبد الأولية والنقائل التي انتشرت إلى الكبد من أعضاء أخرى.\n\nبالنسبة للمرضى القادمين من الخارج، يراجع المعهد صور الأشعة والتقارير الحديثة قبل حجز أي موعد. ويتولّى منسّق ترتيب الزيارة، وتتوفر الترجمة إلى الإنجليزية والروسية.",
      },
    },
  },
  {
    slug: "almogan-oncology-centre",
    countryCode: "IL",
    accreditations: ["JCI", "ISO 9001:2015"],
    languages: ["he", "en", "ru", "ar"],
    serviceFeeModel: "CLINIC_COMMISSION",
    foundedYear: 2012,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      onRequest("tace-chemoembolization"),
      onRequest("y90-radioembolization"),
      onRequest("stereotactic-radiosurgery"),
      onRequest("cryoablation"),
      onRequest("chemotherapy"),
      onRequest("targeted-therapy"),
      onRequest("immunotherapy"),
    ],
    text: {
      en: {
        name: "Almogan Oncology Centre",
        city: "Tel Aviv",
        summary:
          "An oncology centre in Tel Aviv offering image-guided liver treatments, stereotactic radiotherapy and drug therapy without open surgery.",
        metaDescription:
          "Almogan Oncology Centre, Tel Aviv: TACE, Y-90 radioembolization, cryoablation, stereotactic radiotherapy and drug therapy. Prices on request.",
        description:
          "Almogan Oncology Centre in Tel Aviv treats adults whose cancer has spread to the liver when surgery is not planned or needs to be combined with other methods. Interventional radiologists, radiation oncologists and medical oncologists work in the same building and review each case together.\n\nMany procedures are done as day cases or with one night in hospital. Patients are asked to send their full treatment history in advance, because earlier chemotherapy and radiotherapy affect which options remain.",
      },
      ru: {
        name: "Онкологический центр «Альмоган»",
        city: "Тель-Авив",
        summary:
          "Онкологический центр в Тель-Авиве, где проводят лечение печени под контролем визуализации, стереотаксическую радиотерапию и лекарственную терапию без открытых операций.",
        metaDescription:
          "Центр «Альмоган», Тель-Авив: ТАХЭ, радиоэмболизация Y-90, криоабляция, стереотаксическая радиотерапия и лекарственное лечение. Цены по запросу.",
        description:
          "Онкологический центр «Альмоган» в Тель-Авиве лечит взрослых пациентов с метастазами в печени, когда операция не планируется или её нужно сочетать с другими методами. Интервенционные радиологи, радиотерапевты и онкологи-химиотерапевты работают в одном здании и разбирают каждый случай вместе.\n\nМногие процедуры выполняют амбулаторно или с одной ночью в стационаре. Пациентов просят заранее прислать полную историю лечения: от предыдущей химио- и лучевой терапии зависит, какие варианты остаются.",
      },
      uk: {
        name: "Онкологічний центр «Альмоган»",
        city: "Тель-Авів",
        summary:
          "Онкологічний центр у Тель-Авіві, де проводять лікування печінки під контролем візуалізації, стереотаксичну радіотерапію та медикаментозну терапію без відкритих операцій.",
        metaDescription:
          "Центр «Альмоган», Тель-Авів: ТАХЕ, радіоемболізація Y-90, кріоабляція, стереотаксична радіотерапія та медикаментозне лікування. Ціни за запитом.",
        description:
          "Онкологічний центр «Альмоган» у Тель-Авіві лікує дорослих пацієнтів із метастазами в печінці, коли операція не планується або її потрібно поєднати з іншими методами. Інтервенційні радіологи, радіотерапевти та онкологи-хіміотерапевти працюють в одній будівлі й розглядають кожен випадок разом.\n\nБагато процедур виконують амбулаторно або з однією ніччю в стаціонарі. Пацієнтів просять заздалегідь надіслати повну історію лікування: від попередньої хіміо- та променевої терапії залежить, які варіанти залишаються.",
      },
      de: {
        name: "Onkologisches Zentrum Almogan",
        city: "Tel Aviv",
        summary:
          "Ein onkologisches Zentrum in Tel Aviv für bildgesteuerte Leberbehandlungen, stereotaktische Bestrahlung und medikamentöse Therapie ohne offene Operation.",
        metaDescription:
          "Onkologisches Zentrum Almogan, Tel Aviv: TACE, Y-90-Radioembolisation, Kryoablation, stereotaktische Bestrahlung, Medikamente. Preise auf Anfrage.",
        description:
          "Das Onkologische Zentrum Almogan in Tel Aviv behandelt Erwachsene mit Lebermetastasen, wenn keine Operation geplant ist oder sie mit anderen Verfahren kombiniert werden soll. Interventionelle Radiologen, Strahlentherapeuten und internistische Onkologen arbeiten im selben Gebäude und besprechen jeden Fall gemeinsam.\n\nViele Eingriffe erfolgen ambulant oder mit einer Übernachtung in der Klinik. Patienten werden gebeten, ihre vollständige Behandlungsgeschichte vorab zu schicken, denn frühere Chemo- und Strahlentherapien beeinflussen, welche Möglichkeiten noch bestehen.",
      },
      ar: {
        name: "مركز ألموغان للأورام",
        city: "تل أبيب",
        summary:
          "مركز للأورام في تل أبيب يقدّم علاجات الكبد الموجَّهة بالتصوير والعلاج الإشعاعي التجسيمي والعلاج الدوائي دون جراحة مفتوحة.",
        metaDescription:
          "مركز ألموغان للأورام، تل أبيب: الانصمام الكيميائي والانصمام الإشعاعي والاستئصال بالتبريد والعلاج الإشعاعي التجسيمي والعلاج الدوائي. الأسعار عند الطلب.",
        description:
          "يعالج مركز ألموغان للأورام في تل أبيب البالغين الذين انتشر السرطان لديهم إلى الكبد، عندما لا تكون الجراحة مخطّطة أو عندما يلزم الجمع بينها وبين أساليب أخرى. ويعمل أطباء الأشعة التداخلية وأطباء العلاج الإشعاعي وأطباء الأورام في المبنى نفسه ويناقشون كل حالة معًا.\n\nتُجرى إجراءات كثيرة دون مبيت أو بمبيت ليلة واحدة في المستشفى. ويُطلب من المرضى إرسال تاريخهم العلاجي كاملًا مسبقًا، لأن العلاج الكيميائي والإشعاعي السابق يؤثّر في الخيارات المتبقية.",
      },
    },
  },
  {
    slug: "saebyeol-liver-centre",
    countryCode: "KR",
    accreditations: ["JCI", "KOIHA accredited"],
    languages: ["ko", "en", "ru"],
    serviceFeeModel: "PATIENT_SERVICE_FEE",
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      onRequest("surgical-resection"),
      onRequest("liver-transplantation"),
      onRequest("tace-chemoembolization"),
      onRequest("thermal-ablation"),
      onRequest("stereotactic-radiosurgery"),
      onRequest("chemotherapy"),
      onRequest("palliative-care"),
    ],
    text: {
      en: {
        name: "Saebyeol Liver Centre",
        city: "Busan",
        summary:
          "A liver centre within a general hospital in Busan, offering surgery, local treatments, radiotherapy, chemotherapy and palliative care.",
        metaDescription:
          "Saebyeol Liver Centre, Busan: liver resection, transplantation, TACE, ablation, stereotactic radiotherapy, chemotherapy, palliative care. On request.",
        description:
          "Saebyeol Liver Centre in Busan is part of a larger general hospital and treats liver tumours of different origins. Its surgeons perform liver resections and, for a small number of carefully selected patients, liver transplantation.\n\nThe centre also offers local treatments, radiotherapy, chemotherapy and a palliative care team that sees patients at any stage of the illness. International patients are supported by a coordinator and by English- and Russian-speaking staff.",
      },
      ru: {
        name: "Центр печени «Сэбёль»",
        city: "Пусан",
        summary:
          "Центр печени в составе многопрофильной больницы в Пусане: хирургия, локальные методы, радиотерапия, химиотерапия и паллиативная помощь.",
        metaDescription:
          "Центр печени «Сэбёль», Пусан: резекция и трансплантация печени, ТАХЭ, абляция, радиотерапия, химиотерапия, паллиативная помощь. Цены по запросу.",
        description:
          "Центр печени «Сэбёль» в Пусане входит в состав крупной многопрофильной больницы и лечит опухоли печени разного происхождения. Хирурги центра выполняют резекции печени, а небольшому числу тщательно отобранных пациентов — трансплантацию печени.\n\nВ центре также проводят локальное лечение, радиотерапию и химиотерапию, а паллиативная команда помогает пациентам на любой стадии болезни. Иностранных пациентов сопровождает координатор, есть сотрудники, говорящие по-английски и по-русски.",
      },
      uk: {
        name: "Центр печінки «Себьоль»",
        city: "Пусан",
        summary:
          "Центр печінки у складі багатопрофільної лікарні в Пусані: хірургія, локальні методи, радіотерапія, хіміотерапія та паліативна допомога.",
        metaDescription:
          "Центр печінки «Себьоль», Пусан: резекція і трансплантація печінки, ТАХЕ, абляція, радіотерапія, хіміотерапія, паліативна допомога. Ціни за запитом.",
        description:
          "Центр печінки «Себьоль» у Пусані входить до складу великої багатопрофільної лікарні та лікує пухлини печінки різного походження. Хірурги центру виконують резекції печінки, а невеликій кількості ретельно відібраних пацієнтів — трансплантацію печінки.\n\nУ центрі також проводять локальне лікування, радіотерапію та хіміотерапію, а паліативна команда допомагає пацієнтам на будь-якій стадії хвороби. Іноземних пацієнтів супроводжує координатор, є працівники, які розмовляють англійською та російською.",
      },
      de: {
        name: "Saebyeol Leberzentrum",
        city: "Busan",
        summary:
          "Ein Leberzentrum innerhalb eines Allgemeinkrankenhauses in Busan mit Chirurgie, lokalen Verfahren, Strahlentherapie, Chemotherapie und Palliativversorgung.",
        metaDescription:
          "Saebyeol Leberzentrum, Busan: Leberresektion, Transplantation, TACE, Ablation, Strahlentherapie, Chemotherapie, Palliativversorgung. Auf Anfrage.",
        description:
          "Das Saebyeol Leberzentrum in Busan gehört zu einem größeren Allgemeinkrankenhaus und behandelt Lebertumoren unterschiedlicher Herkunft. Die Chirurgen führen Leberresektionen durch und bei einer kleinen Zahl sorgfältig ausgewählter Patienten auch Lebertransplantationen.\n\nAußerdem bietet das Zentrum lokale Verfahren, Strahlentherapie, Chemotherapie und ein Palliativteam, das Patienten in jedem Stadium der Erkrankung betreut. Internationale Patienten werden von einer Koordinatorin sowie von Englisch und Russisch sprechenden Mitarbeitenden unterstützt.",
      },
      ar: {
        name: "مركز سيبيول للكبد",
        city: "بوسان",
        summary:
          "مركز للكبد ضمن مستشفى عام في بوسان يقدّم الجراحة والعلاجات الموضعية والعلاج الإشعاعي والكيميائي والرعاية التلطيفية.",
        metaDescription:
          "مركز سيبيول للكبد، بوسان: استئصال الكبد وزراعته والانصمام الكيميائي والاستئصال الحراري والعلاج الإشعاعي والكيميائي والرعاية التلطيفية. الأسعار عند الطلب.",
        description:
          "مركز سيبيول للكبد في بوسان جزء من مستشفى عام أكبر، ويعالج أورام الكبد ذات المنشأ المختلف. ويجري جرّاحوه عمليات استئصال الكبد، كما يجرون زراعة الكبد لعدد قليل من المرضى المختارين بعناية.\n\nيقدّم المركز أيضًا العلاجات الموضعية والعلاج الإشعاعي والكيميائي، ولديه فريق للرعاية التلطيفية يتابع المرضى في أي مرحلة من المرض. ويحظى المرضى الدوليون بدعم منسّق وموظفين يتحدثون الإنجليزية والروسية.",
      },
    },
  },
  {
    slug: "svetlodol-liver-oncology-clinic",
    countryCode: "RU",
    accreditations: ["ISO 9001:2015", "Roszdravnadzor medical licence"],
    languages: ["ru", "en", "ar"],
    serviceFeeModel: "NO_FEE",
    foundedYear: 2011,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    offers: [
      marusPrice("surgical-resection", 2550, "OPERATION", {
        en: "Published starting price for liver surgery in Russia; the final cost is set individually from the treatment plan.",
        ru: "Опубликованная стартовая цена хирургического лечения печени в России; итоговая стоимость рассчитывается индивидуально по плану лечения.",
        uk: "Опублікована стартова ціна хірургічного лікування печінки в Росії; остаточна вартість розраховується індивідуально за планом лікування.",
        de: "Veröffentlichter Einstiegspreis für eine Leberoperation in Russland; die Endkosten werden individuell nach dem Behandlungsplan berechnet.",
        ar: "سعر ابتدائي منشور لجراحة الكبد في روسيا؛ وتُحسب التكلفة النهائية بشكل فردي وفق خطة العلاج.",
      }),
      marusPrice("y90-radioembolization", 3200, "PROCEDURE", {
        en: "Published starting price for radioembolization in Russia; the final cost is set individually from the treatment plan.",
        ru: "Опубликованная стартовая цена радиоэмболизации в России; итоговая стоимость рассчитывается индивидуально по плану лечения.",
        uk: "Опублікована стартова ціна радіоемболізації в Росії; остаточна вартість розраховується індивідуально за планом лікування.",
        de: "Veröffentlichter Einstiegspreis für eine Radioembolisation in Russland; die Endkosten werden individuell nach dem Behandlungsplan berechnet.",
        ar: "سعر ابتدائي منشور للانصمام الإشعاعي في روسيا؛ وتُحسب التكلفة النهائية بشكل فردي وفق خطة العلاج.",
      }),
      marusPrice("stereotactic-radiosurgery", 1900, "COURSE", {
        en: "Published starting price for stereotactic therapy in Russia; the final cost is set individually from the treatment plan.",
        ru: "Опубликованная стартовая цена стереотаксической терапии в России; итоговая стоимость рассчитывается индивидуально по плану лечения.",
        uk: "Опублікована стартова ціна стереотаксичної терапії в Росії; остаточна вартість розраховується індивідуально за планом лікування.",
        de: "Veröffentlichter Einstiegspreis für eine stereotaktische Bestrahlung in Russland; die Endkosten werden individuell nach dem Behandlungsplan berechnet.",
        ar: "سعر ابتدائي منشور للعلاج الإشعاعي التجسيمي في روسيا؛ وتُحسب التكلفة النهائية بشكل فردي وفق خطة العلاج.",
      }),
      marusPrice("chemotherapy", 1000, "COURSE", {
        en: "Published starting price for a chemotherapy course in Russia; the final cost is set individually from the treatment plan.",
        ru: "Опубликованная стартовая цена курса химиотерапии в России; итоговая стоимость рассчитывается индивидуально по плану лечения.",
        uk: "Опублікована стартова ціна курсу хіміотерапії в Росії; остаточна вартість розраховується індивідуально за планом лікування.",
        de: "Veröffentlichter Einstiegspreis für einen Chemotherapiekurs in Russland; die Endkosten werden individuell nach dem Behandlungsplan berechnet.",
        ar: "سعر ابتدائي منشور لدورة العلاج الكيميائي في روسيا؛ وتُحسب التكلفة النهائية بشكل فردي وفق خطة العلاج.",
      }),
      onRequest("thermal-ablation"),
      onRequest("palliative-care"),
    ],
    text: {
      en: {
        name: "Svetlodol Liver Oncology Clinic",
        city: "Saint Petersburg",
        summary:
          "A clinic in Saint Petersburg offering surgery, radioembolization, stereotactic radiotherapy, ablation, chemotherapy and palliative care for liver metastases.",
        metaDescription:
          "Svetlodol Liver Oncology Clinic, Saint Petersburg: liver surgery, Y-90 radioembolization, stereotactic therapy, chemotherapy; published from-prices.",
        description:
          "Svetlodol Liver Oncology Clinic in Saint Petersburg treats patients with liver metastases using surgery, radiotherapy, image-guided procedures and drug treatment. A treatment plan is drawn up after the team has reviewed the patient's scans, histology and previous treatment.\n\nThe starting prices shown for four treatments are figures a medical-tourism platform published for treatment in Russia in general; they are not a quote from this clinic. The final cost depends on the individual plan and is confirmed before treatment begins.",
      },
      ru: {
        name: "Клиника онкологии печени «Светлодол»",
        city: "Санкт-Петербург",
        summary:
          "Клиника в Санкт-Петербурге, где при метастазах в печени проводят операции, радиоэмболизацию, стереотаксическую радиотерапию, абляцию, химиотерапию и паллиативную помощь.",
        metaDescription:
          "Клиника «Светлодол», Санкт-Петербург: хирургия печени, радиоэмболизация Y-90, стереотаксическая терапия, химиотерапия; опубликованные цены «от».",
        description:
          "Клиника онкологии печени «Светлодол» в Санкт-Петербурге лечит пациентов с метастазами в печени с помощью хирургии, радиотерапии, вмешательств под контролем визуализации и лекарственной терапии. План лечения составляют после того, как команда изучит снимки, гистологию и историю предыдущего лечения.\n\nСтартовые цены на четыре вида лечения — это данные, которые медицинская туристическая платформа опубликовала для лечения в России в целом; это не предложение данной клиники. Итоговая стоимость зависит от индивидуального плана и подтверждается до начала лечения.",
      },
      uk: {
        name: "Клініка онкології печінки «Светлодол»",
        city: "Санкт-Петербург",
        summary:
          "Клініка в Санкт-Петербурзі, де при метастазах у печінці проводять операції, радіоемболізацію, стереотаксичну радіотерапію, абляцію, хіміотерапію та паліативну допомогу.",
        metaDescription:
          "Клініка «Светлодол», Санкт-Петербург: хірургія печінки, радіоемболізація Y-90, стереотаксична терапія, хіміотерапія; опубліковані ціни «від».",
        description:
          "Клініка онкології печінки «Светлодол» у Санкт-Петербурзі лікує пацієнтів із метастазами в печінці за допомогою хірургії, радіотерапії, втручань під контролем візуалізації та медикаментозної терапії. План лікування складають після того, як команда вивчить знімки, гістологію та історію попереднього лікування.\n\nСтартові ціни на чотири види лікування — це дані, які платформа медичного туризму опублікувала для лікування в Росії загалом; це не пропозиція цієї клініки. Остаточна вартість залежить від індивідуального плану й підтверджується до початку лікування.",
      },
      de: {
        name: "Svetlodol-Klinik für Leberonkologie",
        city: "Sankt Petersburg",
        summary:
          "Eine Klinik in Sankt Petersburg, die bei Lebermetastasen Operationen, Radioembolisation, stereotaktische Bestrahlung, Ablation, Chemotherapie und Palliativversorgung anbietet.",
        metaDescription:
          "Svetlodol-Klinik für Leberonkologie, Sankt Petersburg: Leberchirurgie, Y-90-Radioembolisation, Stereotaxie, Chemotherapie; veröffentlichte Ab-Preise.",
        description:
          "Die Svetlodol-Klinik für Leberonkologie in Sankt Petersburg behandelt Patienten mit Lebermetastasen mit Chirurgie, Strahlentherapie, bildgesteuerten Eingriffen und Medikamenten. Der Behandlungsplan wird erstellt, nachdem das Team Aufnahmen, Histologie und bisherige Behandlungen geprüft hat.\n\nDie Einstiegspreise für vier Behandlungen hat eine Medizintourismus-Plattform für Behandlungen in Russland allgemein veröffentlicht; sie sind kein Angebot dieser Klinik. Die Endkosten hängen vom individuellen Plan ab und werden vor Behandlungsbeginn bestätigt.",
      },
      ar: {
        name: "عيادة سفيتلودول لأورام الكبد",
        city: "سانت بطرسبرغ",
        summary:
          "عيادة في سانت بطرسبرغ تقدّم لمرضى النقائل الكبدية الجراحة والانصمام الإشعاعي والعلاج الإشعاعي التجسيمي والاستئصال الحراري والعلاج الكيميائي والرعاية التلطيفية.",
        metaDescription:
          "عيادة سفيتلودول، سانت بطرسبرغ: جراحة الكبد والانصمام الإشعاعي والعلاج التجسيمي والعلاج الكيميائي، مع أسعار ابتدائية منشورة.",
        description:
          "تعالج عيادة سفيتلودول لأورام الكبد في سانت بطرسبرغ مرضى النقائل الكبدية بالجراحة والعلاج الإشعاعي والإجراءات الموجَّهة بالتصوير والعلاج الدوائي. وتُوضع خطة العلاج بعد أن يراجع الفريق صور المريض ونتائج الفحص النسيجي وعلاجاته السابقة.\n\nالأسعار الابتدائية المعروضة لأربعة علاجات أرقامٌ نشرتها منصة للسياحة العلاجية عن العلاج في روسيا عمومًا، وليست عرض سعر من هذه العيادة. وتعتمد التكلفة النهائية على الخطة الفردية، ويُؤكَّد مبلغها قبل بدء العلاج.",
      },
    },
  },
];
