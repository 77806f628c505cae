import type { TreatmentSeed } from "../types";

// Cryoablation. Seed 003 (MedTour) mentions cooling the tumour with liquid nitrogen. The seeds give no outcome
// figures for it, so none are listed.
export const cryoablation: TreatmentSeed = {
  slug: "cryoablation",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "blood-tests", required: true },
    { key: "biopsy-histology", required: true },
    { key: "treatment-history", required: true },
    { key: "current-medications", required: true },
    { key: "discharge-summaries", required: false },
    { key: "pet-ct", required: false },
    { key: "tumor-markers", required: false },
  ],
  figures: [],
  text: {
    en: {
      name: "Cryoablation",
      summary:
        "Cryoablation destroys a liver metastasis by freezing it with thin probes placed under imaging guidance. For liver metastases it is used less often than heat-based ablation.",
      metaDescription:
        "Cryoablation of liver metastases: how freezing with thin probes works, when it may be considered, preparation, recovery and risks, in plain language.",
      howItWorks: `In cryoablation, one or more thin probes (cryoprobes) are placed into the metastasis. Liquid nitrogen or argon gas circulating inside the probe cools its tip far below freezing point. An ice ball forms around the tip and encloses the tumour; ice crystals and damage to the tiny blood vessels kill the cancer cells.

The tissue is usually frozen, allowed to thaw and frozen again. The ice ball is clearly visible on CT, MRI or ultrasound, so the doctor can see during the procedure whether it covers the tumour and a margin of healthy tissue. Cryoablation can be done through the skin or during an operation.`,
      whoItIsFor: `For liver metastases, cryoablation is used less often than radiofrequency or microwave ablation. Heat ablation is quicker, more widely available and better studied in the liver, and freezing a large volume of liver tissue carries specific risks. Cryoablation is therefore offered mainly by centres with particular experience in it.

It may be considered when:

- there are a few metastases of limited size and surgery is not possible or not advisable;
- precise visual control of the treated zone is especially important, for example next to a sensitive structure;
- the treatment is combined with an operation.

Whether it suits you, or whether heat ablation or another method would be preferable, is decided by a multidisciplinary tumour board on the basis of your scans.`,
      steps: `1. The tumour board reviews recent contrast scans and plans how many probes are needed and where.
2. You receive general anaesthesia or sedation with pain relief.
3. Guided by CT, MRI or ultrasound, the cryoprobes are inserted through the skin or placed during an operation.
4. The tumour is frozen, allowed to thaw and frozen again, while the ice ball is watched on the images.
5. After a final thaw the probes are removed and the puncture sites are covered with small dressings.
6. Blood tests and a check scan afterwards help to detect bleeding or other problems early.`,
      preparation: `- A recent contrast-enhanced CT or MRI of the liver (ideally from the last few weeks) and reports of earlier treatments.
- Blood tests: blood count, liver and kidney function, and clotting.
- A full list of your medicines; blood thinners and antiplatelet drugs often need to be paused on the doctor's advice.
- An anaesthesia assessment; you will usually be asked not to eat for about 6 hours beforehand.
- Tell the team about previous bile-duct surgery, stents or any tendency to bleed.`,
      recovery: `After a procedure through the skin, a hospital stay of one to a few days is typical; if cryoablation is done during an operation, recovery follows that of the operation. Discomfort at the probe sites, tiredness and mild fever for a few days are common.

In the first days, blood tests check liver and kidney function, platelets and clotting, because substances released from the frozen tissue can affect them. A contrast CT or MRI about one month later, and then at regular intervals, shows whether the treatment was complete. Ask the team when it is safe to fly home.`,
      risks: `Most side effects are mild and temporary, but serious complications can occur:

- pain, fever and tiredness for several days;
- bleeding, including from a crack in the frozen surface of the liver;
- a fall in platelets and disturbed blood clotting;
- rarely, after freezing a large volume of liver, a severe whole-body reaction ("cryoshock") with low blood pressure, clotting problems and failure of the kidneys or other organs;
- injury to bile ducts or nearby organs, infection or abscess;
- the tumour growing back at the edge of the treated zone.`,
    },
    ru: {
      name: "Криоабляция",
      summary:
        "При криоабляции метастаз в печени разрушают замораживанием с помощью тонких зондов, которые устанавливают под контролем визуализации. При метастазах в печени её применяют реже, чем тепловую абляцию.",
      metaDescription:
        "Криоабляция метастазов в печени: как работает замораживание тонкими зондами, когда метод могут предложить, подготовка, восстановление и риски простым языком.",
      howItWorks: `При криоабляции в метастаз вводят один или несколько тонких зондов (криозондов). Внутри зонда циркулирует жидкий азот или газ аргон, который охлаждает его кончик намного ниже точки замерзания. Вокруг кончика образуется ледяной шар, охватывающий опухоль; кристаллы льда и повреждение мельчайших сосудов приводят к гибели опухолевых клеток.

Обычно ткань замораживают, дают ей оттаять и замораживают снова. Ледяной шар хорошо виден на КТ, МРТ или УЗИ, поэтому врач прямо во время процедуры видит, охватывает ли он опухоль и край здоровой ткани. Криоабляцию можно выполнить через прокол кожи или во время операции.`,
      whoItIsFor: `При метастазах в печени криоабляцию применяют реже, чем радиочастотную или микроволновую абляцию. Тепловая абляция быстрее, доступнее и лучше изучена именно в печени, а замораживание большого объёма печёночной ткани связано с особыми рисками. Поэтому криоабляцию предлагают в основном центры, имеющие с ней специальный опыт.

Её могут рассмотреть, если:

- метастазов немного, они ограниченного размера, а операция невозможна или нежелательна;
- особенно важен точный визуальный контроль зоны воздействия, например рядом с чувствительной структурой;
- лечение сочетают с операцией.

Подходит ли вам этот метод или предпочтительнее тепловая абляция либо другой способ, решает мультидисциплинарный онкологический консилиум на основании ваших снимков.`,
      steps: `1. Консилиум изучает свежие снимки с контрастом и планирует, сколько зондов нужно и куда их ввести.
2. Вам проводят общий наркоз или седацию с обезболиванием.
3. Под контролем КТ, МРТ или УЗИ криозонды вводят через кожу или устанавливают во время операции.
4. Опухоль замораживают, дают оттаять и замораживают повторно, наблюдая за ледяным шаром на снимках.
5. После окончательного оттаивания зонды извлекают, а места проколов закрывают небольшими повязками.
6. Анализы крови и контрольное исследование после процедуры помогают вовремя заметить кровотечение и другие осложнения.`,
      preparation: `- Свежая КТ или МРТ печени с контрастированием (желательно за последние несколько недель) и выписки о предыдущем лечении.
- Анализы крови: общий анализ, показатели функции печени и почек, коагулограмма.
- Полный список лекарств: антикоагулянты и антиагреганты часто нужно временно отменить по указанию врача.
- Осмотр анестезиолога; обычно перед процедурой нельзя есть около 6 часов.
- Сообщите врачам о перенесённых операциях на желчных протоках, стентах и склонности к кровотечениям.`,
      recovery: `После чрескожной процедуры обычно требуется от одного до нескольких дней в больнице; если криоабляцию выполняют во время операции, восстановление идёт так же, как после самой операции. Несколько дней могут беспокоить боль в местах проколов, слабость и небольшая температура.

В первые дни берут анализы крови, чтобы проверить функцию печени и почек, уровень тромбоцитов и свёртываемость: вещества, выделяющиеся из замороженной ткани, могут на них повлиять. Примерно через месяц, а затем регулярно делают КТ или МРТ с контрастом, чтобы оценить, полностью ли обработан очаг. Уточните у врачей, когда можно безопасно лететь домой.`,
      risks: `Большинство побочных явлений лёгкие и временные, но возможны и серьёзные осложнения:

- боль, температура и слабость в течение нескольких дней;
- кровотечение, в том числе из трещины на поверхности замороженной печени;
- снижение уровня тромбоцитов и нарушения свёртываемости крови;
- редко, после замораживания большого объёма печени, — тяжёлая общая реакция организма («криошок») с падением давления, нарушением свёртываемости и недостаточностью почек или других органов;
- повреждение желчных протоков или соседних органов, инфекция или абсцесс;
- повторный рост опухоли по краю обработанной зоны.`,
    },
    uk: {
      name: "Кріоабляція",
      summary:
        "Під час кріоабляції метастаз у печінці руйнують заморожуванням за допомогою тонких зондів, які встановлюють під контролем візуалізації. За метастазів у печінці її застосовують рідше, ніж теплову абляцію.",
      metaDescription:
        "Кріоабляція метастазів у печінці: як діє заморожування тонкими зондами, коли метод можуть запропонувати, підготовка, відновлення та ризики простою мовою.",
      howItWorks: `Під час кріоабляції в метастаз вводять один або кілька тонких зондів (кріозондів). Усередині зонда циркулює рідкий азот або газ аргон, що охолоджує його кінчик значно нижче точки замерзання. Довкола кінчика утворюється крижана куля, яка охоплює пухлину; кристали льоду та пошкодження найдрібніших судин спричиняють загибель пухлинних клітин.

Зазвичай тканину заморожують, дають їй відтанути й заморожують знову. Крижану кулю добре видно на КТ, МРТ або УЗД, тож лікар просто під час процедури бачить, чи охоплює вона пухлину та край здорової тканини. Кріоабляцію можна виконати через прокол шкіри або під час операції.`,
      whoItIsFor: `За метастазів у печінці кріоабляцію застосовують рідше, ніж радіочастотну чи мікрохвильову абляцію. Теплова абляція швидша, доступніша і краще вивчена саме в печінці, а заморожування великого об’єму печінкової тканини пов’язане з особливими ризиками. Тому кріоабляцію пропонують переважно центри, що мають із нею спеціальний досвід.

Її можуть розглянути, якщо:

- метастазів небагато, вони обмеженого розміру, а операція неможлива чи небажана;
- особливо важливий точний візуальний контроль зони впливу, наприклад поруч із чутливою структурою;
- лікування поєднують з операцією.

Чи підходить вам цей метод, чи краще обрати теплову абляцію або інший спосіб, вирішує мультидисциплінарний онкологічний консиліум на підставі ваших знімків.`,
      steps: `1. Консиліум вивчає нещодавні знімки з контрастом і планує, скільки зондів потрібно та куди їх ввести.
2. Вам проводять загальний наркоз або седацію зі знеболенням.
3. Під контролем КТ, МРТ або УЗД кріозонди вводять через шкіру або встановлюють під час операції.
4. Пухлину заморожують, дають відтанути й заморожують повторно, спостерігаючи за крижаною кулею на знімках.
5. Після остаточного відтавання зонди виймають, а місця проколів закривають невеликими пов’язками.
6. Аналізи крові та контрольне дослідження після процедури допомагають вчасно помітити кровотечу й інші ускладнення.`,
      preparation: `- Нещодавня КТ або МРТ печінки з контрастуванням (бажано за останні кілька тижнів) і виписки про попереднє лікування.
- Аналізи крові: загальний аналіз, показники функції печінки та нирок, коагулограма.
- Повний перелік ліків: антикоагулянти й антиагреганти часто треба тимчасово відмінити за вказівкою лікаря.
- Огляд анестезіолога; зазвичай перед процедурою не можна їсти приблизно 6 годин.
- Повідомте лікарів про перенесені операції на жовчних протоках, стенти та схильність до кровотеч.`,
      recovery: `Після черезшкірної процедури зазвичай потрібно від одного до кількох днів у лікарні; якщо кріоабляцію виконують під час операції, відновлення відбувається так само, як після самої операції. Кілька днів можуть турбувати біль у місцях проколів, слабкість і невисока температура.

У перші дні беруть аналізи крові, щоб перевірити функцію печінки та нирок, рівень тромбоцитів і згортання: речовини, що вивільняються із замороженої тканини, можуть на них вплинути. Приблизно через місяць, а потім регулярно роблять КТ або МРТ з контрастом, щоб оцінити, чи повністю оброблене вогнище. Уточніть у лікарів, коли можна безпечно летіти додому.`,
      risks: `Більшість побічних явищ легкі й минущі, але можливі й серйозні ускладнення:

- біль, температура та слабкість протягом кількох днів;
- кровотеча, зокрема з тріщини на поверхні замороженої печінки;
- зниження рівня тромбоцитів і порушення згортання крові;
- рідко, після заморожування великого об’єму печінки, — тяжка загальна реакція організму («кріошок») зі зниженням тиску, порушенням згортання та недостатністю нирок або інших органів;
- пошкодження жовчних проток або сусідніх органів, інфекція чи абсцес;
- повторний ріст пухлини по краю обробленої зони.`,
    },
    de: {
      name: "Kryoablation",
      summary:
        "Bei der Kryoablation wird eine Lebermetastase mit dünnen Sonden, die unter Bildkontrolle platziert werden, durch Vereisung zerstört. Bei Lebermetastasen wird sie seltener eingesetzt als die Hitzeablation.",
      metaDescription:
        "Kryoablation von Lebermetastasen: wie die Vereisung mit dünnen Sonden wirkt, wann sie infrage kommt, Vorbereitung, Erholung und Risiken verständlich erklärt.",
      howItWorks: `Bei der Kryoablation werden eine oder mehrere dünne Sonden (Kryosonden) in die Metastase eingeführt. In der Sonde zirkuliert flüssiger Stickstoff oder Argongas und kühlt die Spitze weit unter den Gefrierpunkt. Um die Spitze bildet sich ein Eisball, der den Tumor umschließt; Eiskristalle und die Schädigung kleinster Blutgefäße lassen die Krebszellen absterben.

Meist wird das Gewebe eingefroren, aufgetaut und erneut eingefroren. Der Eisball ist im CT, MRT oder Ultraschall gut sichtbar, sodass das Team schon während des Eingriffs erkennt, ob er den Tumor samt Sicherheitssaum erfasst. Die Kryoablation kann durch die Haut oder während einer Operation erfolgen.`,
      whoItIsFor: `Bei Lebermetastasen wird die Kryoablation seltener angewendet als die Radiofrequenz- oder Mikrowellenablation. Die Hitzeablation ist schneller, breiter verfügbar und in der Leber besser untersucht, und das Vereisen eines großen Lebervolumens birgt besondere Risiken. Angeboten wird die Kryoablation daher vor allem von Zentren mit spezieller Erfahrung.

Sie kann infrage kommen, wenn:

- wenige Metastasen begrenzter Größe vorliegen und eine Operation nicht möglich oder nicht ratsam ist;
- eine genaue Sichtkontrolle der Behandlungszone besonders wichtig ist, etwa neben einer empfindlichen Struktur;
- die Behandlung mit einer Operation kombiniert wird.

Ob sie für Sie geeignet ist oder ob eine Hitzeablation oder ein anderes Verfahren vorzuziehen ist, entscheidet eine interdisziplinäre Tumorkonferenz anhand Ihrer Aufnahmen.`,
      steps: `1. Die Tumorkonferenz prüft aktuelle Kontrastmittelaufnahmen und plant, wie viele Sonden wo benötigt werden.
2. Sie erhalten eine Vollnarkose oder eine Sedierung mit Schmerzmitteln.
3. Unter CT-, MRT- oder Ultraschallkontrolle werden die Kryosonden durch die Haut eingeführt oder während einer Operation platziert.
4. Der Tumor wird eingefroren, aufgetaut und erneut eingefroren, während der Eisball auf den Bildern beobachtet wird.
5. Nach dem letzten Auftauen werden die Sonden entfernt und die Einstichstellen mit kleinen Pflastern versorgt.
6. Blutuntersuchungen und eine Kontrollaufnahme danach helfen, Blutungen und andere Probleme früh zu erkennen.`,
      preparation: `- Ein aktuelles CT oder MRT der Leber mit Kontrastmittel (möglichst aus den letzten Wochen) und Berichte über frühere Behandlungen.
- Blutuntersuchungen: Blutbild, Leber- und Nierenwerte sowie Gerinnung.
- Eine vollständige Medikamentenliste; Blutverdünner und Thrombozytenhemmer müssen oft nach ärztlicher Anweisung pausiert werden.
- Ein Narkosevorgespräch; meist dürfen Sie etwa 6 Stunden vorher nichts essen.
- Informieren Sie das Team über frühere Gallengangsoperationen, Stents oder eine Blutungsneigung.`,
      recovery: `Nach einem Eingriff durch die Haut bleibt man meist einen bis einige Tage im Krankenhaus; erfolgt die Kryoablation während einer Operation, richtet sich die Erholung nach dieser Operation. Beschwerden an den Einstichstellen, Müdigkeit und leichtes Fieber für einige Tage sind häufig.

In den ersten Tagen werden Leber- und Nierenwerte, Blutplättchen und Gerinnung kontrolliert, weil Stoffe aus dem vereisten Gewebe diese beeinflussen können. Etwa einen Monat später und danach in regelmäßigen Abständen zeigt ein CT oder MRT mit Kontrastmittel, ob die Behandlung vollständig war. Fragen Sie das Team, ab wann der Rückflug unbedenklich ist.`,
      risks: `Die meisten Nebenwirkungen sind leicht und vorübergehend, doch schwere Komplikationen sind möglich:

- Schmerzen, Fieber und Müdigkeit für einige Tage;
- Blutungen, auch aus einem Riss in der vereisten Leberoberfläche;
- Abfall der Blutplättchen und gestörte Blutgerinnung;
- selten, nach Vereisung eines großen Lebervolumens, eine schwere Reaktion des ganzen Körpers („Kryoschock“) mit Blutdruckabfall, Gerinnungsstörung und Versagen der Nieren oder anderer Organe;
- Verletzung von Gallengängen oder Nachbarorganen, Infektion oder Abszess;
- erneutes Tumorwachstum am Rand der behandelten Zone.`,
    },
    ar: {
      name: "الاستئصال بالتبريد",
      summary:
        "في الاستئصال بالتبريد تُتلَف النقيلة في الكبد بتجميدها عبر مسابير رفيعة تُوضَع بتوجيه من التصوير الطبي. ويُلجأ إليه في نقائل الكبد بوتيرة أقل من الاستئصال الحراري.",
      metaDescription:
        "الاستئصال بالتبريد لنقائل الكبد: كيف يعمل التجميد بمسابير رفيعة، ومتى يُنظر فيه، والتحضير له، والتعافي، والمخاطر، بلغة مبسطة.",
      howItWorks: `في الاستئصال بالتبريد يُدخَل مسبار تبريد رفيع واحد أو أكثر إلى داخل النقيلة. ويدور داخل المسبار نيتروجين سائل أو غاز الأرغون فيبرّد طرفه إلى ما دون درجة التجمد بكثير. فتتكوّن حول الطرف كرة جليدية تحيط بالورم، وتؤدي بلورات الجليد وتضرر الأوعية الدموية الدقيقة إلى موت الخلايا السرطانية.

عادةً يُجمَّد النسيج ثم يُترك ليذوب ثم يُجمَّد مرة أخرى. وتظهر الكرة الجليدية بوضوح في التصوير المقطعي المحوسب أو الرنين المغناطيسي أو الموجات فوق الصوتية، فيرى الطبيب أثناء الإجراء ما إذا كانت تغطي الورم مع حافة من النسيج السليم. ويمكن إجراء الاستئصال بالتبريد عبر الجلد أو أثناء عملية جراحية.`,
      whoItIsFor: `في نقائل الكبد يُلجأ إلى الاستئصال بالتبريد بوتيرة أقل من الاستئصال بالترددات الراديوية أو بالموجات الدقيقة، فالاستئصال الحراري أسرع وأوسع انتشارًا ومدروس بشكل أفضل في الكبد، كما أن تجميد حجم كبير من نسيج الكبد ينطوي على مخاطر خاصة. لذلك تقدّمه أساسًا مراكز ذات خبرة خاصة فيه.

قد يُنظر فيه في الحالات التالية:

- عندما تكون النقائل قليلة ومحدودة الحجم والجراحة غير ممكنة أو غير مستحسنة؛
- عندما تكون المراقبة البصرية الدقيقة للمنطقة المعالَجة مهمة بشكل خاص، مثلًا قرب بنية حساسة؛
- عند الجمع بين هذا العلاج والجراحة.

أما مدى ملاءمته لك، أو ما إذا كان الاستئصال الحراري أو طريقة أخرى أفضل، فيقرره فريق الأورام متعدد التخصصات بناءً على صورك.`,
      steps: `1. يراجع فريق الأورام صورك الحديثة بمادة التباين ويخطط لعدد المسابير اللازمة ومواضعها.
2. تتلقى تخديرًا عامًا أو تهدئة مع مسكنات للألم.
3. بتوجيه من التصوير المقطعي أو الرنين المغناطيسي أو الموجات فوق الصوتية، تُدخَل مسابير التبريد عبر الجلد أو تُوضَع أثناء الجراحة.
4. يُجمَّد الورم ثم يُترك ليذوب ثم يُجمَّد من جديد، مع مراقبة الكرة الجليدية على الصور.
5. بعد الذوبان الأخير تُسحب المسابير وتُغطى مواضع الثقب بضمادات صغيرة.
6. تساعد تحاليل الدم وتصوير المتابعة بعد الإجراء على اكتشاف النزيف وغيره من المشكلات مبكرًا.`,
      preparation: `- تصوير مقطعي محوسب أو رنين مغناطيسي حديث للكبد بمادة التباين (ويُفضَّل أن يكون من الأسابيع القليلة الماضية) وتقارير العلاجات السابقة.
- تحاليل الدم: تعداد الدم الكامل، ووظائف الكبد والكلى، واختبارات التخثر.
- قائمة كاملة بأدويتك، إذ كثيرًا ما يلزم إيقاف مميعات الدم ومضادات الصفائح مؤقتًا بتوجيه من الطبيب.
- تقييم من طبيب التخدير، ويُطلب عادةً الامتناع عن الطعام نحو 6 ساعات قبل الإجراء.
- أخبر الفريق الطبي بأي جراحة سابقة في القنوات الصفراوية أو دعامات أو ميل إلى النزيف.`,
      recovery: `بعد الإجراء عبر الجلد تستمر الإقامة في المستشفى عادةً من يوم إلى بضعة أيام، أما إذا أُجري الاستئصال بالتبريد أثناء عملية جراحية فيتبع التعافي مسار تلك العملية. ومن الشائع الشعور بانزعاج في مواضع المسابير وتعب وحمى خفيفة لبضعة أيام.

في الأيام الأولى تُجرى تحاليل دم لفحص وظائف الكبد والكلى والصفائح الدموية والتخثر، لأن المواد المتحررة من النسيج المجمَّد قد تؤثر فيها. وبعد شهر تقريبًا، ثم على فترات منتظمة، يُظهر التصوير المقطعي أو الرنين المغناطيسي بمادة التباين ما إذا كان العلاج قد اكتمل. اسأل الفريق الطبي متى يصبح السفر جوًا إلى بلدك آمنًا.`,
      risks: `معظم الآثار الجانبية خفيفة ومؤقتة، لكن قد تحدث مضاعفات خطيرة:

- ألم وحمى وتعب لعدة أيام؛
- نزيف، بما في ذلك من شق في سطح الكبد المجمَّد؛
- انخفاض الصفائح الدموية واضطراب تخثر الدم؛
- نادرًا، بعد تجميد حجم كبير من الكبد، رد فعل شديد يشمل الجسم كله («صدمة التبريد») مع هبوط ضغط الدم واضطراب التخثر وفشل الكلى أو أعضاء أخرى؛
- إصابة القنوات الصفراوية أو الأعضاء المجاورة، أو عدوى أو خراج؛
- عودة نمو الورم عند حافة المنطقة المعالَجة.`,
    },
  },
};
