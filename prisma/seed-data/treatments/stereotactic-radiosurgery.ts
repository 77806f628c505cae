import type { TreatmentSeed } from "../types";
import { blocks, bullets, numbered } from "../markup";

export const stereotacticRadiosurgery: TreatmentSeed = {
  slug: "stereotactic-radiosurgery",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "biopsy-histology", required: true },
    { key: "treatment-history", required: true },
    { key: "blood-tests", required: true },
    { key: "current-medications", required: true },
    { key: "pet-ct", required: false },
    { key: "tumor-markers", required: false },
    { key: "discharge-summaries", required: false },
  ],
  figures: [
    {
      key: "srs-max-lesions-per-session",
      value: 10,
      unit: "COUNT",
      source: "humanitas-liver-metastases",
      text: {
        en: {
          label: "Metastases that can be treated in one session (upper limit stated by the clinic)",
          population:
            "As stated on a clinic's patient-information page about its CyberKnife system: the provider's own claim, not a study result. How many lesions can be treated safely is decided for each patient.",
        },
        ru: {
          label: "Число метастазов, которое можно облучить за один сеанс (верхний предел по данным клиники)",
          population:
            "По данным страницы клиники для пациентов о её системе КиберНож: утверждение самой клиники, а не результат исследования. Сколько очагов можно безопасно облучить, решают для каждого пациента отдельно.",
        },
        uk: {
          label: "Кількість метастазів, яку можна опромінити за один сеанс (верхня межа за даними клініки)",
          population:
            "За даними сторінки клініки для пацієнтів про її систему КіберНіж: твердження самої клініки, а не результат дослідження. Скільки вогнищ можна безпечно опромінити, вирішують для кожного пацієнта окремо.",
        },
        de: {
          label: "Metastasen, die in einer Sitzung behandelt werden können (von der Klinik genannte Obergrenze)",
          population:
            "Laut der Patienteninformationsseite einer Klinik zu ihrem CyberKnife-System: eigene Angabe des Anbieters, kein Studienergebnis. Wie viele Herde sicher behandelt werden können, wird für jeden Patienten einzeln entschieden.",
        },
        ar: {
          label: "عدد النقائل التي يمكن علاجها في جلسة واحدة (الحد الأعلى وفق العيادة)",
          population:
            "وفق صفحة معلومات المرضى لدى إحدى العيادات عن جهاز سايبرنايف لديها: ادعاء من العيادة نفسها وليس نتيجة دراسة. ويُحدَّد لكل مريض على حدة عدد البؤر التي يمكن علاجها بأمان.",
        },
      },
    },
  ],
  text: {
    en: {
      name: "Stereotactic radiosurgery (SBRT, CyberKnife)",
      summary:
        "A non-invasive treatment that aims many precisely shaped radiation beams at each liver metastasis from outside the body. The tumour receives a high dose in a few short outpatient sessions, while the surrounding healthy tissue is spared as far as possible.",
      metaDescription:
        "Stereotactic radiosurgery (SBRT, CyberKnife) for liver metastases: how it works, who may be suitable, planning, treatment sessions, recovery and side effects.",
      howItWorks: blocks(
        "Stereotactic radiosurgery — in the body also called stereotactic body radiotherapy (SBRT) — delivers a very high dose of radiation to a small, precisely defined target. Many beams come from different directions and meet at the metastasis, so the tumour receives a strong dose while each single beam passing through healthy tissue is weak.",
        "Because the liver moves as you breathe, the machine uses imaging during treatment to follow the tumour, often helped by tiny markers placed in or near it. CyberKnife is one robotic system built for this; other modern image-guided radiotherapy machines can deliver similar treatment.",
        "There is no incision and no anaesthesia: you lie still on a couch while the machine moves around you. Only the metastases that are targeted are treated, not cancer elsewhere in the body.",
      ),
      whoItIsFor: blocks(
        "It is mainly considered when there are a limited number of liver metastases that cannot be removed surgically or are hard to reach with ablation, or for people who cannot have or do not want an operation. The same technique is also used for metastases in other organs, such as the lungs.",
        "Size, number and position matter. Tumours lying very close to the stomach, bowel or main bile ducts can be hard to treat safely, and enough healthy liver must remain. One clinic states that its system can treat up to 10 metastases in a single session; in practice, the team decides for each person how many lesions can be treated safely and how radiosurgery fits with other treatments such as chemotherapy.",
      ),
      steps: numbered(
        "A radiation oncologist and the wider team review your scans, histology and previous treatment, especially any earlier radiotherapy.",
        "Often, small gold markers (fiducials) are placed in or near the tumour through a thin needle under local anaesthetic, about a week before planning, so the tumour can be tracked.",
        "A planning CT, and often an MRI, is done in the exact treatment position, sometimes with a custom cushion that helps you lie the same way each time.",
        "Doctors and medical physicists design the beams so the metastasis receives a high dose and nearby organs as little as possible.",
        "Treatment is given in usually 1 to 5 outpatient sessions, each typically lasting from half an hour to about an hour and a half; you go home afterwards.",
        "Follow-up scans after a few months show the effect.",
      ),
      preparation: bullets(
        "Bring recent contrast CT or MRI, PET-CT if you have one, the histology report and a summary of previous treatment.",
        "Tell the team about blood thinners; they may need to be paused before markers are placed.",
        "Mention any previous radiotherapy to the abdomen or chest, and any implanted device such as a pacemaker.",
        "Follow instructions about eating before planning and treatment; some centres ask for an empty stomach so the organs are in the same position each time.",
        "Wear comfortable clothes. No anaesthesia is needed, but having a companion with you can help.",
        "Women who could be pregnant must tell the team.",
      ),
      recovery: blocks(
        "Most people go home straight after each session and continue their usual activities. Tiredness is the most common effect; it can build up during the course and last a few weeks. Some people have mild nausea or discomfort in the upper abdomen, which medicines can ease.",
        "The effect on the tumour develops gradually. Early scans can be hard to interpret, because treated areas may look unchanged or even slightly larger for a while, so the response is usually judged on scans over several months. Contact your team if you have persistent pain, vomiting, black stools, fever or yellowing of the skin or eyes.",
      ),
      risks: bullets(
        "Tiredness, nausea and mild abdominal discomfort during and shortly after treatment.",
        "After marker placement: a small risk of bleeding, infection or, for tumours near the diaphragm, a collapsed lung.",
        "Damage to nearby organs, such as an ulcer or bleeding in the stomach or bowel, which may appear weeks to months later; careful planning aims to prevent this.",
        "Chest-wall pain or, rarely, a rib fracture when the tumour lies close to the ribs.",
        "Reddening of the skin over the treated area: usually mild and uncommon with modern techniques.",
        "Narrowing of bile ducts or radiation damage to the liver: rare, more likely when liver function is already reduced or a large part of the liver is treated.",
      ),
    },
    ru: {
      name: "Стереотаксическая радиохирургия (SBRT, КиберНож)",
      summary:
        "Неинвазивное лечение: множество точно сформированных пучков излучения направляют на каждый метастаз в печени снаружи тела. Опухоль получает высокую дозу за несколько коротких амбулаторных сеансов, а окружающие здоровые ткани по возможности щадятся.",
      metaDescription:
        "Стереотаксическая радиохирургия (SBRT, КиберНож) при метастазах в печени: как работает, кому подходит, планирование, сеансы, восстановление, побочные эффекты.",
      howItWorks: blocks(
        "Стереотаксическая радиохирургия — при лечении органов тела её также называют стереотаксической лучевой терапией (SBRT) — подводит очень высокую дозу излучения к небольшой, точно очерченной мишени. Множество пучков идут с разных сторон и сходятся в метастазе: опухоль получает высокую дозу, а каждый отдельный пучок, проходящий через здоровые ткани, слаб.",
        "Поскольку печень смещается при дыхании, во время лечения аппарат с помощью визуализации отслеживает опухоль, часто по крошечным меткам, установленным в неё или рядом с ней. КиберНож — одна из роботизированных систем, созданных для этого; сходное лечение могут проводить и другие современные аппараты лучевой терапии с визуальным контролем.",
        "Разрезов и наркоза не требуется: вы неподвижно лежите на столе, а аппарат перемещается вокруг вас. Облучаются только выбранные метастазы, а не опухолевые очаги в других частях тела.",
      ),
      whoItIsFor: blocks(
        "Метод рассматривают в основном при ограниченном числе метастазов в печени, которые нельзя удалить хирургически или трудно достать при абляции, а также для людей, которым операция противопоказана или которые от неё отказываются. Эту же технику применяют при метастазах в других органах, например в лёгких.",
        "Значение имеют размер, количество и расположение очагов. Опухоли, лежащие вплотную к желудку, кишечнику или крупным желчным протокам, бывает трудно облучить безопасно, и должно сохраниться достаточно здоровой печени. Одна клиника указывает, что её система позволяет облучить до 10 метастазов за один сеанс; на практике команда решает для каждого пациента, сколько очагов можно лечить безопасно и как радиохирургия сочетается с другими методами, например с химиотерапией.",
      ),
      steps: numbered(
        "Врач-радиотерапевт и другие специалисты изучают ваши снимки, гистологию и историю лечения, особенно предшествующую лучевую терапию.",
        "Часто примерно за неделю до планирования в опухоль или рядом с ней через тонкую иглу под местной анестезией устанавливают маленькие золотые метки, чтобы отслеживать её положение.",
        "Выполняют планирующую КТ, а нередко и МРТ, точно в положении для лечения, иногда с индивидуальной подушкой, которая помогает каждый раз лежать одинаково.",
        "Врачи и медицинские физики рассчитывают пучки так, чтобы метастаз получил высокую дозу, а соседние органы — как можно меньшую.",
        "Лечение обычно проводят за 1–5 амбулаторных сеансов, каждый из которых длится, как правило, от получаса до полутора часов; после сеанса вы уходите домой.",
        "Через несколько месяцев контрольные снимки показывают результат.",
      ),
      preparation: bullets(
        "Возьмите с собой свежие КТ или МРТ с контрастом, ПЭТ-КТ (если есть), гистологическое заключение и выписку о предыдущем лечении.",
        "Сообщите о приёме препаратов, разжижающих кровь: перед установкой меток их, возможно, придётся временно отменить.",
        "Расскажите о прошлой лучевой терапии на область живота или грудной клетки и об имплантированных устройствах, например кардиостимуляторе.",
        "Следуйте указаниям о приёме пищи перед планированием и лечением: в некоторых центрах просят приходить натощак, чтобы органы каждый раз располагались одинаково.",
        "Наденьте удобную одежду. Наркоз не нужен, но сопровождающий может оказаться полезным.",
        "Женщинам нужно сообщить о возможной беременности.",
      ),
      recovery: blocks(
        "Большинство пациентов уходят домой сразу после каждого сеанса и продолжают обычные дела. Самый частый эффект — усталость: она может нарастать в ходе курса и сохраняться несколько недель. У некоторых бывает лёгкая тошнота или дискомфорт в верхней части живота, которые облегчают лекарства.",
        "Действие на опухоль развивается постепенно. Ранние снимки бывает трудно оценить: облучённые участки какое-то время могут выглядеть неизменными или даже немного увеличенными, поэтому ответ обычно оценивают по снимкам в течение нескольких месяцев. Свяжитесь с командой при стойкой боли, рвоте, чёрном стуле, температуре или пожелтении кожи или глаз.",
      ),
      risks: bullets(
        "Усталость, тошнота и лёгкий дискомфорт в животе во время лечения и вскоре после него.",
        "После установки меток: небольшой риск кровотечения, инфекции или, если опухоль близко к диафрагме, спадения лёгкого.",
        "Повреждение соседних органов, например язва или кровотечение в желудке или кишечнике, которые могут проявиться через недели или месяцы; тщательное планирование направлено на то, чтобы этого избежать.",
        "Боль в грудной стенке или, редко, перелом ребра, если опухоль расположена рядом с рёбрами.",
        "Покраснение кожи над облучённой областью: при современных методиках бывает нечасто и обычно слабо выражено.",
        "Сужение желчных протоков или лучевое повреждение печени: редко, чаще при уже сниженной функции печени или облучении большого её объёма.",
      ),
    },
    uk: {
      name: "Стереотаксична радіохірургія (SBRT, КіберНіж)",
      summary:
        "Неінвазивне лікування: безліч точно сформованих пучків випромінювання спрямовують на кожен метастаз у печінці ззовні тіла. Пухлина отримує високу дозу за кілька коротких амбулаторних сеансів, а навколишні здорові тканини по змозі щадять.",
      metaDescription:
        "Стереотаксична радіохірургія (SBRT, КіберНіж) при метастазах у печінці: як вона працює, кому підходить, планування, сеанси, відновлення й побічні ефекти.",
      howItWorks: blocks(
        "Стереотаксична радіохірургія — під час лікування органів тіла її також називають стереотаксичною променевою терапією (SBRT) — підводить дуже високу дозу випромінювання до невеликої, точно окресленої мішені. Безліч пучків ідуть з різних боків і сходяться в метастазі: пухлина отримує високу дозу, а кожен окремий пучок, що проходить крізь здорові тканини, слабкий.",
        "Оскільки печінка зміщується під час дихання, апарат під час лікування за допомогою візуалізації стежить за пухлиною, часто за крихітними мітками, установленими в неї чи поруч із нею. КіберНіж — одна з роботизованих систем, створених для цього; схоже лікування можуть проводити й інші сучасні апарати променевої терапії з візуальним контролем.",
        "Розрізів і наркозу не потрібно: ви нерухомо лежите на столі, а апарат рухається навколо вас. Опромінюють лише вибрані метастази, а не пухлинні вогнища в інших частинах тіла.",
      ),
      whoItIsFor: blocks(
        "Метод розглядають переважно за обмеженої кількості метастазів у печінці, які не можна видалити хірургічно або важко досягти під час абляції, а також для людей, яким операцію протипоказано або які від неї відмовляються. Цю саму техніку застосовують при метастазах в інших органах, наприклад у легенях.",
        "Значення мають розмір, кількість і розташування вогнищ. Пухлини, що лежать впритул до шлунка, кишечника чи великих жовчних проток, буває важко безпечно опромінити, і має залишитися достатньо здорової печінки. Одна клініка зазначає, що її система дає змогу опромінити до 10 метастазів за один сеанс; на практиці команда вирішує для кожного пацієнта, скільки вогнищ можна лікувати безпечно і як радіохірургія поєднується з іншими методами, наприклад із хіміотерапією.",
      ),
      steps: numbered(
        "Лікар-радіотерапевт та інші фахівці вивчають ваші знімки, гістологію та історію лікування, особливо попередню променеву терапію.",
        "Часто приблизно за тиждень до планування в пухлину або поруч із нею через тонку голку під місцевою анестезією встановлюють маленькі золоті мітки, щоб стежити за її положенням.",
        "Виконують планувальну КТ, а нерідко й МРТ, точно в положенні для лікування, іноді з індивідуальною подушкою, яка допомагає щоразу лежати однаково.",
        "Лікарі та медичні фізики розраховують пучки так, щоб метастаз отримав високу дозу, а сусідні органи — якомога меншу.",
        "Лікування зазвичай проводять за 1–5 амбулаторних сеансів, кожен з яких триває, як правило, від пів години до півтори години; після сеансу ви йдете додому.",
        "Через кілька місяців контрольні знімки показують результат.",
      ),
      preparation: bullets(
        "Візьміть із собою свіжі КТ або МРТ з контрастом, ПЕТ-КТ (якщо є), гістологічний висновок і виписку про попереднє лікування.",
        "Повідомте про прийом препаратів, що розріджують кров: перед установленням міток їх, можливо, доведеться тимчасово скасувати.",
        "Розкажіть про попередню променеву терапію на ділянку живота чи грудної клітки та про імплантовані пристрої, наприклад кардіостимулятор.",
        "Дотримуйтеся вказівок щодо їжі перед плануванням і лікуванням: у деяких центрах просять приходити натщесерце, щоб органи щоразу розташовувалися однаково.",
        "Одягніть зручний одяг. Наркоз не потрібен, але супровідник може стати в пригоді.",
        "Жінкам треба повідомити про можливу вагітність.",
      ),
      recovery: blocks(
        "Більшість пацієнтів ідуть додому одразу після кожного сеансу й продовжують звичні справи. Найчастіший ефект — втома: вона може наростати під час курсу й триматися кілька тижнів. У деяких буває легка нудота або дискомфорт у верхній частині живота, які полегшують ліки.",
        "Дія на пухлину розвивається поступово. Ранні знімки буває важко оцінити: опромінені ділянки якийсь час можуть виглядати незмінними або навіть трохи збільшеними, тому відповідь зазвичай оцінюють за знімками протягом кількох місяців. Зверніться до команди в разі стійкого болю, блювання, чорного стільця, температури або пожовтіння шкіри чи очей.",
      ),
      risks: bullets(
        "Втома, нудота й легкий дискомфорт у животі під час лікування та невдовзі після нього.",
        "Після встановлення міток: невеликий ризик кровотечі, інфекції або, якщо пухлина близько до діафрагми, спадання легені.",
        "Ушкодження сусідніх органів, наприклад виразка чи кровотеча в шлунку або кишечнику, які можуть проявитися через тижні чи місяці; ретельне планування спрямоване на те, щоб цього уникнути.",
        "Біль у грудній стінці або, рідко, перелом ребра, якщо пухлина розташована поруч із ребрами.",
        "Почервоніння шкіри над опроміненою ділянкою: за сучасних методик трапляється нечасто й зазвичай слабко виражене.",
        "Звуження жовчних проток або променеве ушкодження печінки: рідко, частіше за вже зниженої функції печінки чи опромінення великого її об'єму.",
      ),
    },
    de: {
      name: "Stereotaktische Radiochirurgie (SBRT, CyberKnife)",
      summary:
        "Eine nicht-invasive Behandlung, bei der viele präzise geformte Strahlenbündel von außen auf jede Lebermetastase gerichtet werden. Der Tumor erhält in wenigen kurzen ambulanten Sitzungen eine hohe Dosis, das umliegende gesunde Gewebe wird so weit wie möglich geschont.",
      metaDescription:
        "Stereotaktische Radiochirurgie (SBRT, CyberKnife) bei Lebermetastasen: Wirkweise, für wen sie infrage kommt, Planung, Sitzungen, Erholung und Nebenwirkungen.",
      howItWorks: blocks(
        "Die stereotaktische Radiochirurgie – am Körperstamm auch stereotaktische Strahlentherapie (SBRT) genannt – bringt eine sehr hohe Strahlendosis auf ein kleines, genau abgegrenztes Ziel. Viele Strahlenbündel kommen aus verschiedenen Richtungen und treffen sich in der Metastase: Der Tumor erhält eine hohe Dosis, während jedes einzelne Bündel, das gesundes Gewebe durchquert, schwach ist.",
        "Da sich die Leber beim Atmen bewegt, verfolgt das Gerät den Tumor während der Behandlung mithilfe von Bildgebung, oft unterstützt durch winzige Markierungen in oder neben dem Tumor. CyberKnife ist ein robotergestütztes System, das dafür entwickelt wurde; andere moderne bildgeführte Bestrahlungsgeräte können eine ähnliche Behandlung durchführen.",
        "Es gibt keinen Schnitt und keine Narkose: Sie liegen ruhig auf einer Liege, während sich das Gerät um Sie herum bewegt. Behandelt werden nur die anvisierten Metastasen, nicht Tumorherde an anderen Stellen des Körpers.",
      ),
      whoItIsFor: blocks(
        "Sie kommt vor allem bei einer begrenzten Zahl von Lebermetastasen infrage, die sich nicht operieren lassen oder für eine Ablation schwer erreichbar sind, sowie für Menschen, die nicht operiert werden können oder das nicht möchten. Dieselbe Technik wird auch bei Metastasen in anderen Organen eingesetzt, etwa in der Lunge.",
        "Größe, Zahl und Lage der Herde sind entscheidend. Tumoren direkt neben Magen, Darm oder großen Gallengängen lassen sich mitunter nur schwer sicher bestrahlen, und es muss genügend gesunde Leber erhalten bleiben. Eine Klinik gibt an, dass ihr System bis zu 10 Metastasen in einer Sitzung behandeln kann; in der Praxis entscheidet das Team für jeden Patienten, wie viele Herde sicher behandelt werden können und wie sich die Radiochirurgie mit anderen Therapien wie der Chemotherapie verbinden lässt.",
      ),
      steps: numbered(
        "Ein Strahlentherapeut und das weitere Team prüfen Ihre Bilder, den feingeweblichen Befund und die bisherige Behandlung, besonders frühere Bestrahlungen.",
        "Oft werden etwa eine Woche vor der Planung kleine Goldmarker über eine dünne Nadel unter örtlicher Betäubung in oder neben den Tumor gesetzt, damit er verfolgt werden kann.",
        "Ein Planungs-CT und oft auch ein MRT werden genau in der Behandlungsposition angefertigt, manchmal mit einem individuell geformten Kissen, damit Sie jedes Mal gleich liegen.",
        "Ärzte und Medizinphysiker berechnen die Strahlenbündel so, dass die Metastase eine hohe Dosis erhält und benachbarte Organe möglichst wenig.",
        "Die Behandlung erfolgt meist in 1 bis 5 ambulanten Sitzungen, die jeweils etwa eine halbe bis anderthalb Stunden dauern; danach gehen Sie nach Hause.",
        "Kontrollaufnahmen nach einigen Monaten zeigen die Wirkung.",
      ),
      preparation: bullets(
        "Bringen Sie aktuelle CT- oder MRT-Aufnahmen mit Kontrastmittel, ein PET-CT (falls vorhanden), den feingeweblichen Befund und eine Zusammenfassung der bisherigen Behandlung mit.",
        "Informieren Sie das Team über Blutverdünner; vor dem Setzen der Marker müssen sie eventuell pausiert werden.",
        "Nennen Sie frühere Bestrahlungen von Bauch oder Brustkorb sowie implantierte Geräte wie einen Herzschrittmacher.",
        "Halten Sie sich an die Vorgaben zum Essen vor Planung und Behandlung; manche Zentren bitten um einen leeren Magen, damit die Organe jedes Mal gleich liegen.",
        "Tragen Sie bequeme Kleidung. Eine Narkose ist nicht nötig, eine Begleitperson kann aber hilfreich sein.",
        "Frauen müssen eine mögliche Schwangerschaft mitteilen.",
      ),
      recovery: blocks(
        "Die meisten Patienten gehen nach jeder Sitzung direkt nach Hause und führen ihren Alltag weiter. Häufigste Folge ist Müdigkeit; sie kann im Verlauf der Behandlung zunehmen und einige Wochen anhalten. Manche haben leichte Übelkeit oder Beschwerden im Oberbauch, die sich mit Medikamenten lindern lassen.",
        "Die Wirkung auf den Tumor entwickelt sich allmählich. Frühe Aufnahmen sind oft schwer zu beurteilen, weil behandelte Bereiche eine Zeit lang unverändert oder sogar etwas größer aussehen können; das Ansprechen wird daher meist anhand von Aufnahmen über mehrere Monate beurteilt. Melden Sie sich bei anhaltenden Schmerzen, Erbrechen, schwarzem Stuhl, Fieber oder Gelbfärbung von Haut oder Augen.",
      ),
      risks: bullets(
        "Müdigkeit, Übelkeit und leichte Bauchbeschwerden während und kurz nach der Behandlung.",
        "Nach dem Setzen der Marker: ein geringes Risiko für Blutung, Infektion oder, bei Tumoren nahe dem Zwerchfell, einen Lungenkollaps.",
        "Schäden an benachbarten Organen, etwa ein Geschwür oder eine Blutung in Magen oder Darm, die Wochen bis Monate später auftreten können; die sorgfältige Planung soll das verhindern.",
        "Schmerzen in der Brustwand oder selten ein Rippenbruch, wenn der Tumor nahe an den Rippen liegt.",
        "Hautrötung über dem bestrahlten Bereich: mit modernen Techniken selten und meist leicht.",
        "Verengung von Gallengängen oder Strahlenschaden der Leber: selten, eher bei bereits eingeschränkter Leberfunktion oder wenn ein großer Teil der Leber bestrahlt wird.",
      ),
    },
    ar: {
      name: "الجراحة الإشعاعية التجسيمية (SBRT، سايبرنايف)",
      summary:
        "علاج غير جراحي تُوجَّه فيه حزم إشعاعية كثيرة مُشكَّلة بدقة من خارج الجسم نحو كل نقيلة في الكبد. يتلقى الورم جرعة عالية خلال بضع جلسات قصيرة دون مبيت في المستشفى، مع تجنيب الأنسجة السليمة المحيطة قدر الإمكان.",
      metaDescription:
        "الجراحة الإشعاعية التجسيمية (SBRT، سايبرنايف) لنقائل الكبد: كيف تعمل، ومن قد تناسبه، والتخطيط، والجلسات، والتعافي، والآثار الجانبية.",
      howItWorks: blocks(
        "تُسمى الجراحة الإشعاعية التجسيمية عند استخدامها في الجسم أيضًا العلاج الإشعاعي التجسيمي للجسم (SBRT)، وهي توصل جرعة إشعاع عالية جدًا إلى هدف صغير محدد بدقة. تأتي حزم كثيرة من اتجاهات مختلفة وتلتقي عند النقيلة، فيتلقى الورم جرعة قوية، بينما تكون كل حزمة منفردة تعبر النسيج السليم ضعيفة.",
        "ولأن الكبد يتحرك مع التنفس، يتتبع الجهاز الورم أثناء العلاج بالتصوير، وكثيرًا ما يستعين بعلامات صغيرة جدًا تُزرع داخل الورم أو بجانبه. وسايبرنايف هو أحد الأنظمة الروبوتية المصممة لهذا الغرض، ويمكن لأجهزة علاج إشعاعي حديثة أخرى موجَّهة بالتصوير أن تقدم علاجًا مماثلًا.",
        "لا يتطلب العلاج شقًا جراحيًا ولا تخديرًا: تستلقي ساكنًا على طاولة بينما يتحرك الجهاز من حولك. ولا يُعالَج إلا النقائل المستهدفة، لا البؤر الورمية في أماكن أخرى من الجسم.",
      ),
      whoItIsFor: blocks(
        "يُنظر فيه أساسًا عند وجود عدد محدود من نقائل الكبد التي لا يمكن استئصالها جراحيًا أو يصعب الوصول إليها بالاستئصال الموضعي، أو لمن لا يستطيعون الخضوع للجراحة أو لا يرغبون فيها. وتُستخدم التقنية نفسها لعلاج النقائل في أعضاء أخرى، كالرئتين.",
        "يؤثر حجم البؤر وعددها وموقعها في القرار. فالأورام الملاصقة للمعدة أو الأمعاء أو القنوات الصفراوية الكبيرة قد يصعب علاجها بأمان، ويجب أن يبقى قدر كافٍ من الكبد السليم. وتذكر إحدى العيادات أن جهازها يستطيع علاج ما يصل إلى 10 نقائل في جلسة واحدة، لكن الفريق في الواقع يحدد لكل مريض عدد البؤر التي يمكن علاجها بأمان، وكيف تتكامل الجراحة الإشعاعية مع علاجات أخرى كالعلاج الكيميائي.",
      ),
      steps: numbered(
        "يراجع طبيب الأورام الإشعاعي وبقية الفريق صورك ونتيجة الفحص النسيجي وعلاجاتك السابقة، ولا سيما أي علاج إشعاعي سابق.",
        "كثيرًا ما تُزرع قبل التخطيط بنحو أسبوع علامات ذهبية صغيرة داخل الورم أو بجانبه عبر إبرة رفيعة تحت التخدير الموضعي، ليتمكن الجهاز من تتبعه.",
        "يُجرى تصوير مقطعي للتخطيط، وغالبًا رنين مغناطيسي أيضًا، في وضعية العلاج نفسها تمامًا، وأحيانًا مع وسادة مُفصّلة تساعدك على الاستلقاء بالطريقة ذاتها في كل مرة.",
        "يصمم الأطباء وخبراء الفيزياء الطبية الحزم بحيث تتلقى النقيلة جرعة عالية وتتلقى الأعضاء المجاورة أقل قدر ممكن.",
        "يُعطى العلاج عادةً في 1 إلى 5 جلسات دون مبيت، تستغرق كل منها في الغالب من نصف ساعة إلى ساعة ونصف تقريبًا، ثم تعود إلى منزلك.",
        "بعد بضعة أشهر تُظهر صور المتابعة أثر العلاج.",
      ),
      preparation: bullets(
        "أحضر صور الأشعة المقطعية أو الرنين المغناطيسي الحديثة بمادة التباين، وصور التصوير المقطعي بالإصدار البوزيتروني إن وُجدت، وتقرير الفحص النسيجي، وملخصًا لعلاجاتك السابقة.",
        "أخبر الفريق إن كنت تتناول مميعات الدم، فقد يلزم إيقافها مؤقتًا قبل زرع العلامات.",
        "اذكر أي علاج إشعاعي سابق للبطن أو الصدر، وأي جهاز مزروع مثل منظم ضربات القلب.",
        "اتبع التعليمات المتعلقة بالطعام قبل التخطيط والعلاج، فبعض المراكز تطلب أن تكون المعدة فارغة كي تبقى الأعضاء في الوضع نفسه في كل مرة.",
        "ارتدِ ملابس مريحة. لا حاجة إلى التخدير، لكن وجود مرافق قد يكون مفيدًا.",
        "على المرأة التي قد تكون حاملًا أن تُبلغ الفريق.",
      ),
      recovery: blocks(
        "يعود معظم المرضى إلى منازلهم مباشرةً بعد كل جلسة ويواصلون أنشطتهم المعتادة. والتعب هو الأثر الأكثر شيوعًا، وقد يزداد خلال فترة العلاج ويستمر بضعة أسابيع. ويعاني بعضهم غثيانًا خفيفًا أو انزعاجًا في أعلى البطن، ويمكن تخفيفهما بالأدوية.",
        "يظهر أثر العلاج في الورم تدريجيًا. وقد يصعب تفسير الصور المبكرة، لأن المناطق المعالجة قد تبدو دون تغيير أو أكبر قليلًا لفترة، لذلك تُقيَّم الاستجابة عادةً بصور تمتد على عدة أشهر. تواصل مع فريقك عند استمرار الألم، أو القيء، أو البراز الأسود، أو الحمّى، أو اصفرار الجلد أو العينين.",
      ),
      risks: bullets(
        "تعب وغثيان وانزعاج خفيف في البطن أثناء العلاج وبعده بقليل.",
        "بعد زرع العلامات: خطر ضئيل للنزف أو العدوى، أو استرواح الصدر (دخول الهواء حول الرئة) إذا كان الورم قريبًا من الحجاب الحاجز.",
        "ضرر في الأعضاء المجاورة، كقرحة أو نزف في المعدة أو الأمعاء، قد يظهر بعد أسابيع أو أشهر، ويهدف التخطيط الدقيق إلى تجنبه.",
        "ألم في جدار الصدر، أو كسر في أحد الأضلاع في حالات نادرة، إذا كان الورم قريبًا من الأضلاع.",
        "احمرار الجلد فوق المنطقة المعالجة: غير شائع مع التقنيات الحديثة وخفيف عادةً.",
        "تضيق القنوات الصفراوية أو ضرر إشعاعي في الكبد: نادر، وأرجح عند ضعف وظائف الكبد أصلًا أو عند علاج جزء كبير منه.",
      ),
    },
  },
};
