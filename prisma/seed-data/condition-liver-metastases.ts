import type { ConditionSeed } from "./types";

export const liverMetastases: ConditionSeed = {
  slug: "liver-metastases",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  treatments: [
    "surgical-resection",
    "liver-transplantation",
    "tace-chemoembolization",
    "y90-radioembolization",
    "stereotactic-radiosurgery",
    "thermal-ablation",
    "cryoablation",
    "irreversible-electroporation",
    "chemotherapy",
    "targeted-therapy",
    "immunotherapy",
    "palliative-care",
  ],
  figures: [
    {
      key: "lm-colorectal-late-stage",
      value: 50,
      unit: "PERCENT",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "People with late-stage colorectal cancer who develop liver metastases (approximate)",
          population:
            "People with colorectal cancer in its late stages; rounded figure from a medical-tourism platform's patient page, which does not cite a study.",
        },
        ru: {
          label: "Доля пациентов с поздними стадиями колоректального рака, у которых возникают метастазы в печени (приблизительно)",
          population:
            "Пациенты с колоректальным раком поздних стадий; округлённая цифра со страницы медико-туристической платформы для пациентов, без ссылки на исследование.",
        },
        uk: {
          label: "Частка пацієнтів із пізніми стадіями колоректального раку, в яких виникають метастази в печінці (приблизно)",
          population:
            "Пацієнти з колоректальним раком пізніх стадій; округлена цифра зі сторінки медико-туристичної платформи для пацієнтів, без посилання на дослідження.",
        },
        de: {
          label: "Anteil der Menschen mit Darmkrebs im Spätstadium, bei denen Lebermetastasen auftreten (ungefähr)",
          population:
            "Menschen mit kolorektalem Karzinom in späten Stadien; gerundeter Wert von der Patientenseite einer Medizintourismus-Plattform, ohne Angabe einer Studie.",
        },
        ar: {
          label: "نسبة مرضى سرطان القولون والمستقيم في المراحل المتأخرة الذين تظهر لديهم نقائل كبدية (تقريبًا)",
          population:
            "مرضى سرطان القولون والمستقيم في مراحله المتأخرة؛ رقم مقرَّب من صفحة معلومات للمرضى على منصة للسياحة العلاجية، دون الإشارة إلى دراسة.",
        },
      },
    },
    {
      key: "lm-share-of-all-metastases",
      value: 25,
      unit: "PERCENT",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "Share of all metastases found in the body that are in the liver (approximate)",
          population:
            "Metastases from all types of cancer taken together; rounded figure from a medical-tourism platform's patient page, which does not cite a study.",
        },
        ru: {
          label: "Доля метастазов в печени среди всех метастазов, обнаруживаемых в организме (приблизительно)",
          population:
            "Метастазы всех видов рака в совокупности; округлённая цифра со страницы медико-туристической платформы для пациентов, без ссылки на исследование.",
        },
        uk: {
          label: "Частка метастазів у печінці серед усіх метастазів, які виявляють в організмі (приблизно)",
          population:
            "Метастази всіх видів раку разом; округлена цифра зі сторінки медико-туристичної платформи для пацієнтів, без посилання на дослідження.",
        },
        de: {
          label: "Anteil der Lebermetastasen an allen im Körper gefundenen Metastasen (ungefähr)",
          population:
            "Metastasen aller Krebsarten zusammengenommen; gerundeter Wert von der Patientenseite einer Medizintourismus-Plattform, ohne Angabe einer Studie.",
        },
        ar: {
          label: "نسبة النقائل الكبدية من مجموع النقائل التي تُكتشف في الجسم (تقريبًا)",
          population:
            "النقائل الناتجة عن جميع أنواع السرطان مجتمعةً؛ رقم مقرَّب من صفحة معلومات للمرضى على منصة للسياحة العلاجية، دون الإشارة إلى دراسة.",
        },
      },
    },
    {
      key: "lm-secondary-vs-primary",
      value: 20,
      unit: "COUNT",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "How many times more often secondary (metastatic) liver cancer is diagnosed than primary liver cancer (approximate)",
          population:
            "All malignant tumours found in the liver; rough estimate from a medical-tourism platform's patient page, which does not cite a study. The ratio differs between countries, because primary liver cancer is much more common in some regions.",
        },
        ru: {
          label: "Во сколько раз чаще диагностируют вторичный (метастатический) рак печени, чем первичный (приблизительно)",
          population:
            "Все злокачественные опухоли, выявляемые в печени; грубая оценка со страницы медико-туристической платформы для пациентов, без ссылки на исследование. Соотношение различается между странами, так как в некоторых регионах первичный рак печени встречается гораздо чаще.",
        },
        uk: {
          label: "У скільки разів частіше діагностують вторинний (метастатичний) рак печінки, ніж первинний (приблизно)",
          population:
            "Усі злоякісні пухлини, що їх виявляють у печінці; груба оцінка зі сторінки медико-туристичної платформи для пацієнтів, без посилання на дослідження. Співвідношення різниться між країнами, бо в деяких регіонах первинний рак печінки трапляється значно частіше.",
        },
        de: {
          label: "Wie viel Mal häufiger sekundärer (metastatischer) Leberkrebs diagnostiziert wird als primärer Leberkrebs (ungefähr)",
          population:
            "Alle bösartigen Tumoren in der Leber; grobe Schätzung von der Patientenseite einer Medizintourismus-Plattform, ohne Angabe einer Studie. Das Verhältnis ist von Land zu Land verschieden, weil primärer Leberkrebs in manchen Regionen viel häufiger ist.",
        },
        ar: {
          label: "عدد المرات التي يفوق بها تشخيصُ سرطان الكبد الثانوي (النقائل) تشخيصَ سرطان الكبد الأولي (تقريبًا)",
          population:
            "جميع الأورام الخبيثة التي تُكتشف في الكبد؛ تقدير تقريبي من صفحة معلومات للمرضى على منصة للسياحة العلاجية، دون الإشارة إلى دراسة. وتختلف هذه النسبة من بلد لآخر، لأن سرطان الكبد الأولي أكثر شيوعًا بكثير في بعض المناطق.",
        },
      },
    },
    {
      key: "lm-average-survival-general",
      value: 6,
      valueMax: 18,
      unit: "MONTHS",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "Average survival after liver metastases are found, as a very general estimate",
          population:
            "General figure quoted by a medical-tourism platform for all types of cancer and all treatments together, without a study. The platform itself stresses that it varies widely with the type of cancer, the number and position of the metastases and the treatment possible; it cannot predict the course of the disease in any individual.",
        },
        ru: {
          label: "Средняя продолжительность жизни после выявления метастазов в печени — очень общая оценка",
          population:
            "Общая цифра, которую приводит медико-туристическая платформа для всех видов рака и всех методов лечения вместе, без ссылки на исследование. Сама платформа подчёркивает, что показатель сильно зависит от вида рака, числа и расположения метастазов и возможностей лечения; он не позволяет предсказать течение болезни у конкретного человека.",
        },
        uk: {
          label: "Середня тривалість життя після виявлення метастазів у печінці — дуже загальна оцінка",
          population:
            "Загальна цифра, яку наводить медико-туристична платформа для всіх видів раку та всіх методів лікування разом, без посилання на дослідження. Сама платформа наголошує, що показник дуже залежить від виду раку, кількості та розташування метастазів і можливостей лікування; він не дає змоги передбачити перебіг хвороби в конкретної людини.",
        },
        de: {
          label: "Durchschnittliche Überlebenszeit nach Entdeckung von Lebermetastasen – eine sehr allgemeine Schätzung",
          population:
            "Allgemeiner Wert, den eine Medizintourismus-Plattform für alle Krebsarten und Behandlungen zusammen angibt, ohne Studie. Die Plattform betont selbst, dass er stark von der Krebsart, von Zahl und Lage der Metastasen und von den Behandlungsmöglichkeiten abhängt; für den einzelnen Menschen lässt sich daraus keine Vorhersage ableiten.",
        },
        ar: {
          label: "متوسط مدة البقاء على قيد الحياة بعد اكتشاف النقائل الكبدية، وهو تقدير عام جدًا",
          population:
            "رقم عام تذكره منصة للسياحة العلاجية لجميع أنواع السرطان وجميع العلاجات معًا، دون دراسة. وتؤكد المنصة نفسها أنه يختلف كثيرًا بحسب نوع السرطان وعدد النقائل وموقعها وإمكانات العلاج، ولا يصلح للتنبؤ بمسار المرض لدى أي شخص بعينه.",
        },
      },
    },
    {
      key: "lm-resection-possible",
      value: 10,
      valueMax: 20,
      unit: "PERCENT",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "Patients with liver metastases in whom surgical removal is possible",
          population:
            "People with liver metastases in general, according to a medical-tourism platform's patient page, which does not cite a study; the share differs with the type of primary cancer.",
        },
        ru: {
          label: "Доля пациентов с метастазами в печени, которым возможно хирургическое удаление",
          population:
            "Пациенты с метастазами в печени в целом, по данным страницы медико-туристической платформы для пациентов, без ссылки на исследование; доля зависит от вида первичной опухоли.",
        },
        uk: {
          label: "Частка пацієнтів із метастазами в печінці, яким можливе хірургічне видалення",
          population:
            "Пацієнти з метастазами в печінці загалом, за даними сторінки медико-туристичної платформи для пацієнтів, без посилання на дослідження; частка залежить від виду первинної пухлини.",
        },
        de: {
          label: "Anteil der Menschen mit Lebermetastasen, bei denen eine operative Entfernung möglich ist",
          population:
            "Menschen mit Lebermetastasen insgesamt, laut der Patientenseite einer Medizintourismus-Plattform, ohne Angabe einer Studie; der Anteil hängt von der Art des Primärtumors ab.",
        },
        ar: {
          label: "نسبة مرضى النقائل الكبدية الذين يمكن استئصال نقائلهم جراحيًا",
          population:
            "مرضى النقائل الكبدية عمومًا، وفق صفحة معلومات للمرضى على منصة للسياحة العلاجية، دون الإشارة إلى دراسة؛ وتختلف النسبة بحسب نوع الورم الأولي.",
        },
      },
    },
    {
      key: "lm-silent-size",
      value: 20,
      unit: "MILLIMETERS",
      source: "humanitas-liver-metastases",
      text: {
        en: {
          label: "Size up to which liver metastases usually cause practically no symptoms",
          population:
            "Liver metastases up to about 2 cm across, as described on a clinic's own patient information page; a general clinical observation, not the result of a study.",
        },
        ru: {
          label: "Размер, до которого метастазы в печени обычно практически не вызывают симптомов",
          population:
            "Метастазы в печени диаметром примерно до 2 см, как указано на информационной странице клиники для пациентов; общее клиническое наблюдение, а не результат исследования.",
        },
        uk: {
          label: "Розмір, до якого метастази в печінці зазвичай майже не спричиняють симптомів",
          population:
            "Метастази в печінці діаметром приблизно до 2 см, як зазначено на інформаційній сторінці клініки для пацієнтів; загальне клінічне спостереження, а не результат дослідження.",
        },
        de: {
          label: "Größe, bis zu der Lebermetastasen meist praktisch keine Beschwerden verursachen",
          population:
            "Lebermetastasen bis etwa 2 cm Durchmesser, wie auf der Patienteninformationsseite einer Klinik beschrieben; eine allgemeine klinische Beobachtung, kein Studienergebnis.",
        },
        ar: {
          label: "الحجم الذي لا تسبب النقائل الكبدية دونه عادةً أي أعراض تقريبًا",
          population:
            "نقائل كبدية يصل قطرها إلى نحو 2 سم، كما ورد في صفحة معلومات للمرضى لدى إحدى العيادات؛ وهي ملاحظة سريرية عامة وليست نتيجة دراسة.",
        },
      },
    },
  ],
  text: {
    en: {
      name: "Liver metastases",
      summary:
        "Liver metastases are tumours that form in the liver when cancer spreads there from another organ, most often the bowel. Treatment depends on the original cancer and on how much of the liver is affected, and several options are often combined.",
      metaDescription:
        "Liver metastases explained: why cancer spreads to the liver, symptoms, tests, treatment options and outlook, with sourced figures.",
      overview:
        "Liver metastases (secondary liver cancer) are deposits of a cancer that started in another organ and spread to the liver. Under the microscope they look like the original tumour, so they are treated as that cancer – for example as bowel cancer that has spread to the liver – and not as a cancer that began in the liver itself.\n\nThe liver filters a large volume of blood, including all the blood that comes from the bowel, stomach and pancreas through the portal vein. Cancer cells carried in this blood can settle in the liver and grow. This is why the liver is one of the organs most often affected by metastases, and why secondary liver cancer is far more common than cancer that starts in the liver.\n\nMost liver metastases come from colorectal cancer, followed by cancers of the stomach, pancreas, breast and lung, and melanoma. There are often several deposits, sometimes in both halves of the liver. Finding them usually means the cancer is advanced (often stage 4), but many treatments exist, and for some people they give long-term control of the disease.",
      causes:
        "Liver metastases form when cancer cells break away from the original (primary) tumour, travel through blood or lymph vessels and settle in the liver, where they start to grow. They are not infectious, and they are not caused by something the patient did wrong.\n\nThe primary cancers that most often spread to the liver are:\n\n- colorectal (bowel) cancer – the most common, because blood from the bowel drains straight to the liver\n- stomach and oesophageal cancer\n- pancreatic cancer\n- breast cancer\n- lung cancer\n- melanoma, and less often sarcoma and neuroendocrine tumours\n\nMetastases can appear at the same time as the primary tumour or months to years later; how soon depends on the type of cancer and how aggressive it is. Occasionally they are found first, and doctors then examine the whole body to find where the cancer started.",
      symptoms:
        "In the early stages liver metastases often cause no symptoms at all. Small deposits are usually found on a scan done to check the primary cancer or for another reason.\n\nAs metastases grow in number or size, people may notice:\n\n- heaviness, discomfort or pain under the right ribs\n- loss of appetite, nausea and weight loss\n- tiredness and weakness\n- yellowing of the skin and the whites of the eyes (jaundice), sometimes with itchy skin\n- a swollen abdomen from fluid build-up (ascites) or an enlarged liver\n- fever\n\nThese complaints have many other possible causes. If you notice them, especially after a cancer diagnosis, see your doctor soon. New jaundice, vomiting blood, confusion or severe abdominal pain need urgent medical help.",
      diagnosis:
        "Doctors need to confirm that the lesions are metastases, find out where the cancer started, and see exactly how many there are and where they lie. The usual tests are:\n\n- ultrasound of the liver – often the first test; it can raise suspicion but is not precise enough on its own\n- CT or MRI with contrast – shows the number, size and position of the metastases and how close they are to blood vessels and bile ducts; treatment is planned on these images\n- PET-CT – shows how active the tumour deposits are and whether the cancer has spread outside the liver\n- blood tests – liver function (enzymes, bilirubin, albumin), blood count, clotting and tumour markers such as CEA or CA 19-9, which help to follow the disease but cannot make the diagnosis on their own\n- biopsy – a thin needle guided by ultrasound or CT takes a small tissue sample; histology confirms the diagnosis and often shows which organ the cancer came from\n- molecular testing of the tumour tissue – looks for gene changes that decide which targeted drugs may work\n\nMetastases have to be told apart from primary liver cancer, cysts, abscesses and benign growths such as haemangiomas. Imaging, and when needed histology, make the distinction. The results are usually discussed by a multidisciplinary tumour board of surgeons, oncologists and radiologists.",
      prognosis:
        "The outlook differs greatly from person to person. It depends mainly on:\n\n- the number and size of the metastases and how much healthy liver remains\n- the type and behaviour of the primary cancer\n- whether there are metastases in other organs\n- how well the disease responds to treatment, and the person's general health\n\nAverages quoted for liver metastases as a whole say very little about any one person. Some people, especially those whose metastases can be removed or destroyed, live for many years, and some remain free of disease afterwards. For others, treatment aims to keep the cancer under control and to preserve a good quality of life for as long as possible.\n\nWhen a cure is not possible, palliative care relieves pain and other symptoms and supports the patient and family; it can be given alongside other treatments. It is always reasonable to ask your team what the goal of each treatment is, and to ask for a second opinion.",
    },
    ru: {
      name: "Метастазы в печени",
      summary:
        "Метастазы в печени — это опухолевые очаги, которые образуются, когда рак распространяется в печень из другого органа, чаще всего из кишечника. Лечение зависит от первичной опухоли и от того, насколько поражена печень; нередко несколько методов сочетают.",
      metaDescription:
        "Метастазы в печени: почему рак распространяется в печень, симптомы, обследование, методы лечения и прогноз — с цифрами и их источниками.",
      overview:
        "Метастазы в печени (вторичный рак печени) — это очаги опухоли, которая возникла в другом органе и распространилась в печень. Под микроскопом они похожи на исходную опухоль, поэтому их лечат как этот рак — например, как рак кишечника с метастазами в печень, а не как рак, начавшийся в самой печени.\n\nЧерез печень проходит большой объём крови, в том числе вся кровь, оттекающая по воротной вене от кишечника, желудка и поджелудочной железы. Опухолевые клетки, которые переносит этот кровоток, могут задержаться в печени и начать расти. Поэтому печень — один из органов, которые чаще всего поражаются метастазами, а вторичный рак печени встречается намного чаще, чем рак, начавшийся в самой печени.\n\nЧаще всего метастазы в печень даёт колоректальный рак, затем рак желудка, поджелудочной железы, молочной железы и лёгкого, а также меланома. Очагов нередко несколько, иногда в обеих долях печени. Их обнаружение обычно означает распространённую стадию рака (часто четвёртую), но методов лечения много, и у части пациентов они позволяют надолго взять болезнь под контроль.",
      causes:
        "Метастазы в печени образуются, когда опухолевые клетки отделяются от исходной (первичной) опухоли, переносятся с током крови или лимфы и оседают в печени, где начинают расти. Они не заразны и не возникают из-за того, что пациент сделал что-то неправильно.\n\nЧаще всего в печень метастазируют:\n\n- колоректальный рак (рак толстой и прямой кишки) — самая частая причина, потому что кровь от кишечника оттекает прямо в печень\n- рак желудка и пищевода\n- рак поджелудочной железы\n- рак молочной железы\n- рак лёгкого\n- меланома, реже саркома и нейроэндокринные опухоли\n\nМетастазы могут появиться одновременно с первичной опухолью или через месяцы и годы после неё; это зависит от типа рака и его агрессивности. Иногда их находят раньше первичной опухоли — тогда врачи обследуют весь организм, чтобы выяснить, где начался рак.",
      symptoms:
        "На ранних стадиях метастазы в печени часто никак себя не проявляют. Небольшие очаги обычно находят при обследовании, которое проводят для контроля первичной опухоли или по другой причине.\n\nКогда очагов становится больше или они увеличиваются, могут появиться:\n\n- тяжесть, дискомфорт или боль в правом подреберье\n- снижение аппетита, тошнота, похудение\n- усталость и слабость\n- пожелтение кожи и белков глаз (желтуха), иногда с кожным зудом\n- увеличение живота из-за скопления жидкости (асцит) или увеличение печени\n- повышение температуры\n\nУ этих жалоб может быть много других причин. Если вы их заметили, особенно после того как у вас диагностировали рак, обратитесь к врачу в ближайшее время. Впервые появившаяся желтуха, рвота кровью, спутанность сознания или сильная боль в животе требуют срочной медицинской помощи.",
      diagnosis:
        "Врачам нужно подтвердить, что очаги — это метастазы, выяснить, где находится первичная опухоль, и точно определить, сколько очагов и где они расположены. Обычно проводят:\n\n- УЗИ печени — часто первое исследование; оно позволяет заподозрить метастазы, но само по себе недостаточно точное\n- КТ или МРТ с контрастированием — показывает число, размер и расположение метастазов и их близость к сосудам и желчным протокам; по этим снимкам планируют лечение\n- ПЭТ-КТ — показывает активность опухолевых очагов и то, распространился ли рак за пределы печени\n- анализы крови — функция печени (ферменты, билирубин, альбумин), общий анализ крови, свёртываемость и онкомаркеры, например РЭА или СА 19-9; они помогают следить за болезнью, но сами по себе диагноз не ставят\n- биопсия — тонкой иглой под контролем УЗИ или КТ берут небольшой образец ткани; гистологическое исследование подтверждает диагноз и часто показывает, из какого органа пришёл рак\n- молекулярно-генетическое исследование опухолевой ткани — выявляет изменения в генах, от которых зависит, какие таргетные препараты могут подействовать\n\nМетастазы нужно отличить от первичного рака печени, кист, абсцессов и доброкачественных образований, например гемангиом. Для этого служат методы визуализации, а при необходимости — гистологическое исследование. Результаты обычно обсуждает мультидисциплинарный онкологический консилиум с участием хирургов, онкологов и рентгенологов.",
      prognosis:
        "Прогноз у разных людей очень различается. В основном он зависит от:\n\n- числа и размера метастазов и от того, сколько здоровой ткани печени остаётся\n- типа и особенностей первичной опухоли\n- наличия метастазов в других органах\n- ответа болезни на лечение и общего состояния здоровья\n\nСредние цифры для метастазов в печени в целом мало что говорят о конкретном человеке. Некоторые пациенты, особенно те, у кого метастазы удаётся удалить или разрушить, живут много лет, а у части из них болезнь после лечения не возвращается. Для других цель лечения — держать рак под контролем и как можно дольше сохранять хорошее качество жизни.\n\nЕсли излечение невозможно, паллиативная помощь облегчает боль и другие симптомы и поддерживает пациента и его близких; её можно получать одновременно с другим лечением. Всегда можно спросить лечащих врачей, какова цель каждого этапа лечения, и попросить второе мнение.",
    },
    uk: {
      name: "Метастази в печінці",
      summary:
        "Метастази в печінці — це пухлинні вогнища, що утворюються, коли рак поширюється в печінку з іншого органа, найчастіше з кишківника. Лікування залежить від первинної пухлини та від того, наскільки уражена печінка; часто кілька методів поєднують.",
      metaDescription:
        "Метастази в печінці: чому рак поширюється в печінку, симптоми, обстеження, методи лікування та прогноз — із цифрами та їхніми джерелами.",
      overview:
        "Метастази в печінці (вторинний рак печінки) — це вогнища пухлини, яка виникла в іншому органі й поширилася в печінку. Під мікроскопом вони схожі на вихідну пухлину, тому їх лікують як цей рак — наприклад, як рак кишківника з метастазами в печінку, а не як рак, що почався в самій печінці.\n\nЧерез печінку проходить великий об’єм крові, зокрема вся кров, що відтікає ворітною веною від кишківника, шлунка та підшлункової залози. Пухлинні клітини, які переносить цей кровотік, можуть затриматися в печінці й почати рости. Тому печінка — один з органів, які найчастіше уражують метастази, а вторинний рак печінки трапляється значно частіше, ніж рак, що почався в самій печінці.\n\nНайчастіше метастази в печінку дає колоректальний рак, далі — рак шлунка, підшлункової залози, молочної залози та легені, а також меланома. Вогнищ нерідко кілька, іноді в обох частках печінки. Їх виявлення зазвичай означає поширену стадію раку (часто четверту), але методів лікування багато, і в частини пацієнтів вони дають змогу надовго взяти хворобу під контроль.",
      causes:
        "Метастази в печінці утворюються, коли пухлинні клітини відокремлюються від вихідної (первинної) пухлини, переносяться з током крові або лімфи й осідають у печінці, де починають рости. Вони не заразні й не виникають через те, що пацієнт зробив щось неправильно.\n\nНайчастіше в печінку метастазують:\n\n- колоректальний рак (рак товстої та прямої кишки) — найчастіша причина, бо кров від кишківника відтікає безпосередньо в печінку\n- рак шлунка та стравоходу\n- рак підшлункової залози\n- рак молочної залози\n- рак легені\n- меланома, рідше саркома та нейроендокринні пухлини\n\nМетастази можуть з’явитися одночасно з первинною пухлиною або через місяці чи роки після неї; це залежить від типу раку та його агресивності. Іноді їх знаходять раніше за первинну пухлину — тоді лікарі обстежують увесь організм, щоб з’ясувати, де почався рак.",
      symptoms:
        "На ранніх стадіях метастази в печінці часто ніяк себе не виявляють. Невеликі вогнища зазвичай знаходять під час обстеження, яке проводять для контролю первинної пухлини або з іншої причини.\n\nКоли вогнищ стає більше або вони збільшуються, можуть з’явитися:\n\n- важкість, дискомфорт або біль у правому підребер’ї\n- зниження апетиту, нудота, схуднення\n- втома та слабкість\n- пожовтіння шкіри та білків очей (жовтяниця), іноді зі свербежем шкіри\n- збільшення живота через накопичення рідини (асцит) або збільшення печінки\n- підвищення температури\n\nЦі скарги можуть мати багато інших причин. Якщо ви їх помітили, особливо після того як у вас діагностували рак, якнайшвидше зверніться до лікаря. Жовтяниця, що з’явилася вперше, блювання кров’ю, сплутаність свідомості або сильний біль у животі потребують невідкладної медичної допомоги.",
      diagnosis:
        "Лікарям потрібно підтвердити, що вогнища — це метастази, з’ясувати, де первинна пухлина, і точно визначити, скільки вогнищ і де вони розташовані. Зазвичай проводять:\n\n- УЗД печінки — часто перше дослідження; воно дає змогу запідозрити метастази, але саме по собі недостатньо точне\n- КТ або МРТ з контрастуванням — показує кількість, розмір і розташування метастазів та їхню близькість до судин і жовчних проток; за цими знімками планують лікування\n- ПЕТ-КТ — показує активність пухлинних вогнищ і те, чи поширився рак за межі печінки\n- аналізи крові — функція печінки (ферменти, білірубін, альбумін), загальний аналіз крові, згортання та онкомаркери, наприклад РЕА або СА 19-9; вони допомагають стежити за хворобою, але самі по собі діагнозу не встановлюють\n- біопсія — тонкою голкою під контролем УЗД або КТ беруть невеликий зразок тканини; гістологічне дослідження підтверджує діагноз і часто показує, з якого органа походить рак\n- молекулярно-генетичне дослідження пухлинної тканини — виявляє зміни в генах, від яких залежить, які таргетні препарати можуть подіяти\n\nМетастази треба відрізнити від первинного раку печінки, кіст, абсцесів і доброякісних утворень, наприклад гемангіом. Для цього використовують методи візуалізації, а за потреби — гістологічне дослідження. Результати зазвичай обговорює мультидисциплінарний онкологічний консиліум за участю хірургів, онкологів і рентгенологів.",
      prognosis:
        "Прогноз у різних людей дуже відрізняється. Переважно він залежить від:\n\n- кількості та розміру метастазів і від того, скільки здорової тканини печінки залишається\n- типу та особливостей первинної пухлини\n- наявності метастазів в інших органах\n- відповіді хвороби на лікування та загального стану здоров’я\n\nСередні цифри для метастазів у печінці загалом мало що кажуть про конкретну людину. Деякі пацієнти, особливо ті, в кого метастази вдається видалити або зруйнувати, живуть багато років, а в частини з них хвороба після лікування не повертається. Для інших мета лікування — тримати рак під контролем і якомога довше зберігати добру якість життя.\n\nЯкщо вилікування неможливе, паліативна допомога полегшує біль та інші симптоми й підтримує пацієнта та його близьких; її можна отримувати одночасно з іншим лікуванням. Завжди можна запитати лікарів, яка мета кожного етапу лікування, і попросити другу думку.",
    },
    de: {
      name: "Lebermetastasen",
      summary:
        "Lebermetastasen sind Tumorherde in der Leber, die entstehen, wenn sich Krebs aus einem anderen Organ – meist dem Darm – dorthin ausbreitet. Die Behandlung richtet sich nach dem Ursprungstumor und danach, wie stark die Leber befallen ist; oft werden mehrere Verfahren kombiniert.",
      metaDescription:
        "Lebermetastasen erklärt: warum Krebs in die Leber streut, Symptome, Untersuchungen, Behandlung und Prognose – mit belegten Zahlen.",
      overview:
        "Lebermetastasen (sekundärer Leberkrebs) sind Absiedlungen eines Krebses, der in einem anderen Organ entstanden ist und sich in die Leber ausgebreitet hat. Unter dem Mikroskop ähneln sie dem Ursprungstumor. Deshalb werden sie wie dieser Krebs behandelt – etwa als Darmkrebs mit Lebermetastasen – und nicht wie ein Krebs, der in der Leber selbst entstanden ist.\n\nDie Leber filtert große Mengen Blut, darunter das gesamte Blut, das über die Pfortader aus Darm, Magen und Bauchspeicheldrüse kommt. Krebszellen, die mit diesem Blut mitgeführt werden, können sich in der Leber festsetzen und wachsen. Deshalb ist die Leber eines der Organe, die am häufigsten von Metastasen betroffen sind, und sekundärer Leberkrebs ist weit häufiger als Krebs, der in der Leber selbst entsteht.\n\nAm häufigsten stammen Lebermetastasen von Darmkrebs, gefolgt von Magen-, Bauchspeicheldrüsen-, Brust- und Lungenkrebs sowie dem Melanom. Oft gibt es mehrere Herde, manchmal in beiden Leberhälften. Ihr Nachweis bedeutet meist ein fortgeschrittenes Krebsstadium (oft Stadium IV). Es gibt jedoch viele Behandlungsmöglichkeiten, und bei manchen Menschen lässt sich die Erkrankung damit lange kontrollieren.",
      causes:
        "Lebermetastasen entstehen, wenn sich Krebszellen vom ursprünglichen (primären) Tumor lösen, über Blut- oder Lymphgefäße in die Leber gelangen und sich dort ansiedeln und wachsen. Sie sind nicht ansteckend und nicht die Folge von etwas, das Betroffene falsch gemacht haben.\n\nAm häufigsten streuen in die Leber:\n\n- Darmkrebs (Dick- und Enddarmkrebs) – am häufigsten, weil das Blut aus dem Darm direkt zur Leber fließt\n- Magen- und Speiseröhrenkrebs\n- Bauchspeicheldrüsenkrebs\n- Brustkrebs\n- Lungenkrebs\n- Melanom, seltener Sarkome und neuroendokrine Tumoren\n\nMetastasen können gleichzeitig mit dem Primärtumor auftreten oder Monate bis Jahre später; das hängt von der Krebsart und ihrer Aggressivität ab. Gelegentlich werden sie zuerst entdeckt. Dann wird der ganze Körper untersucht, um den Ursprung des Krebses zu finden.",
      symptoms:
        "Im frühen Stadium verursachen Lebermetastasen oft gar keine Beschwerden. Kleine Herde werden meist bei einer Untersuchung entdeckt, die zur Kontrolle des Primärtumors oder aus einem anderen Grund gemacht wird.\n\nWenn die Metastasen zahlreicher oder größer werden, können auftreten:\n\n- Druckgefühl, Unwohlsein oder Schmerzen unter dem rechten Rippenbogen\n- Appetitlosigkeit, Übelkeit und Gewichtsverlust\n- Müdigkeit und Schwäche\n- Gelbfärbung von Haut und Augenweiß (Gelbsucht), manchmal mit Juckreiz\n- ein geschwollener Bauch durch Flüssigkeitsansammlung (Aszites) oder eine vergrößerte Leber\n- Fieber\n\nDiese Beschwerden können viele andere Ursachen haben. Wenn Sie sie bemerken, besonders nach einer Krebsdiagnose, gehen Sie bald zu Ihrer Ärztin oder Ihrem Arzt. Eine neu auftretende Gelbsucht, Bluterbrechen, Verwirrtheit oder starke Bauchschmerzen erfordern sofortige ärztliche Hilfe.",
      diagnosis:
        "Die Ärzte müssen bestätigen, dass es sich um Metastasen handelt, herausfinden, wo der Krebs entstanden ist, und genau feststellen, wie viele Herde es gibt und wo sie liegen. Üblich sind:\n\n- Ultraschall der Leber – oft die erste Untersuchung; er kann einen Verdacht begründen, ist allein aber nicht genau genug\n- CT oder MRT mit Kontrastmittel – zeigt Zahl, Größe und Lage der Metastasen und ihre Nähe zu Blutgefäßen und Gallengängen; auf diesen Bildern wird die Behandlung geplant\n- PET-CT – zeigt, wie stoffwechselaktiv die Herde sind und ob sich der Krebs außerhalb der Leber ausgebreitet hat\n- Blutuntersuchungen – Leberfunktion (Enzyme, Bilirubin, Albumin), Blutbild, Gerinnung und Tumormarker wie CEA oder CA 19-9, die bei der Verlaufskontrolle helfen, aber allein keine Diagnose erlauben\n- Biopsie – mit einer dünnen Nadel wird unter Ultraschall- oder CT-Kontrolle eine kleine Gewebeprobe entnommen; die Histologie sichert die Diagnose und zeigt oft, aus welchem Organ der Krebs stammt\n- molekulare Untersuchung des Tumorgewebes – sucht nach Genveränderungen, die bestimmen, welche zielgerichteten Medikamente wirken können\n\nMetastasen müssen von primärem Leberkrebs, Zysten, Abszessen und gutartigen Veränderungen wie Hämangiomen unterschieden werden. Das gelingt mit der Bildgebung und, wenn nötig, mit der Histologie. Die Ergebnisse werden meist in einer interdisziplinären Tumorkonferenz mit Chirurgen, Onkologen und Radiologen besprochen.",
      prognosis:
        "Die Aussichten unterscheiden sich von Mensch zu Mensch stark. Sie hängen vor allem ab von:\n\n- Zahl und Größe der Metastasen und davon, wie viel gesundes Lebergewebe bleibt\n- Art und Verhalten des Primärtumors\n- dem Vorliegen von Metastasen in anderen Organen\n- dem Ansprechen auf die Behandlung und dem allgemeinen Gesundheitszustand\n\nDurchschnittswerte für Lebermetastasen insgesamt sagen über den einzelnen Menschen sehr wenig aus. Manche Betroffene, vor allem wenn sich die Metastasen entfernen oder zerstören lassen, leben viele Jahre, und ein Teil von ihnen bleibt danach krankheitsfrei. Bei anderen ist das Ziel, den Krebs unter Kontrolle zu halten und möglichst lange eine gute Lebensqualität zu bewahren.\n\nIst eine Heilung nicht möglich, lindert die Palliativversorgung Schmerzen und andere Beschwerden und unterstützt Patienten und Angehörige; sie kann parallel zu anderen Behandlungen erfolgen. Fragen Sie Ihr Behandlungsteam ruhig, welches Ziel jede Behandlung hat, und holen Sie bei Bedarf eine Zweitmeinung ein.",
    },
    ar: {
      name: "النقائل الكبدية",
      summary:
        "النقائل الكبدية أورام تتكوّن في الكبد عندما ينتشر إليه السرطان من عضو آخر، وغالبًا ما يكون مصدره الأمعاء. ويعتمد العلاج على نوع السرطان الأصلي وعلى مدى إصابة الكبد، وكثيرًا ما تُجمع عدة طرق علاجية معًا.",
      metaDescription:
        "النقائل الكبدية: لماذا ينتشر السرطان إلى الكبد، والأعراض، والفحوص، وخيارات العلاج، والتوقعات، مع أرقام موثّقة بمصادرها.",
      overview:
        "النقائل الكبدية (سرطان الكبد الثانوي) بؤر من سرطان نشأ في عضو آخر ثم انتشر إلى الكبد. وتشبه هذه البؤر تحت المجهر الورمَ الأصلي، ولذلك تُعالَج على أنها ذلك السرطان نفسه، كسرطان الأمعاء المنتشر إلى الكبد مثلًا، لا على أنها سرطان بدأ في الكبد.\n\nيُرشِّح الكبد كمية كبيرة من الدم، منها كل الدم القادم من الأمعاء والمعدة والبنكرياس عبر الوريد البابي. ويمكن للخلايا السرطانية التي يحملها هذا الدم أن تستقر في الكبد وتنمو فيه. لهذا يُعد الكبد من أكثر الأعضاء إصابةً بالنقائل، ويُعد سرطان الكبد الثانوي أكثر شيوعًا بكثير من السرطان الذي ينشأ في الكبد نفسه.\n\nتأتي معظم النقائل الكبدية من سرطان القولون والمستقيم، يليه سرطان المعدة والبنكرياس والثدي والرئة، والورم الميلانيني. وغالبًا ما تكون البؤر متعددة، وأحيانًا في فصّي الكبد كليهما. ويعني اكتشافها عادةً أن السرطان في مرحلة متقدمة (غالبًا المرحلة الرابعة)، لكن خيارات العلاج كثيرة، وهي تتيح لبعض المرضى السيطرة على المرض لفترة طويلة.",
      causes:
        "تتكوّن النقائل الكبدية عندما تنفصل خلايا سرطانية عن الورم الأصلي (الأولي)، وتنتقل عبر الأوعية الدموية أو اللمفاوية، ثم تستقر في الكبد وتبدأ بالنمو. وهي ليست معدية، ولا تنتج عن خطأ ارتكبه المريض.\n\nأكثر أنواع السرطان انتشارًا إلى الكبد:\n\n- سرطان القولون والمستقيم، وهو الأكثر شيوعًا لأن الدم القادم من الأمعاء يصب مباشرة في الكبد\n- سرطان المعدة والمريء\n- سرطان البنكرياس\n- سرطان الثدي\n- سرطان الرئة\n- الورم الميلانيني، وبدرجة أقل الساركوما والأورام العصبية الصماوية\n\nقد تظهر النقائل في الوقت نفسه مع الورم الأولي أو بعده بأشهر أو سنوات، ويتوقف ذلك على نوع السرطان ومدى عدوانيته. وأحيانًا تُكتشف قبل الورم الأولي، فيفحص الأطباء الجسم كله لمعرفة مصدر السرطان.",
      symptoms:
        "في المراحل المبكرة لا تسبب النقائل الكبدية في الغالب أي أعراض. وعادةً ما تُكتشف البؤر الصغيرة في فحص تصويري يُجرى لمتابعة الورم الأولي أو لسبب آخر.\n\nومع ازدياد عدد النقائل أو حجمها قد تظهر الأعراض التالية:\n\n- ثقل أو انزعاج أو ألم تحت الأضلاع اليمنى\n- فقدان الشهية والغثيان ونقص الوزن\n- التعب والضعف العام\n- اصفرار الجلد وبياض العينين (اليرقان)، وأحيانًا حكة في الجلد\n- انتفاخ البطن بسبب تجمع السوائل (الاستسقاء) أو تضخم الكبد\n- الحمى\n\nلهذه الشكاوى أسباب أخرى كثيرة محتملة. إذا لاحظتها، خاصةً بعد تشخيص إصابتك بالسرطان، فراجع طبيبك قريبًا. أما اليرقان الذي يظهر حديثًا أو تقيؤ الدم أو التشوش الذهني أو ألم البطن الشديد فتستدعي مساعدة طبية عاجلة.",
      diagnosis:
        "يحتاج الأطباء إلى التأكد من أن البؤر نقائل، ومعرفة مكان نشوء السرطان، وتحديد عدد البؤر ومواضعها بدقة. وتشمل الفحوص المعتادة:\n\n- الفحص بالموجات فوق الصوتية للكبد: غالبًا أول فحص، ويمكن أن يثير الشك لكنه وحده غير دقيق بما يكفي\n- التصوير المقطعي المحوسب أو الرنين المغناطيسي بالصبغة: يبيّن عدد النقائل وحجمها وموقعها ومدى قربها من الأوعية الدموية والقنوات الصفراوية، وعلى هذه الصور يُخطَّط العلاج\n- التصوير المقطعي بالإصدار البوزيتروني (PET-CT): يبيّن مدى نشاط البؤر الورمية وما إذا كان السرطان قد انتشر خارج الكبد\n- تحاليل الدم: وظائف الكبد (الإنزيمات والبيليروبين والألبومين)، وتعداد الدم، والتخثر، والواسمات الورمية مثل CEA أو CA 19-9، وهي تساعد على متابعة المرض لكنها لا تكفي وحدها للتشخيص\n- الخزعة: تؤخذ عينة صغيرة من النسيج بإبرة رفيعة بتوجيه الموجات فوق الصوتية أو التصوير المقطعي، ويؤكد الفحص النسيجي التشخيص ويبيّن غالبًا العضو الذي جاء منه السرطان\n- الفحص الجزيئي لنسيج الورم: يبحث عن تغيرات جينية تحدد الأدوية الموجّهة التي قد تكون فعّالة\n\nيجب التمييز بين النقائل وسرطان الكبد الأولي والأكياس والخراجات والأورام الحميدة مثل الورم الوعائي الدموي. ويتحقق ذلك بالتصوير، وعند الحاجة بالفحص النسيجي. وعادةً ما تناقش النتائجَ لجنةُ أورام متعددة التخصصات تضم جراحين وأطباء أورام وأخصائيي أشعة.",
      prognosis:
        "تختلف التوقعات كثيرًا من شخص لآخر، وتعتمد أساسًا على:\n\n- عدد النقائل وحجمها، ومقدار نسيج الكبد السليم المتبقي\n- نوع الورم الأولي وطبيعة سلوكه\n- وجود نقائل في أعضاء أخرى\n- مدى استجابة المرض للعلاج، والحالة الصحية العامة\n\nالمتوسطات المذكورة للنقائل الكبدية عمومًا لا تقول إلا القليل عن أي شخص بعينه. فبعض المرضى، ولا سيما من يمكن استئصال نقائلهم أو تدميرها، يعيشون سنوات طويلة، ويبقى بعضهم بعد العلاج خاليًا من المرض. أما لدى آخرين فيهدف العلاج إلى إبقاء السرطان تحت السيطرة والحفاظ على جودة حياة جيدة لأطول فترة ممكنة.\n\nوعندما لا يكون الشفاء ممكنًا، تخفف الرعاية التلطيفية الألم والأعراض الأخرى وتدعم المريض وأسرته، ويمكن تقديمها إلى جانب العلاجات الأخرى. ومن حقك دائمًا أن تسأل فريقك الطبي عن هدف كل علاج، وأن تطلب رأيًا طبيًا ثانيًا.",
    },
  },
};
