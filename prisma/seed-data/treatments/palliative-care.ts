import type { TreatmentSeed } from "../types";

// Palliative care. Seed 004 (MARUS) names drainage of ascites, pain relief and liver function support with the goal
// of preserving quality of life; seed 003 (MedTour) gives general diet advice, used here in general terms only (its
// "low-calorie" advice is not carried over, because weight loss is common in advanced disease). The seeds give no
// outcome figures, so none are listed.
export const palliativeCare: TreatmentSeed = {
  slug: "palliative-care",
  reviewedOn: "2026-11-20",
  reviewedBy: "ines-halvorsen",
  records: [
    { key: "current-medications", required: true },
    { key: "blood-tests", required: true },
    { key: "discharge-summaries", required: true },
    { key: "treatment-history", required: true },
    { key: "recent-ct-mri", required: false },
    { key: "biopsy-histology", required: false },
    { key: "tumor-markers", required: false },
    { key: "pet-ct", required: false },
    { key: "molecular-profile", required: false },
  ],
  figures: [],
  text: {
    en: {
      name: "Palliative care",
      summary:
        "Palliative care relieves symptoms such as pain, fluid in the abdomen and jaundice, and supports patients and their families. It can run alongside active cancer treatment and is not only for the end of life.",
      metaDescription:
        "Palliative care for liver metastases: pain relief, ascites drainage, liver support, nutrition and emotional support, alongside or after active treatment.",
      howItWorks: `Palliative care is medical care that focuses on how you feel and on your quality of life. A team of doctors, nurses, psychologists, dietitians and social workers works together with your oncologist. For liver metastases it may include:

- pain relief with medicines adjusted step by step, including strong painkillers when needed;
- draining fluid that has collected in the abdomen (ascites) through a thin needle;
- relieving jaundice and itching, for example with a small tube (stent) that reopens a blocked bile duct;
- medicines that support liver function and ease nausea, constipation or loss of appetite;
- advice on nutrition, and emotional and practical support for you and your family.`,
      whoItIsFor: `Palliative care is for anyone whose liver metastases cause symptoms or distress, at any stage of the illness. It can begin at diagnosis, run alongside chemotherapy or other treatment, and continue when radical treatment is no longer possible or when you decide to stop it.

Asking for palliative care does not mean giving up. Good control of symptoms often makes other treatment easier to cope with.`,
      steps: `1. A doctor or nurse asks about your symptoms, worries and what matters most to you and your family.
2. An examination, blood tests and, if needed, an ultrasound or scan look for the causes of symptoms, such as fluid in the abdomen or a blocked bile duct.
3. A plan is agreed with you and your oncologist.
4. Treatments are started, for example new pain medicines or drainage of ascites under ultrasound guidance and local anaesthetic.
5. The team reviews how you feel regularly and arranges care that can continue close to home.`,
      preparation: `- A list of all your medicines, including painkillers with their doses and what has or has not helped.
- Recent blood tests (blood count, liver and kidney function, clotting), recent scans and discharge summaries.
- Notes on your symptoms: when pain occurs, how strong it is on a scale from 0 to 10, what eases it, and changes in weight, waist size or skin colour.
- Your questions and what matters most to you; bring a relative or friend if you wish.`,
      recovery: `After ascites drainage most people feel relief quickly and can go home the same or next day. The fluid often comes back; drainage can be repeated, and sometimes a thin permanent drain is placed so that fluid can be removed at home.

As for diet, small frequent meals of boiled, stewed or baked food with lean meat, fish, vegetables and enough protein are usually easier on the digestion, while fried and very fatty food and alcohol are best avoided. When appetite is poor or weight is falling, a dietitian adapts the advice, because eating enough matters more than strict rules. Ask for a written care plan to hand to your doctors at home.`,
      risks: `Palliative treatments aim to burden you as little as possible, but some have side effects:

- after ascites drainage: dizziness or low blood pressure when a lot of fluid is removed, leakage from the puncture site and, rarely, bleeding, infection or injury to the bowel;
- with strong painkillers: constipation, which should be prevented from the start, drowsiness and nausea, mostly in the first days;
- when the liver works poorly, medicines break down more slowly, so doses must be adjusted and new confusion or sleepiness should be reported;
- bile duct stents can block or become infected, causing fever and a return of jaundice.`,
    },
    ru: {
      name: "Паллиативная помощь",
      summary:
        "Паллиативная помощь облегчает такие симптомы, как боль, скопление жидкости в животе и желтуха, и поддерживает пациентов и их близких. Её можно получать одновременно с противоопухолевым лечением, и она нужна не только в конце жизни.",
      metaDescription:
        "Паллиативная помощь при метастазах в печени: обезболивание, удаление асцита, поддержка печени, питание и психологическая поддержка во время и после лечения.",
      howItWorks: `Паллиативная помощь — это медицинская помощь, направленная на ваше самочувствие и качество жизни. Команда из врачей, медсестёр, психологов, диетологов и социальных работников действует вместе с вашим онкологом. При метастазах в печени она может включать:

- обезболивание препаратами, дозы которых подбирают поэтапно, при необходимости включая сильные обезболивающие;
- удаление жидкости, скопившейся в брюшной полости (асцита), через тонкую иглу;
- облегчение желтухи и кожного зуда, например с помощью небольшой трубки (стента), восстанавливающей проходимость закупоренного желчного протока;
- препараты, поддерживающие функцию печени и уменьшающие тошноту, запоры или потерю аппетита;
- советы по питанию, психологическую и практическую поддержку для вас и ваших близких.`,
      whoItIsFor: `Паллиативная помощь нужна всем, у кого метастазы в печени вызывают симптомы или тяжёлые переживания, на любой стадии болезни. Её можно начать сразу после постановки диагноза, получать одновременно с химиотерапией или другим лечением и продолжать, когда радикальное лечение уже невозможно или вы решили от него отказаться.

Обратиться за паллиативной помощью не значит сдаться. Хороший контроль симптомов часто помогает легче переносить остальное лечение.`,
      steps: `1. Врач или медсестра расспрашивает о ваших симптомах, тревогах и о том, что важнее всего для вас и вашей семьи.
2. Осмотр, анализы крови и при необходимости УЗИ или другое исследование помогают найти причину симптомов, например жидкость в животе или закупорку желчного протока.
3. План помощи согласовывают с вами и вашим онкологом.
4. Начинают лечение, например новые обезболивающие препараты или удаление асцитической жидкости под контролем УЗИ и местной анестезией.
5. Команда регулярно оценивает ваше самочувствие и организует помощь, которую можно продолжать недалеко от дома.`,
      preparation: `- Список всех лекарств, включая обезболивающие, с дозами и отметкой о том, что помогало, а что нет.
- Свежие анализы крови (общий анализ, функция печени и почек, свёртываемость), последние снимки и выписки.
- Записи о симптомах: когда возникает боль, насколько она сильная по шкале от 0 до 10, что её облегчает, а также изменения веса, объёма живота или цвета кожи.
- Ваши вопросы и то, что для вас важнее всего; при желании возьмите с собой близкого человека.`,
      recovery: `После удаления асцитической жидкости большинство пациентов быстро чувствуют облегчение и могут уйти домой в тот же или на следующий день. Жидкость часто накапливается снова; процедуру можно повторять, а иногда устанавливают тонкий постоянный дренаж, чтобы выпускать жидкость дома.

Что касается питания, то пищеварению обычно легче справляться с частыми небольшими порциями отварной, тушёной или запечённой еды — нежирного мяса, рыбы, овощей с достаточным количеством белка; жареной и очень жирной пищи и алкоголя лучше избегать. Если аппетит плохой или вес снижается, диетолог подстраивает рекомендации: есть достаточно важнее, чем соблюдать строгие правила. Попросите письменный план помощи, чтобы передать его врачам дома.`,
      risks: `Паллиативное лечение стараются сделать как можно менее обременительным, но у некоторых мер есть побочные эффекты:

- после удаления асцитической жидкости — головокружение или падение давления при удалении большого объёма, подтекание жидкости из места прокола и редко кровотечение, инфекция или повреждение кишки;
- при приёме сильных обезболивающих — запоры, которые нужно предупреждать с самого начала, сонливость и тошнота, в основном в первые дни;
- при сниженной функции печени лекарства выводятся медленнее, поэтому дозы корректируют, а о новой спутанности сознания или сонливости нужно сообщать врачу;
- стенты желчных протоков могут закупориваться или инфицироваться, что вызывает лихорадку и возвращение желтухи.`,
    },
    uk: {
      name: "Паліативна допомога",
      summary:
        "Паліативна допомога полегшує такі симптоми, як біль, скупчення рідини в животі та жовтяниця, і підтримує пацієнтів та їхніх близьких. Її можна отримувати одночасно з протипухлинним лікуванням, і вона потрібна не лише наприкінці життя.",
      metaDescription:
        "Паліативна допомога при метастазах у печінці: знеболення, видалення асциту, підтримка печінки, харчування та психологічна підтримка під час і після лікування.",
      howItWorks: `Паліативна допомога — це медична допомога, спрямована на ваше самопочуття та якість життя. Команда з лікарів, медсестер, психологів, дієтологів і соціальних працівників діє разом із вашим онкологом. За метастазів у печінці вона може охоплювати:

- знеболення препаратами, дози яких добирають поетапно, за потреби зокрема сильними знеболювальними;
- видалення рідини, що скупчилася в черевній порожнині (асциту), через тонку голку;
- полегшення жовтяниці та свербежу шкіри, наприклад за допомогою невеликої трубки (стента), що відновлює прохідність закупореної жовчної протоки;
- препарати, що підтримують функцію печінки й зменшують нудоту, закрепи чи втрату апетиту;
- поради щодо харчування, психологічну та практичну підтримку для вас і ваших близьких.`,
      whoItIsFor: `Паліативна допомога потрібна всім, у кого метастази в печінці спричиняють симптоми чи тяжкі переживання, на будь-якій стадії хвороби. Її можна почати одразу після встановлення діагнозу, отримувати одночасно з хіміотерапією чи іншим лікуванням і продовжувати, коли радикальне лікування вже неможливе або ви вирішили від нього відмовитися.

Звернутися по паліативну допомогу не означає здатися. Добрий контроль симптомів часто допомагає легше переносити решту лікування.`,
      steps: `1. Лікар або медсестра розпитує про ваші симптоми, тривоги й про те, що найважливіше для вас і вашої родини.
2. Огляд, аналізи крові та за потреби УЗД чи інше дослідження допомагають знайти причину симптомів, наприклад рідину в животі чи закупорку жовчної протоки.
3. План допомоги погоджують із вами та вашим онкологом.
4. Починають лікування, наприклад нові знеболювальні препарати або видалення асцитичної рідини під контролем УЗД і місцевою анестезією.
5. Команда регулярно оцінює ваше самопочуття й організовує допомогу, яку можна продовжувати неподалік від дому.`,
      preparation: `- Перелік усіх ліків, зокрема знеболювальних, із дозами та позначкою, що допомагало, а що ні.
- Нещодавні аналізи крові (загальний аналіз, функція печінки й нирок, згортання), останні знімки та виписки.
- Записи про симптоми: коли виникає біль, наскільки він сильний за шкалою від 0 до 10, що його полегшує, а також зміни ваги, об’єму живота чи кольору шкіри.
- Ваші запитання та те, що для вас найважливіше; за бажання візьміть із собою близьку людину.`,
      recovery: `Після видалення асцитичної рідини більшість пацієнтів швидко відчуває полегшення й може піти додому того ж або наступного дня. Рідина часто накопичується знову; процедуру можна повторювати, а іноді встановлюють тонкий постійний дренаж, щоб випускати рідину вдома.

Щодо харчування, травленню зазвичай легше з частими невеликими порціями вареної, тушкованої чи запеченої їжі — нежирного м’яса, риби, овочів із достатньою кількістю білка; смаженої та дуже жирної їжі й алкоголю краще уникати. Якщо апетит поганий або вага знижується, дієтолог коригує рекомендації: їсти достатньо важливіше, ніж дотримуватися суворих правил. Попросіть письмовий план допомоги, щоб передати його лікарям удома.`,
      risks: `Паліативне лікування намагаються зробити якомога менш обтяжливим, але деякі заходи мають побічні ефекти:

- після видалення асцитичної рідини — запаморочення чи зниження тиску, якщо видаляють великий об’єм, підтікання рідини з місця проколу й рідко кровотеча, інфекція або пошкодження кишки;
- під час приймання сильних знеболювальних — закрепи, яким треба запобігати від самого початку, сонливість і нудота, переважно в перші дні;
- за зниженої функції печінки ліки виводяться повільніше, тому дози коригують, а про нову сплутаність свідомості чи сонливість треба повідомляти лікареві;
- стенти жовчних проток можуть закупорюватися чи інфікуватися, що спричиняє гарячку й повернення жовтяниці.`,
    },
    de: {
      name: "Palliativversorgung",
      summary:
        "Die Palliativversorgung lindert Beschwerden wie Schmerzen, Flüssigkeit im Bauch und Gelbsucht und unterstützt Patienten und Angehörige. Sie kann parallel zu einer aktiven Krebsbehandlung laufen und ist nicht nur für das Lebensende gedacht.",
      metaDescription:
        "Palliativversorgung bei Lebermetastasen: Schmerzlinderung, Aszitespunktion, Leberunterstützung, Ernährung und seelische Begleitung, auch neben der Therapie.",
      howItWorks: `Palliativversorgung ist medizinische Betreuung, die Ihr Befinden und Ihre Lebensqualität in den Mittelpunkt stellt. Ein Team aus Ärzten, Pflegekräften, Psychologen, Ernährungsfachleuten und Sozialarbeitern arbeitet mit Ihrem Onkologen zusammen. Bei Lebermetastasen kann sie umfassen:

- Schmerzlinderung mit schrittweise angepassten Medikamenten, bei Bedarf auch starken Schmerzmitteln;
- das Ablassen von Flüssigkeit, die sich im Bauchraum angesammelt hat (Aszites), über eine dünne Nadel;
- Linderung von Gelbsucht und Juckreiz, etwa durch ein kleines Röhrchen (Stent), das einen verschlossenen Gallengang wieder öffnet;
- Medikamente, die die Leberfunktion unterstützen und Übelkeit, Verstopfung oder Appetitlosigkeit lindern;
- Ernährungsberatung sowie seelische und praktische Unterstützung für Sie und Ihre Familie.`,
      whoItIsFor: `Palliativversorgung ist für alle da, denen Lebermetastasen Beschwerden oder seelische Belastung bereiten, in jedem Stadium der Erkrankung. Sie kann mit der Diagnose beginnen, parallel zu Chemotherapie oder anderen Behandlungen laufen und weitergehen, wenn eine heilende Behandlung nicht mehr möglich ist oder Sie sich gegen sie entscheiden.

Palliativversorgung in Anspruch zu nehmen heißt nicht aufzugeben. Gut kontrollierte Beschwerden machen andere Behandlungen oft leichter erträglich.`,
      steps: `1. Ein Arzt oder eine Pflegekraft fragt nach Ihren Beschwerden, Sorgen und danach, was Ihnen und Ihrer Familie am wichtigsten ist.
2. Untersuchung, Blutwerte und bei Bedarf ein Ultraschall oder eine andere Aufnahme klären die Ursachen der Beschwerden, etwa Flüssigkeit im Bauch oder einen verschlossenen Gallengang.
3. Ein Plan wird mit Ihnen und Ihrem Onkologen abgestimmt.
4. Die Behandlung beginnt, zum Beispiel mit neuen Schmerzmitteln oder einer Aszitespunktion unter Ultraschallkontrolle und örtlicher Betäubung.
5. Das Team überprüft regelmäßig Ihr Befinden und organisiert eine Betreuung, die wohnortnah weiterlaufen kann.`,
      preparation: `- Eine Liste aller Medikamente, auch der Schmerzmittel mit Dosierung, und was geholfen hat und was nicht.
- Aktuelle Blutwerte (Blutbild, Leber- und Nierenwerte, Gerinnung), neuere Aufnahmen und Entlassungsberichte.
- Notizen zu Ihren Beschwerden: wann Schmerzen auftreten, wie stark sie auf einer Skala von 0 bis 10 sind, was sie lindert, sowie Veränderungen von Gewicht, Bauchumfang oder Hautfarbe.
- Ihre Fragen und was Ihnen am wichtigsten ist; nehmen Sie gern einen Angehörigen oder Freund mit.`,
      recovery: `Nach einer Aszitespunktion spüren die meisten rasch Erleichterung und können am selben oder nächsten Tag nach Hause. Die Flüssigkeit sammelt sich oft erneut an; die Punktion kann wiederholt werden, und manchmal wird ein dünner dauerhafter Katheter gelegt, über den die Flüssigkeit zu Hause abgelassen werden kann.

Bei der Ernährung sind kleine, häufige Mahlzeiten aus gekochten, gedünsteten oder gebackenen Speisen mit magerem Fleisch, Fisch, Gemüse und ausreichend Eiweiß meist bekömmlicher; Gebratenes, sehr Fettes und Alkohol meidet man besser. Bei schlechtem Appetit oder Gewichtsverlust passt eine Ernährungsfachkraft die Empfehlungen an, denn genug zu essen ist wichtiger als strenge Regeln. Bitten Sie um einen schriftlichen Behandlungsplan für Ihre Ärzte zu Hause.`,
      risks: `Palliative Maßnahmen sollen Sie so wenig wie möglich belasten, doch manche haben Nebenwirkungen:

- nach einer Aszitespunktion Schwindel oder niedriger Blutdruck, wenn viel Flüssigkeit entfernt wird, Nachlaufen von Flüssigkeit an der Einstichstelle und selten Blutung, Infektion oder eine Verletzung des Darms;
- bei starken Schmerzmitteln Verstopfung, der von Anfang an vorgebeugt werden sollte, sowie Schläfrigkeit und Übelkeit, vor allem in den ersten Tagen;
- bei eingeschränkter Leberfunktion werden Medikamente langsamer abgebaut; die Dosen müssen angepasst und neue Verwirrtheit oder Schläfrigkeit gemeldet werden;
- Gallengangsstents können verstopfen oder sich infizieren und dann Fieber und erneute Gelbsucht verursachen.`,
    },
    ar: {
      name: "الرعاية التلطيفية",
      summary:
        "تخفف الرعاية التلطيفية أعراضًا مثل الألم وتجمع السوائل في البطن واليرقان، وتدعم المرضى وعائلاتهم. ويمكن تقديمها إلى جانب العلاج النشط للسرطان، وهي ليست مقتصرة على نهاية الحياة.",
      metaDescription:
        "الرعاية التلطيفية لنقائل الكبد: تخفيف الألم، وبزل الاستسقاء، ودعم وظائف الكبد، والتغذية، والدعم النفسي، أثناء العلاج النشط أو بعده.",
      howItWorks: `الرعاية التلطيفية رعاية طبية تركز على شعورك وجودة حياتك. ويعمل فيها فريق من الأطباء والممرضين والأخصائيين النفسيين وأخصائيي التغذية والأخصائيين الاجتماعيين بالتعاون مع طبيب الأورام المعالج. وفي نقائل الكبد قد تشمل:

- تسكين الألم بأدوية تُعدَّل جرعاتها تدريجيًا، بما فيها المسكنات القوية عند الحاجة؛
- سحب السائل المتجمع في البطن (الاستسقاء) عبر إبرة رفيعة؛
- تخفيف اليرقان والحكة، مثلًا بأنبوب صغير (دعامة) يعيد فتح قناة صفراوية مسدودة؛
- أدوية تدعم وظائف الكبد وتخفف الغثيان أو الإمساك أو فقدان الشهية؛
- إرشادات غذائية، ودعمًا نفسيًا وعمليًا لك ولعائلتك.`,
      whoItIsFor: `الرعاية التلطيفية موجهة لكل من تسبب له نقائل الكبد أعراضًا أو ضيقًا نفسيًا، في أي مرحلة من مراحل المرض. ويمكن أن تبدأ منذ التشخيص، وأن تسير جنبًا إلى جنب مع العلاج الكيميائي أو غيره، وأن تستمر عندما يصبح العلاج الجذري غير ممكن أو عندما تقرر التوقف عنه.

طلب الرعاية التلطيفية لا يعني الاستسلام، فالسيطرة الجيدة على الأعراض كثيرًا ما تجعل تحمّل العلاجات الأخرى أسهل.`,
      steps: `1. يسألك طبيب أو ممرض عن أعراضك ومخاوفك وعما يهمك أنت وعائلتك أكثر من غيره.
2. يساعد الفحص السريري وتحاليل الدم، وعند الحاجة الموجات فوق الصوتية أو تصوير آخر، على تحديد أسباب الأعراض، مثل تجمع السوائل في البطن أو انسداد قناة صفراوية.
3. يُتفق على خطة الرعاية معك ومع طبيب الأورام المعالج.
4. يبدأ العلاج، مثل أدوية جديدة لتسكين الألم أو بزل الاستسقاء بتوجيه الموجات فوق الصوتية وتحت التخدير الموضعي.
5. يقيّم الفريق حالتك بانتظام وينظم رعاية يمكن أن تستمر قرب منزلك.`,
      preparation: `- قائمة بجميع أدويتك، بما فيها المسكنات وجرعاتها، مع ما أفاد منها وما لم يُفد.
- تحاليل دم حديثة (تعداد الدم ووظائف الكبد والكلى والتخثر) وأحدث الصور وملخصات الخروج من المستشفى.
- ملاحظات عن أعراضك: متى يظهر الألم، وما شدته على مقياس من 0 إلى 10، وما الذي يخففه، وأي تغيّر في الوزن أو محيط البطن أو لون الجلد.
- أسئلتك وما يهمك أكثر من غيره، ويمكنك اصطحاب قريب أو صديق إن رغبت.`,
      recovery: `بعد بزل الاستسقاء يشعر معظم المرضى بالراحة سريعًا ويمكنهم العودة إلى المنزل في اليوم نفسه أو اليوم التالي. وكثيرًا ما يتجمع السائل من جديد، فيمكن تكرار البزل، وأحيانًا يُركَّب أنبوب تصريف رفيع دائم لسحب السائل في المنزل.

أما الغذاء، فالوجبات الصغيرة المتكررة من الأطعمة المسلوقة أو المطهوة على نار هادئة أو المخبوزة، مع اللحم قليل الدهن والسمك والخضروات وكمية كافية من البروتين، تكون عادةً أسهل على الهضم، ومن الأفضل تجنب الأطعمة المقلية والدسمة جدًا والكحول. وعند ضعف الشهية أو نقص الوزن يعدّل أخصائي التغذية الإرشادات، لأن تناول ما يكفي من الطعام أهم من القواعد الصارمة. اطلب خطة رعاية مكتوبة لتسليمها إلى أطبائك في بلدك.`,
      risks: `يُراعى في العلاجات التلطيفية أن تكون أقل إرهاقًا قدر الإمكان، لكن لبعضها آثارًا جانبية:

- بعد بزل الاستسقاء: دوار أو انخفاض ضغط الدم عند سحب كمية كبيرة من السائل، وتسرب السائل من موضع الثقب، ونادرًا نزيف أو عدوى أو إصابة الأمعاء؛
- مع المسكنات القوية: إمساك ينبغي الوقاية منه منذ البداية، ونعاس وغثيان، ولا سيما في الأيام الأولى؛
- عندما تضعف وظائف الكبد يتباطأ تكسير الأدوية، فتُعدَّل الجرعات، وينبغي الإبلاغ عن أي تشوش ذهني أو نعاس جديد؛
- قد تنسد دعامات القنوات الصفراوية أو تُصاب بالعدوى، فتسبب الحمى وعودة اليرقان.`,
    },
  },
};
