import type { Localized, TreatmentSeed } from "../types";
import { blocks, bullets, figureTextFor, numbered } from "../markup";

// Every Y-90 figure below is the procedure as described on one provider's page (source "lyadov-radioembolization"),
// not a result measured in a study.
const clinicPage: Localized<string> = {
  en: "As described on a clinic's patient-information page: the provider's general description of the procedure, not a result measured in a study",
  ru: "По описанию на странице клиники для пациентов: общее описание процедуры самой клиникой, а не результат исследования",
  uk: "За описом на сторінці клініки для пацієнтів: загальний опис процедури самою клінікою, а не результат дослідження",
  de: "Laut der Patienteninformationsseite einer Klinik: allgemeine Beschreibung des Verfahrens durch den Anbieter, kein in einer Studie gemessenes Ergebnis",
  ar: "وفق وصف صفحة معلومات المرضى لدى إحدى العيادات: وصف عام للإجراء تقدمه العيادة نفسها، وليس نتيجة مقيسة في دراسة",
};

const figureText = figureTextFor(clinicPage);

export const y90Radioembolization: TreatmentSeed = {
  slug: "y90-radioembolization",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "blood-tests", required: true },
    { key: "biopsy-histology", required: true },
    { key: "treatment-history", required: true },
    { key: "current-medications", required: true },
    { key: "pet-ct", required: false },
    { key: "tumor-markers", required: false },
    { key: "discharge-summaries", required: false },
  ],
  figures: [
    {
      key: "y90-radiation-range",
      value: 11,
      unit: "MILLIMETERS",
      source: "lyadov-radioembolization",
      text: figureText({
        en: "Maximum distance the radiation reaches into surrounding tissue",
        ru: "Максимальное расстояние, на которое излучение проникает в окружающие ткани",
        uk: "Максимальна відстань, на яку випромінювання проникає в навколишні тканини",
        de: "Maximale Reichweite der Strahlung im umliegenden Gewebe",
        ar: "أقصى مسافة يصل إليها الإشعاع داخل الأنسجة المحيطة",
      }),
    },
    {
      key: "y90-stage-duration",
      value: 2,
      valueMax: 3,
      unit: "HOURS",
      source: "lyadov-radioembolization",
      text: figureText({
        en: "Approximate duration of each stage (mapping and treatment)",
        ru: "Примерная длительность каждого этапа (планирование и лечение)",
        uk: "Приблизна тривалість кожного етапу (планування й лікування)",
        de: "Ungefähre Dauer jeder Stufe (Planung und Behandlung)",
        ar: "المدة التقريبية لكل مرحلة (التخطيط والعلاج)",
      }),
    },
    {
      key: "y90-hospital-stay",
      value: 1,
      unit: "DAYS",
      source: "lyadov-radioembolization",
      text: figureText({
        en: "Usual hospital stay",
        ru: "Обычная продолжительность пребывания в стационаре",
        uk: "Звичайна тривалість перебування в стаціонарі",
        de: "Üblicher Krankenhausaufenthalt",
        ar: "المدة المعتادة للبقاء في المستشفى",
      }),
    },
    {
      key: "y90-return-to-daily-life",
      value: 1,
      valueMax: 2,
      unit: "DAYS",
      source: "lyadov-radioembolization",
      text: figureText({
        en: "Time until most people return to normal daily life",
        ru: "Срок, через который большинство возвращается к обычной жизни",
        uk: "Термін, через який більшість повертається до звичного життя",
        de: "Zeit, bis die meisten wieder ihren normalen Alltag aufnehmen",
        ar: "المدة التي يعود بعدها معظم المرضى إلى حياتهم اليومية المعتادة",
      }),
    },
    {
      key: "y90-fasting",
      value: 6,
      valueMax: 8,
      unit: "HOURS",
      source: "lyadov-radioembolization",
      text: figureText({
        en: "No food before the procedure",
        ru: "Без еды перед процедурой",
        uk: "Без їжі перед процедурою",
        de: "Nüchtern vor dem Eingriff",
        ar: "الامتناع عن الطعام قبل الإجراء",
      }),
    },
  ],
  text: {
    en: {
      name: "Radioembolization with yttrium-90 (SIRT)",
      summary:
        "A minimally invasive liver treatment in which tiny beads carrying radioactive yttrium-90 are delivered through a catheter into the arteries feeding the tumours. The radiation acts inside the tumour while most of the healthy liver is spared.",
      metaDescription:
        "Y-90 radioembolization (SIRT) for liver metastases: how it works, who may be suitable, the two-stage procedure, preparation, recovery and possible risks.",
      howItWorks: blocks(
        "Radioembolization, also called selective internal radiation therapy (SIRT), treats liver tumours from the inside. Metastases in the liver draw most of their blood from the hepatic artery. Through a thin catheter placed in this artery, millions of microspheres — each about 20–30 micrometres across, thinner than a human hair — are released and carried by the blood into the small vessels of the tumour, where they lodge.",
        "The microspheres contain yttrium-90, which gives off radiation over a very short distance, only millimetres into the surrounding tissue. The tumour therefore receives a high dose, while most of the healthy liver and the rest of the body receive little. The radioactivity fades over the following days and weeks; the spheres stay in the liver and become inactive.",
        "Radioembolization is not the same as chemoembolization (TACE): no chemotherapy drug is given, and the effect comes mainly from the radiation rather than from blocking the blood supply.",
      ),
      whoItIsFor: blocks(
        "It may be considered for metastases that are confined to the liver or found mainly there — for example from colorectal cancer, breast cancer or melanoma — especially when chemotherapy no longer works or cannot be given, and surgery or ablation is not possible. In some people it shrinks the tumours enough to make later surgery possible, and it can be combined with chemotherapy.",
        "It is usually not suitable when liver function is poor (for example with raised bilirubin or jaundice), when the liver is very extensively affected or the illness is far advanced, or when the planning test shows that too much of the dose would reach the lungs or the bowel. The decision is made by a team that includes an interventional radiologist and a nuclear medicine specialist, who calculates a safe dose.",
      ),
      steps: numbered(
        "The specialist team reviews your scans, blood tests, histology and previous treatment.",
        "Planning (mapping) stage: through a catheter in the groin, the liver arteries are imaged and, if needed, small vessels leading to the stomach or bowel are closed off. A radioactive test tracer is injected, and a scan shows where it goes, how much might reach the lungs and what dose is safe.",
        "Treatment stage, usually a week or two later: the catheter is placed again and the yttrium-90 microspheres are released into the arteries feeding the tumours.",
        "Each stage takes about 2–3 hours under local anaesthetic while you lie still on your back; a scan afterwards confirms where the microspheres went.",
        "Most people stay in hospital for one day, and some go home on the day of the procedure.",
        "If both lobes of the liver are affected, the lobes may be treated in separate sessions, and the treatment can be repeated if the doctors consider it appropriate.",
      ),
      preparation: bullets(
        "Have a consultation with the interventional radiologist and bring recent contrast CT or MRI, blood test results and a summary of previous treatment.",
        "Tell the team about all medicines and supplements, including herbal ones; blood thinners (anticoagulants) may need to be paused.",
        "Mention any allergies, especially to contrast medium.",
        "Do not eat for 6–8 hours before each procedure.",
        "Women must tell the doctor if they are or could be pregnant.",
        "Ask whether chemotherapy needs a break of a few weeks around the treatment.",
      ),
      recovery: blocks(
        "Most people return to their normal daily life within one to two days. In the first two weeks, tiredness, loss of appetite, nausea or mild abdominal discomfort are common and can usually be eased with standard medicines. These effects are different from the side effects of chemotherapy given into a vein.",
        "The radiation stays almost entirely inside the liver, so being with other people and travelling by public transport is generally considered safe. Follow any simple precautions your team gives you, for example about close contact with pregnant women or small children in the first days.",
        "Follow-up usually includes blood tests at about 2 and 4 weeks, a check-up with the doctor at about 4 weeks, and scans with blood tests at about 3 months to see how the tumours have responded; further scans are then planned every few months. Seek help promptly for fever, severe abdominal pain, black stools, vomiting blood, or yellowing of the skin or eyes.",
      ),
      risks: bullets(
        "Tiredness, nausea, loss of appetite, mild fever or abdominal pain in the first days and weeks.",
        "Problems where the catheter was inserted: bruising, bleeding, a blood clot or infection.",
        "Microspheres reaching the stomach or bowel and causing an ulcer; the mapping stage is done to reduce this risk.",
        "Inflammation of the gallbladder or pancreas.",
        "Radiation injury to the lungs if too much of the dose reaches them; rare when mapping has been done.",
        "Radiation damage to the liver, a liver abscess or, rarely, liver failure, mainly when liver function was already reduced.",
      ),
    },
    ru: {
      name: "Радиоэмболизация иттрием-90 (SIRT)",
      summary:
        "Малоинвазивное лечение печени: мельчайшие частицы с радиоактивным иттрием-90 вводят через катетер в артерии, питающие опухоли. Излучение действует внутри опухоли, а большая часть здоровой печени не затрагивается.",
      metaDescription:
        "Радиоэмболизация иттрием-90 (SIRT) при метастазах в печени: как работает, кому подходит, два этапа процедуры, подготовка, восстановление и риски.",
      howItWorks: blocks(
        "Радиоэмболизация, или селективная внутренняя лучевая терапия (SIRT), воздействует на опухоли печени изнутри. Метастазы в печени получают кровь в основном из печёночной артерии. Через тонкий катетер, установленный в эту артерию, вводят миллионы микросфер размером около 20–30 микрометров — тоньше человеческого волоса. Кровоток несёт их в мелкие сосуды опухоли, где они и задерживаются.",
        "Микросферы содержат иттрий-90, излучение которого распространяется на очень короткое расстояние — лишь на миллиметры в окружающие ткани. Поэтому опухоль получает высокую дозу, а большая часть здоровой печени и остальной организм — незначительную. Радиоактивность угасает в течение последующих дней и недель; сами микросферы остаются в печени и становятся неактивными.",
        "Радиоэмболизацию не следует путать с химиоэмболизацией (ТАХЭ): химиопрепарат не вводится, а эффект обеспечивается прежде всего излучением, а не перекрытием кровотока.",
      ),
      whoItIsFor: blocks(
        "Метод могут рассматривать при метастазах, которые находятся только или преимущественно в печени, — например, при колоректальном раке, раке молочной железы или меланоме, — особенно если химиотерапия перестала действовать или невозможна, а операция или абляция не подходят. У части пациентов опухоли уменьшаются настолько, что становится возможной операция; радиоэмболизацию можно сочетать с химиотерапией.",
        "Обычно метод не подходит при плохой функции печени (например, при повышенном билирубине или желтухе), при очень обширном поражении печени или далеко зашедшей болезни, а также если планирующее исследование показывает, что слишком большая часть дозы попадёт в лёгкие или кишечник. Решение принимает команда, в которую входят интервенционный радиолог и специалист по ядерной медицине, рассчитывающий безопасную дозу.",
      ),
      steps: numbered(
        "Специалисты изучают ваши снимки, анализы крови, гистологическое заключение и историю лечения.",
        "Этап планирования: через катетер в паху выполняют снимки артерий печени и при необходимости перекрывают мелкие сосуды, ведущие к желудку или кишечнику. Затем вводят пробный радиоактивный индикатор; сканирование показывает, куда он распределяется, сколько может попасть в лёгкие и какая доза будет безопасной.",
        "Этап лечения, обычно через одну–две недели: катетер устанавливают снова и вводят микросферы с иттрием-90 в артерии, питающие опухоли.",
        "Каждый этап длится около 2–3 часов под местной анестезией, всё это время вы неподвижно лежите на спине; после процедуры сканирование подтверждает, где распределились микросферы.",
        "Большинство пациентов проводят в стационаре один день, некоторые уходят домой в день процедуры.",
        "Если поражены обе доли печени, их могут лечить в разные сеансы; при необходимости, по решению врачей, лечение можно повторить.",
      ),
      preparation: bullets(
        "Пройдите консультацию интервенционного радиолога и возьмите с собой свежие КТ или МРТ с контрастом, анализы крови и выписку о предыдущем лечении.",
        "Сообщите врачам обо всех лекарствах и добавках, включая растительные; препараты, разжижающие кровь (антикоагулянты), возможно, придётся временно отменить.",
        "Предупредите об аллергии, особенно на контрастное вещество.",
        "Не ешьте за 6–8 часов до каждой процедуры.",
        "Женщинам нужно сообщить врачу о беременности или её возможности.",
        "Уточните, нужен ли перерыв в химиотерапии на несколько недель до и после лечения.",
      ),
      recovery: blocks(
        "Большинство пациентов возвращаются к обычной жизни через один–два дня. В первые две недели часто бывают усталость, снижение аппетита, тошнота или лёгкий дискомфорт в животе; обычно их удаётся облегчить стандартными средствами. Эти явления отличаются от побочных эффектов химиотерапии, вводимой в вену.",
        "Излучение почти полностью остаётся внутри печени, поэтому общение с другими людьми и поездки в общественном транспорте обычно считаются безопасными. Соблюдайте простые меры предосторожности, если их назначит команда, — например, в отношении тесного контакта с беременными и маленькими детьми в первые дни.",
        "Наблюдение обычно включает анализы крови примерно через 2 и 4 недели, осмотр врача примерно через 4 недели, а также снимки и анализы примерно через 3 месяца, чтобы оценить ответ опухолей; далее обследования планируют раз в несколько месяцев. Срочно обратитесь за помощью при температуре, сильной боли в животе, чёрном стуле, рвоте с кровью или пожелтении кожи или глаз.",
      ),
      risks: bullets(
        "Усталость, тошнота, снижение аппетита, небольшая температура или боль в животе в первые дни и недели.",
        "Осложнения в месте введения катетера: синяк, кровотечение, тромб или инфекция.",
        "Попадание микросфер в желудок или кишечник с образованием язвы; этап планирования проводят, чтобы снизить этот риск.",
        "Воспаление желчного пузыря или поджелудочной железы.",
        "Лучевое повреждение лёгких, если в них попадает слишком большая часть дозы; после тщательного планирования встречается редко.",
        "Лучевое повреждение печени, абсцесс печени или, редко, печёночная недостаточность — в основном при уже сниженной функции печени.",
      ),
    },
    uk: {
      name: "Радіоемболізація ітрієм-90 (SIRT)",
      summary:
        "Малоінвазивне лікування печінки: дрібні частинки з радіоактивним ітрієм-90 вводять через катетер в артерії, що живлять пухлини. Випромінювання діє всередині пухлини, а більша частина здорової печінки не зазнає впливу.",
      metaDescription:
        "Радіоемболізація ітрієм-90 (SIRT) при метастазах у печінці: як вона працює, кому може підійти, два етапи процедури, підготовка, відновлення й можливі ризики.",
      howItWorks: blocks(
        "Радіоемболізація, або селективна внутрішня променева терапія (SIRT), діє на пухлини печінки зсередини. Метастази в печінці отримують кров переважно з печінкової артерії. Через тонкий катетер, установлений у цю артерію, вводять мільйони мікросфер розміром близько 20–30 мікрометрів — тонших за людську волосину. Кровотік несе їх у дрібні судини пухлини, де вони й затримуються.",
        "Мікросфери містять ітрій-90, випромінювання якого поширюється на дуже коротку відстань — лише на міліметри в навколишні тканини. Тому пухлина отримує високу дозу, а більша частина здорової печінки та решта організму — незначну. Радіоактивність згасає протягом наступних днів і тижнів; самі мікросфери залишаються в печінці й стають неактивними.",
        "Радіоемболізацію не слід плутати з хіміоемболізацією (ТАХЕ): хіміопрепарат не вводять, а ефект забезпечує насамперед випромінювання, а не перекриття кровотоку.",
      ),
      whoItIsFor: blocks(
        "Метод можуть розглядати при метастазах, які є лише або переважно в печінці, — наприклад, при колоректальному раку, раку молочної залози чи меланомі, — особливо якщо хіміотерапія перестала діяти або неможлива, а операція чи абляція не підходять. У частини пацієнтів пухлини зменшуються настільки, що стає можливою операція; радіоемболізацію можна поєднувати з хіміотерапією.",
        "Зазвичай метод не підходить за поганої функції печінки (наприклад, за підвищеного білірубіну чи жовтяниці), за дуже поширеного ураження печінки або занедбаної хвороби, а також якщо планувальне дослідження показує, що надто велика частина дози потрапить у легені чи кишечник. Рішення ухвалює команда, до якої входять інтервенційний радіолог і фахівець з ядерної медицини, що розраховує безпечну дозу.",
      ),
      steps: numbered(
        "Фахівці вивчають ваші знімки, аналізи крові, гістологічний висновок та історію лікування.",
        "Етап планування: через катетер у паху роблять знімки артерій печінки й за потреби перекривають дрібні судини, що ведуть до шлунка або кишечника. Потім вводять пробний радіоактивний індикатор; сканування показує, куди він розподіляється, скільки може потрапити в легені та яка доза буде безпечною.",
        "Етап лікування, зазвичай через один–два тижні: катетер установлюють знову й вводять мікросфери з ітрієм-90 в артерії, що живлять пухлини.",
        "Кожен етап триває близько 2–3 годин під місцевою анестезією, увесь цей час ви нерухомо лежите на спині; після процедури сканування підтверджує, де розподілилися мікросфери.",
        "Більшість пацієнтів проводять у стаціонарі один день, дехто йде додому в день процедури.",
        "Якщо уражено обидві частки печінки, їх можуть лікувати в різні сеанси; за потреби, за рішенням лікарів, лікування можна повторити.",
      ),
      preparation: bullets(
        "Пройдіть консультацію інтервенційного радіолога й візьміть із собою свіжі КТ або МРТ з контрастом, аналізи крові та виписку про попереднє лікування.",
        "Повідомте лікарів про всі ліки та добавки, зокрема рослинні; препарати, що розріджують кров (антикоагулянти), можливо, доведеться тимчасово скасувати.",
        "Попередьте про алергію, особливо на контрастну речовину.",
        "Не їжте за 6–8 годин до кожної процедури.",
        "Жінкам треба повідомити лікаря про вагітність або її можливість.",
        "Уточніть, чи потрібна перерва в хіміотерапії на кілька тижнів до й після лікування.",
      ),
      recovery: blocks(
        "Більшість пацієнтів повертаються до звичного життя через один–два дні. У перші два тижні часто бувають втома, знижений апетит, нудота або легкий дискомфорт у животі; зазвичай їх вдається полегшити стандартними засобами. Ці прояви відрізняються від побічних ефектів хіміотерапії, яку вводять у вену.",
        "Випромінювання майже повністю залишається всередині печінки, тому спілкування з іншими людьми й поїздки громадським транспортом зазвичай вважають безпечними. Дотримуйтеся простих запобіжних заходів, якщо їх призначить команда, — наприклад, щодо тісного контакту з вагітними та маленькими дітьми в перші дні.",
        "Спостереження зазвичай охоплює аналізи крові приблизно через 2 і 4 тижні, огляд лікаря приблизно через 4 тижні, а також знімки й аналізи приблизно через 3 місяці, щоб оцінити відповідь пухлин; далі обстеження планують раз на кілька місяців. Терміново зверніться по допомогу в разі температури, сильного болю в животі, чорного стільця, блювання кров'ю або пожовтіння шкіри чи очей.",
      ),
      risks: bullets(
        "Втома, нудота, знижений апетит, невелика температура або біль у животі в перші дні й тижні.",
        "Ускладнення в місці введення катетера: синець, кровотеча, тромб або інфекція.",
        "Потрапляння мікросфер у шлунок чи кишечник з утворенням виразки; етап планування проводять, щоб знизити цей ризик.",
        "Запалення жовчного міхура або підшлункової залози.",
        "Променеве ушкодження легень, якщо в них потрапляє надто велика частина дози; після ретельного планування трапляється рідко.",
        "Променеве ушкодження печінки, абсцес печінки або, рідко, печінкова недостатність — переважно за вже зниженої функції печінки.",
      ),
    },
    de: {
      name: "Radioembolisation mit Yttrium-90 (SIRT)",
      summary:
        "Eine minimalinvasive Leberbehandlung: Winzige Kügelchen mit radioaktivem Yttrium-90 werden über einen Katheter in die Arterien gegeben, die die Tumoren versorgen. Die Strahlung wirkt im Tumor, während der größte Teil der gesunden Leber geschont wird.",
      metaDescription:
        "Radioembolisation mit Yttrium-90 (SIRT) bei Lebermetastasen: Wirkweise, für wen sie infrage kommt, zwei Behandlungsschritte, Vorbereitung, Erholung, Risiken.",
      howItWorks: blocks(
        "Die Radioembolisation, auch selektive interne Radiotherapie (SIRT) genannt, behandelt Lebertumoren von innen. Metastasen in der Leber beziehen ihr Blut überwiegend aus der Leberarterie. Über einen dünnen Katheter in dieser Arterie werden Millionen Mikrosphären freigesetzt – jede etwa 20–30 Mikrometer groß, dünner als ein menschliches Haar. Das Blut trägt sie in die kleinen Gefäße des Tumors, wo sie stecken bleiben.",
        "Die Mikrosphären enthalten Yttrium-90, dessen Strahlung nur eine sehr kurze Strecke weit reicht, wenige Millimeter in das umliegende Gewebe. Der Tumor erhält deshalb eine hohe Dosis, der größte Teil der gesunden Leber und der übrige Körper nur wenig. Die Radioaktivität klingt in den folgenden Tagen und Wochen ab; die Kügelchen verbleiben in der Leber und sind dann inaktiv.",
        "Die Radioembolisation ist nicht dasselbe wie die Chemoembolisation (TACE): Es wird kein Chemotherapeutikum gegeben, und die Wirkung beruht vor allem auf der Strahlung, nicht auf dem Verschluss der Blutversorgung.",
      ),
      whoItIsFor: blocks(
        "Sie kann bei Metastasen erwogen werden, die ausschließlich oder überwiegend in der Leber liegen – zum Beispiel bei Darmkrebs, Brustkrebs oder Melanom –, besonders wenn eine Chemotherapie nicht mehr wirkt oder nicht möglich ist und eine Operation oder Ablation nicht infrage kommt. Bei manchen Patienten schrumpfen die Tumoren so weit, dass später eine Operation möglich wird; die Behandlung lässt sich mit einer Chemotherapie kombinieren.",
        "Meist ungeeignet ist sie bei schlechter Leberfunktion (zum Beispiel erhöhtem Bilirubin oder Gelbsucht), bei sehr ausgedehntem Leberbefall oder weit fortgeschrittener Erkrankung oder wenn der Planungstest zeigt, dass zu viel der Dosis in Lunge oder Darm gelangen würde. Die Entscheidung trifft ein Team, zu dem ein interventioneller Radiologe und ein Nuklearmediziner gehören, der eine sichere Dosis berechnet.",
      ),
      steps: numbered(
        "Das Fachteam prüft Ihre Bilder, Blutwerte, den feingeweblichen Befund und die bisherige Behandlung.",
        "Planungsschritt: Über einen Katheter in der Leiste werden die Leberarterien dargestellt und bei Bedarf kleine Gefäße zu Magen oder Darm verschlossen. Dann wird eine radioaktive Testsubstanz gespritzt; eine Aufnahme zeigt, wohin sie gelangt, wie viel die Lunge erreichen könnte und welche Dosis sicher ist.",
        "Behandlungsschritt, meist ein bis zwei Wochen später: Der Katheter wird erneut gelegt, und die Yttrium-90-Mikrosphären werden in die Arterien gegeben, die die Tumoren versorgen.",
        "Jeder Schritt dauert etwa 2–3 Stunden unter örtlicher Betäubung, während Sie ruhig auf dem Rücken liegen; eine Aufnahme danach bestätigt, wo sich die Mikrosphären verteilt haben.",
        "Die meisten bleiben einen Tag im Krankenhaus, manche gehen noch am Tag des Eingriffs nach Hause.",
        "Sind beide Leberlappen betroffen, können sie in getrennten Sitzungen behandelt werden; wenn die Ärzte es für sinnvoll halten, lässt sich die Behandlung wiederholen.",
      ),
      preparation: bullets(
        "Vereinbaren Sie ein Gespräch mit dem interventionellen Radiologen und bringen Sie aktuelle CT- oder MRT-Aufnahmen mit Kontrastmittel, Blutwerte und eine Zusammenfassung der bisherigen Behandlung mit.",
        "Informieren Sie das Team über alle Medikamente und Nahrungsergänzungsmittel, auch pflanzliche; Blutverdünner (Antikoagulanzien) müssen eventuell pausiert werden.",
        "Nennen Sie Allergien, besonders gegen Kontrastmittel.",
        "Essen Sie 6–8 Stunden vor jedem Eingriff nichts.",
        "Frauen müssen dem Arzt mitteilen, wenn sie schwanger sind oder sein könnten.",
        "Fragen Sie, ob die Chemotherapie rund um die Behandlung einige Wochen pausieren muss.",
      ),
      recovery: blocks(
        "Die meisten Patienten kehren innerhalb von ein bis zwei Tagen in ihren normalen Alltag zurück. In den ersten zwei Wochen sind Müdigkeit, Appetitlosigkeit, Übelkeit oder leichte Bauchbeschwerden häufig; sie lassen sich meist mit üblichen Medikamenten lindern. Diese Beschwerden unterscheiden sich von den Nebenwirkungen einer Chemotherapie über die Vene.",
        "Die Strahlung bleibt fast vollständig in der Leber. Kontakt mit anderen Menschen und Fahrten mit öffentlichen Verkehrsmitteln gelten daher in der Regel als unbedenklich. Halten Sie sich an einfache Vorsichtsmaßnahmen, falls Ihr Team sie empfiehlt, etwa zum engen Kontakt mit Schwangeren oder kleinen Kindern in den ersten Tagen.",
        "Zur Nachsorge gehören meist Blutkontrollen nach etwa 2 und 4 Wochen, ein Arzttermin nach etwa 4 Wochen sowie Bildgebung und Blutwerte nach etwa 3 Monaten, um das Ansprechen der Tumoren zu beurteilen; danach folgen Kontrollen alle paar Monate. Holen Sie umgehend Hilfe bei Fieber, starken Bauchschmerzen, schwarzem Stuhl, Bluterbrechen oder Gelbfärbung von Haut oder Augen.",
      ),
      risks: bullets(
        "Müdigkeit, Übelkeit, Appetitlosigkeit, leichtes Fieber oder Bauchschmerzen in den ersten Tagen und Wochen.",
        "Probleme an der Einstichstelle des Katheters: Bluterguss, Blutung, Blutgerinnsel oder Infektion.",
        "Mikrosphären gelangen in Magen oder Darm und verursachen ein Geschwür; der Planungsschritt dient dazu, dieses Risiko zu verringern.",
        "Entzündung der Gallenblase oder der Bauchspeicheldrüse.",
        "Strahlenschaden der Lunge, wenn zu viel der Dosis dorthin gelangt; nach sorgfältiger Planung selten.",
        "Strahlenschaden der Leber, Leberabszess oder selten Leberversagen, vor allem bei bereits eingeschränkter Leberfunktion.",
      ),
    },
    ar: {
      name: "الانصمام الإشعاعي بالإيتريوم-90 (SIRT)",
      summary:
        "علاج طفيف التوغل للكبد تُحقن فيه كريات دقيقة جدًا تحمل الإيتريوم-90 المشع عبر قسطرة في الشرايين التي تغذي الأورام. يعمل الإشعاع داخل الورم، بينما يبقى معظم الكبد السليم بمنأى عنه.",
      metaDescription:
        "الانصمام الإشعاعي بالإيتريوم-90 (SIRT) لنقائل الكبد: كيف يعمل، ومن قد يناسبه، ومرحلتا الإجراء، والتحضير، والتعافي، والمخاطر المحتملة.",
      howItWorks: blocks(
        "الانصمام الإشعاعي، ويُسمى أيضًا العلاج الإشعاعي الداخلي الانتقائي (SIRT)، يعالج أورام الكبد من الداخل. تحصل نقائل الكبد على معظم دمها من الشريان الكبدي، وعبر قسطرة رفيعة تُوضع في هذا الشريان تُطلق ملايين الكريات الدقيقة، قطر كل منها نحو 20 إلى 30 ميكرومترًا، أي أرفع من شعرة الإنسان. يحملها الدم إلى الأوعية الصغيرة داخل الورم حيث تستقر.",
        "تحتوي الكريات على الإيتريوم-90 الذي يبعث إشعاعًا لا يمتد إلا مسافة قصيرة جدًا، بضعة مليمترات فقط في الأنسجة المحيطة. ولذلك يتلقى الورم جرعة عالية، بينما لا يصل إلى معظم الكبد السليم وبقية الجسم إلا القليل. ويتلاشى النشاط الإشعاعي خلال الأيام والأسابيع التالية، وتبقى الكريات في الكبد وقد فقدت نشاطها.",
        "الانصمام الإشعاعي ليس هو الانصمام الكيميائي (TACE): فلا يُعطى فيه دواء كيميائي، ويأتي أثره أساسًا من الإشعاع لا من سدّ التروية الدموية.",
      ),
      whoItIsFor: blocks(
        "قد يُنظر فيه عند وجود نقائل محصورة في الكبد أو موجودة فيه أساسًا، كالنقائل الناتجة عن سرطان القولون والمستقيم أو سرطان الثدي أو الورم الميلانيني، ولا سيما عندما يتوقف العلاج الكيميائي عن النفع أو يتعذر إعطاؤه، ولا تكون الجراحة أو الاستئصال الموضعي ممكنين. ولدى بعض المرضى تتقلص الأورام بما يكفي لتصبح الجراحة ممكنة لاحقًا، ويمكن الجمع بينه وبين العلاج الكيميائي.",
        "ولا يناسب عادةً عند ضعف وظائف الكبد (كارتفاع البيليروبين أو وجود اليرقان)، أو عند إصابة الكبد إصابةً واسعة جدًا أو تقدم المرض كثيرًا، أو إذا أظهر اختبار التخطيط أن جزءًا كبيرًا من الجرعة سيصل إلى الرئتين أو الأمعاء. ويتخذ القرارَ فريقٌ يضم طبيب أشعة تداخلية وطبيبًا مختصًا في الطب النووي يحسب الجرعة الآمنة.",
      ),
      steps: numbered(
        "يراجع الفريق المختص صورك وتحاليل الدم وتقرير الفحص النسيجي وعلاجاتك السابقة.",
        "مرحلة التخطيط: عبر قسطرة في أعلى الفخذ تُصوَّر شرايين الكبد، وتُغلق عند الحاجة أوعية صغيرة متجهة إلى المعدة أو الأمعاء. ثم تُحقن مادة مشعة اختبارية، ويُظهر التصوير أين تتوزع، وكم قد يصل منها إلى الرئتين، وما الجرعة الآمنة.",
        "مرحلة العلاج، وتكون عادةً بعد أسبوع أو أسبوعين: تُوضع القسطرة مجددًا وتُطلق كريات الإيتريوم-90 في الشرايين التي تغذي الأورام.",
        "تستغرق كل مرحلة نحو 2 إلى 3 ساعات تحت التخدير الموضعي وأنت مستلقٍ على ظهرك دون حركة، ثم يؤكد التصوير أماكن استقرار الكريات.",
        "يبقى معظم المرضى في المستشفى يومًا واحدًا، ويعود بعضهم إلى المنزل في يوم الإجراء نفسه.",
        "إذا كان فصّا الكبد مصابَين فقد يُعالج كل فص في جلسة منفصلة، ويمكن تكرار العلاج إذا رأى الأطباء ذلك مناسبًا.",
      ),
      preparation: bullets(
        "احصل على استشارة طبيب الأشعة التداخلية، وأحضر صور الأشعة المقطعية أو الرنين المغناطيسي الحديثة بمادة التباين وتحاليل الدم وملخصًا لعلاجاتك السابقة.",
        "أخبر الفريق بجميع أدويتك ومكملاتك، بما فيها العشبية، فقد يلزم إيقاف مميعات الدم (مضادات التخثر) مؤقتًا.",
        "اذكر أي حساسية لديك، ولا سيما من مادة التباين.",
        "امتنع عن الطعام من 6 إلى 8 ساعات قبل كل إجراء.",
        "على المرأة أن تُبلغ الطبيب إذا كانت حاملًا أو يُحتمل أن تكون كذلك.",
        "اسأل هل يلزم إيقاف العلاج الكيميائي بضعة أسابيع حول موعد العلاج.",
      ),
      recovery: blocks(
        "يعود معظم المرضى إلى حياتهم اليومية المعتادة خلال يوم أو يومين. وفي الأسبوعين الأولين يشيع التعب وفقدان الشهية والغثيان أو انزعاج خفيف في البطن، ويمكن عادةً تخفيفها بالأدوية المعتادة. وتختلف هذه الأعراض عن الآثار الجانبية للعلاج الكيميائي الذي يُعطى في الوريد.",
        "يبقى الإشعاع كله تقريبًا داخل الكبد، لذلك يُعد الاختلاط بالآخرين واستخدام وسائل النقل العام آمنًا عمومًا. اتبع أي احتياطات بسيطة يوصيك بها الفريق، كالحد من المخالطة اللصيقة للحوامل والأطفال الصغار في الأيام الأولى.",
        "تشمل المتابعة عادةً تحاليل دم بعد نحو أسبوعين وأربعة أسابيع، وزيارة الطبيب بعد نحو أربعة أسابيع، ثم تصويرًا وتحاليل بعد نحو 3 أشهر لتقييم استجابة الأورام، وبعدها تُحدد فحوص كل بضعة أشهر. اطلب المساعدة فورًا عند الحمّى، أو ألم البطن الشديد، أو البراز الأسود، أو تقيؤ الدم، أو اصفرار الجلد أو العينين.",
      ),
      risks: bullets(
        "تعب وغثيان وفقدان شهية وحمّى خفيفة أو ألم في البطن خلال الأيام والأسابيع الأولى.",
        "مشكلات في موضع إدخال القسطرة: كدمة أو نزف أو جلطة دموية أو عدوى.",
        "وصول الكريات إلى المعدة أو الأمعاء وتسببها في قرحة، وتهدف مرحلة التخطيط إلى تقليل هذا الخطر.",
        "التهاب المرارة أو البنكرياس.",
        "إصابة الرئتين بالإشعاع إذا وصل إليهما جزء كبير من الجرعة، وهي نادرة بعد التخطيط الدقيق.",
        "ضرر إشعاعي في الكبد، أو خراج كبدي، أو فشل كبدي في حالات نادرة، وذلك غالبًا عند ضعف وظائف الكبد أصلًا.",
      ),
    },
  },
};
