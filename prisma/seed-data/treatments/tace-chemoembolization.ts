import type { Localized, TreatmentSeed } from "../types";
import { blocks, bullets, figureTextFor, numbered } from "../markup";

// Every TACE figure below comes from the same single-centre series (source "tace-gastric-abstract").
const cohort: Localized<string> = {
  en: "60 patients with liver metastases of gastric cancer (mean age 58) treated with TACE (Lipiodol + doxorubicin) at one centre, 2008–2020; conference abstract, no comparison group",
  ru: "60 пациентов с метастазами рака желудка в печень (средний возраст 58 лет), получавших ТАХЭ (липиодол + доксорубицин) в одном центре в 2008–2020 гг.; тезисы конференции, без группы сравнения",
  uk: "60 пацієнтів із метастазами раку шлунка в печінку (середній вік 58 років), яким проводили ТАХЕ (ліпіодол + доксорубіцин) в одному центрі у 2008–2020 рр.; тези конференції, без групи порівняння",
  de: "60 Patienten mit Lebermetastasen eines Magenkarzinoms (Durchschnittsalter 58 Jahre), behandelt mit TACE (Lipiodol + Doxorubicin) an einem Zentrum, 2008–2020; Kongress-Abstract ohne Vergleichsgruppe",
  ar: "60 مريضًا مصابًا بنقائل سرطان المعدة إلى الكبد (متوسط العمر 58 عامًا) عولجوا بالانصمام الكيميائي (ليبيودول + دوكسوروبيسين) في مركز واحد بين عامي 2008 و2020؛ ملخص مؤتمر دون مجموعة مقارنة",
};

const figureText = figureTextFor(cohort);

export const taceChemoembolization: TreatmentSeed = {
  slug: "tace-chemoembolization",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "blood-tests", required: true },
    { key: "biopsy-histology", required: true },
    { key: "treatment-history", required: true },
    { key: "current-medications", required: true },
    { key: "discharge-summaries", required: false },
    { key: "tumor-markers", required: false },
    { key: "pet-ct", required: false },
  ],
  figures: [
    {
      key: "tace-gastric-patients",
      value: 60,
      unit: "PATIENTS",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Patients in the study",
        ru: "Пациентов в исследовании",
        uk: "Пацієнтів у дослідженні",
        de: "Patienten in der Studie",
        ar: "عدد المرضى في الدراسة",
      }),
    },
    {
      key: "tace-gastric-courses",
      value: 5,
      valueMax: 6,
      unit: "COUNT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "TACE courses per patient",
        ru: "Курсов ТАХЭ на одного пациента",
        uk: "Курсів ТАХЕ на одного пацієнта",
        de: "TACE-Behandlungen pro Patient",
        ar: "عدد جلسات الانصمام الكيميائي لكل مريض",
      }),
    },
    {
      key: "tace-gastric-interval",
      value: 1.5,
      valueMax: 2,
      unit: "MONTHS",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Interval between courses",
        ru: "Интервал между курсами",
        uk: "Інтервал між курсами",
        de: "Abstand zwischen den Behandlungen",
        ar: "الفاصل الزمني بين الجلسات",
      }),
    },
    {
      key: "tace-gastric-response-2-courses",
      value: 81.7,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Tumour shrinkage on scans after 2 courses (partial or marked regression)",
        ru: "Уменьшение опухоли по данным снимков после 2 курсов (частичная или выраженная регрессия)",
        uk: "Зменшення пухлини за даними знімків після 2 курсів (часткова або виражена регресія)",
        de: "Tumorverkleinerung in der Bildgebung nach 2 Behandlungen (teilweise oder deutliche Rückbildung)",
        ar: "تقلص الورم في صور الأشعة بعد جلستين (تراجع جزئي أو واضح)",
      }),
    },
    {
      key: "tace-gastric-stable-2-courses",
      value: 18.3,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Disease stable (neither shrinking nor growing) after 2 courses",
        ru: "Стабилизация (без уменьшения и без роста) после 2 курсов",
        uk: "Стабілізація (без зменшення й без росту) після 2 курсів",
        de: "Stabile Erkrankung (weder kleiner noch größer) nach 2 Behandlungen",
        ar: "استقرار المرض (دون تقلص أو نمو) بعد جلستين",
      }),
    },
    {
      key: "tace-gastric-median-survival",
      value: 15.5,
      unit: "MONTHS",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Median survival",
        ru: "Медиана выживаемости",
        uk: "Медіана виживаності",
        de: "Mediane Überlebenszeit",
        ar: "الوسيط لمدة البقاء على قيد الحياة",
      }),
    },
    {
      key: "tace-gastric-alive-6-months",
      value: 61.7,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Alive at 6 months of follow-up",
        ru: "Живы через 6 месяцев наблюдения",
        uk: "Живі через 6 місяців спостереження",
        de: "Am Leben nach 6 Monaten Beobachtung",
        ar: "على قيد الحياة بعد 6 أشهر من المتابعة",
      }),
    },
    {
      key: "tace-gastric-alive-12-months",
      value: 40,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Alive at 12 months of follow-up",
        ru: "Живы через 12 месяцев наблюдения",
        uk: "Живі через 12 місяців спостереження",
        de: "Am Leben nach 12 Monaten Beobachtung",
        ar: "على قيد الحياة بعد 12 شهرًا من المتابعة",
      }),
    },
    {
      key: "tace-gastric-alive-18-months",
      value: 18.3,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Alive at 18 months of follow-up",
        ru: "Живы через 18 месяцев наблюдения",
        uk: "Живі через 18 місяців спостереження",
        de: "Am Leben nach 18 Monaten Beobachtung",
        ar: "على قيد الحياة بعد 18 شهرًا من المتابعة",
      }),
    },
    {
      key: "tace-gastric-alive-24-months",
      value: 13.3,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Alive at 24 months of follow-up",
        ru: "Живы через 24 месяца наблюдения",
        uk: "Живі через 24 місяці спостереження",
        de: "Am Leben nach 24 Monaten Beobachtung",
        ar: "على قيد الحياة بعد 24 شهرًا من المتابعة",
      }),
    },
    {
      key: "tace-gastric-alive-36-months",
      value: 5,
      unit: "PERCENT",
      source: "tace-gastric-abstract",
      text: figureText({
        en: "Alive at 36 months of follow-up",
        ru: "Живы через 36 месяцев наблюдения",
        uk: "Живі через 36 місяців спостереження",
        de: "Am Leben nach 36 Monaten Beobachtung",
        ar: "على قيد الحياة بعد 36 شهرًا من المتابعة",
      }),
    },
  ],
  text: {
    en: {
      name: "Trans-arterial chemoembolization (TACE)",
      summary:
        "A minimally invasive liver treatment: a chemotherapy drug mixed with an agent that blocks blood flow, such as the oily contrast medium Lipiodol, is delivered through a thin catheter straight into the arteries that feed the metastases.",
      metaDescription:
        "TACE for liver metastases: how chemoembolization works, who may benefit, the steps, preparation, recovery and risks, with figures from one small study.",
      howItWorks: blocks(
        "Liver metastases take most of their blood from the hepatic artery, while healthy liver tissue is fed mainly by the portal vein. TACE makes use of this difference. Guided by X-ray images, an interventional radiologist passes a thin, flexible tube (catheter) from an artery in the groin or wrist up to the branches of the hepatic artery that supply the tumour.",
        "A chemotherapy drug (for example doxorubicin) mixed with an embolic agent — such as Lipiodol, an oily contrast medium, or tiny drug-loaded beads — is then injected. The embolic agent slows or blocks the blood flow, so the drug stays concentrated in the tumour for longer and much less of it reaches the rest of the body than when chemotherapy is given into a vein.",
        "TACE acts only inside the liver. It does not treat cancer elsewhere in the body, so it is often combined or alternated with other treatments.",
      ),
      whoItIsFor: blocks(
        "TACE may be considered when metastases are confined to the liver or found mainly there, and surgery or ablation is not possible, or chemotherapy alone is not keeping them under control. The decision is usually made jointly by a team of specialists (tumour board).",
        "It is generally not suitable when liver function is badly reduced (for example with jaundice), when most of the liver is replaced by tumour, when the general condition is poor, or with serious kidney problems or a bleeding tendency that cannot be corrected.",
        "How strong the evidence is depends on the type of the original cancer. The figures on this page come from a single small series: 60 patients with liver metastases of gastric cancer treated at one centre, reported as a conference abstract without a comparison group. They describe that group only and cannot predict the outcome for any individual patient.",
      ),
      steps: numbered(
        "The specialist team reviews your scans, blood tests and treatment history and decides whether TACE fits and which drug to use.",
        "On the day, you lie on your back; the puncture site is numbed with a local anaesthetic and you may be given a sedative.",
        "The catheter is guided into the hepatic artery, and contrast images (angiography) show the vessels feeding the metastases.",
        "The drug and embolic mixture is injected into those branches until the blood flow slows; the procedure usually takes one to two hours.",
        "The catheter is removed and the puncture site is pressed or closed. You rest in bed for several hours and usually stay in hospital overnight or for a day or two.",
        "TACE is usually given as a series of courses. In the study cited here, patients received 5–6 courses 1.5–2 months apart, with scans to check the response.",
      ),
      preparation: bullets(
        "Bring recent contrast CT or MRI scans with their reports, and blood test results (liver and kidney function, blood count, clotting).",
        "Tell the team about all medicines and supplements, especially blood thinners and diabetes medicines.",
        "Mention any allergy or earlier reaction to iodine contrast medium, and any kidney disease.",
        "You will usually be asked not to eat for about 6 hours before the procedure.",
        "Women who could be pregnant must say so before treatment.",
        "Arrange for someone to accompany you and plan for a short hospital stay.",
      ),
      recovery: blocks(
        "In the first days many people have what is called post-embolization syndrome: pain in the upper right abdomen, fever, nausea and tiredness. It is an expected reaction that usually settles within a few days to a week and is eased with pain relief and anti-sickness medicine.",
        "Most people go home after one to two days and soon return to light activity, although tiredness can last longer. Blood tests and a scan a few weeks later show how the liver and the metastases have responded. Contact the team promptly if you develop a high fever, worsening pain, yellowing of the skin or eyes, or bleeding at the puncture site.",
      ),
      risks: bullets(
        "Post-embolization syndrome (pain, fever, nausea, tiredness): common and usually temporary.",
        "Bruising or bleeding at the puncture site; rarely, damage to the artery.",
        "A reaction to the contrast medium, or strain on the kidneys.",
        "Temporarily worse liver blood tests; rarely, lasting liver damage or liver failure, more likely when liver function was already reduced.",
        "Liver abscess or infection, or inflammation of the gallbladder: uncommon.",
        "Embolic material reaching the wrong place, for example causing a stomach ulcer: rare.",
        "Side effects of the chemotherapy drug, such as lower blood counts or thinning hair, usually milder than with chemotherapy given into a vein.",
      ),
    },
    ru: {
      name: "Трансартериальная химиоэмболизация (ТАХЭ)",
      summary:
        "Малоинвазивное лечение печени: химиопрепарат, смешанный с веществом, перекрывающим кровоток (например, с масляным контрастным средством липиодолом), вводят через тонкий катетер прямо в артерии, питающие метастазы.",
      metaDescription:
        "ТАХЭ при метастазах в печени: как работает химиоэмболизация, кому подходит, этапы, подготовка, восстановление, риски и данные небольшого исследования.",
      howItWorks: blocks(
        "Метастазы в печени получают кровь в основном из печёночной артерии, а здоровая ткань печени — преимущественно из воротной вены. ТАХЭ использует это различие. Под рентгеновским контролем интервенционный радиолог проводит тонкую гибкую трубку (катетер) из артерии в паху или на запястье к ветвям печёночной артерии, которые питают опухоль.",
        "Затем вводят химиопрепарат (например, доксорубицин), смешанный с эмболизирующим веществом — липиодолом (масляным контрастным средством) или мельчайшими частицами, насыщенными лекарством. Эмболизирующее вещество замедляет или перекрывает кровоток, поэтому препарат дольше остаётся в опухоли в высокой концентрации, а в остальной организм попадает гораздо меньше, чем при введении химиотерапии в вену.",
        "ТАХЭ действует только в печени и не лечит опухолевые очаги в других органах, поэтому её часто сочетают или чередуют с другими методами лечения.",
      ),
      whoItIsFor: blocks(
        "ТАХЭ могут рассматривать, если метастазы находятся только или преимущественно в печени, а операция или абляция невозможны либо одна химиотерапия не сдерживает болезнь. Обычно решение принимает консилиум специалистов.",
        "Как правило, метод не подходит при значительно сниженной функции печени (например, при желтухе), если большая часть печени замещена опухолью, при тяжёлом общем состоянии, серьёзных проблемах с почками или нарушениях свёртываемости крови, которые не удаётся скорректировать.",
        "Доказательная база различается в зависимости от вида первичной опухоли. Цифры на этой странице взяты из одной небольшой серии наблюдений: 60 пациентов с метастазами рака желудка в печень, пролеченных в одном центре; результаты опубликованы в виде тезисов конференции без группы сравнения. Они описывают только эту группу и не позволяют предсказать результат для конкретного человека.",
      ),
      steps: numbered(
        "Специалисты изучают ваши снимки, анализы и историю лечения и решают, подходит ли ТАХЭ и какой препарат использовать.",
        "В день процедуры вы лежите на спине; место прокола обезболивают местной анестезией, при необходимости дают успокоительное.",
        "Катетер проводят в печёночную артерию; снимки с контрастом (ангиография) показывают сосуды, питающие метастазы.",
        "В эти ветви вводят смесь препарата и эмболизирующего вещества, пока кровоток не замедлится; процедура обычно длится один–два часа.",
        "Катетер удаляют, место прокола прижимают или закрывают. Несколько часов нужно соблюдать постельный режим; обычно пациент остаётся в стационаре на ночь или на один–два дня.",
        "ТАХЭ обычно проводят курсами. В приведённом исследовании пациенты получили 5–6 курсов с интервалом 1,5–2 месяца, а ответ оценивали по снимкам.",
      ),
      preparation: bullets(
        "Возьмите с собой свежие КТ или МРТ с контрастом и заключения к ним, а также анализы крови (функция печени и почек, общий анализ, свёртываемость).",
        "Сообщите врачам обо всех лекарствах и добавках, особенно о препаратах, разжижающих кровь, и о лекарствах от диабета.",
        "Предупредите об аллергии на йодсодержащий контраст или о прошлых реакциях на него, а также о болезнях почек.",
        "Обычно перед процедурой нельзя есть около 6 часов.",
        "Женщинам нужно заранее сообщить о возможной беременности.",
        "Позаботьтесь о сопровождающем и запланируйте короткое пребывание в больнице.",
      ),
      recovery: blocks(
        "В первые дни у многих развивается так называемый постэмболизационный синдром: боль в правом подреберье, повышение температуры, тошнота и слабость. Это ожидаемая реакция: обычно она проходит за несколько дней или за неделю, а облегчить её помогают обезболивающие и противорвотные средства.",
        "Большинство пациентов выписываются через один–два дня и вскоре возвращаются к лёгкой активности, хотя усталость может сохраняться дольше. Через несколько недель анализы крови и снимки показывают, как отреагировали печень и метастазы. Срочно свяжитесь с врачами при высокой температуре, усиливающейся боли, пожелтении кожи или глаз либо кровотечении из места прокола.",
      ),
      risks: bullets(
        "Постэмболизационный синдром (боль, температура, тошнота, слабость): встречается часто и обычно проходит.",
        "Синяк или кровотечение в месте прокола; редко — повреждение артерии.",
        "Реакция на контрастное вещество или нагрузка на почки.",
        "Временное ухудшение печёночных анализов; редко — стойкое повреждение печени или печёночная недостаточность, чаще при уже сниженной функции печени.",
        "Абсцесс или инфекция печени, воспаление желчного пузыря: нечасто.",
        "Попадание эмболизирующего вещества в другие сосуды, например с образованием язвы желудка: редко.",
        "Побочные действия химиопрепарата, например снижение показателей крови или поредение волос; обычно они мягче, чем при введении химиотерапии в вену.",
      ),
    },
    uk: {
      name: "Трансартеріальна хіміоемболізація (ТАХЕ)",
      summary:
        "Малоінвазивне лікування печінки: хіміопрепарат, змішаний із речовиною, що перекриває кровотік (наприклад, з олійним контрастним засобом ліпіодолом), вводять через тонкий катетер безпосередньо в артерії, які живлять метастази.",
      metaDescription:
        "ТАХЕ при метастазах у печінці: як працює хіміоемболізація, кому вона може підійти, етапи, підготовка, відновлення й ризики, дані одного невеликого дослідження.",
      howItWorks: blocks(
        "Метастази в печінці отримують кров переважно з печінкової артерії, а здорова тканина печінки — здебільшого з ворітної вени. ТАХЕ використовує цю різницю. Під рентгенівським контролем інтервенційний радіолог проводить тонку гнучку трубку (катетер) з артерії в паху або на зап'ясті до гілок печінкової артерії, які живлять пухлину.",
        "Потім вводять хіміопрепарат (наприклад, доксорубіцин), змішаний з емболізувальною речовиною — ліпіодолом (олійним контрастним засобом) або дрібними частинками, насиченими ліками. Емболізувальна речовина сповільнює або перекриває кровотік, тому препарат довше залишається в пухлині у високій концентрації, а в решту організму потрапляє значно менше, ніж під час введення хіміотерапії у вену.",
        "ТАХЕ діє лише в печінці й не лікує пухлинні вогнища в інших органах, тому її часто поєднують або чергують з іншими методами лікування.",
      ),
      whoItIsFor: blocks(
        "ТАХЕ можуть розглядати, якщо метастази є лише або переважно в печінці, а операція чи абляція неможливі або сама хіміотерапія не стримує хворобу. Зазвичай рішення ухвалює консиліум фахівців.",
        "Як правило, метод не підходить за значно зниженої функції печінки (наприклад, при жовтяниці), коли більшу частину печінки заміщено пухлиною, за тяжкого загального стану, серйозних проблем із нирками або порушень згортання крові, які не вдається скоригувати.",
        "Доказова база відрізняється залежно від виду первинної пухлини. Цифри на цій сторінці взято з однієї невеликої серії спостережень: 60 пацієнтів із метастазами раку шлунка в печінку, яких лікували в одному центрі; результати опубліковано у вигляді тез конференції без групи порівняння. Вони описують лише цю групу й не дають змоги передбачити результат для конкретної людини.",
      ),
      steps: numbered(
        "Фахівці вивчають ваші знімки, аналізи та історію лікування й вирішують, чи підходить ТАХЕ і який препарат застосувати.",
        "У день процедури ви лежите на спині; місце проколу знеболюють місцевою анестезією, за потреби дають заспокійливе.",
        "Катетер проводять у печінкову артерію; знімки з контрастом (ангіографія) показують судини, що живлять метастази.",
        "У ці гілки вводять суміш препарату та емболізувальної речовини, доки кровотік не сповільниться; процедура зазвичай триває одну–дві години.",
        "Катетер видаляють, місце проколу притискають або закривають. Кілька годин треба дотримуватися постільного режиму; зазвичай пацієнт залишається в стаціонарі на ніч або на один–два дні.",
        "ТАХЕ зазвичай проводять курсами. У наведеному дослідженні пацієнти отримали 5–6 курсів з інтервалом 1,5–2 місяці, а відповідь оцінювали за знімками.",
      ),
      preparation: bullets(
        "Візьміть із собою свіжі КТ або МРТ з контрастом і висновки до них, а також аналізи крові (функція печінки й нирок, загальний аналіз, згортання).",
        "Повідомте лікарів про всі ліки та добавки, особливо про препарати, що розріджують кров, і ліки від діабету.",
        "Попередьте про алергію на йодовмісний контраст чи попередні реакції на нього, а також про хвороби нирок.",
        "Зазвичай перед процедурою не можна їсти близько 6 годин.",
        "Жінкам треба заздалегідь повідомити про можливу вагітність.",
        "Подбайте про супровідника й заплануйте коротке перебування в лікарні.",
      ),
      recovery: blocks(
        "У перші дні в багатьох виникає так званий постемболізаційний синдром: біль у правому підребер'ї, підвищення температури, нудота й слабкість. Це очікувана реакція: зазвичай вона минає за кілька днів або за тиждень, а полегшити її допомагають знеболювальні та протиблювотні засоби.",
        "Більшість пацієнтів виписуються через один–два дні й невдовзі повертаються до легкої активності, хоча втома може зберігатися довше. Через кілька тижнів аналізи крові та знімки показують, як відреагували печінка й метастази. Терміново зверніться до лікарів у разі високої температури, посилення болю, пожовтіння шкіри чи очей або кровотечі з місця проколу.",
      ),
      risks: bullets(
        "Постемболізаційний синдром (біль, температура, нудота, слабкість): трапляється часто й зазвичай минає.",
        "Синець або кровотеча в місці проколу; рідко — ушкодження артерії.",
        "Реакція на контрастну речовину або навантаження на нирки.",
        "Тимчасове погіршення печінкових аналізів; рідко — стійке ушкодження печінки чи печінкова недостатність, частіше за вже зниженої функції печінки.",
        "Абсцес або інфекція печінки, запалення жовчного міхура: нечасто.",
        "Потрапляння емболізувальної речовини в інші судини, наприклад з утворенням виразки шлунка: рідко.",
        "Побічна дія хіміопрепарату, наприклад зниження показників крові чи рідшання волосся; зазвичай вона м'якша, ніж під час введення хіміотерапії у вену.",
      ),
    },
    de: {
      name: "Transarterielle Chemoembolisation (TACE)",
      summary:
        "Eine minimalinvasive Behandlung der Leber: Ein Chemotherapeutikum wird mit einem gefäßverschließenden Mittel wie dem öligen Kontrastmittel Lipiodol gemischt und über einen dünnen Katheter direkt in die Arterien gegeben, die die Metastasen versorgen.",
      metaDescription:
        "TACE bei Lebermetastasen: Wirkweise der Chemoembolisation, für wen sie infrage kommt, Ablauf, Vorbereitung, Erholung, Risiken und Zahlen einer kleinen Studie.",
      howItWorks: blocks(
        "Lebermetastasen beziehen ihr Blut überwiegend aus der Leberarterie, gesundes Lebergewebe dagegen hauptsächlich aus der Pfortader. Die TACE nutzt diesen Unterschied. Unter Röntgenkontrolle schiebt ein interventioneller Radiologe einen dünnen, biegsamen Schlauch (Katheter) von einer Arterie in der Leiste oder am Handgelenk bis in die Äste der Leberarterie vor, die den Tumor versorgen.",
        "Dann wird ein Chemotherapeutikum (zum Beispiel Doxorubicin) eingespritzt, gemischt mit einem Embolisat – etwa Lipiodol, einem öligen Kontrastmittel, oder winzigen, mit Wirkstoff beladenen Partikeln. Das Embolisat verlangsamt oder blockiert den Blutfluss. So bleibt das Medikament länger in hoher Konzentration im Tumor, und deutlich weniger davon gelangt in den übrigen Körper als bei einer Chemotherapie über die Vene.",
        "Die TACE wirkt nur in der Leber und behandelt keine Tumorherde in anderen Organen. Deshalb wird sie oft mit anderen Therapien kombiniert oder im Wechsel mit ihnen eingesetzt.",
      ),
      whoItIsFor: blocks(
        "Eine TACE kann erwogen werden, wenn die Metastasen ausschließlich oder überwiegend in der Leber liegen und eine Operation oder Ablation nicht möglich ist oder eine Chemotherapie allein die Erkrankung nicht ausreichend kontrolliert. Die Entscheidung trifft in der Regel ein Tumorboard gemeinsam.",
        "Meist ungeeignet ist sie bei stark eingeschränkter Leberfunktion (zum Beispiel mit Gelbsucht), wenn der größte Teil der Leber von Tumor durchsetzt ist, bei schlechtem Allgemeinzustand, bei ernsten Nierenproblemen oder bei einer Blutungsneigung, die sich nicht beheben lässt.",
        "Wie gut die Datenlage ist, hängt von der Art des ursprünglichen Tumors ab. Die Zahlen auf dieser Seite stammen aus einer einzigen kleinen Fallserie: 60 Patienten mit Lebermetastasen eines Magenkarzinoms, behandelt an einem Zentrum und nur als Kongress-Abstract ohne Vergleichsgruppe veröffentlicht. Sie beschreiben nur diese Gruppe und erlauben keine Vorhersage für den Einzelfall.",
      ),
      steps: numbered(
        "Das Behandlungsteam prüft Ihre Bilder, Blutwerte und Vorbehandlungen und entscheidet, ob eine TACE passt und welches Medikament verwendet wird.",
        "Am Behandlungstag liegen Sie auf dem Rücken; die Einstichstelle wird örtlich betäubt, bei Bedarf erhalten Sie ein Beruhigungsmittel.",
        "Der Katheter wird in die Leberarterie vorgeschoben; Kontrastmittelaufnahmen (Angiografie) zeigen die Gefäße, die die Metastasen versorgen.",
        "In diese Äste wird die Mischung aus Medikament und Embolisat gegeben, bis der Blutfluss nachlässt; der Eingriff dauert meist ein bis zwei Stunden.",
        "Der Katheter wird entfernt und die Einstichstelle abgedrückt oder verschlossen. Danach ist einige Stunden Bettruhe nötig; meist bleiben Sie eine Nacht oder ein bis zwei Tage im Krankenhaus.",
        "Die TACE wird in der Regel in mehreren Sitzungen gegeben. In der hier zitierten Studie erhielten die Patienten 5–6 Behandlungen im Abstand von 1,5–2 Monaten; das Ansprechen wurde mit Bildgebung kontrolliert.",
      ),
      preparation: bullets(
        "Bringen Sie aktuelle CT- oder MRT-Aufnahmen mit Kontrastmittel samt Befunden mit, außerdem Blutwerte (Leber- und Nierenfunktion, Blutbild, Gerinnung).",
        "Informieren Sie das Team über alle Medikamente und Nahrungsergänzungsmittel, besonders über Blutverdünner und Diabetesmedikamente.",
        "Nennen Sie eine Allergie oder frühere Reaktion auf jodhaltiges Kontrastmittel sowie Nierenerkrankungen.",
        "Meist sollen Sie etwa 6 Stunden vor dem Eingriff nichts essen.",
        "Frauen müssen eine mögliche Schwangerschaft vorher mitteilen.",
        "Planen Sie eine Begleitperson und einen kurzen Krankenhausaufenthalt ein.",
      ),
      recovery: blocks(
        "In den ersten Tagen tritt bei vielen das sogenannte Postembolisationssyndrom auf: Schmerzen im rechten Oberbauch, Fieber, Übelkeit und Müdigkeit. Das ist eine erwartete Reaktion, die meist innerhalb weniger Tage bis einer Woche abklingt und sich mit Schmerzmitteln und Mitteln gegen Übelkeit lindern lässt.",
        "Die meisten Patienten werden nach ein bis zwei Tagen entlassen und nehmen bald leichte Aktivitäten wieder auf; die Müdigkeit kann länger anhalten. Einige Wochen später zeigen Blutwerte und Bildgebung, wie Leber und Metastasen reagiert haben. Melden Sie sich umgehend bei hohem Fieber, zunehmenden Schmerzen, Gelbfärbung von Haut oder Augen oder einer Blutung an der Einstichstelle.",
      ),
      risks: bullets(
        "Postembolisationssyndrom (Schmerzen, Fieber, Übelkeit, Müdigkeit): häufig und meist vorübergehend.",
        "Bluterguss oder Blutung an der Einstichstelle; selten eine Verletzung der Arterie.",
        "Reaktion auf das Kontrastmittel oder Belastung der Nieren.",
        "Vorübergehend verschlechterte Leberwerte; selten bleibende Leberschäden oder Leberversagen, eher bei bereits eingeschränkter Leberfunktion.",
        "Leberabszess oder Infektion sowie Gallenblasenentzündung: gelegentlich.",
        "Embolisat gelangt an eine falsche Stelle und verursacht zum Beispiel ein Magengeschwür: selten.",
        "Nebenwirkungen des Chemotherapeutikums wie niedrigere Blutwerte oder dünner werdendes Haar; meist milder als bei einer Chemotherapie über die Vene.",
      ),
    },
    ar: {
      name: "الانصمام الكيميائي عبر الشرايين (TACE)",
      summary:
        "علاج طفيف التوغل للكبد: يُخلط دواء كيميائي بمادة تسدّ تدفق الدم، مثل مادة التباين الزيتية ليبيودول، ويُحقن عبر قسطرة رفيعة مباشرةً في الشرايين التي تغذي النقائل.",
      metaDescription:
        "الانصمام الكيميائي لنقائل الكبد: كيف يعمل، ومن قد يستفيد منه، وخطواته، والتحضير له، والتعافي، والمخاطر، مع أرقام من دراسة صغيرة واحدة.",
      howItWorks: blocks(
        "تحصل نقائل الكبد على معظم دمها من الشريان الكبدي، بينما يتغذى نسيج الكبد السليم أساسًا من الوريد البابي، ويستفيد هذا العلاج من هذا الفرق. إذ يُدخل طبيب الأشعة التداخلية أنبوبًا رفيعًا مرنًا (قسطرة) من شريان في أعلى الفخذ أو في الرسغ، ويوجّهه بمساعدة صور الأشعة السينية حتى يصل إلى فروع الشريان الكبدي التي تغذي الورم.",
        "ثم يُحقن دواء كيميائي (مثل دوكسوروبيسين) ممزوجًا بمادة صامّة، كالليبيودول وهو مادة تباين زيتية، أو بحبيبات دقيقة محمّلة بالدواء. تُبطئ المادة الصامّة تدفق الدم أو توقفه، فيبقى الدواء في الورم بتركيز مرتفع مدةً أطول، ويصل منه إلى بقية الجسم قدر أقل بكثير مما يصل عند إعطاء العلاج الكيميائي في الوريد.",
        "يعمل هذا العلاج داخل الكبد فقط، ولا يعالج البؤر الورمية في الأعضاء الأخرى، لذلك كثيرًا ما يُجمع مع علاجات أخرى أو يُتناوب معها.",
      ),
      whoItIsFor: blocks(
        "قد يُنظر في هذا العلاج عندما تكون النقائل محصورة في الكبد أو موجودة فيه أساسًا، ولا تكون الجراحة أو الاستئصال الموضعي ممكنين، أو عندما لا يكفي العلاج الكيميائي وحده للسيطرة على المرض. وعادةً ما يتخذ القرارَ فريقٌ من الأطباء متعدد التخصصات.",
        "ولا يناسب عادةً عند ضعف وظائف الكبد الشديد (كوجود اليرقان)، أو حين يحلّ الورم محل معظم الكبد، أو عند سوء الحالة العامة، أو مع مشكلات كلوية خطيرة أو ميل إلى النزف لا يمكن تصحيحه.",
        "تختلف قوة الأدلة باختلاف نوع السرطان الأصلي. والأرقام المعروضة في هذه الصفحة مأخوذة من سلسلة صغيرة واحدة: 60 مريضًا مصابًا بنقائل سرطان المعدة إلى الكبد عولجوا في مركز واحد، ونُشرت نتائجهم في ملخص مؤتمر دون مجموعة مقارنة. وهي تصف هذه المجموعة وحدها، ولا يمكن أن تتنبأ بما سيحدث لمريض بعينه.",
      ),
      steps: numbered(
        "يراجع الفريق الطبي صورك وتحاليلك وتاريخك العلاجي، ويقرر هل يناسبك هذا العلاج وأي دواء سيُستخدم.",
        "في يوم الإجراء تستلقي على ظهرك، ويُخدَّر موضع الوخز تخديرًا موضعيًا، وقد تُعطى دواءً مهدئًا.",
        "تُوجَّه القسطرة إلى الشريان الكبدي، وتُظهر صور الأوعية بمادة التباين (تصوير الأوعية) الفروعَ التي تغذي النقائل.",
        "يُحقن مزيج الدواء والمادة الصامّة في هذه الفروع حتى يتباطأ تدفق الدم، ويستغرق الإجراء عادةً من ساعة إلى ساعتين.",
        "تُسحب القسطرة ويُضغط على موضع الوخز أو يُغلق، ثم تلزم السرير عدة ساعات، وعادةً تبقى في المستشفى ليلة واحدة أو يومًا أو يومين.",
        "يُعطى هذا العلاج عادةً على عدة جلسات. وفي الدراسة المذكورة هنا تلقى المرضى من 5 إلى 6 جلسات تفصل بينها مدة 1.5 إلى 2 شهر، مع تصوير لتقييم الاستجابة.",
      ),
      preparation: bullets(
        "أحضر صور الأشعة المقطعية أو الرنين المغناطيسي الحديثة بمادة التباين مع تقاريرها، ونتائج تحاليل الدم (وظائف الكبد والكلى، وتعداد الدم، والتخثر).",
        "أخبر الفريق بجميع أدويتك ومكملاتك الغذائية، ولا سيما مميعات الدم وأدوية السكري.",
        "اذكر أي حساسية أو تفاعل سابق مع مادة التباين اليودية، وأي مرض في الكلى.",
        "يُطلب منك عادةً الامتناع عن الطعام نحو 6 ساعات قبل الإجراء.",
        "على المرأة التي قد تكون حاملًا أن تُبلغ الطبيب قبل العلاج.",
        "رتّب وجود مرافق لك، وخطط لإقامة قصيرة في المستشفى.",
      ),
      recovery: blocks(
        "في الأيام الأولى يعاني كثيرون مما يُعرف بمتلازمة ما بعد الانصمام: ألم في الجزء العلوي الأيمن من البطن، وحمّى، وغثيان، وتعب. وهذه استجابة متوقعة تزول عادةً خلال بضعة أيام إلى أسبوع، وتُخفَّف بمسكنات الألم وأدوية الغثيان.",
        "يغادر معظم المرضى المستشفى بعد يوم أو يومين، ويعودون قريبًا إلى النشاط الخفيف، وإن كان التعب قد يستمر مدة أطول. وبعد بضعة أسابيع تُظهر تحاليل الدم والتصوير مدى استجابة الكبد والنقائل. تواصل مع الفريق فورًا إذا ظهرت حمّى مرتفعة، أو ازداد الألم، أو اصفرّ الجلد أو العينان، أو حدث نزف من موضع الوخز.",
      ),
      risks: bullets(
        "متلازمة ما بعد الانصمام (ألم، وحمّى، وغثيان، وتعب): شائعة ومؤقتة عادةً.",
        "كدمة أو نزف في موضع الوخز، ونادرًا إصابة الشريان.",
        "تفاعل مع مادة التباين أو إجهاد للكليتين.",
        "تدهور مؤقت في تحاليل الكبد، ونادرًا ضرر دائم في الكبد أو فشل كبدي، وهو أرجح إذا كانت وظائف الكبد ضعيفة أصلًا.",
        "خراج أو عدوى في الكبد، أو التهاب المرارة: غير شائع.",
        "وصول المادة الصامّة إلى مكان غير مقصود، مما قد يسبب قرحة في المعدة مثلًا: نادر.",
        "آثار جانبية للدواء الكيميائي، مثل انخفاض تعداد الدم أو ترقق الشعر، وتكون عادةً أخف منها عند إعطاء العلاج الكيميائي في الوريد.",
      ),
    },
  },
};
