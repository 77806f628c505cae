import type { TreatmentSeed } from "../types";

export const surgicalResection: TreatmentSeed = {
  slug: "surgical-resection",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "recent-ct-mri", required: true },
    { key: "biopsy-histology", required: true },
    { key: "blood-tests", required: true },
    { key: "treatment-history", required: true },
    { key: "pet-ct", required: false },
    { key: "tumor-markers", required: false },
    { key: "discharge-summaries", required: false },
    { key: "molecular-profile", required: false },
    { key: "current-medications", required: false },
  ],
  figures: [
    {
      key: "surgical-resection-possible-share",
      value: 10,
      valueMax: 20,
      unit: "PERCENT",
      source: "medtour-liver-metastasis",
      text: {
        en: {
          label: "Patients with liver metastases in whom surgical removal is possible",
          population:
            "People with liver metastases in general, according to a medical-tourism platform's patient page, which does not cite a study; the share differs with the type of primary cancer.",
        },
        ru: {
          label: "Доля пациентов с метастазами в печени, которым возможно хирургическое удаление",
          population:
            "Пациенты с метастазами в печени в целом, по данным страницы медико-туристической платформы для пациентов, без ссылки на исследование; доля зависит от вида первичной опухоли.",
        },
        uk: {
          label: "Частка пацієнтів із метастазами в печінці, яким можливе хірургічне видалення",
          population:
            "Пацієнти з метастазами в печінці загалом, за даними сторінки медико-туристичної платформи для пацієнтів, без посилання на дослідження; частка залежить від виду первинної пухлини.",
        },
        de: {
          label: "Anteil der Menschen mit Lebermetastasen, bei denen eine operative Entfernung möglich ist",
          population:
            "Menschen mit Lebermetastasen insgesamt, laut der Patientenseite einer Medizintourismus-Plattform, ohne Angabe einer Studie; der Anteil hängt von der Art des Primärtumors ab.",
        },
        ar: {
          label: "نسبة مرضى النقائل الكبدية الذين يمكن استئصال نقائلهم جراحيًا",
          population:
            "مرضى النقائل الكبدية عمومًا، وفق صفحة معلومات للمرضى على منصة للسياحة العلاجية، دون الإشارة إلى دراسة؛ وتختلف النسبة بحسب نوع الورم الأولي.",
        },
      },
    },
    {
      key: "surgical-resection-five-year-with-chemotherapy",
      value: 60,
      upTo: true,
      unit: "PERCENT",
      source: "humanitas-liver-metastases",
      text: {
        en: {
          label: "Patients alive five years after surgery combined with chemotherapy, or cured",
          population:
            "Patients whose liver metastases respond to chemotherapy, treated with surgical removal plus chemotherapy, as stated on a clinic's own patient page. The page gives no study, number of patients or type of primary cancer; “up to” marks a best-case figure, not an average.",
        },
        ru: {
          label: "Доля пациентов, живущих пять лет после операции в сочетании с химиотерапией или излеченных",
          population:
            "Пациенты, чьи метастазы в печени чувствительны к химиотерапии, после хирургического удаления в сочетании с химиотерапией, по данным собственной страницы клиники для пациентов. На странице нет ссылки на исследование, числа пациентов и вида первичной опухоли; «до» означает наилучший результат, а не средний.",
        },
        uk: {
          label: "Частка пацієнтів, які живуть п’ять років після операції в поєднанні з хіміотерапією або вилікувані",
          population:
            "Пацієнти, чиї метастази в печінці чутливі до хіміотерапії, після хірургічного видалення в поєднанні з хіміотерапією, за даними власної сторінки клініки для пацієнтів. На сторінці немає посилання на дослідження, кількості пацієнтів і виду первинної пухлини; «до» означає найкращий результат, а не середній.",
        },
        de: {
          label: "Anteil der Patienten, die fünf Jahre nach Operation plus Chemotherapie leben oder geheilt sind",
          population:
            "Patienten, deren Lebermetastasen auf Chemotherapie ansprechen, nach operativer Entfernung in Kombination mit Chemotherapie, laut der eigenen Patientenseite einer Klinik. Die Seite nennt keine Studie, keine Patientenzahl und keine Art des Primärtumors; „bis zu“ bezeichnet einen günstigsten Wert, keinen Durchschnitt.",
        },
        ar: {
          label: "نسبة المرضى الذين يعيشون خمس سنوات بعد الجراحة مع العلاج الكيميائي أو يُشفَون",
          population:
            "مرضى تستجيب نقائلهم الكبدية للعلاج الكيميائي، عولجوا بالاستئصال الجراحي مع العلاج الكيميائي، وفق صفحة معلومات للمرضى خاصة بإحدى العيادات. ولا تذكر الصفحة دراسة ولا عدد المرضى ولا نوع الورم الأولي؛ وكلمة «حتى» تعني أفضل نتيجة ممكنة لا المتوسط.",
        },
      },
    },
  ],
  text: {
    en: {
      name: "Surgical removal of liver metastases (liver resection)",
      summary:
        "An operation to remove the part of the liver that contains the metastases while leaving enough healthy liver to work. For suitable patients it is one of the few treatments that can give long-term control or even cure, and it is usually combined with chemotherapy.",
      metaDescription:
        "Liver resection for metastases: who may be suitable, how the operation works, preparation, recovery and risks, explained in plain language.",
      howItWorks:
        "The surgeon removes each metastasis together with a rim of healthy tissue around it. Depending on where the deposits lie, this may be a small removal of tissue around a metastasis (non-anatomical resection) or removal of one or more of the liver's segments, or even a whole half of the liver (anatomical resection). The operation is done through an open incision or, when suitable, by keyhole (laparoscopic or robotic) surgery.\n\nThe liver can regrow after part of it is removed, so a large part can be taken away as long as the remaining liver is healthy and keeps its blood supply and bile drainage. Ultrasound during the operation helps the surgeon find all deposits, including small ones, and spare important blood vessels.\n\nIf too little liver would be left, the team may first make the future remaining part grow (for example by blocking the branch of the portal vein to the diseased side) or plan the surgery in two stages. Resection is often combined with ablation of small deposits and with chemotherapy before and/or after the operation.",
      whoItIsFor:
        "Only a minority of people with liver metastases can have them removed when they are first diagnosed. Surgery is usually considered when:\n\n- all metastases can be removed with a margin of healthy tissue, leaving enough healthy liver\n- the primary tumour has been removed or can be controlled\n- there is no cancer outside the liver, or only limited spread that can also be treated\n- your general health allows a major operation\n\nThe most experience is with metastases from colorectal cancer; resection is also used for some neuroendocrine tumours and, after careful discussion, for selected metastases of other cancers. If surgery is not possible now, chemotherapy sometimes shrinks the metastases enough to make it possible later, so it is worth asking for your scans to be reviewed again after treatment.",
      steps:
        "1. Surgeons, oncologists and radiologists review your scans and records, often in a multidisciplinary tumour board.\n2. Tests at the clinic: up-to-date CT or MRI with contrast, sometimes PET-CT, measurement of the volume of liver that would remain, blood tests and an anaesthetic assessment.\n3. Chemotherapy is often given before surgery, followed by new scans to check the response.\n4. The operation is done under general anaesthesia and usually takes several hours; ultrasound is used during the operation to find all deposits.\n5. A pathologist examines the removed tissue to confirm the diagnosis and check that the margins are free of cancer.\n6. You stay in hospital to recover, usually from a few days to about a week, often less after keyhole surgery.\n7. Further chemotherapy is planned if needed, followed by regular check-ups with scans and blood tests.",
      preparation:
        "- Send all recent scans (ideally as DICOM files) with their reports, the histology and a summary of previous treatment, so the team can judge in advance whether surgery is possible.\n- Give the team a full list of your medicines; blood thinners and some other drugs may need to be paused or changed, but only on a doctor's advice.\n- Some cancer drugs must be stopped several weeks before surgery; your oncologist and surgeon plan the timing together.\n- Stop smoking, avoid alcohol, eat well and stay as active as you can – this helps recovery.\n- Plan to stay near the clinic for the hospital stay and the first check-up, and if possible travel with a companion.",
      recovery:
        "In the first days after surgery you are closely monitored, sometimes in intensive care. Pain is controlled with medicines, and you will be encouraged to get out of bed and to start drinking and eating early. The remaining liver begins to regrow within weeks.\n\nMost people need several weeks to get back to their usual strength, and heavy lifting should be avoided for a while. Ask your surgeon when it is safe to fly home. Afterwards, regular scans and blood tests are important, because metastases can come back; if they do, another operation or another local treatment is sometimes possible.",
      risks:
        "Liver resection is major surgery. Your team will discuss your personal risk, which is higher after extensive resections, when the liver is already damaged (including by previous chemotherapy) and when general health is poor. Possible complications include:\n\n- bleeding, sometimes needing a blood transfusion\n- bile leaking from the cut surface of the liver\n- infection of the wound or inside the abdomen, and chest infection\n- blood clots in the legs or lungs\n- liver failure if the remaining liver is too small or not working well enough – uncommon but serious, which is why liver volume and function are checked beforehand\n- return of the cancer in the liver or elsewhere",
    },
    ru: {
      name: "Хирургическое удаление метастазов (резекция печени)",
      summary:
        "Операция, при которой удаляют часть печени с метастазами и оставляют достаточно здоровой ткани для её работы. Это один из немногих методов, которые у подходящих пациентов могут дать длительный контроль над болезнью или даже излечение; обычно операцию сочетают с химиотерапией.",
      metaDescription:
        "Резекция печени при метастазах: кому подходит, как проходит операция, подготовка, восстановление и риски — понятным языком.",
      howItWorks:
        "Хирург удаляет каждый метастаз вместе с ободком здоровой ткани вокруг него. В зависимости от расположения очагов это может быть небольшое иссечение участка вокруг метастаза (неанатомическая резекция) или удаление одного либо нескольких сегментов печени и даже целой её половины (анатомическая резекция). Операцию выполняют открытым доступом или, если это возможно, малоинвазивно — лапароскопически или с помощью робота.\n\nПечень способна восстанавливаться после удаления части ткани, поэтому можно удалить значительную её часть, если оставшаяся печень здорова и сохраняет кровоснабжение и отток желчи. Ультразвуковое исследование во время операции помогает хирургу найти все очаги, в том числе мелкие, и сохранить важные сосуды.\n\nЕсли здоровой печени осталось бы слишком мало, команда может сначала «нарастить» будущую остающуюся часть (например, перекрыв ветвь воротной вены, идущую к поражённой стороне) или разделить операцию на два этапа. Резекцию часто сочетают с абляцией мелких очагов и с химиотерапией до и/или после операции.",
      whoItIsFor:
        "Удалить метастазы сразу после их выявления удаётся лишь у меньшинства пациентов. Операцию обычно рассматривают, если:\n\n- все метастазы можно удалить с краем здоровой ткани и при этом сохранить достаточный объём здоровой печени\n- первичная опухоль удалена или её можно взять под контроль\n- за пределами печени рака нет или есть лишь ограниченное распространение, которое тоже можно лечить\n- общее состояние здоровья позволяет перенести большую операцию\n\nБольше всего опыта накоплено при метастазах колоректального рака; резекцию применяют также при некоторых нейроэндокринных опухолях и, после тщательного обсуждения, при отдельных метастазах других видов рака. Если операция сейчас невозможна, химиотерапия иногда уменьшает метастазы настолько, что её можно выполнить позже, поэтому после лечения стоит попросить повторно оценить снимки.",
      steps:
        "1. Хирурги, онкологи и рентгенологи изучают ваши снимки и документы, часто на мультидисциплинарном онкологическом консилиуме.\n2. Обследование в клинике: актуальная КТ или МРТ с контрастированием, иногда ПЭТ-КТ, расчёт объёма печени, который останется после операции, анализы крови и осмотр анестезиолога.\n3. Перед операцией часто проводят химиотерапию, после которой снимки повторяют, чтобы оценить ответ.\n4. Операцию выполняют под общим наркозом, обычно она длится несколько часов; во время вмешательства используют УЗИ, чтобы найти все очаги.\n5. Патоморфолог исследует удалённую ткань, подтверждает диагноз и проверяет, нет ли опухолевых клеток по краям резекции.\n6. Вы остаётесь в больнице для восстановления — обычно от нескольких дней до недели, после лапароскопической операции нередко меньше.\n7. При необходимости планируют дальнейшую химиотерапию, затем — регулярные контрольные обследования со снимками и анализами крови.",
      preparation:
        "- Пришлите все свежие снимки (лучше в формате DICOM) с заключениями, гистологию и выписку о предыдущем лечении, чтобы команда заранее оценила, возможна ли операция.\n- Дайте врачам полный список лекарств: препараты, разжижающие кровь, и некоторые другие средства, возможно, придётся временно отменить или заменить, но только по назначению врача.\n- Некоторые противоопухолевые препараты нужно прекратить за несколько недель до операции; сроки планируют онколог и хирург вместе.\n- Откажитесь от курения и алкоголя, хорошо питайтесь и сохраняйте посильную физическую активность — это помогает восстановлению.\n- Планируйте оставаться рядом с клиникой на время госпитализации и до первого контрольного осмотра и, если возможно, поезжайте с сопровождающим.",
      recovery:
        "В первые дни после операции за вами внимательно наблюдают, иногда в отделении интенсивной терапии. Боль снимают лекарствами, и вас будут побуждать рано вставать, начинать пить и есть. Оставшаяся печень начинает восстанавливаться в течение нескольких недель.\n\nБольшинству людей нужно несколько недель, чтобы вернуться к привычным силам; поднимать тяжести какое-то время нельзя. Спросите хирурга, когда можно безопасно лететь домой. После этого важны регулярные снимки и анализы крови, потому что метастазы могут вернуться; в таком случае иногда возможны повторная операция или другое локальное лечение.",
      risks:
        "Резекция печени — большая операция. Врачи обсудят с вами ваш личный риск: он выше при обширных резекциях, если печень уже повреждена (в том числе предыдущей химиотерапией), и при плохом общем состоянии. Возможные осложнения:\n\n- кровотечение, иногда с необходимостью переливания крови\n- истечение желчи с поверхности разреза печени\n- инфекция раны или в брюшной полости, пневмония\n- тромбы в венах ног или в лёгких\n- печёночная недостаточность, если оставшейся печени слишком мало или она работает недостаточно хорошо, — редкое, но серьёзное осложнение, поэтому объём и функцию печени проверяют заранее\n- возврат рака в печени или в других органах",
    },
    uk: {
      name: "Хірургічне видалення метастазів (резекція печінки)",
      summary:
        "Операція, під час якої видаляють частину печінки з метастазами й залишають достатньо здорової тканини для її роботи. Це один із небагатьох методів, що в придатних пацієнтів можуть дати тривалий контроль над хворобою або навіть вилікування; зазвичай операцію поєднують із хіміотерапією.",
      metaDescription:
        "Резекція печінки при метастазах: кому підходить, як проходить операція, підготовка, відновлення та ризики — зрозумілою мовою.",
      howItWorks:
        "Хірург видаляє кожен метастаз разом з обідком здорової тканини навколо нього. Залежно від розташування вогнищ це може бути невелике висічення ділянки навколо метастазу (неанатомічна резекція) або видалення одного чи кількох сегментів печінки і навіть цілої її половини (анатомічна резекція). Операцію виконують відкритим доступом або, якщо це можливо, малоінвазивно — лапароскопічно чи за допомогою робота.\n\nПечінка здатна відновлюватися після видалення частини тканини, тому можна видалити значну її частину, якщо печінка, що залишається, здорова й зберігає кровопостачання та відтік жовчі. Ультразвукове дослідження під час операції допомагає хірургові знайти всі вогнища, зокрема дрібні, і зберегти важливі судини.\n\nЯкщо здорової печінки залишилося б замало, команда може спершу «наростити» майбутню частину, що залишиться (наприклад, перекривши гілку ворітної вени, яка йде до ураженого боку), або розділити операцію на два етапи. Резекцію часто поєднують з абляцією дрібних вогнищ і з хіміотерапією до та/або після операції.",
      whoItIsFor:
        "Видалити метастази одразу після їх виявлення вдається лише в меншості пацієнтів. Операцію зазвичай розглядають, якщо:\n\n- усі метастази можна видалити з краєм здорової тканини й водночас зберегти достатній об’єм здорової печінки\n- первинну пухлину видалено або її можна взяти під контроль\n- за межами печінки раку немає або є лише обмежене поширення, яке теж можна лікувати\n- загальний стан здоров’я дозволяє перенести велику операцію\n\nНайбільше досвіду накопичено щодо метастазів колоректального раку; резекцію застосовують також при деяких нейроендокринних пухлинах і, після ретельного обговорення, при окремих метастазах інших видів раку. Якщо операція зараз неможлива, хіміотерапія іноді зменшує метастази настільки, що її можна виконати пізніше, тому після лікування варто попросити повторно оцінити знімки.",
      steps:
        "1. Хірурги, онкологи й рентгенологи вивчають ваші знімки та документи, часто на мультидисциплінарному онкологічному консиліумі.\n2. Обстеження в клініці: актуальна КТ або МРТ з контрастуванням, іноді ПЕТ-КТ, розрахунок об’єму печінки, що залишиться після операції, аналізи крові та огляд анестезіолога.\n3. Перед операцією часто проводять хіміотерапію, після якої знімки повторюють, щоб оцінити відповідь.\n4. Операцію виконують під загальним знеболенням, зазвичай вона триває кілька годин; під час втручання використовують УЗД, щоб знайти всі вогнища.\n5. Патоморфолог досліджує видалену тканину, підтверджує діагноз і перевіряє, чи немає пухлинних клітин по краях резекції.\n6. Ви залишаєтеся в лікарні для відновлення — зазвичай від кількох днів до тижня, після лапароскопічної операції нерідко менше.\n7. За потреби планують подальшу хіміотерапію, а потім — регулярні контрольні обстеження зі знімками та аналізами крові.",
      preparation:
        "- Надішліть усі нещодавні знімки (краще у форматі DICOM) з висновками, гістологію та виписку про попереднє лікування, щоб команда заздалегідь оцінила, чи можлива операція.\n- Дайте лікарям повний перелік ліків: препарати, що розріджують кров, та деякі інші засоби, можливо, доведеться тимчасово скасувати або замінити, але лише за призначенням лікаря.\n- Деякі протипухлинні препарати треба припинити за кілька тижнів до операції; терміни планують онколог і хірург разом.\n- Відмовтеся від куріння та алкоголю, добре харчуйтеся й зберігайте посильну фізичну активність — це допомагає відновленню.\n- Плануйте залишатися поблизу клініки на час госпіталізації та до першого контрольного огляду й, за можливості, їдьте із супровідником.",
      recovery:
        "У перші дні після операції за вами уважно спостерігають, іноді у відділенні інтенсивної терапії. Біль знімають ліками, і вас заохочуватимуть рано вставати, починати пити та їсти. Печінка, що залишилася, починає відновлюватися протягом кількох тижнів.\n\nБільшості людей потрібно кілька тижнів, щоб повернутися до звичних сил; піднімати важке певний час не можна. Запитайте хірурга, коли можна безпечно летіти додому. Після цього важливі регулярні знімки та аналізи крові, бо метастази можуть повернутися; у такому разі іноді можливі повторна операція або інше локальне лікування.",
      risks:
        "Резекція печінки — велика операція. Лікарі обговорять із вами ваш особистий ризик: він вищий при великих резекціях, якщо печінку вже пошкоджено (зокрема попередньою хіміотерапією), і при поганому загальному стані. Можливі ускладнення:\n\n- кровотеча, іноді з потребою переливання крові\n- витікання жовчі з поверхні розрізу печінки\n- інфекція рани або в черевній порожнині, пневмонія\n- тромби у венах ніг або в легенях\n- печінкова недостатність, якщо печінки залишилося замало або вона працює недостатньо добре, — рідкісне, але серйозне ускладнення, тому об’єм і функцію печінки перевіряють заздалегідь\n- повернення раку в печінці або в інших органах",
    },
    de: {
      name: "Operative Entfernung von Lebermetastasen (Leberresektion)",
      summary:
        "Eine Operation, bei der der Teil der Leber mit den Metastasen entfernt wird und genug gesunde Leber zurückbleibt. Bei geeigneten Patienten ist sie eine der wenigen Behandlungen, die eine langfristige Kontrolle oder sogar Heilung ermöglichen können; meist wird sie mit Chemotherapie kombiniert.",
      metaDescription:
        "Leberresektion bei Metastasen: für wen sie infrage kommt, wie die Operation abläuft, Vorbereitung, Erholung und Risiken – verständlich erklärt.",
      howItWorks:
        "Der Chirurg entfernt jede Metastase zusammen mit einem Saum gesunden Gewebes. Je nach Lage der Herde ist das eine kleine Entfernung von Gewebe rund um die Metastase (atypische Resektion) oder die Entfernung eines oder mehrerer Lebersegmente bis hin zu einer ganzen Leberhälfte (anatomische Resektion). Operiert wird offen oder, wenn möglich, minimalinvasiv – laparoskopisch oder robotergestützt.\n\nDie Leber kann nach einer Teilentfernung nachwachsen. Deshalb lässt sich ein großer Teil entfernen, solange die verbleibende Leber gesund ist und ihre Blutversorgung und ihren Gallenabfluss behält. Ultraschall während der Operation hilft, alle Herde – auch kleine – zu finden und wichtige Gefäße zu schonen.\n\nWürde zu wenig Leber übrig bleiben, kann das Team den künftig verbleibenden Teil zunächst wachsen lassen (etwa indem der Pfortaderast zur erkrankten Seite verschlossen wird) oder in zwei Schritten operieren. Häufig wird die Resektion mit der Ablation kleiner Herde und mit Chemotherapie vor und/oder nach der Operation kombiniert.",
      whoItIsFor:
        "Nur bei einer Minderheit der Betroffenen lassen sich die Metastasen schon bei der Diagnose entfernen. Eine Operation kommt meist infrage, wenn:\n\n- alle Metastasen mit einem Saum gesunden Gewebes entfernt werden können und genug gesunde Leber bleibt\n- der Primärtumor entfernt wurde oder kontrolliert werden kann\n- kein Krebs außerhalb der Leber besteht oder nur eine begrenzte Ausbreitung, die ebenfalls behandelbar ist\n- der allgemeine Gesundheitszustand eine große Operation erlaubt\n\nDie meiste Erfahrung gibt es bei Metastasen von Darmkrebs; eingesetzt wird die Resektion auch bei manchen neuroendokrinen Tumoren und nach sorgfältiger Abwägung bei ausgewählten Metastasen anderer Krebsarten. Ist eine Operation derzeit nicht möglich, kann eine Chemotherapie die Metastasen manchmal so verkleinern, dass sie später möglich wird. Es lohnt sich daher, die Bilder nach der Behandlung erneut beurteilen zu lassen.",
      steps:
        "1. Chirurgen, Onkologen und Radiologen prüfen Ihre Bilder und Unterlagen, oft in einer interdisziplinären Tumorkonferenz.\n2. Untersuchungen in der Klinik: aktuelle CT oder MRT mit Kontrastmittel, manchmal PET-CT, Berechnung des Volumens der verbleibenden Leber, Blutuntersuchungen und ein Narkosegespräch.\n3. Häufig wird vor der Operation eine Chemotherapie gegeben; neue Bilder zeigen danach das Ansprechen.\n4. Die Operation erfolgt in Vollnarkose und dauert meist mehrere Stunden; Ultraschall während des Eingriffs hilft, alle Herde zu finden.\n5. Ein Pathologe untersucht das entfernte Gewebe, sichert die Diagnose und prüft, ob die Schnittränder frei von Krebs sind.\n6. Zur Erholung bleiben Sie im Krankenhaus – meist einige Tage bis etwa eine Woche, nach minimalinvasiven Eingriffen oft kürzer.\n7. Bei Bedarf folgt eine weitere Chemotherapie, danach regelmäßige Nachsorge mit Bildgebung und Blutuntersuchungen.",
      preparation:
        "- Schicken Sie alle aktuellen Bilder (möglichst als DICOM-Dateien) mit Befunden, die Histologie und eine Übersicht über bisherige Behandlungen, damit das Team vorab einschätzen kann, ob eine Operation möglich ist.\n- Geben Sie eine vollständige Liste Ihrer Medikamente an; Blutverdünner und einige andere Mittel müssen eventuell pausiert oder umgestellt werden – aber nur auf ärztlichen Rat.\n- Manche Krebsmedikamente müssen einige Wochen vor der Operation abgesetzt werden; den Zeitpunkt planen Onkologe und Chirurg gemeinsam.\n- Hören Sie mit dem Rauchen auf, meiden Sie Alkohol, ernähren Sie sich gut und bleiben Sie so aktiv wie möglich – das fördert die Erholung.\n- Planen Sie, für den Klinikaufenthalt und die erste Nachkontrolle in der Nähe der Klinik zu bleiben, und reisen Sie wenn möglich mit einer Begleitperson.",
      recovery:
        "In den ersten Tagen nach der Operation werden Sie engmaschig überwacht, manchmal auf der Intensivstation. Schmerzen werden mit Medikamenten behandelt, und Sie werden ermutigt, früh aufzustehen und wieder zu trinken und zu essen. Die verbleibende Leber beginnt innerhalb weniger Wochen nachzuwachsen.\n\nDie meisten Menschen brauchen mehrere Wochen, bis sie wieder bei Kräften sind; schweres Heben sollte eine Zeit lang vermieden werden. Fragen Sie Ihren Chirurgen, wann Sie sicher nach Hause fliegen können. Danach sind regelmäßige Bildgebung und Blutuntersuchungen wichtig, weil Metastasen zurückkehren können; dann ist manchmal eine erneute Operation oder eine andere lokale Behandlung möglich.",
      risks:
        "Eine Leberresektion ist eine große Operation. Ihr Team bespricht mit Ihnen Ihr persönliches Risiko; es ist höher bei ausgedehnten Resektionen, bei vorgeschädigter Leber (auch durch frühere Chemotherapie) und bei schlechtem Allgemeinzustand. Mögliche Komplikationen sind:\n\n- Blutungen, manchmal mit der Notwendigkeit einer Bluttransfusion\n- Austritt von Galle an der Schnittfläche der Leber\n- Infektionen der Wunde oder im Bauchraum sowie Lungenentzündung\n- Blutgerinnsel in den Beinvenen oder in der Lunge\n- Leberversagen, wenn die verbleibende Leber zu klein ist oder nicht gut genug arbeitet – selten, aber ernst; deshalb werden Volumen und Funktion der Leber vorher geprüft\n- Wiederauftreten des Krebses in der Leber oder an anderer Stelle",
    },
    ar: {
      name: "الاستئصال الجراحي للنقائل الكبدية (استئصال جزء من الكبد)",
      summary:
        "عملية جراحية يُزال فيها الجزء من الكبد الذي يحتوي على النقائل، مع ترك ما يكفي من الكبد السليم ليؤدي وظيفته. وهي لدى المرضى المناسبين من العلاجات القليلة التي قد تتيح السيطرة على المرض لفترة طويلة أو حتى الشفاء، وتُجمع عادةً مع العلاج الكيميائي.",
      metaDescription:
        "استئصال النقائل الكبدية جراحيًا: لمن يناسب، وكيف تُجرى العملية، والتحضير لها، والتعافي، والمخاطر، بلغة واضحة.",
      howItWorks:
        "يزيل الجراح كل نقيلة مع حافة من النسيج السليم المحيط بها. وبحسب موقع البؤر، قد يكون ذلك استئصالًا صغيرًا للنسيج حول النقيلة (استئصال غير تشريحي)، أو إزالة قطعة أو أكثر من قطع الكبد، بل نصف الكبد كاملًا أحيانًا (استئصال تشريحي). وتُجرى العملية عبر شق جراحي مفتوح، أو بالجراحة طفيفة التوغل (بالمنظار أو بمساعدة الروبوت) عندما يكون ذلك مناسبًا.\n\nيستطيع الكبد أن يتجدد بعد إزالة جزء منه، ولذلك يمكن استئصال جزء كبير منه ما دام الجزء المتبقي سليمًا ومحتفظًا بتروية دموية وتصريف صفراوي جيدين. ويساعد التصوير بالموجات فوق الصوتية أثناء العملية الجراحَ على العثور على جميع البؤر، ومنها الصغيرة، وعلى الحفاظ على الأوعية الدموية المهمة.\n\nإذا كان الجزء المتبقي من الكبد سيكون صغيرًا جدًا، فقد يعمل الفريق أولًا على تنمية هذا الجزء (مثلًا بسدّ فرع الوريد البابي المتجه إلى الجانب المصاب)، أو يخطط لإجراء الجراحة على مرحلتين. وكثيرًا ما يُجمع الاستئصال مع الاجتثاث الموضعي للبؤر الصغيرة ومع العلاج الكيميائي قبل العملية و/أو بعدها.",
      whoItIsFor:
        "لا يمكن استئصال النقائل عند تشخيصها أول مرة إلا لدى أقلية من المرضى. وتُدرس الجراحة عادةً عندما:\n\n- يمكن استئصال جميع النقائل مع حافة من النسيج السليم، مع بقاء قدر كافٍ من الكبد السليم\n- يكون الورم الأولي قد استُؤصل أو يمكن السيطرة عليه\n- لا يوجد سرطان خارج الكبد، أو يوجد انتشار محدود يمكن علاجه أيضًا\n- تسمح الحالة الصحية العامة بإجراء عملية كبيرة\n\nأكبر خبرة متوفرة هي في نقائل سرطان القولون والمستقيم، ويُستخدم الاستئصال أيضًا في بعض الأورام العصبية الصماوية، وبعد نقاش دقيق في حالات مختارة من نقائل سرطانات أخرى. وإذا لم تكن الجراحة ممكنة الآن، فقد يقلّص العلاج الكيميائي النقائل أحيانًا بما يكفي لتصبح ممكنة لاحقًا، لذا يُستحسن طلب إعادة تقييم الصور بعد العلاج.",
      steps:
        "1. يراجع الجراحون وأطباء الأورام وأخصائيو الأشعة صورك ووثائقك، وغالبًا في لجنة أورام متعددة التخصصات.\n2. فحوص في المركز: تصوير مقطعي محوسب أو رنين مغناطيسي حديث بالصبغة، وأحيانًا PET-CT، وحساب حجم الكبد الذي سيبقى بعد العملية، وتحاليل دم، وتقييم من طبيب التخدير.\n3. كثيرًا ما يُعطى علاج كيميائي قبل الجراحة، ثم تُعاد الصور لتقييم الاستجابة.\n4. تُجرى العملية تحت التخدير العام وتستغرق عادةً عدة ساعات، ويُستخدم التصوير بالموجات فوق الصوتية أثناءها للعثور على جميع البؤر.\n5. يفحص أخصائي علم الأمراض النسيج المستأصل ليؤكد التشخيص ويتحقق من خلو حواف الاستئصال من السرطان.\n6. تبقى في المستشفى للتعافي، عادةً من بضعة أيام إلى نحو أسبوع، وغالبًا مدة أقصر بعد الجراحة بالمنظار.\n7. يُخطَّط لعلاج كيميائي إضافي عند الحاجة، ثم لمتابعة منتظمة بالتصوير وتحاليل الدم.",
      preparation:
        "- أرسل جميع الصور الحديثة (ويُفضَّل بصيغة DICOM) مع تقاريرها، ونتائج الفحص النسيجي، وملخصًا للعلاج السابق، ليتمكن الفريق من تقدير إمكانية الجراحة مسبقًا.\n- قدّم للفريق قائمة كاملة بأدويتك؛ فقد يلزم إيقاف مميّعات الدم وبعض الأدوية الأخرى مؤقتًا أو استبدالها، ولكن بناءً على نصيحة الطبيب فقط.\n- يجب إيقاف بعض أدوية السرطان قبل الجراحة بعدة أسابيع، ويحدد طبيب الأورام والجراح التوقيت معًا.\n- أقلع عن التدخين، وتجنب الكحول، واحرص على تغذية جيدة، وحافظ على نشاطك قدر الإمكان، فهذا يساعد على التعافي.\n- خطط للبقاء قرب المركز طوال فترة الإقامة في المستشفى وحتى أول زيارة متابعة، واصطحب مرافقًا إن أمكن.",
      recovery:
        "في الأيام الأولى بعد العملية تخضع لمراقبة دقيقة، وأحيانًا في وحدة العناية المركزة. ويُسيطر على الألم بالأدوية، وستُشجَّع على مغادرة السرير مبكرًا والبدء بالشرب والأكل. ويبدأ الجزء المتبقي من الكبد بالتجدد خلال أسابيع.\n\nيحتاج معظم الناس إلى عدة أسابيع لاستعادة قوتهم المعتادة، ويجب تجنب حمل الأشياء الثقيلة لفترة. اسأل جراحك عن الوقت الآمن للسفر جوًا إلى بلدك. وبعد ذلك تكون المتابعة المنتظمة بالتصوير وتحاليل الدم مهمة، لأن النقائل قد تعود، وعندها تكون جراحة أخرى أو علاج موضعي آخر ممكنًا أحيانًا.",
      risks:
        "استئصال جزء من الكبد عملية كبيرة. وسيناقش معك فريقك الطبي مستوى الخطر في حالتك، وهو أعلى في الاستئصالات الواسعة، وعندما يكون الكبد متضررًا مسبقًا (بما في ذلك بسبب العلاج الكيميائي السابق)، وعندما تكون الحالة الصحية العامة ضعيفة. ومن المضاعفات المحتملة:\n\n- النزيف، وقد يستلزم أحيانًا نقل دم\n- تسرب العصارة الصفراوية من سطح القطع في الكبد\n- عدوى في الجرح أو داخل البطن، والتهاب رئوي\n- جلطات دموية في أوردة الساقين أو في الرئتين\n- الفشل الكبدي إذا كان الجزء المتبقي من الكبد صغيرًا جدًا أو لا يعمل جيدًا بما يكفي، وهو غير شائع لكنه خطير، ولهذا يُفحص حجم الكبد ووظيفته مسبقًا\n- عودة السرطان في الكبد أو في مكان آخر",
    },
  },
};
