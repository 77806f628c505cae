import type { TreatmentSeed } from "../types";

// Targeted therapy. Seed 003 (MedTour) describes drugs selected by genetic testing and molecular profiling of the
// tumour and given together with other treatments. Target classes are named generally, without brand names. The
// seeds give no outcome figures for targeted therapy, so none are listed.
export const targetedTherapy: TreatmentSeed = {
  slug: "targeted-therapy",
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
      name: "Targeted therapy",
      summary:
        "Targeted drugs block particular molecules that help a cancer grow. They are chosen according to molecular tests of the tumour and are usually given together with chemotherapy.",
      metaDescription:
        "Targeted therapy for liver metastases: how drugs are matched to the tumour's molecular profile, who may benefit, how treatment runs and its side effects.",
      howItWorks: `Many cancers depend on specific proteins or gene changes to grow, or on signals that make new blood vessels for them. Targeted drugs block such targets, for example EGFR or HER2 on the cell surface, an altered BRAF protein, or VEGF, which tumours use to build blood vessels.

Some targeted drugs are antibodies given by drip, others are tablets. A drug only works if its target is present in your tumour, which is why the tumour is tested before treatment. Healthy cells are spared more than with chemotherapy, but the drugs have side effects of their own.`,
      whoItIsFor: `Whether a targeted drug can help depends on where the cancer started and on the test results. Some examples:

- in bowel cancer, drugs against EGFR are only considered when the RAS genes are not altered; drugs against VEGF may be combined with chemotherapy more widely;
- in breast cancer and some stomach cancers, drugs against HER2 are used when the tumour carries a lot of HER2;
- in melanoma with a BRAF change, drugs that block this pathway may be used;
- some lung cancers with specific gene changes can be treated with matching tablets.

Targeted drugs are usually combined with chemotherapy and sometimes with local treatments of the liver. If no suitable target is found, a targeted drug is unlikely to help, and an honest team will say so.`,
      steps: `1. Tissue from a biopsy or an earlier operation is tested in a specialised laboratory; sometimes a blood test for tumour DNA is used as well.
2. The tumour board matches the results with the drugs that are appropriate and approved for your cancer type.
3. The drug is given by drip, often on the same day as chemotherapy, or taken as tablets at home.
4. At each visit, blood tests, blood pressure and, depending on the drug, skin, urine or heart checks are done.
5. A CT or MRI every few months shows whether the treatment works; if the disease grows, testing may be repeated and the drug changed.`,
      preparation: `- Molecular test results if you have them; if the tumour was never tested, ask the pathology laboratory for the tissue blocks and slides so that testing can be arranged, which can take one to several weeks.
- The histology report, recent contrast scans and a list of earlier treatments, including any targeted drugs.
- A full list of your medicines, herbal products and supplements, as some interact with targeted tablets.
- A heart check before drugs against HER2 and a blood pressure check before drugs against VEGF.
- Tell the team about a planned operation or an unhealed wound, because some drugs have to be paused around surgery.`,
      recovery: `There is no procedure to recover from: after a drip you usually go home the same day, and tablets are taken at home. Treatment often continues for months, as long as it helps and side effects remain manageable.

Before starting abroad, check whether the same drug is available and covered in your home country, so that treatment can continue without a gap.`,
      risks: `Side effects depend on the target and are different from those of chemotherapy:

- acne-like rash, dry skin and inflamed nail folds, especially with drugs against EGFR;
- diarrhoea, tiredness and mouth sores;
- high blood pressure, protein in the urine, bleeding, slow wound healing and, rarely, blood clots or a tear in the bowel with drugs against VEGF;
- a weakening of the heart's pumping with drugs against HER2;
- fever, skin changes and abnormal liver tests with some tablets;
- over time the cancer can become resistant and the drug stops working.`,
    },
    ru: {
      name: "Таргетная терапия",
      summary:
        "Таргетные препараты блокируют определённые молекулы, которые помогают опухоли расти. Их подбирают по результатам молекулярного исследования опухоли и обычно назначают вместе с химиотерапией.",
      metaDescription:
        "Таргетная терапия при метастазах в печени: подбор препарата по молекулярному профилю опухоли, кому может помочь, как проходит лечение, побочные эффекты.",
      howItWorks: `Рост многих опухолей зависит от определённых белков или изменений в генах либо от сигналов, заставляющих организм строить для опухоли новые сосуды. Таргетные препараты блокируют такие мишени: например, EGFR или HER2 на поверхности клетки, изменённый белок BRAF или VEGF, с помощью которого опухоль формирует сосуды.

Одни таргетные препараты — антитела, которые вводят капельно, другие — таблетки. Препарат действует только тогда, когда его мишень есть в вашей опухоли, поэтому перед лечением опухоль исследуют. Здоровые клетки страдают меньше, чем при химиотерапии, но у этих препаратов есть свои побочные эффекты.`,
      whoItIsFor: `Поможет ли таргетный препарат, зависит от того, где возникла опухоль, и от результатов анализа. Несколько примеров:

- при раке кишечника препараты против EGFR рассматривают, только если гены RAS не изменены; препараты против VEGF можно сочетать с химиотерапией в более широком круге случаев;
- при раке молочной железы и некоторых видах рака желудка препараты против HER2 применяют, если в опухоли много HER2;
- при меланоме с изменением BRAF могут применяться препараты, блокирующие этот сигнальный путь;
- некоторые виды рака лёгкого с определёнными изменениями генов лечат соответствующими таблетками.

Таргетные препараты обычно сочетают с химиотерапией, а иногда и с локальными методами лечения печени. Если подходящая мишень не найдена, таргетный препарат вряд ли поможет, и добросовестная команда врачей скажет об этом прямо.`,
      steps: `1. Ткань, полученную при биопсии или предыдущей операции, исследуют в специализированной лаборатории; иногда дополнительно проводят анализ крови на ДНК опухоли.
2. Консилиум сопоставляет результаты с препаратами, которые уместны и одобрены при вашем виде рака.
3. Препарат вводят капельно, часто в один день с химиотерапией, или принимают в виде таблеток дома.
4. При каждом визите проверяют анализы крови, давление и, в зависимости от препарата, кожу, мочу или работу сердца.
5. Каждые несколько месяцев КТ или МРТ показывает, действует ли лечение; если болезнь прогрессирует, анализ могут повторить и сменить препарат.`,
      preparation: `- Результаты молекулярного исследования, если оно проводилось; если опухоль ещё не исследовали, запросите в патоморфологической лаборатории парафиновые блоки и стёкла, чтобы организовать анализ, — это может занять от одной до нескольких недель.
- Гистологическое заключение, свежие снимки с контрастом и перечень предыдущего лечения, включая таргетные препараты.
- Полный список лекарств, растительных средств и добавок: некоторые из них взаимодействуют с таргетными таблетками.
- Проверка работы сердца перед препаратами против HER2 и контроль давления перед препаратами против VEGF.
- Сообщите врачам о планируемой операции или незаживающей ране: некоторые препараты нужно прерывать до и после хирургического вмешательства.`,
      recovery: `Восстанавливаться после процедуры не нужно: после капельницы обычно уходят домой в тот же день, а таблетки принимают дома. Лечение часто длится месяцами — пока оно помогает и побочные эффекты остаются переносимыми.

Прежде чем начать лечение за границей, выясните, доступен ли тот же препарат и оплачивается ли он в вашей стране, чтобы лечение продолжалось без перерыва.`,
      risks: `Побочные эффекты зависят от мишени и отличаются от побочных эффектов химиотерапии:

- угревидная сыпь, сухость кожи и воспаление околоногтевых валиков, особенно при препаратах против EGFR;
- диарея, слабость и воспаление слизистой рта;
- повышение давления, белок в моче, кровотечения, медленное заживление ран и редко — тромбы или перфорация кишки при препаратах против VEGF;
- ослабление насосной функции сердца при препаратах против HER2;
- лихорадка, изменения кожи и отклонения в печёночных пробах при приёме некоторых таблеток;
- со временем опухоль может стать устойчивой, и препарат перестаёт действовать.`,
    },
    uk: {
      name: "Таргетна терапія",
      summary:
        "Таргетні препарати блокують певні молекули, які допомагають пухлині рости. Їх добирають за результатами молекулярного дослідження пухлини й зазвичай призначають разом із хіміотерапією.",
      metaDescription:
        "Таргетна терапія при метастазах у печінці: добір препарату за молекулярним профілем пухлини, кому може допомогти, як проходить лікування, побічні ефекти.",
      howItWorks: `Ріст багатьох пухлин залежить від певних білків чи змін у генах або від сигналів, що змушують організм будувати для пухлини нові судини. Таргетні препарати блокують такі мішені: наприклад, EGFR чи HER2 на поверхні клітини, змінений білок BRAF або VEGF, за допомогою якого пухлина формує судини.

Одні таргетні препарати — антитіла, які вводять крапельно, інші — таблетки. Препарат діє лише тоді, коли його мішень є у вашій пухлині, тому перед лікуванням пухлину досліджують. Здорові клітини страждають менше, ніж під час хіміотерапії, але ці препарати мають власні побічні ефекти.`,
      whoItIsFor: `Чи допоможе таргетний препарат, залежить від того, де виникла пухлина, і від результатів аналізу. Кілька прикладів:

- при раку кишківника препарати проти EGFR розглядають, лише якщо гени RAS не змінені; препарати проти VEGF можна поєднувати з хіміотерапією в ширшому колі випадків;
- при раку молочної залози та деяких видах раку шлунка препарати проти HER2 застосовують, якщо в пухлині багато HER2;
- при меланомі зі зміною BRAF можуть застосовуватися препарати, що блокують цей сигнальний шлях;
- деякі види раку легені з певними змінами генів лікують відповідними таблетками.

Таргетні препарати зазвичай поєднують із хіміотерапією, а іноді й із локальними методами лікування печінки. Якщо відповідної мішені не знайдено, таргетний препарат навряд чи допоможе, і сумлінна команда лікарів скаже про це прямо.`,
      steps: `1. Тканину, отриману під час біопсії чи попередньої операції, досліджують у спеціалізованій лабораторії; іноді додатково роблять аналіз крові на ДНК пухлини.
2. Консиліум зіставляє результати з препаратами, які доречні й схвалені для вашого виду раку.
3. Препарат вводять крапельно, часто в один день із хіміотерапією, або приймають у вигляді таблеток удома.
4. Під час кожного візиту перевіряють аналізи крові, тиск і, залежно від препарату, шкіру, сечу чи роботу серця.
5. Кожні кілька місяців КТ або МРТ показує, чи діє лікування; якщо хвороба прогресує, аналіз можуть повторити й змінити препарат.`,
      preparation: `- Результати молекулярного дослідження, якщо його проводили; якщо пухлину ще не досліджували, попросіть у патоморфологічній лабораторії парафінові блоки та скельця, щоб організувати аналіз, — це може тривати від одного до кількох тижнів.
- Гістологічний висновок, нещодавні знімки з контрастом і перелік попереднього лікування, зокрема таргетних препаратів.
- Повний перелік ліків, рослинних засобів і добавок: деякі з них взаємодіють із таргетними таблетками.
- Перевірка роботи серця перед препаратами проти HER2 і контроль тиску перед препаратами проти VEGF.
- Повідомте лікарів про заплановану операцію чи рану, що не загоїлася: деякі препарати треба переривати до та після хірургічного втручання.`,
      recovery: `Відновлюватися після процедури не потрібно: після крапельниці зазвичай ідуть додому того ж дня, а таблетки приймають удома. Лікування часто триває місяцями — доки воно допомагає, а побічні ефекти залишаються прийнятними.

Перш ніж почати лікування за кордоном, з’ясуйте, чи доступний той самий препарат і чи оплачується він у вашій країні, щоб лікування тривало без перерви.`,
      risks: `Побічні ефекти залежать від мішені й відрізняються від побічних ефектів хіміотерапії:

- вуграподібний висип, сухість шкіри та запалення навколонігтьових валиків, особливо за препаратів проти EGFR;
- діарея, слабкість і запалення слизової рота;
- підвищення тиску, білок у сечі, кровотечі, повільне загоєння ран і рідко — тромби або перфорація кишки за препаратів проти VEGF;
- послаблення насосної функції серця за препаратів проти HER2;
- гарячка, зміни шкіри та відхилення в печінкових пробах під час приймання деяких таблеток;
- з часом пухлина може стати стійкою, і препарат перестає діяти.`,
    },
    de: {
      name: "Zielgerichtete Therapie",
      summary:
        "Zielgerichtete Medikamente blockieren bestimmte Moleküle, die das Wachstum eines Krebses fördern. Sie werden anhand molekularer Tests des Tumors ausgewählt und meist zusammen mit einer Chemotherapie gegeben.",
      metaDescription:
        "Zielgerichtete Therapie bei Lebermetastasen: Auswahl der Medikamente nach dem molekularen Tumorprofil, wem sie helfen können, Ablauf und Nebenwirkungen.",
      howItWorks: `Viele Krebsarten sind für ihr Wachstum auf bestimmte Eiweiße oder Genveränderungen angewiesen oder auf Signale, die neue Blutgefäße für sie entstehen lassen. Zielgerichtete Medikamente blockieren solche Zielstrukturen, etwa EGFR oder HER2 auf der Zelloberfläche, ein verändertes BRAF-Eiweiß oder VEGF, mit dem Tumoren Blutgefäße bilden.

Manche dieser Medikamente sind Antikörper, die als Infusion gegeben werden, andere sind Tabletten. Ein Medikament wirkt nur, wenn sein Ziel in Ihrem Tumor vorhanden ist; deshalb wird der Tumor vor der Behandlung untersucht. Gesunde Zellen werden stärker geschont als bei der Chemotherapie, doch die Medikamente haben eigene Nebenwirkungen.`,
      whoItIsFor: `Ob ein zielgerichtetes Medikament helfen kann, hängt vom Ursprung des Krebses und von den Testergebnissen ab. Einige Beispiele:

- bei Darmkrebs kommen Medikamente gegen EGFR nur infrage, wenn die RAS-Gene nicht verändert sind; Medikamente gegen VEGF können breiter mit Chemotherapie kombiniert werden;
- bei Brustkrebs und manchen Magenkrebsarten werden Medikamente gegen HER2 eingesetzt, wenn der Tumor viel HER2 trägt;
- bei Melanomen mit BRAF-Veränderung können Medikamente eingesetzt werden, die diesen Signalweg blockieren;
- manche Lungenkrebsarten mit bestimmten Genveränderungen lassen sich mit passenden Tabletten behandeln.

Zielgerichtete Medikamente werden meist mit Chemotherapie kombiniert, manchmal auch mit örtlichen Behandlungen der Leber. Findet sich kein geeignetes Ziel, hilft ein solches Medikament voraussichtlich nicht, und ein ehrliches Team sagt Ihnen das.`,
      steps: `1. Gewebe aus einer Biopsie oder früheren Operation wird in einem spezialisierten Labor untersucht; manchmal ergänzt ein Bluttest auf Tumor-DNA die Analyse.
2. Die Tumorkonferenz gleicht die Ergebnisse mit den Medikamenten ab, die für Ihre Krebsart sinnvoll und zugelassen sind.
3. Das Medikament wird als Infusion gegeben, oft am selben Tag wie die Chemotherapie, oder zu Hause als Tablette eingenommen.
4. Bei jedem Termin werden Blutwerte und Blutdruck und je nach Medikament auch Haut, Urin oder Herz kontrolliert.
5. Alle paar Monate zeigt ein CT oder MRT, ob die Behandlung wirkt; wächst die Erkrankung, kann erneut getestet und das Medikament gewechselt werden.`,
      preparation: `- Ergebnisse molekularer Tests, falls vorhanden; wurde der Tumor nie getestet, fordern Sie beim Pathologielabor die Gewebeblöcke und Schnitte an, damit die Untersuchung veranlasst werden kann – das kann eine bis mehrere Wochen dauern.
- Der histologische Befund, aktuelle Aufnahmen mit Kontrastmittel und eine Liste früherer Behandlungen, auch zielgerichteter Medikamente.
- Eine vollständige Liste Ihrer Medikamente, pflanzlichen Mittel und Nahrungsergänzungen, da manche mit zielgerichteten Tabletten wechselwirken.
- Eine Herzuntersuchung vor Medikamenten gegen HER2 und eine Blutdruckkontrolle vor Medikamenten gegen VEGF.
- Informieren Sie das Team über eine geplante Operation oder eine nicht verheilte Wunde, da manche Medikamente rund um Operationen pausiert werden müssen.`,
      recovery: `Es gibt keinen Eingriff, von dem Sie sich erholen müssten: Nach einer Infusion gehen Sie meist am selben Tag nach Hause, Tabletten nehmen Sie zu Hause ein. Die Behandlung läuft oft über Monate, solange sie hilft und die Nebenwirkungen beherrschbar bleiben.

Klären Sie vor einem Behandlungsbeginn im Ausland, ob dasselbe Medikament in Ihrem Heimatland verfügbar ist und bezahlt wird, damit die Therapie ohne Unterbrechung weitergehen kann.`,
      risks: `Die Nebenwirkungen hängen vom Angriffspunkt ab und unterscheiden sich von denen der Chemotherapie:

- akneartiger Hautausschlag, trockene Haut und entzündete Nagelfalze, besonders bei Medikamenten gegen EGFR;
- Durchfall, Müdigkeit und Entzündungen der Mundschleimhaut;
- Bluthochdruck, Eiweiß im Urin, Blutungen, verzögerte Wundheilung und selten Blutgerinnsel oder ein Darmdurchbruch bei Medikamenten gegen VEGF;
- eine nachlassende Pumpleistung des Herzens bei Medikamenten gegen HER2;
- Fieber, Hautveränderungen und auffällige Leberwerte bei manchen Tabletten;
- mit der Zeit kann der Krebs resistent werden, und das Medikament wirkt nicht mehr.`,
    },
    ar: {
      name: "العلاج الموجَّه",
      summary:
        "تعطّل الأدوية الموجَّهة جزيئات معينة تساعد السرطان على النمو. وتُختار بناءً على نتائج الفحوص الجزيئية للورم، وتُعطى عادةً مع العلاج الكيميائي.",
      metaDescription:
        "العلاج الموجَّه لنقائل الكبد: كيف يُختار الدواء وفق الملف الجزيئي للورم، ومن قد يستفيد منه، وكيف يسير العلاج، وآثاره الجانبية.",
      howItWorks: `يعتمد نمو كثير من الأورام على بروتينات معينة أو تغيّرات في الجينات، أو على إشارات تدفع الجسم إلى بناء أوعية دموية جديدة لها. وتعطّل الأدوية الموجَّهة هذه الأهداف، مثل EGFR أو HER2 على سطح الخلية، أو بروتين BRAF المتغيّر، أو VEGF الذي تستخدمه الأورام لتكوين الأوعية الدموية.

بعض الأدوية الموجَّهة أجسام مضادة تُعطى بالتسريب الوريدي، وبعضها أقراص. ولا يعمل الدواء إلا إذا كان هدفه موجودًا في ورمك، ولذلك يُفحص الورم قبل العلاج. وتتضرر الخلايا السليمة بقدر أقل مما في العلاج الكيميائي، لكن لهذه الأدوية آثارًا جانبية خاصة بها.`,
      whoItIsFor: `تتوقف فائدة الدواء الموجَّه على العضو الذي نشأ فيه السرطان وعلى نتائج الفحص. ومن الأمثلة على ذلك:

- في سرطان الأمعاء لا يُنظر في الأدوية المضادة لـ EGFR إلا إذا كانت جينات RAS غير متغيّرة، أما الأدوية المضادة لـ VEGF فيمكن دمجها مع العلاج الكيميائي في نطاق أوسع؛
- في سرطان الثدي وبعض أنواع سرطان المعدة تُستخدم الأدوية المضادة لـ HER2 عندما يحمل الورم كمية كبيرة من HER2؛
- في الورم الميلانيني الذي يحمل تغيّرًا في BRAF قد تُستخدم أدوية تعطّل هذا المسار؛
- بعض أنواع سرطان الرئة التي تحمل تغيّرات جينية محددة تُعالَج بأقراص مناسبة لها.

تُدمج الأدوية الموجَّهة عادةً مع العلاج الكيميائي، وأحيانًا مع علاجات موضعية للكبد. وإذا لم يُعثر على هدف مناسب فمن غير المرجح أن يفيد الدواء الموجَّه، والفريق الطبي الأمين سيخبرك بذلك بصراحة.`,
      steps: `1. يُفحص نسيج مأخوذ من خزعة أو من عملية سابقة في مختبر متخصص، وأحيانًا يُضاف تحليل دم للبحث عن الحمض النووي للورم.
2. يطابق فريق الأورام النتائج مع الأدوية المناسبة والمعتمدة لنوع السرطان لديك.
3. يُعطى الدواء بالتسريب الوريدي، غالبًا في يوم العلاج الكيميائي نفسه، أو يُؤخذ على شكل أقراص في المنزل.
4. في كل زيارة تُجرى تحاليل الدم ويُقاس ضغط الدم، وبحسب الدواء يُفحص الجلد أو البول أو القلب.
5. كل بضعة أشهر يُظهر التصوير المقطعي أو الرنين المغناطيسي ما إذا كان العلاج فعالًا، وإذا تقدم المرض فقد يُعاد الفحص ويُغيَّر الدواء.`,
      preparation: `- نتائج الفحوص الجزيئية إن وُجدت؛ وإذا لم يُفحص الورم من قبل فاطلب من مختبر علم الأمراض القوالب النسيجية والشرائح لترتيب الفحص، وقد يستغرق ذلك من أسبوع إلى عدة أسابيع.
- تقرير الفحص النسيجي وصور حديثة بمادة التباين وقائمة بالعلاجات السابقة، بما فيها أي أدوية موجَّهة.
- قائمة كاملة بأدويتك والمستحضرات العشبية والمكملات، لأن بعضها يتداخل مع الأقراص الموجَّهة.
- فحص للقلب قبل الأدوية المضادة لـ HER2، وقياس ضغط الدم قبل الأدوية المضادة لـ VEGF.
- أخبر الفريق بأي عملية جراحية مخطط لها أو جرح لم يلتئم، لأن بعض الأدوية يجب إيقافها مؤقتًا قبل الجراحة وبعدها.`,
      recovery: `لا يوجد إجراء يحتاج إلى تعافٍ: بعد التسريب الوريدي تعود عادةً إلى المنزل في اليوم نفسه، وتُؤخذ الأقراص في المنزل. وكثيرًا ما يستمر العلاج أشهرًا ما دام مفيدًا وظلت آثاره الجانبية محتملة.

قبل بدء العلاج في الخارج تحقق من توفر الدواء نفسه في بلدك ومن تغطية تكلفته، حتى يستمر العلاج دون انقطاع.`,
      risks: `تتوقف الآثار الجانبية على الهدف، وهي تختلف عن آثار العلاج الكيميائي:

- طفح يشبه حب الشباب وجفاف الجلد والتهاب حواف الأظافر، خاصة مع الأدوية المضادة لـ EGFR؛
- الإسهال والتعب وتقرحات الفم؛
- ارتفاع ضغط الدم ووجود بروتين في البول والنزيف وبطء التئام الجروح، ونادرًا جلطات دموية أو انثقاب في الأمعاء مع الأدوية المضادة لـ VEGF؛
- ضعف قدرة القلب على الضخ مع الأدوية المضادة لـ HER2؛
- الحمى وتغيّرات في الجلد واضطراب في تحاليل وظائف الكبد مع بعض الأقراص؛
- مع مرور الوقت قد يصبح السرطان مقاومًا فيتوقف الدواء عن العمل.`,
    },
  },
};
