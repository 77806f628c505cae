import type { TreatmentSeed } from "../types";

// Chemotherapy, systemic and regional. Seed 004 (MARUS) describes intravenous and hepatic-artery chemotherapy,
// used before or after surgery and for multiple lesions; seed 001 (Humanitas) mentions giving the drugs into the
// hepatic artery. Chemoembolization (TACE) has its own page and is only referred to here. The seeds give no outcome
// figures for chemotherapy itself (the "up to 60%" claim in seed 001 is an unsourced provider statement about
// surgery plus chemotherapy), so none are listed.
export const chemotherapy: TreatmentSeed = {
  slug: "chemotherapy",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "biopsy-histology", required: true },
    { key: "recent-ct-mri", required: true },
    { key: "blood-tests", required: true },
    { key: "treatment-history", required: true },
    { key: "current-medications", required: true },
    { key: "tumor-markers", required: false },
    { key: "molecular-profile", required: false },
    { key: "pet-ct", required: false },
    { key: "discharge-summaries", required: false },
  ],
  figures: [],
  text: {
    en: {
      name: "Chemotherapy",
      summary:
        "Chemotherapy uses drugs that damage fast-dividing cancer cells. For liver metastases it is given into a vein so that it reaches the whole body, or in some centres directly into the artery that feeds the liver.",
      metaDescription:
        "Chemotherapy for liver metastases: intravenous courses and hepatic artery infusion, when they are used, what a course involves, preparation and side effects.",
      howItWorks: `Chemotherapy drugs (cytostatics) interfere with cell division. Cancer cells divide quickly, so they are hit hardest, but fast-renewing healthy cells such as blood-forming cells, the gut lining and hair roots are affected too.

In systemic chemotherapy the drugs are given by drip into a vein, sometimes also as tablets, and travel through the whole body. They therefore act on metastases in the liver and elsewhere at the same time.

In regional chemotherapy, called hepatic artery infusion, the drug is delivered through a thin catheter straight into the hepatic artery. Liver metastases draw most of their blood from this artery, so they receive a higher dose while the rest of the body receives less. Chemoembolization (TACE), which also blocks the tumour's vessels, is a different procedure described on its own page.`,
      whoItIsFor: `Which drugs are used depends above all on where the cancer started, so the same plan does not fit every patient. Chemotherapy for liver metastases is used:

- before surgery or ablation, to shrink metastases and make their removal possible or safer;
- after surgery or ablation, to lower the risk that the cancer returns;
- as the main treatment when there are many metastases, often in both lobes of the liver, or when the cancer has also spread elsewhere;
- as hepatic artery infusion in selected centres, mainly when the disease is limited to the liver.

You need to be well enough to cope with the treatment, and your blood counts and liver function must allow it. A multidisciplinary tumour board decides the regimen, often together with targeted drugs.`,
      steps: `1. The tumour board reviews your histology, scans, blood tests and earlier treatment and chooses the drugs and schedule.
2. A small port is often placed under the skin of the chest so that drips do not need a new vein each time; for hepatic artery infusion a catheter or pump is placed in the hepatic artery through a blood vessel or during an operation.
3. Before each cycle a doctor sees you and checks your blood counts and liver and kidney function.
4. The drugs run over several hours in a day unit; some regimens continue for one to two days through a small portable pump.
5. Cycles are usually repeated every two to three weeks, with rest periods in between.
6. A CT or MRI every few cycles shows how the metastases respond, and the plan is adjusted.`,
      preparation: `- The histology report confirming where the cancer started, and recent contrast CT or MRI scans.
- A detailed list of any chemotherapy you have had before, with drug names, doses, dates and how you tolerated it.
- Blood tests: blood count, liver and kidney function; tumour markers if they have been measured before.
- A full list of your medicines and supplements, as some interact with chemotherapy.
- A dental check and treatment of any infection beforehand, if time allows.`,
      recovery: `Most intravenous chemotherapy is given as a day treatment and you go back to your room or hotel afterwards. Tiredness and other side effects are usually strongest in the days after each cycle and ease before the next one.

A course often lasts several months, so patients travelling abroad should agree early whether later cycles can be given closer to home and ask for a written plan with drug names and doses. If you get a fever or feel very unwell between cycles, contact the treating team at once, because it can be a sign of infection when your white blood cells are low.`,
      risks: `Side effects depend on the drugs and the dose and most of them pass after treatment ends:

- tiredness, nausea, vomiting, diarrhoea and mouth sores;
- low blood counts, with a higher risk of infection, bleeding or anaemia;
- hair thinning or loss with some drugs;
- tingling or numbness in the hands and feet with some drugs, which may last;
- damage to healthy liver tissue after long courses, which matters if surgery is planned later;
- with hepatic artery infusion, problems with the catheter or pump, inflammation of the bile ducts and stomach irritation or ulcers.`,
    },
    ru: {
      name: "Химиотерапия",
      summary:
        "При химиотерапии применяют препараты, повреждающие быстро делящиеся опухолевые клетки. При метастазах в печени их вводят в вену, чтобы они достигли всего организма, или в некоторых центрах — прямо в артерию, питающую печень.",
      metaDescription:
        "Химиотерапия при метастазах в печени: внутривенные курсы и инфузия в печёночную артерию, когда их применяют, как проходит курс, подготовка и побочные эффекты.",
      howItWorks: `Химиопрепараты (цитостатики) нарушают деление клеток. Опухолевые клетки делятся быстро, поэтому страдают сильнее всего, но затрагиваются и быстро обновляющиеся здоровые клетки — кроветворные, клетки слизистой кишечника и волосяных луковиц.

При системной химиотерапии препараты вводят капельно в вену, иногда также назначают таблетки, и они распространяются по всему организму. Поэтому они одновременно действуют на метастазы в печени и в других органах.

При регионарной химиотерапии, или инфузии в печёночную артерию, препарат подают через тонкий катетер прямо в печёночную артерию. Метастазы в печени получают кровь в основном из этой артерии, поэтому доза в них выше, а остальной организм получает меньше. Химиоэмболизация (ТАХЭ), при которой сосуды опухоли ещё и перекрывают, — это другая процедура, ей посвящена отдельная страница.`,
      whoItIsFor: `Выбор препаратов зависит прежде всего от того, где возникла первичная опухоль, поэтому одна схема подходит не всем. Химиотерапию при метастазах в печени применяют:

- перед операцией или абляцией, чтобы уменьшить метастазы и сделать их удаление возможным или более безопасным;
- после операции или абляции, чтобы снизить риск возвращения болезни;
- как основное лечение, если метастазов много, часто в обеих долях печени, или если опухоль распространилась и на другие органы;
- в виде инфузии в печёночную артерию в отдельных центрах, в основном когда болезнь ограничена печенью.

Общее состояние должно позволять перенести лечение, а показатели крови и функция печени — допускать его. Схему определяет мультидисциплинарный онкологический консилиум, нередко вместе с таргетными препаратами.`,
      steps: `1. Консилиум изучает гистологическое заключение, снимки, анализы крови и предыдущее лечение и выбирает препараты и режим.
2. Часто под кожу грудной клетки устанавливают небольшую порт-систему, чтобы не искать вену для каждой капельницы; для инфузии в печёночную артерию катетер или помпу устанавливают в эту артерию через сосуд или во время операции.
3. Перед каждым курсом врач осматривает вас и проверяет показатели крови, функцию печени и почек.
4. Препараты вводят в течение нескольких часов в дневном стационаре; при некоторых схемах введение продолжается один-два дня через небольшую переносную помпу.
5. Курсы обычно повторяют каждые две-три недели с перерывами между ними.
6. Через каждые несколько курсов КТ или МРТ показывает, как метастазы реагируют на лечение, и план корректируют.`,
      preparation: `- Гистологическое заключение, подтверждающее, где возникла опухоль, и свежие КТ или МРТ с контрастом.
- Подробные сведения о ранее проведённой химиотерапии: названия препаратов, дозы, даты и переносимость.
- Анализы крови: общий анализ, показатели функции печени и почек; онкомаркеры, если их уже определяли.
- Полный список лекарств и добавок: некоторые из них взаимодействуют с химиопрепаратами.
- По возможности заранее — осмотр стоматолога и лечение очагов инфекции.`,
      recovery: `Большинство внутривенных курсов проводят в дневном стационаре, после чего вы возвращаетесь в палату или гостиницу. Слабость и другие побочные эффекты обычно сильнее всего в первые дни после курса и ослабевают к следующему.

Лечение часто длится несколько месяцев, поэтому пациентам, которые едут за границу, стоит заранее договориться, можно ли продолжить курсы ближе к дому, и попросить письменный план с названиями и дозами препаратов. Если между курсами поднялась температура или вы чувствуете себя очень плохо, сразу свяжитесь с лечащей командой: при сниженных лейкоцитах это может быть признаком инфекции.`,
      risks: `Побочные эффекты зависят от препаратов и дозы, и большинство из них проходит после окончания лечения:

- слабость, тошнота, рвота, диарея и воспаление слизистой рта;
- снижение показателей крови с повышенным риском инфекций, кровотечений или анемии;
- поредение или выпадение волос при применении некоторых препаратов;
- покалывание или онемение кистей и стоп при применении некоторых препаратов, иногда надолго;
- повреждение здоровой ткани печени после длительных курсов, что важно, если позже планируется операция;
- при инфузии в печёночную артерию — осложнения, связанные с катетером или помпой, воспаление желчных протоков, раздражение или язвы желудка.`,
    },
    uk: {
      name: "Хіміотерапія",
      summary:
        "Під час хіміотерапії застосовують препарати, що пошкоджують пухлинні клітини, які швидко діляться. За метастазів у печінці їх вводять у вену, щоб вони досягли всього організму, або в деяких центрах — просто в артерію, що живить печінку.",
      metaDescription:
        "Хіміотерапія при метастазах у печінці: внутрішньовенні курси та інфузія в печінкову артерію, коли їх застосовують, як проходить курс і побічні ефекти.",
      howItWorks: `Хіміопрепарати (цитостатики) порушують поділ клітин. Пухлинні клітини діляться швидко, тому страждають найбільше, але зачіпаються й здорові клітини, що швидко оновлюються, — кровотворні, клітини слизової кишківника та волосяних цибулин.

Під час системної хіміотерапії препарати вводять крапельно у вену, іноді також призначають таблетки, і вони поширюються всім організмом. Тому вони водночас діють на метастази в печінці та в інших органах.

Під час регіонарної хіміотерапії, або інфузії в печінкову артерію, препарат подають через тонкий катетер просто в печінкову артерію. Метастази в печінці отримують кров переважно з цієї артерії, тож доза в них вища, а решта організму отримує менше. Хіміоемболізація (ТАХЕ), під час якої судини пухлини ще й перекривають, — це інша процедура, їй присвячена окрема сторінка.`,
      whoItIsFor: `Вибір препаратів залежить передусім від того, де виникла первинна пухлина, тому одна схема підходить не всім. Хіміотерапію при метастазах у печінці застосовують:

- перед операцією чи абляцією, щоб зменшити метастази й зробити їх видалення можливим або безпечнішим;
- після операції чи абляції, щоб знизити ризик повернення хвороби;
- як основне лікування, якщо метастазів багато, часто в обох частках печінки, або якщо пухлина поширилася й на інші органи;
- у вигляді інфузії в печінкову артерію в окремих центрах, переважно коли хвороба обмежена печінкою.

Загальний стан має дозволяти перенести лікування, а показники крові та функція печінки — допускати його. Схему визначає мультидисциплінарний онкологічний консиліум, нерідко разом із таргетними препаратами.`,
      steps: `1. Консиліум вивчає гістологічний висновок, знімки, аналізи крові та попереднє лікування і обирає препарати й режим.
2. Часто під шкіру грудної клітки встановлюють невелику порт-систему, щоб не шукати вену для кожної крапельниці; для інфузії в печінкову артерію катетер або помпу встановлюють у цю артерію через судину чи під час операції.
3. Перед кожним курсом лікар оглядає вас і перевіряє показники крові, функцію печінки та нирок.
4. Препарати вводять упродовж кількох годин в денному стаціонарі; за деяких схем введення триває один-два дні через невелику переносну помпу.
5. Курси зазвичай повторюють кожні два-три тижні з перервами між ними.
6. Через кожні кілька курсів КТ або МРТ показує, як метастази реагують на лікування, і план коригують.`,
      preparation: `- Гістологічний висновок, що підтверджує, де виникла пухлина, і нещодавні КТ або МРТ з контрастом.
- Детальні відомості про попередню хіміотерапію: назви препаратів, дози, дати й переносимість.
- Аналізи крові: загальний аналіз, показники функції печінки та нирок; онкомаркери, якщо їх уже визначали.
- Повний перелік ліків і добавок: деякі з них взаємодіють із хіміопрепаратами.
- За можливості заздалегідь — огляд стоматолога й лікування вогнищ інфекції.`,
      recovery: `Більшість внутрішньовенних курсів проводять у денному стаціонарі, після чого ви повертаєтеся до палати чи готелю. Слабкість та інші побічні ефекти зазвичай найсильніші в перші дні після курсу й слабшають до наступного.

Лікування часто триває кілька місяців, тому пацієнтам, які їдуть за кордон, варто заздалегідь домовитися, чи можна продовжити курси ближче до дому, і попросити письмовий план із назвами та дозами препаратів. Якщо між курсами піднялася температура або ви почуваєтеся дуже погано, негайно зв’яжіться з лікувальною командою: за зниженого рівня лейкоцитів це може бути ознакою інфекції.`,
      risks: `Побічні ефекти залежать від препаратів і дози, і більшість із них минає після завершення лікування:

- слабкість, нудота, блювання, діарея та запалення слизової рота;
- зниження показників крові з підвищеним ризиком інфекцій, кровотеч або анемії;
- рідшання чи випадіння волосся за застосування деяких препаратів;
- поколювання або оніміння кистей і стоп за застосування деяких препаратів, іноді надовго;
- пошкодження здорової тканини печінки після тривалих курсів, що важливо, якщо згодом планується операція;
- під час інфузії в печінкову артерію — ускладнення, пов’язані з катетером або помпою, запалення жовчних проток, подразнення чи виразки шлунка.`,
    },
    de: {
      name: "Chemotherapie",
      summary:
        "Bei der Chemotherapie werden Medikamente eingesetzt, die sich rasch teilende Krebszellen schädigen. Bei Lebermetastasen werden sie in eine Vene gegeben und erreichen so den ganzen Körper, oder in manchen Zentren direkt in die Arterie, die die Leber versorgt.",
      metaDescription:
        "Chemotherapie bei Lebermetastasen: Infusionen über die Vene und Leberarterien-Infusion, wann sie eingesetzt werden, Ablauf, Vorbereitung und Nebenwirkungen.",
      howItWorks: `Chemotherapeutika (Zytostatika) stören die Zellteilung. Krebszellen teilen sich schnell und werden daher am stärksten getroffen, doch auch sich rasch erneuernde gesunde Zellen wie blutbildende Zellen, die Darmschleimhaut und die Haarwurzeln sind betroffen.

Bei der systemischen Chemotherapie werden die Medikamente als Infusion in eine Vene gegeben, manchmal zusätzlich als Tabletten, und verteilen sich im ganzen Körper. Sie wirken daher gleichzeitig auf Metastasen in der Leber und an anderen Stellen.

Bei der regionalen Chemotherapie, der Leberarterien-Infusion, gelangt das Medikament über einen dünnen Katheter direkt in die Leberarterie. Lebermetastasen beziehen ihr Blut überwiegend aus dieser Arterie; sie erhalten daher eine höhere Dosis, der übrige Körper weniger. Die Chemoembolisation (TACE), bei der zusätzlich die Tumorgefäße verschlossen werden, ist ein anderes Verfahren mit eigener Seite.`,
      whoItIsFor: `Welche Medikamente eingesetzt werden, hängt vor allem davon ab, wo der Krebs entstanden ist; ein einheitliches Schema für alle gibt es nicht. Bei Lebermetastasen wird die Chemotherapie eingesetzt:

- vor einer Operation oder Ablation, um Metastasen zu verkleinern und ihre Entfernung zu ermöglichen oder sicherer zu machen;
- nach einer Operation oder Ablation, um das Rückfallrisiko zu senken;
- als Hauptbehandlung, wenn viele Metastasen vorliegen, oft in beiden Leberlappen, oder wenn der Krebs auch andernorts gestreut hat;
- als Leberarterien-Infusion in ausgewählten Zentren, vor allem wenn die Erkrankung auf die Leber begrenzt ist.

Ihr Allgemeinzustand muss die Behandlung zulassen, ebenso Blutwerte und Leberfunktion. Das Schema legt eine interdisziplinäre Tumorkonferenz fest, oft zusammen mit zielgerichteten Medikamenten.`,
      steps: `1. Die Tumorkonferenz prüft Histologie, Aufnahmen, Blutwerte und bisherige Behandlungen und wählt Medikamente und Zeitplan.
2. Oft wird ein kleiner Port unter die Haut der Brust eingesetzt, damit nicht für jede Infusion eine neue Vene nötig ist; für die Leberarterien-Infusion wird ein Katheter oder eine Pumpe über ein Blutgefäß oder während einer Operation in die Leberarterie gelegt.
3. Vor jedem Zyklus untersucht Sie ein Arzt und prüft Blutbild sowie Leber- und Nierenwerte.
4. Die Medikamente laufen über einige Stunden in einer Tagesklinik; bei manchen Schemata geht die Gabe über eine kleine tragbare Pumpe ein bis zwei Tage weiter.
5. Die Zyklen werden meist alle zwei bis drei Wochen wiederholt, mit Pausen dazwischen.
6. Alle paar Zyklen zeigt ein CT oder MRT, wie die Metastasen ansprechen, und der Plan wird angepasst.`,
      preparation: `- Der histologische Befund, der den Ursprung des Krebses bestätigt, und aktuelle CT- oder MRT-Aufnahmen mit Kontrastmittel.
- Genaue Angaben zu früheren Chemotherapien: Wirkstoffe, Dosen, Zeiträume und Verträglichkeit.
- Blutuntersuchungen: Blutbild, Leber- und Nierenwerte; Tumormarker, falls sie schon bestimmt wurden.
- Eine vollständige Liste Ihrer Medikamente und Nahrungsergänzungsmittel, da manche mit der Chemotherapie wechselwirken.
- Wenn die Zeit es erlaubt, vorher eine zahnärztliche Kontrolle und die Behandlung von Entzündungsherden.`,
      recovery: `Die meisten Infusionen über die Vene erfolgen ambulant in einer Tagesklinik; danach kehren Sie in Ihr Zimmer oder Hotel zurück. Müdigkeit und andere Nebenwirkungen sind meist in den Tagen nach einem Zyklus am stärksten und lassen bis zum nächsten nach.

Eine Behandlung dauert oft mehrere Monate. Wer dafür ins Ausland reist, sollte früh klären, ob spätere Zyklen näher am Wohnort erfolgen können, und sich einen schriftlichen Plan mit Wirkstoffen und Dosen geben lassen. Bei Fieber oder starkem Unwohlsein zwischen den Zyklen wenden Sie sich sofort an das Behandlungsteam, denn bei niedrigen weißen Blutkörperchen kann das eine Infektion anzeigen.`,
      risks: `Die Nebenwirkungen hängen von Medikamenten und Dosis ab; die meisten klingen nach Behandlungsende ab:

- Müdigkeit, Übelkeit, Erbrechen, Durchfall und Entzündungen der Mundschleimhaut;
- niedrige Blutwerte mit erhöhtem Risiko für Infektionen, Blutungen oder Blutarmut;
- dünner werdendes Haar oder Haarausfall bei manchen Medikamenten;
- Kribbeln oder Taubheit in Händen und Füßen bei manchen Medikamenten, teils anhaltend;
- Schädigung des gesunden Lebergewebes nach langen Behandlungen, was bei einer später geplanten Operation wichtig ist;
- bei der Leberarterien-Infusion Probleme mit Katheter oder Pumpe, Entzündung der Gallengänge sowie Magenreizung oder -geschwüre.`,
    },
    ar: {
      name: "العلاج الكيميائي",
      summary:
        "يستخدم العلاج الكيميائي أدوية تُتلف الخلايا السرطانية سريعة الانقسام. وفي نقائل الكبد تُعطى هذه الأدوية في الوريد لتصل إلى الجسم كله، أو في بعض المراكز مباشرةً في الشريان الذي يغذي الكبد.",
      metaDescription:
        "العلاج الكيميائي لنقائل الكبد: الدورات الوريدية والتسريب في الشريان الكبدي، ومتى يُستخدمان، وكيف تسير الدورة، والتحضير، والآثار الجانبية.",
      howItWorks: `تعيق أدوية العلاج الكيميائي (مثبطات الخلايا) انقسام الخلايا. ولأن الخلايا السرطانية تنقسم بسرعة فهي الأكثر تأثرًا، لكن الخلايا السليمة سريعة التجدد تتأثر أيضًا، مثل الخلايا المكوِّنة للدم وبطانة الأمعاء وجذور الشعر.

في العلاج الكيميائي الجهازي تُعطى الأدوية بالتسريب في الوريد، وأحيانًا على شكل أقراص أيضًا، فتنتقل في الجسم كله. ولذلك تؤثر في الوقت نفسه في النقائل الموجودة في الكبد وفي غيره.

أما في العلاج الكيميائي الموضعي، أي التسريب في الشريان الكبدي، فيُوصَل الدواء عبر قثطار رفيع مباشرةً إلى الشريان الكبدي. وتستمد نقائل الكبد معظم دمها من هذا الشريان، فتتلقى جرعة أعلى بينما يصل إلى بقية الجسم قدر أقل. أما الانصمام الكيميائي (TACE)، الذي تُسدّ فيه أوعية الورم أيضًا، فهو إجراء مختلف له صفحة مستقلة.`,
      whoItIsFor: `يتوقف اختيار الأدوية قبل كل شيء على العضو الذي نشأ فيه السرطان، ولذلك لا تناسب خطة واحدة جميع المرضى. ويُستخدم العلاج الكيميائي في نقائل الكبد:

- قبل الجراحة أو الاستئصال الموضعي لتصغير النقائل وجعل إزالتها ممكنة أو أكثر أمانًا؛
- بعد الجراحة أو الاستئصال الموضعي لتقليل خطر عودة المرض؛
- علاجًا رئيسيًا عندما تكون النقائل كثيرة، وغالبًا في فصّي الكبد كليهما، أو عندما يكون السرطان قد انتشر إلى أماكن أخرى أيضًا؛
- على شكل تسريب في الشريان الكبدي في مراكز مختارة، ولا سيما عندما يقتصر المرض على الكبد.

يجب أن تسمح حالتك العامة بتحمّل العلاج، وأن تسمح به كذلك تحاليل الدم ووظائف الكبد. ويحدد فريق الأورام متعدد التخصصات نظام العلاج، وكثيرًا ما يجمعه مع أدوية موجّهة.`,
      steps: `1. يراجع فريق الأورام تقرير الفحص النسيجي والصور وتحاليل الدم والعلاجات السابقة، ويختار الأدوية ومواعيدها.
2. كثيرًا ما يُزرع منفذ صغير تحت جلد الصدر حتى لا يلزم البحث عن وريد جديد في كل مرة؛ وفي التسريب في الشريان الكبدي يُوضَع قثطار أو مضخة في هذا الشريان عبر وعاء دموي أو أثناء عملية جراحية.
3. قبل كل دورة يفحصك الطبيب ويتحقق من تعداد الدم ووظائف الكبد والكلى.
4. تُعطى الأدوية على مدى بضع ساعات في وحدة العلاج النهاري، وفي بعض الأنظمة يستمر التسريب يومًا أو يومين عبر مضخة صغيرة محمولة.
5. تتكرر الدورات عادةً كل أسبوعين إلى ثلاثة أسابيع مع فترات راحة بينها.
6. بعد كل بضع دورات يُظهر التصوير المقطعي أو الرنين المغناطيسي مدى استجابة النقائل، وتُعدَّل الخطة وفقًا لذلك.`,
      preparation: `- تقرير الفحص النسيجي الذي يؤكد منشأ السرطان، وصور حديثة بالتصوير المقطعي أو الرنين المغناطيسي بمادة التباين.
- معلومات مفصلة عن أي علاج كيميائي سابق: أسماء الأدوية وجرعاتها وتواريخها ومدى تحمّلك لها.
- تحاليل الدم: تعداد الدم الكامل ووظائف الكبد والكلى، وكذلك دلالات الأورام إن كانت قد قيست من قبل.
- قائمة كاملة بأدويتك ومكملاتك الغذائية، لأن بعضها يتداخل مع العلاج الكيميائي.
- فحص الأسنان وعلاج أي بؤرة التهاب مسبقًا إن سمح الوقت.`,
      recovery: `يُعطى معظم العلاج الكيميائي الوريدي في وحدة العلاج النهاري، ثم تعود إلى غرفتك أو فندقك. ويكون التعب وغيره من الآثار الجانبية عادةً في أشده خلال الأيام التالية لكل دورة، ثم يخف قبل الدورة التالية.

كثيرًا ما يستمر العلاج عدة أشهر، لذلك ينبغي لمن يسافر إلى الخارج أن يتفق مبكرًا على إمكانية تلقي الدورات اللاحقة قرب بلده، وأن يطلب خطة مكتوبة بأسماء الأدوية وجرعاتها. وإذا أصبت بالحمى أو شعرت بتوعك شديد بين الدورات فتواصل فورًا مع الفريق المعالج، فقد تكون علامة على عدوى عندما تنخفض خلايا الدم البيضاء.`,
      risks: `تتوقف الآثار الجانبية على الأدوية والجرعة، ويزول معظمها بعد انتهاء العلاج:

- التعب والغثيان والقيء والإسهال وتقرحات الفم؛
- انخفاض تعداد الدم مع زيادة خطر العدوى أو النزيف أو فقر الدم؛
- ترقق الشعر أو تساقطه مع بعض الأدوية؛
- وخز أو خدر في اليدين والقدمين مع بعض الأدوية، وقد يستمر فترة طويلة؛
- تضرر نسيج الكبد السليم بعد الدورات الطويلة، وهو أمر مهم إذا كانت الجراحة مخططًا لها لاحقًا؛
- في التسريب في الشريان الكبدي: مشكلات في القثطار أو المضخة، والتهاب القنوات الصفراوية، وتهيّج المعدة أو تقرحها.`,
    },
  },
};
