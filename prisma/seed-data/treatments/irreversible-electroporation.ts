import type { TreatmentSeed } from "../types";

// Irreversible electroporation (IRE). Seed 001 (Humanitas page) lists it as "electroresection IRE" without any
// figures; no seed gives outcome data, so none are listed. The limited evidence base is stated in the text.
export const irreversibleElectroporation: TreatmentSeed = {
  slug: "irreversible-electroporation",
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
      name: "Irreversible electroporation (IRE)",
      summary:
        "Irreversible electroporation destroys tumour cells with very short high-voltage electrical pulses rather than heat or cold. It is mainly considered for metastases next to large blood vessels or bile ducts; the evidence for liver metastases is still limited.",
      metaDescription:
        "Irreversible electroporation (IRE, NanoKnife) for liver metastases: how this non-thermal method works, who it may suit, recovery, risks and evidence.",
      howItWorks: `In irreversible electroporation, usually two or more needle electrodes are placed around the metastasis under CT or ultrasound guidance. A generator (the best-known system is called NanoKnife) then sends a series of very short, high-voltage electrical pulses between the electrodes. The pulses open permanent tiny pores in the membranes of the cells in the treated zone, and these cells die over the following hours and days.

Because the method does not work by heating or freezing, it largely spares the supporting framework of blood vessels and bile ducts. This is why it is considered for tumours lying directly next to large vessels or the main bile ducts, where heat ablation could be unsafe or incomplete. Some clinic websites call the method electroresection.`,
      whoItIsFor: `IRE is a specialised treatment available in relatively few centres. It may be discussed when:

- a small number of metastases lie close to large blood vessels or the main bile ducts;
- surgery is not possible and heat ablation would be too risky near these structures;
- the patient is fit enough for general anaesthesia.

The evidence for IRE in liver metastases is still limited: most data come from fairly small groups of patients, and few studies compare it with established methods. It is therefore not a standard first choice, and the decision belongs to a multidisciplinary tumour board. People with heart rhythm problems, a pacemaker or an implanted defibrillator need careful assessment, and for some of them IRE is not possible.`,
      steps: `1. The tumour board reviews recent contrast scans and plans the number and position of the electrodes.
2. An ECG and, if needed, further heart checks are done beforehand.
3. You receive general anaesthesia with full muscle relaxation, because the pulses would otherwise cause strong muscle contractions.
4. Guided by CT or ultrasound, the electrodes are placed around the tumour, parallel to each other.
5. The pulses are delivered in step with the heartbeat (ECG-synchronised) to lower the risk of heart rhythm disturbances.
6. The electrodes are removed, and a check scan is often done before you wake up.`,
      preparation: `- A recent contrast-enhanced CT or MRI of the liver, on which the electrode positions are planned.
- Blood tests: blood count, liver and kidney function, clotting and electrolytes.
- An ECG; tell the team about any heart disease, rhythm problems, pacemaker or implanted defibrillator.
- A full list of your medicines, especially blood thinners, which may need to be paused.
- Mention any metal stents or implants near the liver. An anaesthesia assessment follows, and you will usually be asked not to eat for about 6 hours beforehand.`,
      recovery: `Most patients stay in hospital for one to a few days. Tenderness at the needle sites and tiredness for several days are common; pain is often milder than after heat ablation.

Right after IRE the treated area can look unclear on CT or MRI because of swelling, so the result is judged on scans about one month later and then at regular intervals. Agree with the team in advance where these follow-up scans will be done once you are home, and when it is safe to fly.`,
      risks: `Serious complications are uncommon, but the following can occur:

- heart rhythm disturbances during the pulses, which is why they are synchronised with the ECG;
- a temporary rise in blood pressure during treatment;
- bleeding or a collection of fluid at the treatment site;
- narrowing or injury of bile ducts or blood vessels, or a blood clot in the portal vein (uncommon);
- infection or abscess;
- incomplete treatment or the tumour returning in or near the treated zone; long-term results are less well known than for other methods.`,
    },
    ru: {
      name: "Необратимая электропорация (IRE)",
      summary:
        "Необратимая электропорация разрушает опухолевые клетки очень короткими электрическими импульсами высокого напряжения, а не нагреванием или холодом. Её рассматривают прежде всего при метастазах рядом с крупными сосудами или желчными протоками; данных о применении при метастазах в печени пока немного.",
      metaDescription:
        "Необратимая электропорация (IRE, NanoKnife) при метастазах в печени: как работает нетермический метод, кому подходит, наркоз, восстановление, риски и данные.",
      howItWorks: `При необратимой электропорации вокруг метастаза под контролем КТ или УЗИ устанавливают обычно два или больше игольчатых электрода. Затем генератор (наиболее известная система называется NanoKnife) подаёт между электродами серию очень коротких электрических импульсов высокого напряжения. Импульсы создают в мембранах клеток в зоне воздействия необратимые микроскопические поры, и эти клетки погибают в течение следующих часов и дней.

Поскольку метод действует не нагреванием и не замораживанием, он в значительной мере щадит соединительнотканный каркас сосудов и желчных протоков. Поэтому его рассматривают для опухолей, прилегающих к крупным сосудам или главным желчным протокам, где тепловая абляция может быть опасной или неполной. На сайтах некоторых клиник метод называют электрорезекцией.`,
      whoItIsFor: `IRE — узкоспециализированный метод, который выполняют в относительно немногих центрах. Его могут обсудить, если:

- немногочисленные метастазы расположены вблизи крупных сосудов или главных желчных протоков;
- операция невозможна, а тепловая абляция рядом с этими структурами слишком рискованна;
- состояние пациента позволяет провести общий наркоз.

Доказательная база IRE при метастазах в печени пока ограничена: большинство данных получено на сравнительно небольших группах пациентов, а исследований, сравнивающих метод с устоявшимися, мало. Поэтому это не стандартный метод первого выбора, и решение принимает мультидисциплинарный онкологический консилиум. Людям с нарушениями ритма сердца, кардиостимулятором или имплантированным дефибриллятором нужна тщательная оценка, и некоторым из них IRE провести нельзя.`,
      steps: `1. Консилиум изучает свежие снимки с контрастом и планирует количество и положение электродов.
2. Заранее делают ЭКГ и при необходимости другие обследования сердца.
3. Вам проводят общий наркоз с полным расслаблением мышц, иначе импульсы вызывали бы сильные мышечные сокращения.
4. Под контролем КТ или УЗИ электроды устанавливают вокруг опухоли параллельно друг другу.
5. Импульсы подают синхронно с сердцебиением (по ЭКГ), чтобы снизить риск нарушений ритма сердца.
6. Электроды извлекают; часто ещё до пробуждения выполняют контрольное исследование.`,
      preparation: `- Свежая КТ или МРТ печени с контрастированием — по ней планируют положение электродов.
- Анализы крови: общий анализ, показатели функции печени и почек, коагулограмма, электролиты.
- ЭКГ; сообщите врачам о любых болезнях сердца, нарушениях ритма, кардиостимуляторе или имплантированном дефибрилляторе.
- Полный список лекарств, особенно антикоагулянтов, которые, возможно, придётся временно отменить.
- Скажите о металлических стентах или имплантах рядом с печенью. Вас осмотрит анестезиолог; обычно перед процедурой нельзя есть около 6 часов.`,
      recovery: `Большинство пациентов проводят в больнице от одного до нескольких дней. Несколько дней часто сохраняются болезненность в местах проколов и слабость; боль нередко слабее, чем после тепловой абляции.

Сразу после IRE обработанная зона на КТ или МРТ может выглядеть нечётко из-за отёка, поэтому результат оценивают по снимкам примерно через месяц и далее через регулярные промежутки. Заранее договоритесь с врачами, где вы будете делать контрольные исследования после возвращения домой и когда можно безопасно лететь.`,
      risks: `Серьёзные осложнения бывают нечасто, но возможны:

- нарушения ритма сердца во время импульсов — поэтому их синхронизируют с ЭКГ;
- временное повышение артериального давления во время процедуры;
- кровотечение или скопление жидкости в зоне воздействия;
- сужение или повреждение желчных протоков либо сосудов, тромбоз воротной вены (нечасто);
- инфекция или абсцесс;
- неполное разрушение опухоли или её возврат в обработанной зоне или рядом с ней; отдалённые результаты известны хуже, чем для других методов.`,
    },
    uk: {
      name: "Необоротна електропорація (IRE)",
      summary:
        "Необоротна електропорація руйнує пухлинні клітини дуже короткими електричними імпульсами високої напруги, а не нагріванням чи холодом. Її розглядають передусім за метастазів поруч із великими судинами або жовчними протоками; даних про застосування при метастазах у печінці поки небагато.",
      metaDescription:
        "Необоротна електропорація (IRE, NanoKnife) при метастазах у печінці: як діє нетермічний метод, кому підходить, наркоз, відновлення, ризики та дані.",
      howItWorks: `Під час необоротної електропорації довкола метастазу під контролем КТ або УЗД встановлюють зазвичай два чи більше голчастих електроди. Потім генератор (найвідоміша система називається NanoKnife) подає між електродами серію дуже коротких електричних імпульсів високої напруги. Імпульси утворюють у мембранах клітин у зоні впливу необоротні мікроскопічні пори, і ці клітини гинуть протягом наступних годин і днів.

Оскільки метод діє не нагріванням і не заморожуванням, він значною мірою зберігає сполучнотканинний каркас судин і жовчних проток. Тому його розглядають для пухлин, що прилягають до великих судин або головних жовчних проток, де теплова абляція може бути небезпечною чи неповною. На сайтах деяких клінік метод називають електрорезекцією.`,
      whoItIsFor: `IRE — вузькоспеціалізований метод, який виконують у відносно небагатьох центрах. Його можуть обговорити, якщо:

- нечисленні метастази розташовані поблизу великих судин або головних жовчних проток;
- операція неможлива, а теплова абляція поруч із цими структурами надто ризикована;
- стан пацієнта дозволяє провести загальний наркоз.

Доказова база IRE при метастазах у печінці поки обмежена: більшість даних отримано на порівняно невеликих групах пацієнтів, а досліджень, які порівнюють метод з усталеними, мало. Тому це не стандартний метод першого вибору, і рішення ухвалює мультидисциплінарний онкологічний консиліум. Людям із порушеннями серцевого ритму, кардіостимулятором або імплантованим дефібрилятором потрібна ретельна оцінка, і деяким із них IRE провести не можна.`,
      steps: `1. Консиліум вивчає нещодавні знімки з контрастом і планує кількість та положення електродів.
2. Заздалегідь роблять ЕКГ і за потреби інші обстеження серця.
3. Вам проводять загальний наркоз із повним розслабленням м’язів, інакше імпульси спричиняли б сильні м’язові скорочення.
4. Під контролем КТ або УЗД електроди встановлюють довкола пухлини паралельно один одному.
5. Імпульси подають синхронно із серцебиттям (за ЕКГ), щоб знизити ризик порушень серцевого ритму.
6. Електроди виймають; часто ще до пробудження виконують контрольне дослідження.`,
      preparation: `- Нещодавня КТ або МРТ печінки з контрастуванням — за нею планують положення електродів.
- Аналізи крові: загальний аналіз, показники функції печінки та нирок, коагулограма, електроліти.
- ЕКГ; повідомте лікарів про будь-які хвороби серця, порушення ритму, кардіостимулятор чи імплантований дефібрилятор.
- Повний перелік ліків, особливо антикоагулянтів, які, можливо, доведеться тимчасово відмінити.
- Скажіть про металеві стенти чи імплантати поруч із печінкою. Вас огляне анестезіолог; зазвичай перед процедурою не можна їсти приблизно 6 годин.`,
      recovery: `Більшість пацієнтів проводять у лікарні від одного до кількох днів. Кілька днів часто зберігаються болючість у місцях проколів і слабкість; біль нерідко слабший, ніж після теплової абляції.

Одразу після IRE оброблена зона на КТ чи МРТ може виглядати нечітко через набряк, тому результат оцінюють за знімками приблизно через місяць і далі через регулярні проміжки. Заздалегідь домовтеся з лікарями, де ви робитимете контрольні дослідження після повернення додому і коли можна безпечно летіти.`,
      risks: `Серйозні ускладнення бувають нечасто, але можливі:

- порушення серцевого ритму під час імпульсів — тому їх синхронізують з ЕКГ;
- тимчасове підвищення артеріального тиску під час процедури;
- кровотеча або скупчення рідини в зоні впливу;
- звуження чи пошкодження жовчних проток або судин, тромбоз ворітної вени (нечасто);
- інфекція чи абсцес;
- неповне руйнування пухлини або її повернення в обробленій зоні чи поруч; віддалені результати відомі гірше, ніж для інших методів.`,
    },
    de: {
      name: "Irreversible Elektroporation (IRE)",
      summary:
        "Die irreversible Elektroporation zerstört Tumorzellen mit sehr kurzen Hochspannungsimpulsen statt mit Hitze oder Kälte. Sie kommt vor allem bei Metastasen neben großen Blutgefäßen oder Gallengängen infrage; die Datenlage bei Lebermetastasen ist noch begrenzt.",
      metaDescription:
        "Irreversible Elektroporation (IRE, NanoKnife) bei Lebermetastasen: wie das nicht-thermische Verfahren wirkt, für wen es passt, Erholung, Risiken, Datenlage.",
      howItWorks: `Bei der irreversiblen Elektroporation werden unter CT- oder Ultraschallkontrolle meist zwei oder mehr Nadelelektroden um die Metastase herum platziert. Ein Generator (das bekannteste System heißt NanoKnife) sendet dann eine Folge sehr kurzer Hochspannungsimpulse zwischen den Elektroden. Die Impulse erzeugen in den Zellmembranen der Behandlungszone dauerhafte winzige Poren, und diese Zellen sterben in den folgenden Stunden und Tagen ab.

Da das Verfahren nicht mit Hitze oder Kälte arbeitet, schont es weitgehend das stützende Bindegewebsgerüst von Blutgefäßen und Gallengängen. Deshalb wird es für Tumoren erwogen, die direkt an großen Gefäßen oder den großen Gallengängen liegen, wo eine Hitzeablation gefährlich oder unvollständig sein könnte. Manche Klinikwebsites nennen das Verfahren Elektroresektion.`,
      whoItIsFor: `Die IRE ist eine spezialisierte Behandlung, die nur in relativ wenigen Zentren angeboten wird. Sie kann besprochen werden, wenn:

- wenige Metastasen nahe an großen Blutgefäßen oder den großen Gallengängen liegen;
- eine Operation nicht möglich ist und eine Hitzeablation an diesen Strukturen zu riskant wäre;
- der Allgemeinzustand eine Vollnarkose erlaubt.

Die Datenlage zur IRE bei Lebermetastasen ist noch begrenzt: Die meisten Ergebnisse stammen aus eher kleinen Patientengruppen, und nur wenige Studien vergleichen sie mit etablierten Verfahren. Sie ist daher keine Standardbehandlung der ersten Wahl, und die Entscheidung trifft eine interdisziplinäre Tumorkonferenz. Bei Herzrhythmusstörungen, einem Herzschrittmacher oder einem implantierten Defibrillator ist eine sorgfältige Prüfung nötig, und bei manchen Betroffenen ist die IRE nicht möglich.`,
      steps: `1. Die Tumorkonferenz prüft aktuelle Kontrastmittelaufnahmen und plant Zahl und Lage der Elektroden.
2. Vorab werden ein EKG und bei Bedarf weitere Herzuntersuchungen gemacht.
3. Sie erhalten eine Vollnarkose mit vollständiger Muskelentspannung, da die Impulse sonst starke Muskelzuckungen auslösen würden.
4. Unter CT- oder Ultraschallkontrolle werden die Elektroden parallel zueinander um den Tumor platziert.
5. Die Impulse werden im Takt des Herzschlags (EKG-synchronisiert) abgegeben, um das Risiko von Herzrhythmusstörungen zu senken.
6. Die Elektroden werden entfernt; oft folgt noch vor dem Aufwachen eine Kontrollaufnahme.`,
      preparation: `- Ein aktuelles CT oder MRT der Leber mit Kontrastmittel, auf dem die Lage der Elektroden geplant wird.
- Blutuntersuchungen: Blutbild, Leber- und Nierenwerte, Gerinnung und Elektrolyte.
- Ein EKG; informieren Sie das Team über Herzkrankheiten, Rhythmusstörungen, einen Herzschrittmacher oder einen implantierten Defibrillator.
- Eine vollständige Medikamentenliste, besonders Blutverdünner, die eventuell pausiert werden müssen.
- Erwähnen Sie Metallstents oder Implantate in Lebernähe. Es folgt ein Narkosevorgespräch, und meist dürfen Sie etwa 6 Stunden vorher nichts essen.`,
      recovery: `Die meisten Patientinnen und Patienten bleiben einen bis einige Tage im Krankenhaus. Druckschmerz an den Einstichstellen und Müdigkeit für einige Tage sind häufig; die Schmerzen sind oft geringer als nach einer Hitzeablation.

Direkt nach der IRE kann der behandelte Bereich im CT oder MRT wegen einer Schwellung unklar aussehen. Beurteilt wird das Ergebnis daher auf Aufnahmen etwa einen Monat später und danach in regelmäßigen Abständen. Klären Sie vorab mit dem Team, wo diese Kontrollen nach Ihrer Heimkehr stattfinden und ab wann Fliegen unbedenklich ist.`,
      risks: `Schwere Komplikationen sind selten, doch Folgendes kann auftreten:

- Herzrhythmusstörungen während der Impulse – deshalb die Synchronisierung mit dem EKG;
- vorübergehender Blutdruckanstieg während der Behandlung;
- Blutung oder Flüssigkeitsansammlung im Behandlungsbereich;
- Verengung oder Verletzung von Gallengängen oder Gefäßen, ein Blutgerinnsel in der Pfortader (selten);
- Infektion oder Abszess;
- unvollständige Behandlung oder erneutes Tumorwachstum in oder neben der behandelten Zone; Langzeitergebnisse sind weniger gut bekannt als bei anderen Verfahren.`,
    },
    ar: {
      name: "التثقيب الكهربائي غير العكوس (IRE)",
      summary:
        "يُتلف التثقيب الكهربائي غير العكوس الخلايا الورمية بنبضات كهربائية قصيرة جدًا عالية الجهد بدلًا من الحرارة أو البرودة. ويُنظر فيه أساسًا للنقائل المجاورة للأوعية الدموية الكبيرة أو القنوات الصفراوية، ولا تزال الأدلة على استخدامه في نقائل الكبد محدودة.",
      metaDescription:
        "التثقيب الكهربائي غير العكوس (IRE، NanoKnife) لنقائل الكبد: كيف تعمل هذه الطريقة غير الحرارية، ولمن قد تناسب، والتخدير، والتعافي، والمخاطر، والأدلة.",
      howItWorks: `في التثقيب الكهربائي غير العكوس تُوضَع عادةً إبرتان كهربائيتان أو أكثر حول النقيلة بتوجيه من التصوير المقطعي المحوسب أو الموجات فوق الصوتية. ثم يرسل جهاز مولّد (وأشهر هذه الأنظمة يُعرف باسم نانونايف NanoKnife) سلسلة من النبضات الكهربائية القصيرة جدًا عالية الجهد بين الأقطاب. فتُحدث هذه النبضات ثقوبًا مجهرية دائمة في أغشية الخلايا داخل المنطقة المعالَجة، وتموت هذه الخلايا خلال الساعات والأيام التالية.

ولأن هذه الطريقة لا تعتمد على التسخين أو التجميد، فإنها تحافظ إلى حد كبير على الهيكل الداعم لجدران الأوعية الدموية والقنوات الصفراوية. لذلك يُنظر فيها للأورام الملاصقة للأوعية الكبيرة أو القنوات الصفراوية الرئيسية، حيث قد يكون الاستئصال الحراري غير آمن أو غير مكتمل. وتسمّي بعض مواقع العيادات هذه الطريقة «الاستئصال الكهربائي».`,
      whoItIsFor: `التثقيب الكهربائي غير العكوس علاج متخصص لا يتوفر إلا في عدد قليل نسبيًا من المراكز. وقد يُناقَش في الحالات التالية:

- عندما تقع نقائل قليلة العدد قرب الأوعية الدموية الكبيرة أو القنوات الصفراوية الرئيسية؛
- عندما تكون الجراحة غير ممكنة ويكون الاستئصال الحراري قرب هذه البنى عالي الخطورة؛
- عندما تسمح حالة المريض العامة بالتخدير العام.

لا تزال الأدلة على هذه الطريقة في نقائل الكبد محدودة، إذ تأتي معظم البيانات من مجموعات صغيرة نسبيًا من المرضى، والدراسات التي تقارنها بالطرق الراسخة قليلة. لذلك فهي ليست علاجًا معياريًا من الخيار الأول، والقرار فيها لفريق الأورام متعدد التخصصات. ويحتاج المصابون باضطرابات نظم القلب ومن لديهم جهاز منظم لضربات القلب أو مزيل رجفان مزروع إلى تقييم دقيق، وقد لا يكون هذا العلاج ممكنًا لبعضهم.`,
      steps: `1. يراجع فريق الأورام صورك الحديثة بمادة التباين ويخطط لعدد الأقطاب ومواضعها.
2. يُجرى تخطيط كهربائي للقلب مسبقًا، وفحوص قلبية أخرى عند الحاجة.
3. تتلقى تخديرًا عامًا مع إرخاء كامل للعضلات، لأن النبضات قد تسبب دون ذلك تقلصات عضلية قوية.
4. بتوجيه من التصوير المقطعي أو الموجات فوق الصوتية، تُوضَع الأقطاب حول الورم بشكل متوازٍ.
5. تُطلَق النبضات بالتزامن مع ضربات القلب وفق تخطيط القلب لتقليل خطر اضطرابات النظم.
6. تُسحب الأقطاب، وكثيرًا ما يُجرى تصوير للمتابعة قبل أن تستيقظ من التخدير.`,
      preparation: `- تصوير مقطعي محوسب أو رنين مغناطيسي حديث للكبد بمادة التباين، تُخطَّط عليه مواضع الأقطاب.
- تحاليل الدم: تعداد الدم الكامل، ووظائف الكبد والكلى، واختبارات التخثر، والأملاح (الشوارد).
- تخطيط كهربائي للقلب، وأخبر الفريق الطبي بأي مرض قلبي أو اضطراب في النظم أو جهاز منظم لضربات القلب أو مزيل رجفان مزروع.
- قائمة كاملة بأدويتك، ولا سيما مميعات الدم التي قد يلزم إيقافها مؤقتًا.
- اذكر أي دعامات معدنية أو غرسات قرب الكبد. وسيقيّمك طبيب التخدير، ويُطلب عادةً الامتناع عن الطعام نحو 6 ساعات قبل الإجراء.`,
      recovery: `يقضي معظم المرضى في المستشفى من يوم إلى بضعة أيام. ومن الشائع الشعور بألم عند اللمس في مواضع الإبر وتعب لعدة أيام، وغالبًا ما يكون الألم أخف منه بعد الاستئصال الحراري.

بعد الإجراء مباشرةً قد تبدو المنطقة المعالَجة غير واضحة في التصوير المقطعي أو الرنين المغناطيسي بسبب التورم، لذلك تُقيَّم النتيجة بصور تُجرى بعد شهر تقريبًا ثم على فترات منتظمة. اتفق مع الفريق الطبي مسبقًا على مكان إجراء صور المتابعة بعد عودتك إلى بلدك، وعلى الموعد الذي يصبح فيه السفر جوًا آمنًا.`,
      risks: `المضاعفات الخطيرة غير شائعة، لكن قد يحدث ما يلي:

- اضطرابات في نظم القلب أثناء النبضات، ولهذا تُزامَن مع تخطيط القلب؛
- ارتفاع مؤقت في ضغط الدم أثناء العلاج؛
- نزيف أو تجمع سوائل في المنطقة المعالَجة؛
- تضيّق أو إصابة في القنوات الصفراوية أو الأوعية الدموية، أو جلطة في الوريد البابي (غير شائع)؛
- عدوى أو خراج؛
- معالجة غير مكتملة أو عودة الورم داخل المنطقة المعالَجة أو بجوارها، والنتائج طويلة الأمد أقل وضوحًا منها في الطرق الأخرى.`,
    },
  },
};
