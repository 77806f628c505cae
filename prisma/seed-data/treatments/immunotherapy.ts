import type { TreatmentSeed } from "../types";

// Immunotherapy with immune checkpoint inhibitors. Seed 003 (MedTour) uses its immunotherapy section to promote
// unproven products; they are deliberately left out. The text is limited to generally accepted knowledge about
// checkpoint inhibitors. The seeds give no outcome figures, so none are listed.
export const immunotherapy: TreatmentSeed = {
  slug: "immunotherapy",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "molecular-profile", required: true },
    { key: "biopsy-histology", required: true },
    { key: "recent-ct-mri", required: true },
    { key: "blood-tests", required: true },
    { key: "treatment-history", required: true },
    { key: "current-medications", required: true },
    { key: "tumor-markers", required: false },
    { key: "pet-ct", required: false },
    { key: "discharge-summaries", required: false },
  ],
  figures: [],
  text: {
    en: {
      name: "Immunotherapy",
      summary:
        "Immunotherapy with checkpoint inhibitors helps the immune system recognise and attack cancer cells. It works well only for certain cancer types and test results, so for most liver metastases it is not a standard option.",
      metaDescription:
        "Immunotherapy for liver metastases: how checkpoint inhibitors work, which tumours and biomarkers they help, how treatment runs and immune side effects.",
      howItWorks: `Immune cells carry built-in "brakes", called checkpoints (for example PD-1, PD-L1 and CTLA-4), that stop them from attacking the body's own tissues. Many tumours use these brakes to hide from the immune system.

Checkpoint inhibitors are antibodies, given by drip, that release these brakes so that immune cells can attack the cancer. They do not kill cancer cells directly, so an effect may take weeks to show. Because the immune system is activated as a whole, it can also turn against healthy organs.`,
      whoItIsFor: `Checkpoint inhibitors help only some patients, depending on where the cancer started and on tests of the tumour. They are used, for example, in:

- melanoma that has spread, including to the liver;
- bowel cancer with high microsatellite instability or a mismatch repair defect (MSI-high or dMMR), which is found in only a small minority of bowel cancers;
- some lung, kidney, stomach, oesophageal and other cancers, depending on the type and on markers such as PD-L1.

For most liver metastases from bowel cancer without these changes, checkpoint inhibitors on their own rarely help. Extra caution is needed with autoimmune diseases or after an organ transplant. The decision belongs to a multidisciplinary tumour board.`,
      steps: `1. The tumour tissue is tested for the relevant markers, such as MSI or mismatch repair status and PD-L1.
2. Baseline blood tests check the blood count, liver and kidney function, the thyroid and other hormones.
3. The drug runs as a drip over about 30 to 60 minutes, usually every two to six weeks, sometimes together with chemotherapy.
4. Before every dose a doctor asks about symptoms and reviews new blood tests.
5. A CT or MRI every few months shows the response; because tumours sometimes look larger at first before shrinking, the team may repeat a scan before changing treatment.`,
      preparation: `- The histology report and the results of biomarker tests; if they are missing, ask for the tissue blocks so testing can be arranged.
- Tell the team about any autoimmune disease, such as rheumatoid arthritis, inflammatory bowel disease or thyroid disease, and about any organ transplant.
- List long-term steroids, other drugs that suppress the immune system and all your other medicines.
- Known hepatitis B or C or HIV infection should be reported; tests may be repeated.
- Recent blood tests and contrast scans.`,
      recovery: `Each dose is a day treatment, and most people go home the same day. Side effects can appear at any time, even months after the last dose, and are easiest to treat when caught early, usually with steroid medicines.

Carry a letter or card stating that you receive immunotherapy and show it to any doctor you see. Report new diarrhoea, cough or breathlessness, yellowing of the skin, marked tiredness or severe headache promptly, and agree who will watch for side effects once you are back home.`,
      risks: `Side effects come from an over-active immune system and can affect almost any organ:

- tiredness, skin rash and itching;
- inflammation of the bowel with diarrhoea;
- inflammation of the liver, usually seen first in blood tests, which needs close watching when the liver already carries metastases;
- an underactive or overactive thyroid or other hormone glands, sometimes needing lifelong hormone tablets;
- inflammation of the lungs with cough or breathlessness;
- rarely, severe inflammation of the heart, nerves, kidneys or other organs, and reactions during the drip.`,
    },
    ru: {
      name: "Иммунотерапия",
      summary:
        "Иммунотерапия ингибиторами контрольных точек помогает иммунной системе распознавать и атаковать опухолевые клетки. Она хорошо действует только при определённых видах рака и результатах анализов, поэтому для большинства метастазов в печени не является стандартным вариантом.",
      metaDescription:
        "Иммунотерапия при метастазах в печени: как действуют ингибиторы контрольных точек, кому они помогают, как проходит лечение и иммунные побочные эффекты.",
      howItWorks: `У иммунных клеток есть встроенные «тормоза» — так называемые контрольные точки (например, PD-1, PD-L1 и CTLA-4), которые не дают им атаковать собственные ткани организма. Многие опухоли используют эти тормоза, чтобы скрыться от иммунной системы.

Ингибиторы контрольных точек — это антитела, которые вводят капельно; они снимают эти тормоза, и иммунные клетки получают возможность атаковать опухоль. Сами они опухолевые клетки не уничтожают, поэтому эффект может проявиться лишь через несколько недель. Поскольку иммунная система активируется в целом, она может обратиться и против здоровых органов.`,
      whoItIsFor: `Ингибиторы контрольных точек помогают лишь части пациентов — в зависимости от того, где возникла опухоль, и от результатов её исследования. Их применяют, например:

- при распространившейся меланоме, в том числе с метастазами в печени;
- при раке кишечника с высокой микросателлитной нестабильностью или дефектом системы репарации неспаренных оснований (MSI-H или dMMR), который встречается лишь у небольшой части таких опухолей;
- при некоторых видах рака лёгкого, почки, желудка, пищевода и других — в зависимости от вида и маркеров, например PD-L1.

При большинстве метастазов рака кишечника в печени без этих изменений ингибиторы контрольных точек сами по себе помогают редко. Особая осторожность нужна при аутоиммунных заболеваниях и после трансплантации органов. Решение принимает мультидисциплинарный онкологический консилиум.`,
      steps: `1. Ткань опухоли исследуют на нужные маркеры, например статус MSI или системы репарации и PD-L1.
2. Исходные анализы крови оценивают общий анализ, функцию печени и почек, щитовидной железы и другие гормоны.
3. Препарат вводят капельно примерно за 30–60 минут, обычно раз в две–шесть недель, иногда вместе с химиотерапией.
4. Перед каждым введением врач расспрашивает о самочувствии и оценивает свежие анализы крови.
5. Каждые несколько месяцев КТ или МРТ показывает ответ на лечение; поскольку опухоль иногда сначала кажется больше и лишь потом уменьшается, врачи могут повторить исследование, прежде чем менять лечение.`,
      preparation: `- Гистологическое заключение и результаты исследования биомаркеров; если их нет, запросите парафиновые блоки, чтобы организовать анализ.
- Сообщите врачам о любых аутоиммунных заболеваниях, например ревматоидном артрите, воспалительных заболеваниях кишечника или болезнях щитовидной железы, а также о пересадке органов.
- Укажите длительный приём гормонов-стероидов, других препаратов, подавляющих иммунитет, и всех остальных лекарств.
- Сообщите об известном гепатите B или C либо ВИЧ-инфекции; анализы могут повторить.
- Свежие анализы крови и снимки с контрастом.`,
      recovery: `Каждое введение проводят в дневном стационаре, и большинство пациентов уходят домой в тот же день. Побочные эффекты могут появиться в любой момент, даже через несколько месяцев после последнего введения, и их легче всего лечить, если заметить рано, — обычно с помощью стероидных гормонов.

Носите с собой письмо или карточку о том, что получаете иммунотерапию, и показывайте её любому врачу. Без промедления сообщайте о новой диарее, кашле или одышке, пожелтении кожи, выраженной слабости или сильной головной боли и заранее договоритесь, кто будет следить за побочными эффектами после возвращения домой.`,
      risks: `Побочные эффекты связаны с чрезмерной активностью иммунной системы и могут затронуть почти любой орган:

- слабость, кожная сыпь и зуд;
- воспаление кишечника с диареей;
- воспаление печени, обычно заметное сначала по анализам крови, — за ним нужно тщательно следить, если в печени уже есть метастазы;
- снижение или повышение функции щитовидной железы или других желёз внутренней секреции, иногда с необходимостью пожизненного приёма гормонов;
- воспаление лёгких с кашлем или одышкой;
- редко — тяжёлое воспаление сердца, нервов, почек или других органов, а также реакции во время капельницы.`,
    },
    uk: {
      name: "Імунотерапія",
      summary:
        "Імунотерапія інгібіторами контрольних точок допомагає імунній системі розпізнавати й атакувати пухлинні клітини. Вона добре діє лише за певних видів раку та результатів аналізів, тому для більшості метастазів у печінці не є стандартним варіантом.",
      metaDescription:
        "Імунотерапія при метастазах у печінці: як діють інгібітори контрольних точок, кому вони допомагають, як проходить лікування та імунні побічні ефекти.",
      howItWorks: `Імунні клітини мають вбудовані «гальма» — так звані контрольні точки (наприклад, PD-1, PD-L1 і CTLA-4), які не дають їм атакувати власні тканини організму. Багато пухлин використовують ці гальма, щоб сховатися від імунної системи.

Інгібітори контрольних точок — це антитіла, які вводять крапельно; вони знімають ці гальма, і імунні клітини дістають змогу атакувати пухлину. Самі вони пухлинні клітини не знищують, тому ефект може проявитися лише через кілька тижнів. Оскільки імунна система активується загалом, вона може обернутися й проти здорових органів.`,
      whoItIsFor: `Інгібітори контрольних точок допомагають лише частині пацієнтів — залежно від того, де виникла пухлина, і від результатів її дослідження. Їх застосовують, наприклад:

- при поширеній меланомі, зокрема з метастазами в печінці;
- при раку кишківника з високою мікросателітною нестабільністю або дефектом системи репарації неспарених основ (MSI-H чи dMMR), що трапляється лише в невеликої частини таких пухлин;
- при деяких видах раку легені, нирки, шлунка, стравоходу та інших — залежно від виду й маркерів, наприклад PD-L1.

За більшості метастазів раку кишківника в печінці без цих змін інгібітори контрольних точок самі по собі допомагають рідко. Особлива обережність потрібна за аутоімунних захворювань і після трансплантації органів. Рішення ухвалює мультидисциплінарний онкологічний консиліум.`,
      steps: `1. Тканину пухлини досліджують на потрібні маркери, наприклад статус MSI чи системи репарації та PD-L1.
2. Вихідні аналізи крові оцінюють загальний аналіз, функцію печінки й нирок, щитоподібної залози та інші гормони.
3. Препарат вводять крапельно приблизно за 30–60 хвилин, зазвичай раз на два–шість тижнів, іноді разом із хіміотерапією.
4. Перед кожним введенням лікар розпитує про самопочуття й оцінює нові аналізи крові.
5. Кожні кілька місяців КТ або МРТ показує відповідь на лікування; оскільки пухлина іноді спершу здається більшою й лише потім зменшується, лікарі можуть повторити дослідження, перш ніж змінювати лікування.`,
      preparation: `- Гістологічний висновок і результати дослідження біомаркерів; якщо їх немає, попросіть парафінові блоки, щоб організувати аналіз.
- Повідомте лікарів про будь-які аутоімунні захворювання, наприклад ревматоїдний артрит, запальні захворювання кишківника чи хвороби щитоподібної залози, а також про пересадку органів.
- Зазначте тривале приймання стероїдних гормонів, інших препаратів, що пригнічують імунітет, і всіх інших ліків.
- Повідомте про відомий гепатит B або C чи ВІЛ-інфекцію; аналізи можуть повторити.
- Нещодавні аналізи крові та знімки з контрастом.`,
      recovery: `Кожне введення проводять у денному стаціонарі, і більшість пацієнтів іде додому того ж дня. Побічні ефекти можуть з’явитися будь-коли, навіть через кілька місяців після останнього введення, і їх найлегше лікувати, якщо помітити рано, — зазвичай за допомогою стероїдних гормонів.

Майте при собі лист або картку про те, що отримуєте імунотерапію, і показуйте її будь-якому лікареві. Негайно повідомляйте про нову діарею, кашель чи задишку, пожовтіння шкіри, виражену слабкість або сильний головний біль і заздалегідь домовтеся, хто стежитиме за побічними ефектами після повернення додому.`,
      risks: `Побічні ефекти пов’язані з надмірною активністю імунної системи й можуть зачепити майже будь-який орган:

- слабкість, висип на шкірі та свербіж;
- запалення кишківника з діареєю;
- запалення печінки, зазвичай помітне спершу за аналізами крові, — за ним треба ретельно стежити, якщо в печінці вже є метастази;
- зниження чи підвищення функції щитоподібної залози або інших залоз внутрішньої секреції, іноді з потребою довічно приймати гормони;
- запалення легень із кашлем або задишкою;
- рідко — тяжке запалення серця, нервів, нирок чи інших органів, а також реакції під час крапельниці.`,
    },
    de: {
      name: "Immuntherapie",
      summary:
        "Die Immuntherapie mit Checkpoint-Inhibitoren hilft dem Immunsystem, Krebszellen zu erkennen und anzugreifen. Sie wirkt nur bei bestimmten Krebsarten und Testergebnissen gut und ist daher für die meisten Lebermetastasen keine Standardoption.",
      metaDescription:
        "Immuntherapie bei Lebermetastasen: Wirkweise der Checkpoint-Inhibitoren, für welche Tumoren und Biomarker sie infrage kommen, Ablauf und Nebenwirkungen.",
      howItWorks: `Immunzellen besitzen eingebaute „Bremsen“, sogenannte Checkpoints (zum Beispiel PD-1, PD-L1 und CTLA-4), die verhindern, dass sie körpereigenes Gewebe angreifen. Viele Tumoren nutzen diese Bremsen, um sich vor dem Immunsystem zu verstecken.

Checkpoint-Inhibitoren sind Antikörper, die als Infusion gegeben werden und diese Bremsen lösen, sodass Immunzellen den Krebs angreifen können. Sie töten Krebszellen nicht direkt; eine Wirkung kann daher erst nach Wochen sichtbar werden. Weil das Immunsystem insgesamt aktiviert wird, kann es sich auch gegen gesunde Organe richten.`,
      whoItIsFor: `Checkpoint-Inhibitoren helfen nur einem Teil der Patienten, abhängig vom Ursprung des Krebses und von Untersuchungen des Tumorgewebes. Eingesetzt werden sie zum Beispiel bei:

- fortgeschrittenem Melanom, auch mit Lebermetastasen;
- Darmkrebs mit hoher Mikrosatelliteninstabilität oder Mismatch-Reparatur-Defizienz (MSI-H oder dMMR), die nur bei einem kleinen Teil der Darmkrebse vorliegt;
- manchen Lungen-, Nieren-, Magen-, Speiseröhren- und anderen Krebsarten, je nach Art und Markern wie PD-L1.

Bei den meisten Lebermetastasen von Darmkrebs ohne diese Veränderungen helfen Checkpoint-Inhibitoren allein selten. Besondere Vorsicht ist bei Autoimmunerkrankungen und nach einer Organtransplantation geboten. Die Entscheidung trifft eine interdisziplinäre Tumorkonferenz.`,
      steps: `1. Das Tumorgewebe wird auf die relevanten Marker untersucht, etwa den MSI- bzw. Mismatch-Reparatur-Status und PD-L1.
2. Ausgangsblutwerte erfassen Blutbild, Leber- und Nierenfunktion, Schilddrüse und weitere Hormone.
3. Das Medikament läuft als Infusion über etwa 30 bis 60 Minuten, meist alle zwei bis sechs Wochen, manchmal zusammen mit Chemotherapie.
4. Vor jeder Gabe fragt ein Arzt nach Beschwerden und prüft neue Blutwerte.
5. Alle paar Monate zeigt ein CT oder MRT das Ansprechen; da Tumoren manchmal zunächst größer wirken, bevor sie schrumpfen, kann das Team eine Aufnahme wiederholen, bevor es die Behandlung ändert.`,
      preparation: `- Der histologische Befund und die Ergebnisse der Biomarker-Tests; fehlen sie, fordern Sie die Gewebeblöcke an, damit die Tests veranlasst werden können.
- Informieren Sie das Team über Autoimmunerkrankungen wie rheumatoide Arthritis, chronisch-entzündliche Darmerkrankungen oder Schilddrüsenerkrankungen sowie über eine Organtransplantation.
- Nennen Sie dauerhaft eingenommene Kortisonpräparate, andere das Immunsystem unterdrückende Mittel und alle übrigen Medikamente.
- Eine bekannte Hepatitis B oder C oder HIV-Infektion sollte angegeben werden; Tests werden eventuell wiederholt.
- Aktuelle Blutwerte und Aufnahmen mit Kontrastmittel.`,
      recovery: `Jede Gabe erfolgt ambulant, und die meisten gehen am selben Tag nach Hause. Nebenwirkungen können jederzeit auftreten, auch Monate nach der letzten Gabe, und lassen sich am besten behandeln, wenn sie früh erkannt werden, meist mit Kortison.

Tragen Sie einen Brief oder Ausweis bei sich, der die Immuntherapie vermerkt, und zeigen Sie ihn jedem Arzt. Melden Sie neuen Durchfall, Husten oder Atemnot, eine Gelbfärbung der Haut, ausgeprägte Müdigkeit oder starke Kopfschmerzen umgehend, und klären Sie, wer nach Ihrer Rückkehr nach Hause auf Nebenwirkungen achtet.`,
      risks: `Die Nebenwirkungen entstehen durch ein überaktives Immunsystem und können fast jedes Organ betreffen:

- Müdigkeit, Hautausschlag und Juckreiz;
- Darmentzündung mit Durchfall;
- Leberentzündung, meist zuerst in den Blutwerten erkennbar, die genau beobachtet werden muss, wenn die Leber bereits Metastasen trägt;
- Unter- oder Überfunktion der Schilddrüse oder anderer Hormondrüsen, manchmal mit lebenslanger Hormoneinnahme;
- Entzündung des Lungengewebes (Pneumonitis) mit Husten oder Atemnot;
- selten schwere Entzündungen von Herz, Nerven, Nieren oder anderen Organen sowie Reaktionen während der Infusion.`,
    },
    ar: {
      name: "العلاج المناعي",
      summary:
        "يساعد العلاج المناعي بمثبطات نقاط التفتيش المناعية جهاز المناعة على التعرف على الخلايا السرطانية ومهاجمتها. ولا يعطي نتائج جيدة إلا في أنواع معينة من السرطان ومع نتائج فحوص معينة، لذا فهو ليس خيارًا معتادًا لمعظم نقائل الكبد.",
      metaDescription:
        "العلاج المناعي لنقائل الكبد: كيف تعمل مثبطات نقاط التفتيش المناعية، وأي الأورام والمؤشرات الحيوية قد تستفيد منها، وكيف يسير العلاج، والآثار الجانبية المناعية.",
      howItWorks: `تمتلك الخلايا المناعية «مكابح» مدمجة تُسمى نقاط التفتيش (مثل PD-1 وPD-L1 وCTLA-4)، تمنعها من مهاجمة أنسجة الجسم نفسه. وتستغل أورام كثيرة هذه المكابح لتختبئ من جهاز المناعة.

مثبطات نقاط التفتيش أجسام مضادة تُعطى بالتسريب الوريدي، وهي تحرر هذه المكابح فتتمكن الخلايا المناعية من مهاجمة السرطان. وهي لا تقتل الخلايا السرطانية مباشرة، لذلك قد يستغرق ظهور أثرها أسابيع. ولأن جهاز المناعة يُنشَّط ككل، فقد ينقلب أيضًا على أعضاء سليمة.`,
      whoItIsFor: `لا تفيد مثبطات نقاط التفتيش إلا جزءًا من المرضى، بحسب العضو الذي نشأ فيه السرطان ونتائج فحص الورم. ومن أمثلة استخدامها:

- الورم الميلانيني المنتشر، بما في ذلك إلى الكبد؛
- سرطان الأمعاء المصحوب بعدم استقرار مرتفع في الساتلات الدقيقة أو بقصور في نظام إصلاح أخطاء التزاوج (MSI-H أو dMMR)، وهو لا يوجد إلا في نسبة صغيرة من سرطانات الأمعاء؛
- بعض سرطانات الرئة والكلية والمعدة والمريء وغيرها، بحسب النوع ومؤشرات مثل PD-L1.

في معظم نقائل الكبد الناتجة عن سرطان الأمعاء دون هذه التغيّرات، نادرًا ما تفيد مثبطات نقاط التفتيش وحدها. ويلزم حذر خاص مع أمراض المناعة الذاتية أو بعد زراعة عضو. ويعود القرار إلى فريق الأورام متعدد التخصصات.`,
      steps: `1. يُفحص نسيج الورم بحثًا عن المؤشرات المعنية، مثل حالة MSI أو نظام إصلاح أخطاء التزاوج وPD-L1.
2. تُجرى تحاليل دم أساسية تشمل تعداد الدم ووظائف الكبد والكلى والغدة الدرقية وهرمونات أخرى.
3. يُعطى الدواء بالتسريب الوريدي على مدى 30 إلى 60 دقيقة تقريبًا، عادةً كل أسبوعين إلى ستة أسابيع، وأحيانًا مع العلاج الكيميائي.
4. قبل كل جرعة يسألك الطبيب عن الأعراض ويراجع تحاليل دم جديدة.
5. كل بضعة أشهر يُظهر التصوير المقطعي أو الرنين المغناطيسي مدى الاستجابة؛ ولأن الورم قد يبدو أكبر في البداية قبل أن يصغر، فقد يعيد الفريق التصوير قبل تغيير العلاج.`,
      preparation: `- تقرير الفحص النسيجي ونتائج فحوص المؤشرات الحيوية، وإن لم تكن متوفرة فاطلب القوالب النسيجية لترتيب الفحص.
- أخبر الفريق الطبي بأي مرض من أمراض المناعة الذاتية، مثل التهاب المفاصل الروماتويدي أو داء الأمعاء الالتهابي أو أمراض الغدة الدرقية، وبأي زراعة أعضاء سابقة.
- اذكر أي استخدام طويل للكورتيزون أو لأدوية أخرى تثبط المناعة، وجميع أدويتك الأخرى.
- ينبغي الإبلاغ عن أي إصابة معروفة بالتهاب الكبد B أو C أو بفيروس نقص المناعة البشرية، وقد تُعاد الفحوص.
- تحاليل دم حديثة وصور حديثة بمادة التباين.`,
      recovery: `تُعطى كل جرعة في وحدة العلاج النهاري، ويعود معظم المرضى إلى منازلهم في اليوم نفسه. وقد تظهر الآثار الجانبية في أي وقت، حتى بعد أشهر من آخر جرعة، ويكون علاجها أسهل إذا اكتُشفت مبكرًا، وعادةً ما يكون ذلك بأدوية الكورتيزون.

احمل معك رسالة أو بطاقة تفيد بأنك تتلقى علاجًا مناعيًا، وأظهرها لأي طبيب تراجعه. وأبلغ دون تأخير عن أي إسهال جديد أو سعال أو ضيق في التنفس أو اصفرار في الجلد أو تعب شديد أو صداع حاد، واتفق مسبقًا على من سيتابع الآثار الجانبية بعد عودتك إلى بلدك.`,
      risks: `تنشأ الآثار الجانبية من فرط نشاط جهاز المناعة، وقد تصيب أي عضو تقريبًا:

- التعب والطفح الجلدي والحكة؛
- التهاب الأمعاء مع الإسهال؛
- التهاب الكبد، ويظهر عادةً أولًا في تحاليل الدم، ويحتاج إلى مراقبة دقيقة عندما تكون في الكبد نقائل أصلًا؛
- قصور أو فرط نشاط الغدة الدرقية أو غدد هرمونية أخرى، وقد يستلزم أحيانًا تناول الهرمونات مدى الحياة؛
- التهاب الرئتين مع السعال أو ضيق التنفس؛
- نادرًا، التهاب شديد في القلب أو الأعصاب أو الكلى أو أعضاء أخرى، وتفاعلات أثناء التسريب.`,
    },
  },
};
