import type { TreatmentSeed } from "../types";

export const liverTransplantation: TreatmentSeed = {
  slug: "liver-transplantation",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "pet-ct", required: true },
    { key: "biopsy-histology", required: true },
    { key: "blood-tests", required: true },
    { key: "treatment-history", required: true },
    { key: "discharge-summaries", required: true },
    { key: "tumor-markers", required: false },
    { key: "molecular-profile", required: false },
    { key: "current-medications", required: false },
  ],
  figures: [
    {
      key: "liver-transplantation-five-year-survival",
      value: 74,
      upTo: true,
      unit: "PERCENT",
      source: "humanitas-liver-metastases",
      text: {
        en: {
          label: "Five-year survival after liver transplantation",
          population:
            "Selected patients whose tumour did not exceed 7 cm and did not involve nearby blood vessels, as reported on a clinic's own patient page. The page does not say which cancers, how many patients or which period the figure refers to, so it cannot be applied to liver metastases in general.",
        },
        ru: {
          label: "Пятилетняя выживаемость после трансплантации печени",
          population:
            "Отобранные пациенты, у которых опухоль не превышала 7 см и не затрагивала ближайшие сосуды, по данным собственной страницы клиники для пациентов. На странице не указано, к каким видам рака, какому числу пациентов и какому периоду относится цифра, поэтому её нельзя переносить на метастазы в печени в целом.",
        },
        uk: {
          label: "П’ятирічне виживання після трансплантації печінки",
          population:
            "Відібрані пацієнти, в яких пухлина не перевищувала 7 см і не зачіпала найближчі судини, за даними власної сторінки клініки для пацієнтів. На сторінці не зазначено, до яких видів раку, якої кількості пацієнтів і якого періоду належить цифра, тому її не можна переносити на метастази в печінці загалом.",
        },
        de: {
          label: "Fünfjahresüberleben nach Lebertransplantation",
          population:
            "Ausgewählte Patienten, deren Tumor nicht größer als 7 cm war und benachbarte Gefäße nicht befallen hatte, laut der eigenen Patientenseite einer Klinik. Die Seite nennt weder die Krebsarten noch die Patientenzahl noch den Zeitraum; der Wert lässt sich daher nicht auf Lebermetastasen allgemein übertragen.",
        },
        ar: {
          label: "معدل البقاء على قيد الحياة خمس سنوات بعد زراعة الكبد",
          population:
            "مرضى مختارون لم يتجاوز حجم الورم لديهم 7 سم ولم يمتد إلى الأوعية الدموية القريبة، وفق صفحة معلومات للمرضى خاصة بإحدى العيادات. ولا تذكر الصفحة أنواع السرطان ولا عدد المرضى ولا الفترة الزمنية التي يخصها هذا الرقم، لذلك لا يمكن تعميمه على النقائل الكبدية عمومًا.",
        },
      },
    },
  ],
  text: {
    en: {
      name: "Liver transplantation",
      summary:
        "The whole liver is replaced with a healthy donor liver. For metastases this is offered only in highly selected cases – for example some neuroendocrine or colorectal metastases confined to the liver – and only at specialised transplant centres.",
      metaDescription:
        "Liver transplantation for metastases, offered only to highly selected patients: who may qualify, the process, recovery and lifelong risks.",
      howItWorks:
        "In a transplant the diseased liver is removed completely and replaced with a healthy liver from a deceased donor, or with part of a liver from a living donor, usually a close relative. Because the whole liver is taken out, this can remove metastases that could not be cut out with an ordinary resection.\n\nAfter the operation you need medicines that suppress the immune system for the rest of your life, so that the body does not reject the new liver. These medicines also weaken the body's defences against any cancer cells left elsewhere, which may then grow faster. This is the main reason why selection for a transplant is so strict.\n\nFor most people with liver metastases a transplant is not an option. Donor livers are scarce and the rules differ between countries; many centres offer transplantation for metastases only under strict protocols or within clinical studies.",
      whoItIsFor:
        "A transplant is considered only in highly selected situations, for example:\n\n- metastases of a neuroendocrine tumour that are limited to the liver, after the primary tumour has been removed and the disease has stayed stable for some time\n- some colorectal metastases that cannot be removed surgically, when the primary tumour has been removed, there is no cancer outside the liver and the disease has been controlled by chemotherapy over a longer period\n- good general health without other serious illnesses that would make the operation or the lifelong medicines unsafe\n\nIt is generally not offered when the cancer has spread outside the liver, when it is growing despite treatment, or for most other types of primary cancer. The decision is made by a transplant team after thorough testing, often after a period of observation.",
      steps:
        "1. Oncologists and the transplant team review your records remotely to see whether an assessment at the centre makes sense.\n2. Assessment at the transplant centre: CT or MRI and PET-CT to rule out cancer outside the liver, tests of the heart, lungs and kidneys, and a psychological and social assessment; sometimes a period of observation follows.\n3. The transplant board decides; you are placed on the waiting list for a deceased-donor liver, or a living donor is assessed.\n4. While you wait, treatment such as chemotherapy may continue, with regular scans to make sure the cancer has not spread.\n5. The transplant operation is done under general anaesthesia and usually takes many hours.\n6. After intensive care and a stay on the ward, immunosuppressive medicines are started and adjusted.\n7. Close follow-up near the centre for the first months, then lifelong check-ups.",
      preparation:
        "- Collect complete records: operation and histology reports for the primary tumour, every line of chemotherapy with dates and response, and scans over time (ideally as DICOM files).\n- Ask early about the rules for international patients: in many countries livers from deceased donors go mainly or only to residents, and foreign patients may be considered only for a transplant from a living donor.\n- A living donor needs a full medical assessment of their own and must decide freely.\n- Plan for a long stay abroad – usually several months – with a relative or friend who can support you.\n- Stop smoking and drinking alcohol, stay active, and bring vaccinations and dental care up to date as the team advises.",
      recovery:
        "After the operation you usually spend a few days in intensive care, followed by a hospital stay that often lasts two weeks or more. In the first months you need frequent clinic visits and blood tests to adjust the medicines and to detect rejection or infection early, so you should stay near the transplant centre.\n\nGetting back to everyday activities takes months. The immunosuppressive medicines are taken for life, and regular blood tests and scans continue long term to detect complications or any return of the cancer in time.",
      risks:
        "A liver transplant carries significant risks, which the team weighs against the expected benefit in your case:\n\n- surgical complications such as bleeding, bile duct problems or clots in the blood vessels of the new liver\n- rejection of the new liver\n- infections, because the immune system is suppressed\n- long-term side effects of the immunosuppressive medicines, such as kidney damage, high blood pressure, diabetes and a higher risk of some other cancers\n- return of the original cancer, which can grow faster while the immune system is suppressed\n- for a living donor, the risks of major liver surgery in a healthy person",
    },
    ru: {
      name: "Трансплантация печени",
      summary:
        "Всю печень заменяют здоровой донорской. При метастазах её предлагают лишь в строго отобранных случаях — например, при некоторых ограниченных печенью метастазах нейроэндокринных опухолей или колоректального рака — и только в специализированных трансплантационных центрах.",
      metaDescription:
        "Трансплантация печени при метастазах — только для строго отобранных пациентов: кому возможна, как проходит, восстановление и пожизненные риски.",
      howItWorks:
        "При трансплантации поражённую печень полностью удаляют и заменяют здоровой печенью умершего донора или частью печени живого донора, обычно близкого родственника. Поскольку удаляется вся печень, так можно избавиться от метастазов, которые невозможно удалить обычной резекцией.\n\nПосле операции нужно пожизненно принимать препараты, подавляющие иммунитет, чтобы организм не отторг новую печень. Эти препараты ослабляют и защиту организма от опухолевых клеток, которые могли остаться в других местах, и те могут расти быстрее. Именно поэтому отбор на трансплантацию такой строгий.\n\nДля большинства людей с метастазами в печени трансплантация не подходит. Донорских органов мало, а правила в разных странах различаются; многие центры выполняют трансплантацию при метастазах только по строгим протоколам или в рамках клинических исследований.",
      whoItIsFor:
        "Трансплантацию рассматривают лишь в строго отобранных ситуациях, например:\n\n- метастазы нейроэндокринной опухоли, ограниченные печенью, после удаления первичной опухоли и при стабильном течении болезни в течение определённого времени\n- некоторые метастазы колоректального рака, которые невозможно удалить хирургически, если первичная опухоль удалена, за пределами печени рака нет, а болезнь длительно контролируется химиотерапией\n- хорошее общее состояние без других серьёзных заболеваний, при которых операция или пожизненный приём лекарств были бы опасны\n\nКак правило, её не предлагают, если рак распространился за пределы печени, если опухоль растёт несмотря на лечение, а также при большинстве других видов первичного рака. Решение принимает трансплантационная команда после тщательного обследования, нередко после периода наблюдения.",
      steps:
        "1. Онкологи и трансплантационная команда дистанционно изучают ваши документы, чтобы понять, имеет ли смысл очное обследование.\n2. Обследование в трансплантационном центре: КТ или МРТ и ПЭТ-КТ, чтобы исключить рак за пределами печени, проверка сердца, лёгких и почек, психологическая и социальная оценка; иногда затем следует период наблюдения.\n3. Трансплантационный консилиум принимает решение; вас вносят в лист ожидания донорской печени или обследуют живого донора.\n4. Во время ожидания лечение, например химиотерапия, может продолжаться, а регулярные снимки показывают, не распространился ли рак.\n5. Операцию трансплантации проводят под общим наркозом, обычно она длится много часов.\n6. После реанимации и пребывания в отделении начинают и подбирают иммуносупрессивную терапию.\n7. В первые месяцы — частое наблюдение рядом с центром, затем пожизненные контрольные обследования.",
      preparation:
        "- Соберите полный пакет документов: протоколы операции и гистологии по первичной опухоли, все линии химиотерапии с датами и результатами, снимки в динамике (лучше в формате DICOM).\n- Заранее узнайте правила для иностранных пациентов: во многих странах печень умерших доноров получают преимущественно или только жители страны, а иностранцам может быть доступна лишь трансплантация от живого донора.\n- Живой донор должен пройти собственное полное обследование и принять решение добровольно.\n- Планируйте длительное пребывание за границей — обычно несколько месяцев — вместе с родственником или другом, который сможет вас поддержать.\n- Откажитесь от курения и алкоголя, сохраняйте активность, по рекомендации команды обновите прививки и вылечите зубы.",
      recovery:
        "После операции обычно несколько дней проводят в отделении реанимации, затем в больнице — как правило, две недели или дольше. В первые месяцы нужны частые визиты в клинику и анализы крови, чтобы подобрать дозы лекарств и рано заметить отторжение или инфекцию, поэтому жить следует рядом с трансплантационным центром.\n\nВозвращение к обычной жизни занимает месяцы. Иммуносупрессивные препараты принимают пожизненно, а регулярные анализы крови и снимки продолжаются долгие годы, чтобы вовремя заметить осложнения или возврат рака.",
      risks:
        "Трансплантация печени связана с серьёзными рисками, и команда взвешивает их против ожидаемой пользы в вашем случае:\n\n- хирургические осложнения: кровотечение, проблемы с желчными протоками или тромбы в сосудах новой печени\n- отторжение новой печени\n- инфекции из-за подавленного иммунитета\n- долгосрочные побочные эффекты иммуносупрессивных препаратов: поражение почек, повышенное давление, диабет и более высокий риск некоторых других видов рака\n- возврат исходного рака, который на фоне подавленного иммунитета может расти быстрее\n- для живого донора — риски большой операции на печени у здорового человека",
    },
    uk: {
      name: "Трансплантація печінки",
      summary:
        "Усю печінку замінюють здоровою донорською. При метастазах її пропонують лише в ретельно відібраних випадках — наприклад, при деяких обмежених печінкою метастазах нейроендокринних пухлин або колоректального раку — і тільки в спеціалізованих трансплантаційних центрах.",
      metaDescription:
        "Трансплантація печінки при метастазах — лише для ретельно відібраних пацієнтів: кому можлива, як проходить, відновлення та довічні ризики.",
      howItWorks:
        "Під час трансплантації уражену печінку повністю видаляють і замінюють здоровою печінкою померлого донора або частиною печінки живого донора, зазвичай близького родича. Оскільки видаляють усю печінку, так можна позбутися метастазів, які неможливо видалити звичайною резекцією.\n\nПісля операції треба довічно приймати препарати, що пригнічують імунітет, щоб організм не відторгнув нову печінку. Ці препарати послаблюють і захист організму від пухлинних клітин, які могли залишитися в інших місцях, і ті можуть рости швидше. Саме тому відбір на трансплантацію такий суворий.\n\nДля більшості людей із метастазами в печінці трансплантація не підходить. Донорських органів мало, а правила в різних країнах відрізняються; багато центрів виконують трансплантацію при метастазах лише за суворими протоколами або в межах клінічних досліджень.",
      whoItIsFor:
        "Трансплантацію розглядають лише в ретельно відібраних ситуаціях, наприклад:\n\n- метастази нейроендокринної пухлини, обмежені печінкою, після видалення первинної пухлини та за стабільного перебігу хвороби протягом певного часу\n- деякі метастази колоректального раку, які неможливо видалити хірургічно, якщо первинну пухлину видалено, за межами печінки раку немає, а хворобу тривалий час контролює хіміотерапія\n- добрий загальний стан без інших серйозних захворювань, за яких операція або довічний прийом ліків були б небезпечними\n\nЯк правило, її не пропонують, якщо рак поширився за межі печінки, якщо пухлина росте попри лікування, а також при більшості інших видів первинного раку. Рішення ухвалює трансплантаційна команда після ретельного обстеження, нерідко після періоду спостереження.",
      steps:
        "1. Онкологи й трансплантаційна команда дистанційно вивчають ваші документи, щоб зрозуміти, чи має сенс очне обстеження.\n2. Обстеження в трансплантаційному центрі: КТ або МРТ і ПЕТ-КТ, щоб виключити рак за межами печінки, перевірка серця, легень і нирок, психологічна та соціальна оцінка; іноді потім триває період спостереження.\n3. Трансплантаційний консиліум ухвалює рішення; вас вносять до листа очікування донорської печінки або обстежують живого донора.\n4. Під час очікування лікування, наприклад хіміотерапія, може тривати, а регулярні знімки показують, чи не поширився рак.\n5. Операцію трансплантації проводять під загальним знеболенням, зазвичай вона триває багато годин.\n6. Після реанімації та перебування у відділенні починають і підбирають імуносупресивну терапію.\n7. У перші місяці — часте спостереження поблизу центру, потім довічні контрольні обстеження.",
      preparation:
        "- Зберіть повний пакет документів: протоколи операції та гістології щодо первинної пухлини, усі лінії хіміотерапії з датами й результатами, знімки в динаміці (краще у форматі DICOM).\n- Заздалегідь дізнайтеся правила для іноземних пацієнтів: у багатьох країнах печінку померлих донорів отримують переважно або лише мешканці країни, а іноземцям може бути доступна тільки трансплантація від живого донора.\n- Живий донор має пройти власне повне обстеження й ухвалити рішення добровільно.\n- Плануйте тривале перебування за кордоном — зазвичай кілька місяців — разом із родичем або другом, який зможе вас підтримати.\n- Відмовтеся від куріння та алкоголю, зберігайте активність, за рекомендацією команди оновіть щеплення та пролікуйте зуби.",
      recovery:
        "Після операції зазвичай кілька днів проводять у відділенні реанімації, потім у лікарні — як правило, два тижні або довше. У перші місяці потрібні часті візити до клініки та аналізи крові, щоб підібрати дози ліків і рано помітити відторгнення чи інфекцію, тому жити слід поблизу трансплантаційного центру.\n\nПовернення до звичного життя триває місяцями. Імуносупресивні препарати приймають довічно, а регулярні аналізи крові та знімки тривають багато років, щоб вчасно помітити ускладнення або повернення раку.",
      risks:
        "Трансплантація печінки пов’язана із серйозними ризиками, і команда зважує їх проти очікуваної користі у вашому випадку:\n\n- хірургічні ускладнення: кровотеча, проблеми з жовчними протоками або тромби в судинах нової печінки\n- відторгнення нової печінки\n- інфекції через пригнічений імунітет\n- довготривалі побічні ефекти імуносупресивних препаратів: ураження нирок, підвищений тиск, діабет і вищий ризик деяких інших видів раку\n- повернення вихідного раку, який на тлі пригніченого імунітету може рости швидше\n- для живого донора — ризики великої операції на печінці у здорової людини",
    },
    de: {
      name: "Lebertransplantation",
      summary:
        "Die gesamte Leber wird durch eine gesunde Spenderleber ersetzt. Bei Metastasen kommt das nur in streng ausgewählten Fällen infrage – etwa bei manchen auf die Leber begrenzten Metastasen neuroendokriner Tumoren oder von Darmkrebs – und nur in spezialisierten Transplantationszentren.",
      metaDescription:
        "Lebertransplantation bei Metastasen – nur für streng ausgewählte Patienten: wer infrage kommt, Ablauf, Erholung und lebenslange Risiken.",
      howItWorks:
        "Bei einer Transplantation wird die erkrankte Leber vollständig entfernt und durch die gesunde Leber eines verstorbenen Spenders oder durch einen Teil der Leber eines Lebendspenders – meist eines nahen Angehörigen – ersetzt. Weil die ganze Leber entfernt wird, lassen sich so auch Metastasen beseitigen, die mit einer gewöhnlichen Resektion nicht entfernt werden können.\n\nNach der Operation müssen lebenslang Medikamente eingenommen werden, die das Immunsystem unterdrücken, damit der Körper die neue Leber nicht abstößt. Diese Medikamente schwächen auch die Abwehr gegen Krebszellen, die an anderer Stelle verblieben sein könnten; diese können dann schneller wachsen. Das ist der Hauptgrund, warum die Auswahl so streng ist.\n\nFür die meisten Menschen mit Lebermetastasen kommt eine Transplantation nicht infrage. Spenderlebern sind knapp, und die Regeln unterscheiden sich von Land zu Land; viele Zentren transplantieren bei Metastasen nur nach strengen Protokollen oder im Rahmen klinischer Studien.",
      whoItIsFor:
        "Eine Transplantation wird nur in streng ausgewählten Situationen erwogen, zum Beispiel:\n\n- Metastasen eines neuroendokrinen Tumors, die auf die Leber begrenzt sind, nachdem der Primärtumor entfernt wurde und die Erkrankung über längere Zeit stabil geblieben ist\n- manche nicht operablen Metastasen von Darmkrebs, wenn der Primärtumor entfernt ist, kein Krebs außerhalb der Leber besteht und die Erkrankung über längere Zeit durch Chemotherapie kontrolliert wird\n- ein guter Allgemeinzustand ohne andere schwere Erkrankungen, die die Operation oder die lebenslangen Medikamente gefährlich machen würden\n\nIn der Regel wird sie nicht angeboten, wenn sich der Krebs außerhalb der Leber ausgebreitet hat, wenn er trotz Behandlung wächst, und bei den meisten anderen Arten von Primärtumoren. Die Entscheidung trifft ein Transplantationsteam nach gründlicher Untersuchung, oft nach einer Beobachtungszeit.",
      steps:
        "1. Onkologen und Transplantationsteam prüfen Ihre Unterlagen aus der Ferne, um zu klären, ob eine Vorstellung im Zentrum sinnvoll ist.\n2. Untersuchung im Transplantationszentrum: CT oder MRT und PET-CT, um Krebs außerhalb der Leber auszuschließen, Untersuchungen von Herz, Lunge und Nieren sowie eine psychologische und soziale Beurteilung; manchmal folgt eine Beobachtungszeit.\n3. Die Transplantationskonferenz entscheidet; Sie kommen auf die Warteliste für eine Spenderleber, oder ein Lebendspender wird untersucht.\n4. Während der Wartezeit kann die Behandlung, etwa eine Chemotherapie, weiterlaufen; regelmäßige Bilder zeigen, ob sich der Krebs ausgebreitet hat.\n5. Die Transplantation erfolgt in Vollnarkose und dauert meist viele Stunden.\n6. Nach Intensivstation und Normalstation werden die immunsuppressiven Medikamente begonnen und eingestellt.\n7. In den ersten Monaten engmaschige Nachsorge in der Nähe des Zentrums, danach lebenslange Kontrollen.",
      preparation:
        "- Stellen Sie vollständige Unterlagen zusammen: OP- und Histologieberichte zum Primärtumor, alle Chemotherapielinien mit Zeiträumen und Ansprechen sowie Bilder im Verlauf (möglichst als DICOM-Dateien).\n- Fragen Sie früh nach den Regeln für internationale Patienten: In vielen Ländern werden Lebern verstorbener Spender vorwiegend oder ausschließlich an Einwohner vergeben, und ausländische Patienten kommen unter Umständen nur für eine Lebendspende infrage.\n- Ein Lebendspender braucht eine eigene vollständige Untersuchung und muss sich frei entscheiden.\n- Planen Sie einen langen Aufenthalt im Ausland – meist mehrere Monate – mit einem Angehörigen oder Freund, der Sie unterstützt.\n- Hören Sie mit Rauchen und Alkohol auf, bleiben Sie aktiv und bringen Sie Impfungen und Zahnbehandlung nach Rat des Teams auf den aktuellen Stand.",
      recovery:
        "Nach der Operation verbringen Sie meist einige Tage auf der Intensivstation und anschließend oft zwei Wochen oder länger im Krankenhaus. In den ersten Monaten sind häufige Termine in der Klinik und Blutuntersuchungen nötig, um die Medikamente einzustellen und Abstoßung oder Infektionen früh zu erkennen; Sie sollten daher in der Nähe des Transplantationszentrums wohnen.\n\nDie Rückkehr in den Alltag dauert Monate. Die immunsuppressiven Medikamente werden lebenslang eingenommen, und regelmäßige Blutuntersuchungen und Bildgebung begleiten Sie auf Dauer, um Komplikationen oder ein Wiederauftreten des Krebses rechtzeitig zu erkennen.",
      risks:
        "Eine Lebertransplantation birgt erhebliche Risiken, die das Team gegen den erwarteten Nutzen in Ihrem Fall abwägt:\n\n- chirurgische Komplikationen wie Blutungen, Probleme an den Gallengängen oder Gerinnsel in den Blutgefäßen der neuen Leber\n- Abstoßung der neuen Leber\n- Infektionen, weil das Immunsystem unterdrückt ist\n- Langzeitnebenwirkungen der immunsuppressiven Medikamente wie Nierenschäden, Bluthochdruck, Diabetes und ein höheres Risiko für einige andere Krebsarten\n- Wiederauftreten des ursprünglichen Krebses, der unter Immunsuppression schneller wachsen kann\n- für Lebendspender die Risiken einer großen Leberoperation bei einem gesunden Menschen",
    },
    ar: {
      name: "زراعة الكبد",
      summary:
        "يُستبدل الكبد كله بكبد سليم من متبرع. وفي حالة النقائل لا تُقدَّم هذه العملية إلا في حالات منتقاة بعناية شديدة، مثل بعض نقائل الأورام العصبية الصماوية أو سرطان القولون والمستقيم المحصورة في الكبد، وفي مراكز زراعة متخصصة فقط.",
      metaDescription:
        "زراعة الكبد لعلاج النقائل لمرضى منتقين بعناية فقط: من قد يكون مؤهلًا، ومراحل العلاج، والتعافي، والمخاطر مدى الحياة.",
      howItWorks:
        "في عملية الزراعة يُستأصل الكبد المريض بالكامل ويُستبدل بكبد سليم من متبرع متوفى، أو بجزء من كبد متبرع حي يكون عادةً من الأقارب المقربين. ولأن الكبد يُزال كله، يمكن بذلك التخلص من نقائل يتعذر استئصالها بالجراحة المعتادة.\n\nبعد العملية يجب تناول أدوية مثبطة للمناعة مدى الحياة حتى لا يرفض الجسم الكبد الجديد. وتُضعف هذه الأدوية أيضًا دفاع الجسم ضد أي خلايا سرطانية ربما بقيت في أماكن أخرى، فقد تنمو بسرعة أكبر. وهذا هو السبب الرئيسي لصرامة اختيار المرضى للزراعة.\n\nلا تناسب الزراعة معظم مرضى النقائل الكبدية. فالأكباد المتبرع بها قليلة، وتختلف القواعد من بلد لآخر، وكثير من المراكز لا تُجري الزراعة للنقائل إلا وفق بروتوكولات صارمة أو ضمن دراسات سريرية.",
      whoItIsFor:
        "لا تُدرس الزراعة إلا في حالات منتقاة بعناية شديدة، مثل:\n\n- نقائل ورم عصبي صماوي محصورة في الكبد، بعد استئصال الورم الأولي وبقاء المرض مستقرًا لفترة من الزمن\n- بعض نقائل سرطان القولون والمستقيم التي لا يمكن استئصالها جراحيًا، إذا كان الورم الأولي قد استُؤصل، ولا يوجد سرطان خارج الكبد، وظل المرض تحت السيطرة بالعلاج الكيميائي لفترة طويلة\n- حالة صحية عامة جيدة دون أمراض خطيرة أخرى تجعل العملية أو تناول الأدوية مدى الحياة غير آمن\n\nولا تُعرض الزراعة عادةً إذا انتشر السرطان خارج الكبد، أو إذا كان المرض يتقدم رغم العلاج، ولا في معظم أنواع السرطان الأولي الأخرى. ويتخذ فريق الزراعة القرار بعد فحوص شاملة، وغالبًا بعد فترة مراقبة.",
      steps:
        "1. يراجع أطباء الأورام وفريق الزراعة وثائقك عن بُعد لمعرفة ما إذا كان التقييم الحضوري في المركز مجديًا.\n2. التقييم في مركز الزراعة: تصوير مقطعي محوسب أو رنين مغناطيسي وفحص PET-CT لاستبعاد وجود سرطان خارج الكبد، وفحوص للقلب والرئتين والكليتين، وتقييم نفسي واجتماعي؛ وقد تليها فترة مراقبة.\n3. تتخذ لجنة الزراعة القرار، فتُدرج على قائمة الانتظار لكبد من متبرع متوفى، أو يُقيَّم متبرع حي.\n4. أثناء الانتظار قد يستمر العلاج، كالعلاج الكيميائي، مع تصوير منتظم للتأكد من عدم انتشار السرطان.\n5. تُجرى عملية الزراعة تحت التخدير العام وتستغرق عادةً ساعات طويلة.\n6. بعد العناية المركزة والإقامة في القسم، يُبدأ بالأدوية المثبطة للمناعة وتُضبط جرعاتها.\n7. متابعة مكثفة قرب المركز في الأشهر الأولى، ثم فحوص دورية مدى الحياة.",
      preparation:
        "- اجمع ملفًا كاملًا: تقارير العملية والفحص النسيجي للورم الأولي، وكل خطوط العلاج الكيميائي مع تواريخها ونتائجها، والصور المتتالية عبر الزمن (ويُفضَّل بصيغة DICOM).\n- اسأل مبكرًا عن القواعد الخاصة بالمرضى الأجانب: ففي كثير من البلدان تُخصَّص أكباد المتبرعين المتوفين أساسًا أو حصرًا للمقيمين، وقد لا يُنظر في حالة المرضى الأجانب إلا للزراعة من متبرع حي.\n- يحتاج المتبرع الحي إلى تقييم طبي كامل خاص به، ويجب أن يتخذ قراره بحرية تامة.\n- خطط لإقامة طويلة في الخارج، تمتد عادةً عدة أشهر، برفقة قريب أو صديق يستطيع دعمك.\n- أقلع عن التدخين والكحول، وحافظ على نشاطك، وحدّث لقاحاتك وعالج أسنانك وفق نصيحة الفريق.",
      recovery:
        "بعد العملية تقضي عادةً بضعة أيام في العناية المركزة، ثم إقامة في المستشفى تمتد غالبًا أسبوعين أو أكثر. وفي الأشهر الأولى تحتاج إلى زيارات متكررة للعيادة وتحاليل دم لضبط جرعات الأدوية واكتشاف الرفض أو العدوى مبكرًا، لذلك ينبغي أن تقيم قرب مركز الزراعة.\n\nتستغرق العودة إلى الحياة اليومية أشهرًا. وتُتناول الأدوية المثبطة للمناعة مدى الحياة، وتستمر تحاليل الدم والتصوير بانتظام على المدى الطويل لاكتشاف المضاعفات أو عودة السرطان في الوقت المناسب.",
      risks:
        "تنطوي زراعة الكبد على مخاطر كبيرة، يوازنها الفريق مع الفائدة المتوقعة في حالتك:\n\n- مضاعفات جراحية مثل النزيف، أو مشكلات في القنوات الصفراوية، أو جلطات في أوعية الكبد الجديد\n- رفض الجسم للكبد الجديد\n- العدوى بسبب تثبيط المناعة\n- آثار جانبية طويلة الأمد للأدوية المثبطة للمناعة، مثل تضرر الكلى وارتفاع ضغط الدم والسكري وزيادة خطر الإصابة ببعض أنواع السرطان الأخرى\n- عودة السرطان الأصلي، الذي قد ينمو بسرعة أكبر مع تثبيط المناعة\n- بالنسبة للمتبرع الحي: مخاطر جراحة كبيرة في الكبد لدى شخص سليم",
    },
  },
};
