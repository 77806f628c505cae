import type { TreatmentSeed } from "../types";

// Radiofrequency and microwave ablation. Seed 003 (MedTour) describes RFA: a needle placed into the metastasis under
// ultrasound or CT guidance, with electric current destroying the tumour by heat. The seeds give no outcome figures
// for ablation, so none are listed.
export const thermalAblation: TreatmentSeed = {
  slug: "thermal-ablation",
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
      name: "Thermal ablation (radiofrequency and microwave)",
      summary:
        "A thin needle-like probe is placed into a liver metastasis under ultrasound or CT guidance and destroys the tumour with heat. It is mainly considered when there are only a few small lesions.",
      metaDescription:
        "Radiofrequency and microwave ablation of liver metastases: how heat ablation works, who may be suitable, preparation, recovery and possible risks.",
      howItWorks: `In thermal ablation a thin probe is guided into the metastasis. In radiofrequency ablation (RFA) an electric current flows through a needle electrode and heats the surrounding tissue; in microwave ablation an antenna that emits microwaves does the same, usually faster and over a somewhat larger area. The aim is to destroy the tumour together with a narrow rim of healthy liver tissue around it.

The doctor uses ultrasound or CT to place the probe accurately and to watch the treated zone. Most often this is done through the skin (percutaneously), but ablation can also be carried out during open or keyhole surgery, for example at the same time as removing other metastases.

The destroyed tissue is not taken out. Over the following months it shrinks and turns into scar tissue, which is checked on follow-up scans.`,
      whoItIsFor: `Ablation is a local treatment. Whether it fits is decided by a multidisciplinary tumour board, weighing it against the other options, above all surgery and chemotherapy. It is usually considered when:

- there are only a few metastases and each is small, often no larger than about 3 cm;
- surgery is not possible or would be too risky, for example because of other illnesses or the position of the lesions;
- ablation is combined with surgery to treat lesions that would be hard to remove;
- liver function and blood clotting are adequate.

Lesions lying right next to large blood vessels are harder to heat evenly, because the flowing blood carries heat away. Metastases close to the main bile ducts, the bowel or the diaphragm need particular care or a different method.`,
      steps: `1. The tumour board reviews your recent scans and confirms that the lesions can be reached and treated safely.
2. On the day, you receive general anaesthesia or deep sedation with pain relief.
3. Guided by ultrasound or CT, the doctor inserts one or more probes through the skin into each metastasis.
4. The tissue is heated for several minutes per lesion; the probe may be moved to cover the whole tumour and a safety margin.
5. As the probe is withdrawn, the needle track is usually heated as well, to lower the risk of bleeding and of spreading tumour cells.
6. A contrast scan at the end of the procedure or soon afterwards shows the extent of the treated zone.`,
      preparation: `- Bring a recent contrast-enhanced CT or MRI of the liver (ideally from the last few weeks) and reports of earlier treatments.
- Blood tests are needed beforehand: blood count, liver and kidney function, and clotting.
- Tell the team about all your medicines, especially blood thinners, antiplatelet drugs and diabetes medicines; some must be paused on the doctor's advice.
- You will usually be asked not to eat for about 6 hours before the procedure.
- If you have had an operation joining a bile duct to the bowel, or have a bile-duct stent, say so: this raises the risk of a liver abscess and antibiotics may be needed.`,
      recovery: `Most people stay in hospital for one night, sometimes a little longer, and are back to normal daily activities within about a week. Pain at the puncture site or under the right ribs is common for a few days and is usually eased by ordinary painkillers.

Some patients develop a post-ablation syndrome: mild fever, tiredness, aches and nausea lasting from a few days to about two weeks. It is a reaction to the destroyed tissue and normally settles on its own.

A contrast CT or MRI is usually done about one month later and then at regular intervals, to confirm that the lesion has been fully treated and to spot any new ones. Small remaining or new lesions can often be treated again. Before flying home, ask your team when it is safe to travel.`,
      risks: `Serious complications are uncommon, but like any procedure ablation carries risks:

- pain, fever and tiredness for a few days (post-ablation syndrome);
- bleeding in or around the liver;
- infection or an abscess in the treated area;
- injury to bile ducts or to nearby organs such as the bowel, gallbladder or diaphragm;
- a skin burn at the probe site or under the grounding pads (with RFA);
- the tumour growing back at the edge of the treated zone, which is more likely with larger lesions and lesions next to large vessels.`,
    },
    ru: {
      name: "Термическая абляция (радиочастотная и микроволновая)",
      summary:
        "Тонкий игольчатый зонд вводят в метастаз в печени под контролем УЗИ или КТ и разрушают опухоль нагреванием. Метод рассматривают прежде всего при небольшом числе некрупных очагов.",
      metaDescription:
        "Радиочастотная и микроволновая абляция метастазов в печени: как работает метод, кому он может подойти, подготовка, восстановление и возможные риски.",
      howItWorks: `При термической абляции в метастаз вводят тонкий зонд. При радиочастотной абляции (РЧА) через игольчатый электрод проходит электрический ток, который нагревает окружающие ткани; при микроволновой абляции то же самое делает антенна, излучающая микроволны, — обычно быстрее и на несколько большем участке. Цель — разрушить опухоль вместе с узкой полоской здоровой ткани печени вокруг неё.

Чтобы точно установить зонд и следить за зоной воздействия, врач использует УЗИ или КТ. Чаще всего процедуру выполняют через прокол кожи (чрескожно), но абляцию можно провести и во время открытой или лапароскопической операции — например, одновременно с удалением других метастазов.

Разрушенную ткань не удаляют. В течение следующих месяцев она уменьшается и замещается рубцом, что оценивают на контрольных снимках.`,
      whoItIsFor: `Абляция — местный метод лечения. Подходит ли она, решает мультидисциплинарный онкологический консилиум, сравнивая её с другими вариантами, прежде всего с операцией и химиотерапией. Обычно её рассматривают, если:

- метастазов немного и каждый из них небольшой, чаще всего не более 3 см;
- операция невозможна или слишком рискованна, например из-за сопутствующих заболеваний или расположения очагов;
- абляцию сочетают с операцией, чтобы обработать очаги, которые трудно удалить;
- функция печени и свёртываемость крови достаточные.

Очаги рядом с крупными сосудами прогреваются хуже, потому что кровоток уносит тепло. Метастазы вблизи главных желчных протоков, кишки или диафрагмы требуют особой осторожности или другого метода.`,
      steps: `1. Консилиум изучает ваши свежие снимки и подтверждает, что к очагам можно безопасно подобраться и обработать их.
2. В день процедуры вам проводят общий наркоз или глубокую седацию с обезболиванием.
3. Под контролем УЗИ или КТ врач вводит через кожу в каждый метастаз один или несколько зондов.
4. Ткань нагревают по несколько минут на каждый очаг; при необходимости зонд переставляют, чтобы охватить всю опухоль и край здоровой ткани.
5. При извлечении зонда обычно прогревают и канал прокола — это снижает риск кровотечения и распространения опухолевых клеток.
6. Исследование с контрастом в конце процедуры или вскоре после неё показывает границы обработанной зоны.`,
      preparation: `- Возьмите с собой свежую КТ или МРТ печени с контрастированием (желательно сделанную в последние несколько недель) и выписки о предыдущем лечении.
- Перед процедурой нужны анализы крови: общий анализ, показатели функции печени и почек, коагулограмма.
- Сообщите врачам обо всех лекарствах, особенно об антикоагулянтах, антиагрегантах и препаратах от диабета: некоторые из них по указанию врача нужно временно отменить.
- Обычно перед процедурой нельзя есть около 6 часов.
- Если вам выполняли операцию с соединением желчного протока и кишки или у вас стоит стент в желчных протоках, обязательно скажите об этом: это повышает риск абсцесса печени, и могут понадобиться антибиотики.`,
      recovery: `Большинство пациентов проводят в больнице одну ночь, иногда немного дольше, и возвращаются к обычным делам примерно через неделю. Боль в месте прокола или в правом подреберье в первые дни бывает часто и обычно снимается обычными обезболивающими.

У части пациентов развивается постабляционный синдром: небольшая температура, слабость, ломота и тошнота, которые длятся от нескольких дней до двух недель. Это реакция организма на разрушенную ткань, и обычно она проходит сама.

Примерно через месяц делают КТ или МРТ с контрастом, а затем повторяют их регулярно, чтобы убедиться, что очаг обработан полностью, и не пропустить новые. Небольшие остаточные или новые очаги часто можно обработать повторно. Перед вылетом домой уточните у врачей, когда это безопасно.`,
      risks: `Серьёзные осложнения бывают нечасто, но, как и любое вмешательство, абляция связана с рисками:

- боль, температура и слабость в течение нескольких дней (постабляционный синдром);
- кровотечение в печени или вокруг неё;
- инфекция или абсцесс в зоне абляции;
- повреждение желчных протоков или соседних органов — кишки, желчного пузыря, диафрагмы;
- ожог кожи в месте введения зонда или под пластинами заземления (при РЧА);
- повторный рост опухоли по краю обработанной зоны — вероятнее при крупных очагах и очагах рядом с крупными сосудами.`,
    },
    uk: {
      name: "Термічна абляція (радіочастотна та мікрохвильова)",
      summary:
        "Тонкий голчастий зонд вводять у метастаз у печінці під контролем УЗД або КТ і руйнують пухлину нагріванням. Метод розглядають передусім тоді, коли вогнищ небагато і вони невеликі.",
      metaDescription:
        "Радіочастотна та мікрохвильова абляція метастазів у печінці: як діє метод, кому він може підійти, підготовка, відновлення та можливі ризики.",
      howItWorks: `Під час термічної абляції в метастаз вводять тонкий зонд. За радіочастотної абляції (РЧА) через голчастий електрод проходить електричний струм, який нагріває навколишні тканини; за мікрохвильової абляції те саме робить антена, що випромінює мікрохвилі, — зазвичай швидше і на дещо більшій ділянці. Мета — зруйнувати пухлину разом із вузькою смужкою здорової тканини печінки довкола неї.

Щоб точно встановити зонд і стежити за зоною впливу, лікар використовує УЗД або КТ. Найчастіше процедуру виконують через прокол шкіри (черезшкірно), але абляцію можна провести й під час відкритої чи лапароскопічної операції — наприклад, одночасно з видаленням інших метастазів.

Зруйновану тканину не видаляють. Упродовж наступних місяців вона зменшується і заміщується рубцем, що оцінюють на контрольних знімках.`,
      whoItIsFor: `Абляція — місцевий метод лікування. Чи підходить вона, вирішує мультидисциплінарний онкологічний консиліум, порівнюючи її з іншими варіантами, передусім з операцією та хіміотерапією. Зазвичай її розглядають, якщо:

- метастазів небагато і кожен із них невеликий, найчастіше не більше 3 см;
- операція неможлива або надто ризикована, наприклад через супутні захворювання чи розташування вогнищ;
- абляцію поєднують з операцією, щоб обробити вогнища, які важко видалити;
- функція печінки та згортання крові достатні.

Вогнища поруч із великими судинами прогріваються гірше, бо кровотік відносить тепло. Метастази біля головних жовчних проток, кишки чи діафрагми потребують особливої обережності або іншого методу.`,
      steps: `1. Консиліум вивчає ваші нещодавні знімки і підтверджує, що до вогнищ можна безпечно дістатися та обробити їх.
2. У день процедури вам проводять загальний наркоз або глибоку седацію зі знеболенням.
3. Під контролем УЗД або КТ лікар вводить через шкіру в кожен метастаз один чи кілька зондів.
4. Тканину нагрівають по кілька хвилин на кожне вогнище; за потреби зонд переставляють, щоб охопити всю пухлину та край здорової тканини.
5. Під час виймання зонда зазвичай прогрівають і канал проколу — це знижує ризик кровотечі та поширення пухлинних клітин.
6. Дослідження з контрастом наприкінці процедури або невдовзі після неї показує межі обробленої зони.`,
      preparation: `- Візьміть із собою нещодавню КТ або МРТ печінки з контрастуванням (бажано зроблену протягом останніх кількох тижнів) і виписки про попереднє лікування.
- Перед процедурою потрібні аналізи крові: загальний аналіз, показники функції печінки та нирок, коагулограма.
- Повідомте лікарів про всі ліки, особливо антикоагулянти, антиагреганти та препарати від діабету: деякі з них за вказівкою лікаря треба тимчасово відмінити.
- Зазвичай перед процедурою не можна їсти приблизно 6 годин.
- Якщо вам виконували операцію з з’єднанням жовчної протоки та кишки або у вас стоїть стент у жовчних протоках, обов’язково скажіть про це: це підвищує ризик абсцесу печінки, і можуть знадобитися антибіотики.`,
      recovery: `Більшість пацієнтів проводять у лікарні одну ніч, іноді трохи довше, і повертаються до звичних справ приблизно за тиждень. Біль у місці проколу або в правому підребер’ї в перші дні трапляється часто і зазвичай минає після звичайних знеболювальних.

У частини пацієнтів розвивається постабляційний синдром: невисока температура, слабкість, ломота та нудота, що тривають від кількох днів до двох тижнів. Це реакція організму на зруйновану тканину, і зазвичай вона минає сама.

Приблизно через місяць роблять КТ або МРТ з контрастом, а потім повторюють їх регулярно, щоб переконатися, що вогнище оброблене повністю, і не пропустити нові. Невеликі залишкові або нові вогнища часто можна обробити повторно. Перед вильотом додому уточніть у лікарів, коли це безпечно.`,
      risks: `Серйозні ускладнення бувають нечасто, але, як і будь-яке втручання, абляція пов’язана з ризиками:

- біль, температура та слабкість протягом кількох днів (постабляційний синдром);
- кровотеча в печінці або довкола неї;
- інфекція чи абсцес у зоні абляції;
- пошкодження жовчних проток або сусідніх органів — кишки, жовчного міхура, діафрагми;
- опік шкіри в місці введення зонда або під пластинами заземлення (при РЧА);
- повторний ріст пухлини по краю обробленої зони — імовірніше за великих вогнищ і вогнищ біля великих судин.`,
    },
    de: {
      name: "Thermische Ablation (Radiofrequenz- und Mikrowellenablation)",
      summary:
        "Eine dünne Nadelsonde wird unter Ultraschall- oder CT-Kontrolle in die Lebermetastase eingeführt und zerstört den Tumor durch Hitze. Das Verfahren kommt vor allem bei wenigen, kleinen Herden infrage.",
      metaDescription:
        "Radiofrequenz- und Mikrowellenablation von Lebermetastasen: wie die Hitzebehandlung wirkt, für wen sie infrage kommt, Vorbereitung, Erholung und Risiken.",
      howItWorks: `Bei der thermischen Ablation wird eine dünne Sonde in die Metastase eingeführt. Bei der Radiofrequenzablation (RFA) fließt über eine Nadelelektrode elektrischer Strom, der das umliegende Gewebe erhitzt; bei der Mikrowellenablation übernimmt das eine Antenne, die Mikrowellen abgibt – meist schneller und in einem etwas größeren Bereich. Ziel ist, den Tumor zusammen mit einem schmalen Saum gesunden Lebergewebes zu zerstören.

Um die Sonde genau zu platzieren und die behandelte Zone zu beobachten, nutzt die Ärztin oder der Arzt Ultraschall oder CT. Meist erfolgt der Eingriff durch die Haut (perkutan), die Ablation ist aber auch während einer offenen oder laparoskopischen Operation möglich, etwa zusammen mit der Entfernung anderer Metastasen.

Das zerstörte Gewebe wird nicht entfernt. In den folgenden Monaten schrumpft es und vernarbt, was in Kontrollaufnahmen überprüft wird.`,
      whoItIsFor: `Die Ablation ist eine örtliche Behandlung. Ob sie passt, entscheidet eine interdisziplinäre Tumorkonferenz im Vergleich mit den anderen Möglichkeiten, vor allem Operation und Chemotherapie. In der Regel kommt sie infrage, wenn:

- nur wenige Metastasen vorliegen und jede davon klein ist, meist nicht größer als etwa 3 cm;
- eine Operation nicht möglich oder zu riskant ist, etwa wegen Begleiterkrankungen oder der Lage der Herde;
- die Ablation mit einer Operation kombiniert wird, um schwer entfernbare Herde zu behandeln;
- Leberfunktion und Blutgerinnung ausreichend sind.

Herde direkt neben großen Blutgefäßen lassen sich schlechter gleichmäßig erhitzen, weil das strömende Blut Wärme abführt. Metastasen nahe den großen Gallengängen, dem Darm oder dem Zwerchfell erfordern besondere Vorsicht oder ein anderes Verfahren.`,
      steps: `1. Die Tumorkonferenz prüft Ihre aktuellen Aufnahmen und bestätigt, dass die Herde sicher erreicht und behandelt werden können.
2. Am Behandlungstag erhalten Sie eine Vollnarkose oder eine tiefe Sedierung mit Schmerzmitteln.
3. Unter Ultraschall- oder CT-Kontrolle werden eine oder mehrere Sonden durch die Haut in jede Metastase eingeführt.
4. Das Gewebe wird pro Herd einige Minuten lang erhitzt; bei Bedarf wird die Sonde versetzt, um den ganzen Tumor samt Sicherheitssaum zu erfassen.
5. Beim Zurückziehen der Sonde wird meist auch der Stichkanal erhitzt – das senkt das Risiko von Blutungen und einer Verschleppung von Tumorzellen.
6. Eine Kontrastmittelaufnahme am Ende des Eingriffs oder kurz danach zeigt die Ausdehnung der behandelten Zone.`,
      preparation: `- Bringen Sie ein aktuelles CT oder MRT der Leber mit Kontrastmittel (möglichst aus den letzten Wochen) und Berichte über frühere Behandlungen mit.
- Vorher sind Blutuntersuchungen nötig: Blutbild, Leber- und Nierenwerte sowie Gerinnung.
- Informieren Sie das Team über alle Medikamente, besonders Blutverdünner, Thrombozytenhemmer und Diabetesmittel; manche müssen nach ärztlicher Anweisung pausiert werden.
- Meist dürfen Sie etwa 6 Stunden vor dem Eingriff nichts essen.
- Wenn bei Ihnen operativ eine Verbindung zwischen Gallengang und Darm angelegt wurde oder ein Gallengangsstent liegt, sagen Sie es unbedingt: Das erhöht das Risiko eines Leberabszesses, und es können Antibiotika nötig sein.`,
      recovery: `Die meisten Patientinnen und Patienten bleiben eine Nacht im Krankenhaus, manchmal etwas länger, und kehren nach etwa einer Woche zum Alltag zurück. Schmerzen an der Einstichstelle oder unter dem rechten Rippenbogen sind in den ersten Tagen häufig und lassen sich meist mit üblichen Schmerzmitteln lindern.

Manche entwickeln ein Postablationssyndrom: leichtes Fieber, Müdigkeit, Gliederschmerzen und Übelkeit für einige Tage bis etwa zwei Wochen. Es ist eine Reaktion auf das zerstörte Gewebe und klingt in der Regel von selbst ab.

Etwa einen Monat nach dem Eingriff folgt ein CT oder MRT mit Kontrastmittel, danach regelmäßige Kontrollen, um zu prüfen, ob der Herd vollständig behandelt ist, und um neue Herde zu erkennen. Kleine verbliebene oder neue Herde lassen sich oft erneut behandeln. Klären Sie vor dem Rückflug mit Ihrem Behandlungsteam, ab wann Fliegen unbedenklich ist.`,
      risks: `Schwere Komplikationen sind selten, doch wie jeder Eingriff birgt die Ablation Risiken:

- Schmerzen, Fieber und Müdigkeit für einige Tage (Postablationssyndrom);
- Blutung in der Leber oder um sie herum;
- Infektion oder Abszess im behandelten Bereich;
- Verletzung von Gallengängen oder Nachbarorganen wie Darm, Gallenblase oder Zwerchfell;
- Hautverbrennung an der Einstichstelle oder unter den Neutralelektroden (bei RFA);
- erneutes Tumorwachstum am Rand der behandelten Zone – häufiger bei größeren Herden und bei Herden neben großen Gefäßen.`,
    },
    ar: {
      name: "الاستئصال الحراري (بالترددات الراديوية والموجات الدقيقة)",
      summary:
        "يُدخَل مسبار رفيع يشبه الإبرة إلى النقيلة في الكبد بتوجيه من الموجات فوق الصوتية أو التصوير المقطعي المحوسب، فيُتلف الورم بالحرارة. ويُنظر في هذه الطريقة أساسًا عند وجود عدد قليل من البؤر الصغيرة.",
      metaDescription:
        "الاستئصال بالترددات الراديوية والموجات الدقيقة لنقائل الكبد: كيف يعمل العلاج الحراري، ولمن قد يناسب، والتحضير له، والتعافي، والمخاطر المحتملة.",
      howItWorks: `في الاستئصال الحراري يُدخَل مسبار رفيع إلى داخل النقيلة. ففي الاستئصال بالترددات الراديوية يمر تيار كهربائي عبر قطب إبري فيُسخّن النسيج المحيط به، وفي الاستئصال بالموجات الدقيقة يؤدي هوائي يبث موجات دقيقة المهمة نفسها، وعادةً بسرعة أكبر وفي مساحة أوسع قليلًا. والهدف هو إتلاف الورم مع حافة رقيقة من نسيج الكبد السليم المحيط به.

يستعين الطبيب بالموجات فوق الصوتية أو التصوير المقطعي المحوسب لوضع المسبار بدقة ومراقبة المنطقة المعالَجة. وغالبًا ما يُجرى الإجراء عبر ثقب في الجلد، لكن يمكن إجراؤه أيضًا أثناء جراحة مفتوحة أو بالمنظار، مثلًا بالتزامن مع استئصال نقائل أخرى.

لا يُزال النسيج المُتلَف من الجسم، بل ينكمش خلال الأشهر التالية ويتحول إلى نسيج ندبي، ويُتابَع ذلك في صور المتابعة.`,
      whoItIsFor: `الاستئصال علاج موضعي، ويقرر مدى ملاءمته فريق الأورام متعدد التخصصات بعد مقارنته بالخيارات الأخرى، ولا سيما الجراحة والعلاج الكيميائي. وعادةً ما يُنظر فيه في الحالات التالية:

- عندما تكون النقائل قليلة وكل منها صغيرة، وغالبًا لا يتجاوز قطرها نحو 3 سم؛
- عندما تكون الجراحة غير ممكنة أو عالية الخطورة، مثلًا بسبب أمراض أخرى أو موقع البؤر؛
- عند الجمع بينه وبين الجراحة لمعالجة بؤر يصعب استئصالها؛
- عندما تكون وظائف الكبد وتخثر الدم كافية.

يصعب تسخين البؤر الملاصقة للأوعية الدموية الكبيرة بشكل متجانس، لأن الدم المتدفق يحمل الحرارة بعيدًا. أما النقائل القريبة من القنوات الصفراوية الرئيسية أو الأمعاء أو الحجاب الحاجز فتتطلب حذرًا خاصًا أو طريقة أخرى.`,
      steps: `1. يراجع فريق الأورام صورك الحديثة ويتأكد من إمكانية الوصول إلى البؤر ومعالجتها بأمان.
2. في يوم الإجراء تتلقى تخديرًا عامًا أو تهدئة عميقة مع مسكنات للألم.
3. بتوجيه من الموجات فوق الصوتية أو التصوير المقطعي، يُدخل الطبيب مسبارًا واحدًا أو أكثر عبر الجلد إلى كل نقيلة.
4. يُسخَّن النسيج بضع دقائق لكل بؤرة، وقد يُعاد وضع المسبار لتغطية الورم كله مع حافة أمان من النسيج السليم.
5. عند سحب المسبار يُسخَّن مسار الإبرة نفسه عادةً، مما يقلل خطر النزيف وانتشار الخلايا الورمية.
6. يُجرى تصوير بمادة التباين في نهاية الإجراء أو بعده بقليل لتحديد امتداد المنطقة المعالَجة.`,
      preparation: `- أحضر تصويرًا مقطعيًا محوسبًا أو رنينًا مغناطيسيًا حديثًا للكبد بمادة التباين (ويُفضَّل أن يكون من الأسابيع القليلة الماضية)، إضافةً إلى تقارير العلاجات السابقة.
- تلزم تحاليل دم قبل الإجراء: تعداد الدم الكامل، ووظائف الكبد والكلى، واختبارات التخثر.
- أخبر الفريق الطبي بجميع أدويتك، ولا سيما مميعات الدم ومضادات الصفائح وأدوية السكري، إذ قد يلزم إيقاف بعضها مؤقتًا بتوجيه من الطبيب.
- يُطلب عادةً الامتناع عن الطعام نحو 6 ساعات قبل الإجراء.
- إذا أُجريت لك عملية وصلت القناة الصفراوية بالأمعاء، أو وُضعت لك دعامة في القنوات الصفراوية، فأخبر الطبيب بذلك، لأن هذا يرفع خطر خراج الكبد وقد يستدعي مضادات حيوية.`,
      recovery: `يقضي معظم المرضى ليلة واحدة في المستشفى، وأحيانًا مدة أطول قليلًا، ويعودون إلى نشاطهم المعتاد خلال أسبوع تقريبًا. ومن الشائع الشعور بألم في موضع الثقب أو تحت الأضلاع اليمنى في الأيام الأولى، ويمكن تخفيفه عادةً بالمسكنات المعتادة.

يُصاب بعض المرضى بما يُعرف بمتلازمة ما بعد الاستئصال: حمى خفيفة وتعب وآلام في الجسم وغثيان، تستمر من بضعة أيام حتى أسبوعين تقريبًا. وهي رد فعل على النسيج المُتلَف وتزول عادةً من تلقاء نفسها.

يُجرى تصوير مقطعي أو رنين مغناطيسي بمادة التباين بعد شهر تقريبًا، ثم على فترات منتظمة، للتأكد من معالجة البؤرة بالكامل ورصد أي بؤر جديدة. وكثيرًا ما يمكن معالجة البؤر الصغيرة المتبقية أو الجديدة مرة أخرى. اسأل الفريق الطبي قبل رحلة العودة عن الوقت الذي يصبح فيه السفر جوًا آمنًا.`,
      risks: `المضاعفات الخطيرة غير شائعة، لكن الاستئصال، مثل أي إجراء طبي، لا يخلو من المخاطر:

- ألم وحمى وتعب لبضعة أيام (متلازمة ما بعد الاستئصال)؛
- نزيف داخل الكبد أو حوله؛
- عدوى أو خراج في المنطقة المعالَجة؛
- إصابة القنوات الصفراوية أو الأعضاء المجاورة مثل الأمعاء أو المرارة أو الحجاب الحاجز؛
- حرق جلدي في موضع إدخال المسبار أو تحت لصقات التأريض (في الاستئصال بالترددات الراديوية)؛
- عودة نمو الورم عند حافة المنطقة المعالَجة، وهو أرجح في البؤر الأكبر حجمًا والبؤر المجاورة للأوعية الكبيرة.`,
    },
  },
};
