import type { RecordTypeSeed } from "./types";

// The checklist of medical records a clinic may ask for to assess a case remotely (one entry per RecordTypeKey).
export const recordTypes: RecordTypeSeed[] = [
  {
    key: "recent-ct-mri",
    text: {
      en: {
        name: "Recent CT or MRI scan",
        description:
          "CT or MRI of the abdomen (and ideally chest and pelvis) with contrast from the last 4–6 weeks, with the radiologist's report; DICOM files if you have them.",
      },
      ru: {
        name: "Свежая КТ или МРТ",
        description:
          "КТ или МРТ брюшной полости (желательно также грудной клетки и малого таза) с контрастированием, сделанная за последние 4–6 недель, с заключением рентгенолога; по возможности — файлы в формате DICOM.",
      },
      uk: {
        name: "Нещодавня КТ або МРТ",
        description:
          "КТ або МРТ черевної порожнини (бажано також грудної клітки й малого таза) з контрастуванням, зроблена за останні 4–6 тижнів, із висновком рентгенолога; за можливості — файли у форматі DICOM.",
      },
      de: {
        name: "Aktuelle CT- oder MRT-Aufnahmen",
        description:
          "CT oder MRT des Bauchraums (am besten auch von Brustkorb und Becken) mit Kontrastmittel aus den letzten 4–6 Wochen, mit dem Befund des Radiologen; wenn vorhanden, die DICOM-Dateien.",
      },
      ar: {
        name: "تصوير مقطعي محوسب أو رنين مغناطيسي حديث",
        description:
          "تصوير مقطعي محوسب أو رنين مغناطيسي للبطن (ويُفضَّل أن يشمل الصدر والحوض) بالصبغة، أُجري خلال آخر 4–6 أسابيع، مع تقرير أخصائي الأشعة؛ وملفات الصور بصيغة DICOM إن توفرت لديك.",
      },
    },
  },
  {
    key: "pet-ct",
    text: {
      en: {
        name: "PET-CT scan",
        description:
          "Your most recent PET-CT with the written report (and DICOM files if available), which shows whether the cancer has spread outside the liver.",
      },
      ru: {
        name: "ПЭТ-КТ",
        description:
          "Последнее ПЭТ-КТ-исследование с письменным заключением (и файлами DICOM, если они есть): оно показывает, распространилась ли опухоль за пределы печени.",
      },
      uk: {
        name: "ПЕТ-КТ",
        description:
          "Останнє ПЕТ-КТ-дослідження з письмовим висновком (і файлами DICOM, якщо вони є): воно показує, чи поширилася пухлина за межі печінки.",
      },
      de: {
        name: "PET-CT",
        description:
          "Ihre letzte PET-CT mit schriftlichem Befund (und den DICOM-Dateien, falls vorhanden); sie zeigt, ob sich der Krebs außerhalb der Leber ausgebreitet hat.",
      },
      ar: {
        name: "التصوير المقطعي بالإصدار البوزيتروني (PET-CT)",
        description:
          "أحدث فحص PET-CT مع تقريره المكتوب (وملفات DICOM إن توفرت)، إذ يبيّن ما إذا كان السرطان قد انتشر خارج الكبد.",
      },
    },
  },
  {
    key: "biopsy-histology",
    text: {
      en: {
        name: "Biopsy and histology report",
        description:
          "The pathologist's report on the primary tumour and, if one was done, on the liver biopsy, including immunohistochemistry; the clinic may later ask for the tissue blocks or slides.",
      },
      ru: {
        name: "Биопсия и гистологическое заключение",
        description:
          "Заключение патоморфолога по первичной опухоли и, если она проводилась, по биопсии печени, включая иммуногистохимию; позже клиника может запросить парафиновые блоки или стекла.",
      },
      uk: {
        name: "Біопсія та гістологічний висновок",
        description:
          "Висновок патоморфолога щодо первинної пухлини та, якщо її проводили, щодо біопсії печінки, зокрема імуногістохімію; згодом клініка може попросити парафінові блоки або скельця.",
      },
      de: {
        name: "Biopsie- und Histologiebefund",
        description:
          "Der pathologische Befund zum Primärtumor und, falls durchgeführt, zur Leberbiopsie einschließlich Immunhistochemie; die Klinik kann später die Gewebeblöcke oder Schnittpräparate anfordern.",
      },
      ar: {
        name: "تقرير الخزعة والفحص النسيجي",
        description:
          "تقرير أخصائي علم الأمراض عن الورم الأولي، وعن خزعة الكبد إن أُجريت، بما في ذلك الفحص الكيميائي المناعي النسيجي؛ وقد يطلب المركز لاحقًا القوالب النسيجية أو الشرائح.",
      },
    },
  },
  {
    key: "blood-tests",
    text: {
      en: {
        name: "Blood tests",
        description:
          "Full blood count, liver function tests (bilirubin, liver enzymes, albumin), kidney function and clotting tests from the last 2–4 weeks.",
      },
      ru: {
        name: "Анализы крови",
        description:
          "Общий анализ крови, печёночные пробы (билирубин, печёночные ферменты, альбумин), показатели функции почек и коагулограмма, сделанные за последние 2–4 недели.",
      },
      uk: {
        name: "Аналізи крові",
        description:
          "Загальний аналіз крові, печінкові проби (білірубін, печінкові ферменти, альбумін), показники функції нирок і коагулограма, зроблені за останні 2–4 тижні.",
      },
      de: {
        name: "Blutwerte",
        description:
          "Blutbild, Leberwerte (Bilirubin, Leberenzyme, Albumin), Nierenwerte und Gerinnungswerte aus den letzten 2–4 Wochen.",
      },
      ar: {
        name: "تحاليل الدم",
        description:
          "تعداد الدم الكامل، ووظائف الكبد (البيليروبين وإنزيمات الكبد والألبومين)، ووظائف الكلى، واختبارات تخثر الدم، خلال آخر 2–4 أسابيع.",
      },
    },
  },
  {
    key: "tumor-markers",
    text: {
      en: {
        name: "Tumour markers",
        description:
          "Tumour marker results that your doctors follow (for example CEA or CA 19-9), ideally several values over time with their dates.",
      },
      ru: {
        name: "Онкомаркеры",
        description:
          "Результаты онкомаркеров, за которыми следят ваши врачи (например, РЭА или СА 19-9), желательно несколько значений в динамике с датами.",
      },
      uk: {
        name: "Онкомаркери",
        description:
          "Результати онкомаркерів, за якими стежать ваші лікарі (наприклад, РЕА або СА 19-9), бажано кілька значень у динаміці з датами.",
      },
      de: {
        name: "Tumormarker",
        description:
          "Die Tumormarker, die Ihre Ärzte verfolgen (zum Beispiel CEA oder CA 19-9), am besten mehrere Werte im Verlauf mit Datum.",
      },
      ar: {
        name: "الواسمات الورمية",
        description:
          "نتائج الواسمات الورمية التي يتابعها أطباؤك (مثل المستضد السرطاني المضغي CEA أو CA 19-9)، ويُفضَّل إرسال عدة قيم متتالية مع تواريخها.",
      },
    },
  },
  {
    key: "discharge-summaries",
    text: {
      en: {
        name: "Discharge summaries and operation reports",
        description:
          "Discharge letters from previous hospital stays and the reports of any operations, for example removal of the primary tumour.",
      },
      ru: {
        name: "Выписки и протоколы операций",
        description:
          "Выписные эпикризы после предыдущих госпитализаций и протоколы всех операций, например удаления первичной опухоли.",
      },
      uk: {
        name: "Виписки та протоколи операцій",
        description:
          "Виписні епікризи після попередніх госпіталізацій і протоколи всіх операцій, наприклад видалення первинної пухлини.",
      },
      de: {
        name: "Entlassungsberichte und OP-Berichte",
        description:
          "Arztbriefe von früheren Krankenhausaufenthalten und die Berichte aller Operationen, zum Beispiel der Entfernung des Primärtumors.",
      },
      ar: {
        name: "ملخصات الخروج وتقارير العمليات",
        description:
          "تقارير الخروج من المستشفى عن فترات الإقامة السابقة، وتقارير أي عمليات جراحية أُجريت، مثل استئصال الورم الأولي.",
      },
    },
  },
  {
    key: "treatment-history",
    text: {
      en: {
        name: "Treatment history",
        description:
          "A list of all cancer treatments so far (chemotherapy, targeted drugs, radiotherapy, local procedures) with drug names, dates, number of cycles and how the disease responded.",
      },
      ru: {
        name: "История лечения",
        description:
          "Перечень всего проведённого противоопухолевого лечения (химиотерапия, таргетные препараты, лучевая терапия, локальные процедуры) с названиями препаратов, датами, числом курсов и ответом опухоли.",
      },
      uk: {
        name: "Історія лікування",
        description:
          "Перелік усього проведеного протипухлинного лікування (хіміотерапія, таргетні препарати, променева терапія, локальні процедури) з назвами препаратів, датами, кількістю курсів і відповіддю пухлини.",
      },
      de: {
        name: "Bisherige Behandlungen",
        description:
          "Eine Aufstellung aller bisherigen Krebsbehandlungen (Chemotherapie, zielgerichtete Medikamente, Bestrahlung, lokale Eingriffe) mit Wirkstoffen, Zeiträumen, Zahl der Zyklen und dem Ansprechen der Erkrankung.",
      },
      ar: {
        name: "سجل العلاج",
        description:
          "قائمة بجميع علاجات السرطان السابقة (العلاج الكيميائي والأدوية الموجّهة والعلاج الإشعاعي والإجراءات الموضعية) مع أسماء الأدوية والتواريخ وعدد الدورات ومدى استجابة المرض.",
      },
    },
  },
  {
    key: "molecular-profile",
    text: {
      en: {
        name: "Molecular test results",
        description:
          "Results of genetic or molecular testing of the tumour (for example RAS, BRAF, HER2 or MSI status), if it has been done.",
      },
      ru: {
        name: "Результаты молекулярно-генетического исследования",
        description:
          "Результаты генетического или молекулярного анализа опухоли (например, статус RAS, BRAF, HER2 или MSI), если такое исследование проводилось.",
      },
      uk: {
        name: "Результати молекулярно-генетичного дослідження",
        description:
          "Результати генетичного або молекулярного аналізу пухлини (наприклад, статус RAS, BRAF, HER2 або MSI), якщо таке дослідження проводили.",
      },
      de: {
        name: "Molekulare Testergebnisse",
        description:
          "Ergebnisse genetischer oder molekularer Untersuchungen des Tumors (zum Beispiel RAS-, BRAF-, HER2- oder MSI-Status), falls sie gemacht wurden.",
      },
      ar: {
        name: "نتائج الفحوص الجزيئية",
        description:
          "نتائج الفحص الجيني أو الجزيئي للورم (مثل حالة RAS أو BRAF أو HER2 أو MSI)، إذا كان قد أُجري.",
      },
    },
  },
  {
    key: "current-medications",
    text: {
      en: {
        name: "Current medications",
        description:
          "A list of all medicines and supplements you take now, with doses, including blood thinners, and any allergies.",
      },
      ru: {
        name: "Принимаемые лекарства",
        description:
          "Список всех лекарств и биологически активных добавок, которые вы принимаете сейчас, с дозировками, включая препараты, разжижающие кровь, а также сведения об аллергиях.",
      },
      uk: {
        name: "Ліки, які ви приймаєте",
        description:
          "Перелік усіх ліків і харчових добавок, які ви приймаєте зараз, із дозуваннями, зокрема препаратів, що розріджують кров, а також відомості про алергії.",
      },
      de: {
        name: "Aktuelle Medikamente",
        description:
          "Eine Liste aller Medikamente und Nahrungsergänzungsmittel, die Sie derzeit einnehmen, mit Dosierung, einschließlich Blutverdünnern, sowie bekannte Allergien.",
      },
      ar: {
        name: "الأدوية الحالية",
        description:
          "قائمة بجميع الأدوية والمكملات الغذائية التي تتناولها حاليًا مع جرعاتها، بما فيها مميّعات الدم، إضافةً إلى أي حساسية معروفة.",
      },
    },
  },
];
