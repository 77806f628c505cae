import type { DoctorSeed } from "./types";

// Sample doctors. All nine people are invented; the site labels them as demo content. Bios describe roles only:
// no medical claims, no outcome figures, no awards. Clinic slugs refer to prisma/seed-data/clinics.ts.

const REVIEWED_ON = "2026-11-20";

export const doctors: DoctorSeed[] = [
  {
    slug: "selin-aksungur",
    specialty: "hepatobiliary-surgery",
    languages: ["tr", "en"],
    yearsOfExperience: 17,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["veloria-hepatobiliary-centre"],
    treatments: ["surgical-resection", "thermal-ablation"],
    text: {
      en: {
        name: "Selin Aksungur",
        title: "Consultant hepatobiliary surgeon",
        metaDescription:
          "Selin Aksungur, hepatobiliary surgeon at Veloria Hepatobiliary Centre, Istanbul: liver resection and ablation during surgery.",
        bio: "Selin Aksungur is a liver surgeon at Veloria Hepatobiliary Centre in Istanbul. She operates on patients whose liver metastases may be removable and, in some operations, combines resection with ablation of smaller lesions.\n\nShe takes part in the centre's weekly tumour board and reviews the scans of patients from abroad before their first visit. She consults in Turkish and English.",
      },
      ru: {
        name: "Селин Аксунгур",
        title: "Хирург, специалист по хирургии печени и желчных путей",
        metaDescription:
          "Селин Аксунгур, хирург печени и желчных путей в центре «Велория», Стамбул: резекция печени и абляция очагов во время операции.",
        bio: "Селин Аксунгур — хирург гепатобилиарного центра «Велория» в Стамбуле. Она оперирует пациентов, у которых метастазы в печени можно удалить, и в ряде операций сочетает резекцию с абляцией небольших очагов.\n\nОна участвует в еженедельном онкологическом консилиуме центра и изучает снимки иностранных пациентов до их первого визита. Консультирует на турецком и английском языках.",
      },
      uk: {
        name: "Селін Аксунгур",
        title: "Хірургиня, фахівчиня з хірургії печінки та жовчних шляхів",
        metaDescription:
          "Селін Аксунгур, хірургиня печінки та жовчних шляхів у центрі «Велорія», Стамбул: резекція печінки та абляція вогнищ під час операції.",
        bio: "Селін Аксунгур — хірургиня гепатобіліарного центру «Велорія» у Стамбулі. Вона оперує пацієнтів, у яких метастази в печінці можна видалити, і в частині операцій поєднує резекцію з абляцією невеликих вогнищ.\n\nВона бере участь у щотижневому онкологічному консиліумі центру та вивчає знімки іноземних пацієнтів до їхнього першого візиту. Консультує турецькою та англійською мовами.",
      },
      de: {
        name: "Selin Aksungur",
        title: "Oberärztin für hepatobiliäre Chirurgie",
        metaDescription:
          "Selin Aksungur, Leberchirurgin am Veloria Hepatobiliären Zentrum, Istanbul: Leberresektion und Ablation während der Operation.",
        bio: "Selin Aksungur ist Leberchirurgin am Veloria Hepatobiliären Zentrum in Istanbul. Sie operiert Patienten, deren Lebermetastasen möglicherweise entfernt werden können, und verbindet bei manchen Eingriffen die Resektion mit der Ablation kleinerer Herde.\n\nSie nimmt an der wöchentlichen Tumorkonferenz des Zentrums teil und sieht sich die Aufnahmen von Patienten aus dem Ausland vor dem ersten Besuch an. Sie berät auf Türkisch und Englisch.",
      },
      ar: {
        name: "سيلين أكسونغور",
        title: "استشارية جراحة الكبد والقنوات الصفراوية",
        metaDescription:
          "سيلين أكسونغور، جرّاحة الكبد والقنوات الصفراوية في مركز فيلوريا، إسطنبول: استئصال الكبد والاستئصال الحراري للبؤر أثناء الجراحة.",
        bio: "سيلين أكسونغور جرّاحة كبد في مركز فيلوريا للكبد والقنوات الصفراوية في إسطنبول. تُجري العمليات للمرضى الذين قد يمكن استئصال نقائلهم الكبدية، وتجمع في بعض العمليات بين الاستئصال الجراحي والاستئصال الحراري للبؤر الصغيرة.\n\nتشارك في الاجتماع الأسبوعي للجنة الأورام في المركز، وتراجع صور المرضى القادمين من الخارج قبل زيارتهم الأولى. وتقدّم استشاراتها باللغتين التركية والإنجليزية.",
      },
    },
  },
  {
    slug: "kaan-demirtasli",
    specialty: "transplant-surgery",
    languages: ["tr", "en", "de"],
    yearsOfExperience: 24,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["veloria-hepatobiliary-centre"],
    treatments: ["liver-transplantation", "surgical-resection"],
    text: {
      en: {
        name: "Kaan Demirtaşlı",
        title: "Consultant transplant and liver surgeon",
        metaDescription:
          "Kaan Demirtaşlı, transplant surgeon at Veloria Hepatobiliary Centre, Istanbul: liver transplantation assessment and major liver resections.",
        bio: "Kaan Demirtaşlı is a transplant surgeon at Veloria Hepatobiliary Centre in Istanbul. His work covers liver transplantation and major liver resections.\n\nFor liver metastases, transplantation is considered only in rare, strictly selected situations, and he explains the assessment and its limits openly to patients and their families. He consults in Turkish, English and German.",
      },
      ru: {
        name: "Каан Демирташлы",
        title: "Хирург-трансплантолог, специалист по хирургии печени",
        metaDescription:
          "Каан Демирташлы, хирург-трансплантолог центра «Велория», Стамбул: обследование перед трансплантацией печени и обширные резекции печени.",
        bio: "Каан Демирташлы — хирург-трансплантолог гепатобилиарного центра «Велория» в Стамбуле. Он занимается трансплантацией печени и обширными резекциями печени.\n\nПри метастазах в печени трансплантацию рассматривают лишь в редких, строго отобранных случаях, и он открыто объясняет пациентам и их близким, как проходит обследование и каковы его ограничения. Консультирует на турецком, английском и немецком языках.",
      },
      uk: {
        name: "Каан Демірташли",
        title: "Хірург-трансплантолог, фахівець із хірургії печінки",
        metaDescription:
          "Каан Демірташли, хірург-трансплантолог центру «Велорія», Стамбул: обстеження перед трансплантацією печінки та великі резекції печінки.",
        bio: "Каан Демірташли — хірург-трансплантолог гепатобіліарного центру «Велорія» у Стамбулі. Він займається трансплантацією печінки та великими резекціями печінки.\n\nПри метастазах у печінці трансплантацію розглядають лише в рідкісних, суворо відібраних випадках, і він відверто пояснює пацієнтам та їхнім рідним, як проходить обстеження і які в нього обмеження. Консультує турецькою, англійською та німецькою мовами.",
      },
      de: {
        name: "Kaan Demirtaşlı",
        title: "Oberarzt für Transplantations- und Leberchirurgie",
        metaDescription:
          "Kaan Demirtaşlı, Transplantationschirurg am Veloria Hepatobiliären Zentrum, Istanbul: Abklärung zur Lebertransplantation, große Leberresektionen.",
        bio: "Kaan Demirtaşlı ist Transplantationschirurg am Veloria Hepatobiliären Zentrum in Istanbul. Sein Arbeitsgebiet umfasst Lebertransplantationen und große Leberresektionen.\n\nBei Lebermetastasen kommt eine Transplantation nur in seltenen, streng ausgewählten Situationen in Frage; er erklärt Patienten und Angehörigen offen, wie die Abklärung abläuft und wo ihre Grenzen liegen. Er berät auf Türkisch, Englisch und Deutsch.",
      },
      ar: {
        name: "كاان دميرتاشلي",
        title: "استشاري جراحة زراعة الكبد وجراحة الكبد",
        metaDescription:
          "كاان دميرتاشلي، جرّاح زراعة في مركز فيلوريا، إسطنبول: تقييم المرضى لزراعة الكبد وعمليات استئصال الكبد الكبيرة.",
        bio: "كاان دميرتاشلي جرّاح زراعة في مركز فيلوريا للكبد والقنوات الصفراوية في إسطنبول. يشمل عمله زراعة الكبد وعمليات استئصال الكبد الكبيرة.\n\nفي حالة النقائل الكبدية لا تُطرح زراعة الكبد إلا في حالات نادرة ومختارة بدقة، ويشرح للمرضى وعائلاتهم بوضوح كيف يجري التقييم وما حدوده. ويقدّم استشاراته بالتركية والإنجليزية والألمانية.",
      },
    },
  },
  {
    slug: "jonas-wetterich",
    specialty: "radiation-oncology",
    languages: ["de", "en"],
    yearsOfExperience: 14,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["quellenried-liver-oncology-clinic"],
    treatments: ["stereotactic-radiosurgery"],
    text: {
      en: {
        name: "Jonas Wetterich",
        title: "Senior radiation oncologist",
        metaDescription:
          "Jonas Wetterich, radiation oncologist at Quellenried Liver Oncology Clinic, Munich: stereotactic radiotherapy for liver metastases.",
        bio: "Jonas Wetterich is a radiation oncologist at Quellenried Liver Oncology Clinic in Munich. He plans and delivers stereotactic radiotherapy for liver metastases that are not suitable for surgery or ablation.\n\nHe explains to patients how many sessions are planned, what the daily appointments involve and which side effects to look out for. He consults in German and English.",
      },
      ru: {
        name: "Йонас Веттерих",
        title: "Врач-радиотерапевт",
        metaDescription:
          "Йонас Веттерих, радиотерапевт клиники «Квелленрид», Мюнхен: стереотаксическая радиотерапия метастазов в печени.",
        bio: "Йонас Веттерих — радиотерапевт клиники онкологии печени «Квелленрид» в Мюнхене. Он планирует и проводит стереотаксическую радиотерапию метастазов в печени, которые не подходят для операции или абляции.\n\nОн объясняет пациентам, сколько сеансов запланировано, как проходят ежедневные визиты и на какие побочные эффекты нужно обращать внимание. Консультирует на немецком и английском языках.",
      },
      uk: {
        name: "Йонас Веттеріх",
        title: "Лікар-радіотерапевт",
        metaDescription:
          "Йонас Веттеріх, радіотерапевт клініки «Квелленрід», Мюнхен: стереотаксична радіотерапія метастазів у печінці.",
        bio: "Йонас Веттеріх — радіотерапевт клініки онкології печінки «Квелленрід» у Мюнхені. Він планує та проводить стереотаксичну радіотерапію метастазів у печінці, які не підходять для операції чи абляції.\n\nВін пояснює пацієнтам, скільки сеансів заплановано, як проходять щоденні візити та на які побічні ефекти слід звертати увагу. Консультує німецькою та англійською мовами.",
      },
      de: {
        name: "Jonas Wetterich",
        title: "Oberarzt für Strahlentherapie",
        metaDescription:
          "Jonas Wetterich, Strahlentherapeut an der Quellenried-Klinik für Leberonkologie, München: stereotaktische Bestrahlung von Lebermetastasen.",
        bio: "Jonas Wetterich ist Strahlentherapeut an der Quellenried-Klinik für Leberonkologie in München. Er plant und führt die stereotaktische Bestrahlung von Lebermetastasen durch, die für eine Operation oder Ablation nicht in Frage kommen.\n\nEr erklärt Patienten, wie viele Sitzungen geplant sind, wie die täglichen Termine ablaufen und auf welche Nebenwirkungen sie achten sollten. Er berät auf Deutsch und Englisch.",
      },
      ar: {
        name: "يوناس فيتيريش",
        title: "أخصائي أول في علاج الأورام بالإشعاع",
        metaDescription:
          "يوناس فيتيريش، طبيب العلاج الإشعاعي في عيادة كفيلنريد، ميونخ: العلاج الإشعاعي التجسيمي للنقائل الكبدية.",
        bio: "يوناس فيتيريش طبيب علاج إشعاعي في عيادة كفيلنريد لأورام الكبد في ميونخ. يخطّط للعلاج الإشعاعي التجسيمي وينفّذه للنقائل الكبدية التي لا تناسبها الجراحة أو الاستئصال الحراري.\n\nيشرح للمرضى عدد الجلسات المخطّط لها، وما تتضمنه المواعيد اليومية، والآثار الجانبية التي ينبغي الانتباه إليها. ويقدّم استشاراته بالألمانية والإنجليزية.",
      },
    },
  },
  {
    slug: "friederike-lanzinger",
    specialty: "medical-oncology",
    languages: ["de", "en", "ru"],
    yearsOfExperience: 19,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["quellenried-liver-oncology-clinic"],
    treatments: ["chemotherapy", "targeted-therapy", "immunotherapy"],
    text: {
      en: {
        name: "Friederike Lanzinger",
        title: "Consultant medical oncologist",
        metaDescription:
          "Friederike Lanzinger, medical oncologist at Quellenried Liver Oncology Clinic, Munich: chemotherapy, targeted therapy and immunotherapy.",
        bio: "Friederike Lanzinger is a medical oncologist at Quellenried Liver Oncology Clinic in Munich. She plans chemotherapy, targeted therapy and immunotherapy for patients with liver metastases, including treatment given before or after surgery.\n\nShe keeps in touch with doctors in the patient's home country so that treatment can continue there where possible. She consults in German, English and Russian.",
      },
      ru: {
        name: "Фридерике Ланцингер",
        title: "Врач-онколог, химиотерапевт",
        metaDescription:
          "Фридерике Ланцингер, онколог-химиотерапевт клиники «Квелленрид», Мюнхен: химиотерапия, таргетная терапия и иммунотерапия.",
        bio: "Фридерике Ланцингер — онколог-химиотерапевт клиники онкологии печени «Квелленрид» в Мюнхене. Она планирует химиотерапию, таргетную терапию и иммунотерапию для пациентов с метастазами в печени, в том числе лечение до или после операции.\n\nОна поддерживает связь с врачами в стране пациента, чтобы по возможности лечение можно было продолжить дома. Консультирует на немецком, английском и русском языках.",
      },
      uk: {
        name: "Фрідеріке Ланцінгер",
        title: "Лікарка-онкологиня, хіміотерапевтка",
        metaDescription:
          "Фрідеріке Ланцінгер, онкологиня-хіміотерапевтка клініки «Квелленрід», Мюнхен: хіміотерапія, таргетна терапія та імунотерапія.",
        bio: "Фрідеріке Ланцінгер — онкологиня-хіміотерапевтка клініки онкології печінки «Квелленрід» у Мюнхені. Вона планує хіміотерапію, таргетну терапію та імунотерапію для пацієнтів із метастазами в печінці, зокрема лікування до або після операції.\n\nВона підтримує зв’язок з лікарями в країні пацієнта, щоб за можливості лікування можна було продовжити вдома. Консультує німецькою, англійською та російською мовами.",
      },
      de: {
        name: "Friederike Lanzinger",
        title: "Oberärztin für internistische Onkologie",
        metaDescription:
          "Friederike Lanzinger, Onkologin an der Quellenried-Klinik für Leberonkologie, München: Chemotherapie, zielgerichtete Therapie, Immuntherapie.",
        bio: "Friederike Lanzinger ist internistische Onkologin an der Quellenried-Klinik für Leberonkologie in München. Sie plant Chemotherapie, zielgerichtete Therapie und Immuntherapie für Patienten mit Lebermetastasen, auch als Behandlung vor oder nach einer Operation.\n\nSie hält Kontakt zu den Ärzten im Heimatland der Patienten, damit die Behandlung dort nach Möglichkeit fortgesetzt werden kann. Sie berät auf Deutsch, Englisch und Russisch.",
      },
      ar: {
        name: "فريدريكه لانتسينغر",
        title: "استشارية علاج الأورام الدوائي",
        metaDescription:
          "فريدريكه لانتسينغر، طبيبة أورام في عيادة كفيلنريد، ميونخ: العلاج الكيميائي والعلاج الموجّه والعلاج المناعي.",
        bio: "فريدريكه لانتسينغر طبيبة أورام في عيادة كفيلنريد لأورام الكبد في ميونخ. تخطّط للعلاج الكيميائي والعلاج الموجّه والعلاج المناعي لمرضى النقائل الكبدية، بما في ذلك العلاج الذي يُعطى قبل الجراحة أو بعدها.\n\nتبقى على تواصل مع أطباء المريض في بلده، حتى يمكن متابعة العلاج هناك متى أمكن ذلك. وتقدّم استشاراتها بالألمانية والإنجليزية والروسية.",
      },
    },
  },
  {
    slug: "matteo-ravagnani",
    specialty: "interventional-radiology",
    languages: ["it", "en", "de"],
    yearsOfExperience: 21,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["serravento-liver-institute", "quellenried-liver-oncology-clinic"],
    treatments: ["tace-chemoembolization", "thermal-ablation"],
    text: {
      en: {
        name: "Matteo Ravagnani",
        title: "Consultant interventional radiologist",
        metaDescription:
          "Matteo Ravagnani, interventional radiologist in Bologna and Munich: chemoembolization (TACE) and thermal ablation of liver metastases.",
        bio: "Matteo Ravagnani is an interventional radiologist based at Serravento Liver Institute in Bologna who also holds regular procedure days at Quellenried Liver Oncology Clinic in Munich. He performs chemoembolization (TACE) and thermal ablation of liver metastases under imaging guidance.\n\nBefore each procedure he goes through the expected recovery with the patient and their family. He consults in Italian, English and German.",
      },
      ru: {
        name: "Маттео Раваньяни",
        title: "Врач — интервенционный радиолог",
        metaDescription:
          "Маттео Раваньяни, интервенционный радиолог в Болонье и Мюнхене: химиоэмболизация (ТАХЭ) и термоабляция метастазов в печени.",
        bio: "Маттео Раваньяни — интервенционный радиолог института печени «Серравенто» в Болонье; кроме того, он регулярно проводит процедуры в клинике онкологии печени «Квелленрид» в Мюнхене. Он выполняет химиоэмболизацию (ТАХЭ) и термоабляцию метастазов в печени под контролем визуализации.\n\nПеред каждой процедурой он обсуждает с пациентом и его близкими, как обычно проходит восстановление. Консультирует на итальянском, английском и немецком языках.",
      },
      uk: {
        name: "Маттео Раваньяні",
        title: "Лікар — інтервенційний радіолог",
        metaDescription:
          "Маттео Раваньяні, інтервенційний радіолог у Болоньї та Мюнхені: хіміоемболізація (ТАХЕ) і термоабляція метастазів у печінці.",
        bio: "Маттео Раваньяні — інтервенційний радіолог інституту печінки «Серравенто» в Болоньї; крім того, він регулярно проводить процедури в клініці онкології печінки «Квелленрід» у Мюнхені. Він виконує хіміоемболізацію (ТАХЕ) і термоабляцію метастазів у печінці під контролем візуалізації.\n\nПеред кожною процедурою він обговорює з пацієнтом і його рідними, як зазвичай проходить відновлення. Консультує італійською, англійською та німецькою мовами.",
      },
      de: {
        name: "Matteo Ravagnani",
        title: "Oberarzt für interventionelle Radiologie",
        metaDescription:
          "Matteo Ravagnani, interventioneller Radiologe in Bologna und München: Chemoembolisation (TACE) und thermische Ablation von Lebermetastasen.",
        bio: "Matteo Ravagnani ist interventioneller Radiologe am Leberinstitut Serravento in Bologna und hat zudem regelmäßige Eingriffstage an der Quellenried-Klinik für Leberonkologie in München. Er führt die Chemoembolisation (TACE) und die thermische Ablation von Lebermetastasen unter Bildsteuerung durch.\n\nVor jedem Eingriff bespricht er mit dem Patienten und den Angehörigen, wie die Erholung in der Regel verläuft. Er berät auf Italienisch, Englisch und Deutsch.",
      },
      ar: {
        name: "ماتيو رافانياني",
        title: "استشاري الأشعة التداخلية",
        metaDescription:
          "ماتيو رافانياني، طبيب أشعة تداخلية في بولونيا وميونخ: الانصمام الكيميائي والاستئصال الحراري للنقائل الكبدية.",
        bio: "ماتيو رافانياني طبيب أشعة تداخلية يعمل أساسًا في معهد سيرافينتو للكبد في بولونيا، ويخصّص أيضًا أيامًا منتظمة للإجراءات في عيادة كفيلنريد لأورام الكبد في ميونخ. يُجري الانصمام الكيميائي عبر الشريان والاستئصال الحراري للنقائل الكبدية بتوجيه التصوير.\n\nقبل كل إجراء يشرح للمريض وعائلته كيف تسير فترة التعافي عادةً. ويقدّم استشاراته بالإيطالية والإنجليزية والألمانية.",
      },
    },
  },
  {
    slug: "yael-ashkenari",
    specialty: "interventional-radiology",
    languages: ["he", "en", "ru"],
    yearsOfExperience: 16,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["almogan-oncology-centre"],
    treatments: ["tace-chemoembolization", "y90-radioembolization", "cryoablation"],
    text: {
      en: {
        name: "Yael Ashkenari",
        title: "Senior interventional radiologist",
        metaDescription:
          "Yael Ashkenari, interventional radiologist at Almogan Oncology Centre, Tel Aviv: TACE, Y-90 radioembolization and cryoablation.",
        bio: "Yael Ashkenari is an interventional radiologist at Almogan Oncology Centre in Tel Aviv. Her work includes chemoembolization (TACE), Y-90 radioembolization and cryoablation of liver metastases.\n\nShe discusses with each patient why one technique is suggested rather than another, and what the planning tests before radioembolization involve. She consults in Hebrew, English and Russian.",
      },
      ru: {
        name: "Яэль Ашкенари",
        title: "Врач — интервенционный радиолог",
        metaDescription:
          "Яэль Ашкенари, интервенционный радиолог центра «Альмоган», Тель-Авив: ТАХЭ, радиоэмболизация Y-90 и криоабляция.",
        bio: "Яэль Ашкенари — интервенционный радиолог онкологического центра «Альмоган» в Тель-Авиве. Она выполняет химиоэмболизацию (ТАХЭ), радиоэмболизацию микросферами с иттрием-90 и криоабляцию метастазов в печени.\n\nОна обсуждает с каждым пациентом, почему предлагается тот или иной метод и какие планирующие обследования нужны перед радиоэмболизацией. Консультирует на иврите, английском и русском языках.",
      },
      uk: {
        name: "Яель Ашкенарі",
        title: "Лікарка — інтервенційна радіологиня",
        metaDescription:
          "Яель Ашкенарі, інтервенційна радіологиня центру «Альмоган», Тель-Авів: ТАХЕ, радіоемболізація Y-90 і кріоабляція.",
        bio: "Яель Ашкенарі — інтервенційна радіологиня онкологічного центру «Альмоган» у Тель-Авіві. Вона виконує хіміоемболізацію (ТАХЕ), радіоемболізацію мікросферами з ітрієм-90 і кріоабляцію метастазів у печінці.\n\nВона обговорює з кожним пацієнтом, чому пропонується той чи інший метод і які планувальні обстеження потрібні перед радіоемболізацією. Консультує івритом, англійською та російською мовами.",
      },
      de: {
        name: "Yael Ashkenari",
        title: "Oberärztin für interventionelle Radiologie",
        metaDescription:
          "Yael Ashkenari, interventionelle Radiologin am Onkologischen Zentrum Almogan, Tel Aviv: TACE, Y-90-Radioembolisation und Kryoablation.",
        bio: "Yael Ashkenari ist interventionelle Radiologin am Onkologischen Zentrum Almogan in Tel Aviv. Sie führt Chemoembolisationen (TACE), Y-90-Radioembolisationen und Kryoablationen von Lebermetastasen durch.\n\nMit jedem Patienten bespricht sie, warum ein bestimmtes Verfahren vorgeschlagen wird und welche Planungsuntersuchungen vor einer Radioembolisation nötig sind. Sie berät auf Hebräisch, Englisch und Russisch.",
      },
      ar: {
        name: "ياعيل أشكناري",
        title: "أخصائية أولى في الأشعة التداخلية",
        metaDescription:
          "ياعيل أشكناري، طبيبة أشعة تداخلية في مركز ألموغان للأورام، تل أبيب: الانصمام الكيميائي والانصمام الإشعاعي والاستئصال بالتبريد.",
        bio: "ياعيل أشكناري طبيبة أشعة تداخلية في مركز ألموغان للأورام في تل أبيب. يشمل عملها الانصمام الكيميائي عبر الشريان، والانصمام الإشعاعي بالكريات الدقيقة المحمّلة بالإيتريوم-90، والاستئصال بالتبريد للنقائل الكبدية.\n\nتناقش مع كل مريض سبب اقتراح تقنية دون أخرى، وما تتضمنه فحوص التخطيط التي تسبق الانصمام الإشعاعي. وتقدّم استشاراتها بالعبرية والإنجليزية والروسية.",
      },
    },
  },
  {
    slug: "ha-eun-jeon",
    specialty: "palliative-medicine",
    languages: ["ko", "en"],
    yearsOfExperience: 12,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["saebyeol-liver-centre"],
    treatments: ["palliative-care"],
    text: {
      en: {
        name: "Ha-eun Jeon",
        title: "Palliative care physician",
        metaDescription:
          "Ha-eun Jeon, palliative care physician at Saebyeol Liver Centre, Busan: symptom control and care planning for people with liver metastases.",
        bio: "Ha-eun Jeon is a palliative care physician at Saebyeol Liver Centre in Busan. She helps patients manage pain, nausea, tiredness and fluid build-up in the abdomen, alongside cancer treatment or after it has ended.\n\nShe also talks with families about care at home and planning ahead, and works with the centre's coordinators when a patient returns to their own country. She consults in Korean and English.",
      },
      ru: {
        name: "Чон Ха Ын",
        title: "Врач паллиативной помощи",
        metaDescription:
          "Чон Ха Ын, врач паллиативной помощи в центре печени «Сэбёль», Пусан: контроль симптомов и планирование помощи при метастазах в печени.",
        bio: "Чон Ха Ын — врач паллиативной помощи в центре печени «Сэбёль» в Пусане. Она помогает пациентам справляться с болью, тошнотой, слабостью и скоплением жидкости в животе — во время противоопухолевого лечения или после его окончания.\n\nОна также обсуждает с семьями уход на дому и планирование дальнейшей помощи, а когда пациент возвращается в свою страну, работает вместе с координаторами центра. Консультирует на корейском и английском языках.",
      },
      uk: {
        name: "Чон Ха Ин",
        title: "Лікарка паліативної допомоги",
        metaDescription:
          "Чон Ха Ин, лікарка паліативної допомоги в центрі печінки «Себьоль», Пусан: контроль симптомів і планування допомоги при метастазах у печінці.",
        bio: "Чон Ха Ин — лікарка паліативної допомоги в центрі печінки «Себьоль» у Пусані. Вона допомагає пацієнтам долати біль, нудоту, слабкість і скупчення рідини в животі — під час протипухлинного лікування або після його завершення.\n\nВона також обговорює з родинами догляд удома та планування подальшої допомоги, а коли пацієнт повертається до своєї країни, працює разом із координаторами центру. Консультує корейською та англійською мовами.",
      },
      de: {
        name: "Ha-eun Jeon",
        title: "Ärztin für Palliativmedizin",
        metaDescription:
          "Ha-eun Jeon, Palliativmedizinerin am Saebyeol Leberzentrum, Busan: Symptomkontrolle und Versorgungsplanung bei Lebermetastasen.",
        bio: "Ha-eun Jeon ist Palliativmedizinerin am Saebyeol Leberzentrum in Busan. Sie hilft Patienten bei Schmerzen, Übelkeit, Erschöpfung und Flüssigkeitsansammlung im Bauch, begleitend zur Krebsbehandlung oder nach deren Ende.\n\nSie spricht mit Familien auch über die Versorgung zu Hause und die weitere Planung und arbeitet mit den Koordinatorinnen des Zentrums zusammen, wenn ein Patient in sein Heimatland zurückkehrt. Sie berät auf Koreanisch und Englisch.",
      },
      ar: {
        name: "ها-أون جون",
        title: "طبيبة الرعاية التلطيفية",
        metaDescription:
          "ها-أون جون، طبيبة الرعاية التلطيفية في مركز سيبيول للكبد، بوسان: السيطرة على الأعراض وتخطيط الرعاية لمرضى النقائل الكبدية.",
        bio: "ها-أون جون طبيبة رعاية تلطيفية في مركز سيبيول للكبد في بوسان. تساعد المرضى على التعامل مع الألم والغثيان والتعب وتجمّع السوائل في البطن، بالتوازي مع علاج السرطان أو بعد انتهائه.\n\nوتتحدث أيضًا مع العائلات عن الرعاية في المنزل والتخطيط المسبق، وتعمل مع منسّقي المركز عندما يعود المريض إلى بلده. وتقدّم استشاراتها بالكورية والإنجليزية.",
      },
    },
  },
  {
    slug: "artyom-zarechny",
    specialty: "hepatobiliary-surgery",
    languages: ["ru", "en"],
    yearsOfExperience: 22,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["svetlodol-liver-oncology-clinic"],
    treatments: ["surgical-resection", "thermal-ablation"],
    text: {
      en: {
        name: "Artyom Zarechny",
        title: "Senior hepatobiliary surgeon",
        metaDescription:
          "Artyom Zarechny, liver surgeon at Svetlodol Liver Oncology Clinic, Saint Petersburg: anatomical and non-anatomical liver resections.",
        bio: "Artyom Zarechny is a liver surgeon at Svetlodol Liver Oncology Clinic in Saint Petersburg. He performs anatomical and non-anatomical liver resections and, when the team considers it appropriate, ablation of smaller lesions during the operation.\n\nHe reviews each patient's scans together with the radiologists and oncologists before recommending surgery. He consults in Russian and English.",
      },
      ru: {
        name: "Артём Заречный",
        title: "Хирург-онколог, специалист по хирургии печени и желчных путей",
        metaDescription:
          "Артём Заречный, хирург печени в клинике «Светлодол», Санкт-Петербург: анатомические и неанатомические резекции печени.",
        bio: "Артём Заречный — хирург клиники онкологии печени «Светлодол» в Санкт-Петербурге. Он выполняет анатомические и неанатомические резекции печени, а если команда считает это уместным, — абляцию небольших очагов во время операции.\n\nПрежде чем рекомендовать операцию, он изучает снимки каждого пациента вместе с радиологами и онкологами. Консультирует на русском и английском языках.",
      },
      uk: {
        name: "Артем Заречний",
        title: "Хірург-онколог, фахівець із хірургії печінки та жовчних шляхів",
        metaDescription:
          "Артем Заречний, хірург печінки в клініці «Светлодол», Санкт-Петербург: анатомічні та неанатомічні резекції печінки.",
        bio: "Артем Заречний — хірург клініки онкології печінки «Светлодол» у Санкт-Петербурзі. Він виконує анатомічні та неанатомічні резекції печінки, а якщо команда вважає це доречним, — абляцію невеликих вогнищ під час операції.\n\nПерш ніж рекомендувати операцію, він вивчає знімки кожного пацієнта разом із радіологами та онкологами. Консультує російською та англійською мовами.",
      },
      de: {
        name: "Artjom Saretschny",
        title: "Oberarzt für hepatobiliäre Chirurgie",
        metaDescription:
          "Artjom Saretschny, Leberchirurg an der Svetlodol-Klinik für Leberonkologie, Sankt Petersburg: anatomische und nicht-anatomische Leberresektionen.",
        bio: "Artjom Saretschny ist Leberchirurg an der Svetlodol-Klinik für Leberonkologie in Sankt Petersburg. Er führt anatomische und nicht-anatomische Leberresektionen durch und, wenn das Team es für sinnvoll hält, die Ablation kleinerer Herde während der Operation.\n\nBevor er eine Operation empfiehlt, bespricht er die Aufnahmen jedes Patienten mit Radiologen und Onkologen. Er berät auf Russisch und Englisch.",
      },
      ar: {
        name: "أرتيوم زاريتشني",
        title: "جرّاح أول في جراحة الكبد والقنوات الصفراوية",
        metaDescription:
          "أرتيوم زاريتشني، جرّاح كبد في عيادة سفيتلودول، سانت بطرسبرغ: عمليات استئصال الكبد التشريحية وغير التشريحية.",
        bio: "أرتيوم زاريتشني جرّاح كبد في عيادة سفيتلودول لأورام الكبد في سانت بطرسبرغ. يُجري عمليات استئصال الكبد التشريحية وغير التشريحية، والاستئصال الحراري للبؤر الصغيرة أثناء العملية عندما يرى الفريق ذلك مناسبًا.\n\nقبل أن يوصي بالجراحة يراجع صور كل مريض مع أطباء الأشعة وأطباء الأورام. ويقدّم استشاراته بالروسية والإنجليزية.",
      },
    },
  },
  {
    slug: "vera-lugovskaya",
    specialty: "medical-oncology",
    languages: ["ru", "uk", "en"],
    yearsOfExperience: 9,
    reviewedOn: REVIEWED_ON,
    reviewedBy: "ines-halvorsen",
    clinics: ["svetlodol-liver-oncology-clinic"],
    treatments: ["chemotherapy", "palliative-care"],
    text: {
      en: {
        name: "Vera Lugovskaya",
        title: "Medical oncologist",
        metaDescription:
          "Vera Lugovskaya, medical oncologist at Svetlodol Liver Oncology Clinic, Saint Petersburg: chemotherapy and symptom control.",
        bio: "Vera Lugovskaya is a medical oncologist at Svetlodol Liver Oncology Clinic in Saint Petersburg. She plans chemotherapy for patients with liver metastases and looks after symptom control during and after treatment.\n\nShe prepares written treatment summaries that patients can take home to their own doctors. She consults in Russian, Ukrainian and English.",
      },
      ru: {
        name: "Вера Луговская",
        title: "Врач-онколог, химиотерапевт",
        metaDescription:
          "Вера Луговская, онколог-химиотерапевт клиники «Светлодол», Санкт-Петербург: химиотерапия и контроль симптомов.",
        bio: "Вера Луговская — онколог-химиотерапевт клиники онкологии печени «Светлодол» в Санкт-Петербурге. Она планирует химиотерапию для пациентов с метастазами в печени и занимается контролем симптомов во время лечения и после него.\n\nОна готовит письменные выписки о проведённом лечении, которые пациенты могут передать своим врачам дома. Консультирует на русском, украинском и английском языках.",
      },
      uk: {
        name: "Вера Луговська",
        title: "Лікарка-онкологиня, хіміотерапевтка",
        metaDescription:
          "Вера Луговська, онкологиня-хіміотерапевтка клініки «Светлодол», Санкт-Петербург: хіміотерапія та контроль симптомів.",
        bio: "Вера Луговська — онкологиня-хіміотерапевтка клініки онкології печінки «Светлодол» у Санкт-Петербурзі. Вона планує хіміотерапію для пацієнтів із метастазами в печінці та займається контролем симптомів під час лікування і після нього.\n\nВона готує письмові виписки про проведене лікування, які пацієнти можуть передати своїм лікарям удома. Консультує російською, українською та англійською мовами.",
      },
      de: {
        name: "Vera Lugowskaja",
        title: "Fachärztin für internistische Onkologie",
        metaDescription:
          "Vera Lugowskaja, Onkologin an der Svetlodol-Klinik für Leberonkologie, Sankt Petersburg: Chemotherapie und Symptomkontrolle.",
        bio: "Vera Lugowskaja ist internistische Onkologin an der Svetlodol-Klinik für Leberonkologie in Sankt Petersburg. Sie plant die Chemotherapie für Patienten mit Lebermetastasen und kümmert sich während und nach der Behandlung um die Symptomkontrolle.\n\nSie erstellt schriftliche Behandlungszusammenfassungen, die Patienten ihren Ärzten zu Hause mitbringen können. Sie berät auf Russisch, Ukrainisch und Englisch.",
      },
      ar: {
        name: "فيرا لوغوفسكايا",
        title: "طبيبة أورام (العلاج الدوائي)",
        metaDescription:
          "فيرا لوغوفسكايا، طبيبة أورام في عيادة سفيتلودول، سانت بطرسبرغ: العلاج الكيميائي والسيطرة على الأعراض.",
        bio: "فيرا لوغوفسكايا طبيبة أورام في عيادة سفيتلودول لأورام الكبد في سانت بطرسبرغ. تخطّط للعلاج الكيميائي لمرضى النقائل الكبدية، وتتابع السيطرة على الأعراض أثناء العلاج وبعده.\n\nتُعدّ ملخّصات مكتوبة للعلاج يمكن للمرضى أخذها إلى أطبائهم في بلدهم. وتقدّم استشاراتها بالروسية والأوكرانية والإنجليزية.",
      },
    },
  },
];
