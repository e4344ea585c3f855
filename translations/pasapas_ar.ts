<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>للممولين</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>اسم الجمعية، في رأس التقرير</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>جدول (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>حفظ جدول الأرقام (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>تقرير من صفحة واحدة (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>حفظ التقرير من صفحة واحدة (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>جدول (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>آخر %1 أشهر</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>الفترة: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>اكتملت حتى النهاية</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>طلبات مساعدة وتعثرات</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>نداءات «أحتاج إلى مساعدة»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>الجلسات حسب الشهر والموضوع</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>بمرافقة أو ذاتيًا</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>الأدلة</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>الرجوع إلى المعاملة</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>متابعة المعاملة</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n جلسة</numerusform>
            <numerusform>%1: %n جلسة</numerusform>
            <numerusform>%1: %n جلستان</numerusform>
            <numerusform>%1: %n جلسات</numerusform>
            <numerusform>%1: %n جلسة</numerusform>
            <numerusform>%1: %n جلسة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>اختر معاملة</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>ابحث عن معاملة بلغتك</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>ابحث عن معاملة</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>لم نجد أي معاملة</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>جرّب كلمة أخرى، أو اسأل الوسيط.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>العمل والبحث عن عمل</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>الأسرة والمساعدات المالية (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>الضرائب والمال</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>أوراق الهوية وبطاقة الإقامة</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>المواصلات</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>العدالة والحقوق</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>أولى الخطوات على الجهاز اللوحي</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>الحياة اليومية</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n دليل</numerusform>
            <numerusform>%n دليل</numerusform>
            <numerusform>%n دليلان</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلًا</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>قريبًا</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>أين يتوقف الناس</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>لا توجد جلسة غير مكتملة في هذه الفترة.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1، الخطوة %2: %n جلسة</numerusform>
            <numerusform>%1، الخطوة %2: %n جلسة</numerusform>
            <numerusform>%1، الخطوة %2: %n جلستان</numerusform>
            <numerusform>%1، الخطوة %2: %n جلسات</numerusform>
            <numerusform>%1، الخطوة %2: %n جلسة</numerusform>
            <numerusform>%1، الخطوة %2: %n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>صحة الأدلة (آخر 30 يومًا)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>عُثر على كل الأهداف من المحاولة الأولى.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1، الخطوة %2 (%3): لم يُعثر عليها %4 مرات، وُجدت بطريقة أخرى %5 مرات</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>اختر مستندًا</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>لا يوجد أي مستند في هذه الجلسة</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>لا توجد كاميرا: اختر مستندًا أدناه</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>إغلاق المستند</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>طباعة المستند</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>ستُمسح في نهاية المعاملة. اطبع المستندات التي تريد أن تحتفظ بها.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>لا يوجد أي مستند حاليًا</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>إغلاق قائمة المستندات</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>نقل الخطوة إلى الأعلى</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>نقل الخطوة إلى الأسفل</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>نسخ الخطوة</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>حذف الخطوة</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>التجربة من هنا</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>التعليمة</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>تنتهي الخطوة بـ</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>بيانات سرية (يشيح الوسيط نظره)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>ملاحظة للوسيط</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>لم يُكتب بهذه اللغة بعد: يظهر النص الفرنسي.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ %n دقيقتان تقريبًا</numerusform>
            <numerusform>⏱ %n دقائق تقريبًا</numerusform>
            <numerusform>⏱ %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ %n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>بالفرنسية</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>إصلاح محلي (يحل محل النسخة الأخرى) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>دليل محلي · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>حزمة موقّعة · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>مرفق بالتطبيق · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>هذا الدليل غير مترجم بعد: هو باللغة الفرنسية.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ المدة: %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ المدة: %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ المدة: %n دقيقتان تقريبًا</numerusform>
            <numerusform>⏱ المدة: %n دقائق تقريبًا</numerusform>
            <numerusform>⏱ المدة: %n دقيقة تقريبًا</numerusform>
            <numerusform>⏱ المدة: %n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>ابدأ المعاملة « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>جهّز هذه الأشياء قبل أن تبدأ</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>غير جاهز بعد</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>ضع علامة على كل مستند عندما يكون معك.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>لغات هذا الدليل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ملاحظة للوسيط:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>نسخة محلية من هذا الدليل (المجلد %1): تحلّ محلّ الدليل الموجود في التطبيق.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>العودة إلى النسخة الأصلية</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>حذف هذا الدليل المحلي</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>تعديل هذا الدليل</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>لا يوجد دليل هنا بعد</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>يمكن للوسيط أن يضيف أدلة لهذه المعاملة.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>هذا الشخص يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>الوسيط هنا</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>الوسيط هنا: إيقاف الإشارة</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pas à pas</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation>مرحبًا!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>قم بمعاملاتك على الإنترنت، خطوة بخطوة. كيف تستخدم الجهاز اللوحي اليوم؟</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>جلسة مع وسيط</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>أقوم بمعاملتي ومعي وسيط أو وسيطة بجانبي.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>بمفردي</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>أقوم بمعاملتي بمفردي. سيُمسح كل شيء في النهاية.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>قسم الوسيط</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>تحضير جلسة، واختيار الأدلة، وضبط الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>تمّ مسح كل شيء: الصفحات التي فُتحت، وما كُتب، وتسجيلات الدخول، والمستندات. الجهاز اللوحي جاهز للشخص التالي.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>للوسيط: اختر رمزًا لحماية الإعدادات ووضع الخدمة الذاتية.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>اختر الرمز</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>اختر رمز الوسيط</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>قم بمعاملاتك على الإنترنت، خطوة بخطوة. في النهاية، يُمسح كل شيء.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>ابدأ معاملة</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>للوسيط: فتح القفل</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>يُكتب اسم الموقع مثل « www.caf.fr » أو « *.caf.fr » (بأحرف صغيرة، بدون https:// ولا /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>السطر %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>%n ثانية قبل المسح</numerusform>
            <numerusform>%n ثانية قبل المسح</numerusform>
            <numerusform>%n ثانيتان قبل المسح</numerusform>
            <numerusform>%n ثوانٍ قبل المسح</numerusform>
            <numerusform>%n ثانية قبل المسح</numerusform>
            <numerusform>%n ثانية قبل المسح</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>إذا لم تُجب، سيُمسح كل ما فعلته، ليكون الجهاز جاهزًا للشخص التالي.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>نعم، أتابع</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>ستُمسح أيضًا المستندات التي نزّلتها.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>اختر اللغة</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>اختر اللغة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pas à pas</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>لا يمكن بدء هذا الدليل.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>الإصدار %1 بتاريخ %2، %3 دليل</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>قسم الوسيط</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>تحضير جلسة</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>عرض الأدلة</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>اختيار دليل والمستندات التي يجب تجهيزها.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>الانتقال إلى جلسة مع وسيط</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>القفل في وضع الخدمة الذاتية</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>لإعارة الجهاز اللوحي: تُفتح مواقع الأدلة فقط، ويُمسح كل شيء في النهاية. رمز الوسيط يُستخدم للخروج.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>وضع الخدمة الذاتية</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>عدد الدقائق بدون لمس الشاشة قبل المسح</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>المواقع المسموح بها في كل الأدلة (موقع واحد في كل سطر، مثلًا « franceconnect.gouv.fr » أو « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>حفظ المواقع المسموح بها</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>تمّ الحفظ.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>تغيير رمز الوسيط</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>المواقع المسموح بها في كل الأدلة</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>أرقام مكتب الاستقبال المجهولة الهوية، للممولين.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>إنشاء دليل</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>قم بالإجراء مرة واحدة على الموقع الحقيقي: كل ضغطة تصبح خطوة.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 جلسات، %3 اكتملت</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>أدلة الشبكة</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>حزمة الأدلة المثبتة</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>الإصدار %1 بتاريخ %2، %3 دليل</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>لا شيء: الأدلة المرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>آخر تحقق في %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>لم يتم التحقق بعد</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>العودة إلى الحزمة السابقة</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>الإصدار %1. لن يُثبَّت الإصدار الحالي مرة أخرى.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>الأدلة المرفقة بالتطبيق. لن يُثبَّت الإصدار الحالي مرة أخرى.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>عنوان الحزمة (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>المفاتيح العامة الموثوقة، مفتاح في كل سطر (السطر الأخير من ملف ‎.pub؛ مفتاحان أثناء تغيير المفتاح)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>المفاتيح المحفوظة: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>حفظ العنوان والمفاتيح</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>تم الحفظ. يتحقق الجهاز اللوحي من الحزمة الآن، ثم كل أربع ساعات.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>الصفحة لا تفتح</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>أُغلقت الصفحة</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>في الموقع مشكلة</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>الجهاز اللوحي لا يستطيع الوصول إلى الموقع. تحقّق من الواي فاي (Wi-Fi)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>هذا ليس خطأك. يمكننا الرجوع إلى آخر صفحة صحيحة.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>الموقع لا يعمل كالعادة. حاول مرة أخرى بعد قليل، أو نادِ الوسيط.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>هذا الموقع غير آمن</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>الموقع يتأخر في الرد</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>الموقع لا يُثبت هويته. لا تكتب شيئًا. نادِ الوسيط.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>انتظر قليلًا بعد، أو حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>ضع الورقة مسطحة داخل الإطار، ثم اضغط على الزر الدائري الكبير.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>لا توجد كاميرا في هذا الجهاز اللوحي. اختر مستندًا من الجلسة.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>حرّك الدوائر الأربع إلى زوايا الورقة. أدر الصورة إذا كان النص مائلًا.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>أضف صفحة إذا كانت الورقة من عدة صفحات. اختر نوعها، ثم اضغط على « إرسال ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>جارٍ تجهيز الملف…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>قراءة التعليمات بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>الزاوية العليا اليسرى</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>الزاوية العليا اليمنى</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>الزاوية السفلى اليمنى</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>الزاوية السفلى اليسرى</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>أعد الالتقاط</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>أعد التقاط الصورة</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>أدر الصورة ربع دورة</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>احتفظ بهذه الصفحة</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>أضف صفحة</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>احذف الصفحة %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>أرسل المستند إلى الموقع</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>لا توجد كاميرا</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>لا توجد في هذا الجهاز اللوحي كاميرا تعمل. يمكنك اختيار مستند موجود في الجلسة.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>التقط الصورة</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>اختر رمز الوسيط</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>رمز الوسيط</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>اكتب رمز الوسيط.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>اختر رمزًا من 4 إلى 8 أرقام. لا تعطه إلا للوسطاء.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>اكتب الرمز نفسه مرة ثانية.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
            <numerusform>الأرقام المكتوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>حذف رقم</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>تأكيد الرمز</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>الخطوة المقترحة</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>اضغط على عنصر في الموقع</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>لا تتفاعل الصفحة بعد: يُحاط العنصر وتُقترح خطوة هنا.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>تعليمة الخطوة</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>بيانات سرية (يشيح الوسيط نظره)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>تمت إضافة الخطوة</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>إضافة الخطوة</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>اضغط على العنصر</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>تنفيذ الإجراء</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>خطوة « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>الخطوات المسجلة: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>حفظ الدليل</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>هل هذا هو العنصر الصحيح؟</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>المس العنصر الصحيح في الصفحة</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>إصلاح الخطوة %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>لا تتفاعل الصفحة أثناء الإصلاح: يُحاط العنصر الذي تلمسه ويُوصف هنا.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(بدون نص)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>ليس هو الصحيح؟ المس عنصرًا آخر في الصفحة.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>استخدم هذا العنصر</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>استخدم هذا العنصر: تم إصلاح الخطوة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>إلغاء الإصلاح</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>خانة للملء</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>قائمة اختيارات</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>خانة اختيار</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>زر أو رابط</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>تم حفظ المستند: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>جارٍ تحميل الصفحة</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>مستنداتي (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>أتولّى الأمر</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>لقد طلبت المساعدة. سيأتي وسيط.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>أصلح هذه الخطوة</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>القراءة بصوت عالٍ، حجم النص، التباين</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>قراءة كل خطوة تلقائيًا</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>بطيئة</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>سريعة</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>عادي (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>كبير (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>كبير جدًا (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>نص أبيض على خلفية سوداء، وعلامات صفراء.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>أحسنت! انتهت المعاملة.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(غير مترجم بعد: بالفرنسية)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>في الموقع، ابحث عن:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>معلومة سرية: اكتبها بنفسك. الوسيط لا ينظر إلى الشاشة، والتطبيق لا يقرؤها.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>لا أجد « %1 » في هذه الصفحة. ابحث عن هذه الكلمات في الصفحة، أو اطلب المساعدة.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>لا أجد المكان في هذه الصفحة. ابحث عنه، أو اطلب المساعدة.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>أنت لست في الصفحة الصحيحة لهذه الخطوة.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>الرجوع إلى الصفحة الصحيحة</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>لا مشكلة. سيأتي الوسيط لمساعدتك. ويمكنك أيضًا أن تتابع عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>لا مشكلة. اطلب المساعدة من مكتب الاستقبال. ويمكنك أيضًا أن تتابع عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>للوسيط: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>تمّ: الخطوة التالية</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>الخروج من المعاملة</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>قراءة الخطوة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>اختر ما يناسبك. كل الإجابات مقبولة.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>اختر ما يناسبك. كل الإجابات مقبولة.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>أولًا، أغلق الرسالة الخاصة بملفات تعريف الارتباط (cookies). اضغط على الزر المُشار إليه.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>لا بأس. يظهر نداؤك أعلى الشاشة: سيأتي وسيط. يمكنك أيضًا المتابعة عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>أحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>أحتاج إلى مساعدة: نادِ وسيطًا</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>أولًا، افتح هذا الجزء من الصفحة. اضغط على المكان المُشار إليه.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>أصلح هذه الخطوة</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>أصلح هذه الخطوة: أظهر العنصر الصحيح</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>تعديل: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>لغة النصوص</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>تظهر النصوص الناقصة بالفرنسية.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>ملاحظات للوسيط</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>الوثيقة المطلوب تحضيرها %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>إزالة هذه الوثيقة</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>إضافة وثيقة للتحضير</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>الخطوات (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>لا يمكن بدء هذا الدليل.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>حفظ الدليل</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>يُتحقَّق من الدليل، ثم يُحفظ على هذا الجهاز اللوحي (الإصدار %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>مثلًا مفتاح USB: يُكتب الدليل فيه داخل مجلد باسمه.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>تصدير الدليل إلى هذا المجلد</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>التسجيل: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>جارٍ تحميل الصفحة</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>إنشاء دليل</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>الدليل الجديد</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>العنوان بالفرنسية</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>مثلًا: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>عنوان البداية</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>يُفتح الموقع. كل ضغطة تختار عنصرًا دون تنفيذ: تراجع الخطوة المقترحة، ثم تقوم بالإجراء.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>دليل من جهاز لوحي آخر</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>استيراد دليل</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>اختر ملفه guide.json (على مفتاح USB مثلًا). يُتحقَّق منه قبل إضافته.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>أدلة (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>الوسيط يتولّى الأمر</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>خطوات الدليل</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>الانتقال إلى الخطوة %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>تخطّي الخطوة</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>أُعيد الأمر</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>أعِد الجهاز اللوحي إلى الشخص</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>هذه الخطوة سرية (كلمة مرور، رمز). يقوم بها الشخص وحده.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>أُعيد الأمر</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>اكتب بنفسك، الوسيط لا ينظر</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>ما تكتبه يبقى لك. الجهاز اللوحي لا يحتفظ به.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>فهمت</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ هنا</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 هنا</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>ستُمسح مستنداتك</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>عند الإنهاء، ستُمسح هذه المستندات من الجهاز اللوحي: %1. إذا أردت أن تحتفظ بها، افتحها أو اطبعها قبل ذلك.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>عرض مستنداتي</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>متابعة المعاملة</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>مسح كل شيء والإنهاء</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>هذا المستند لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>لا توجد طابعة مثبّتة على الجهاز اللوحي. اسأل وسيطًا.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>الطباعة غير مثبّتة على هذا الجهاز اللوحي. اسأل وسيطًا.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>لا يمكن فتح هذا المستند.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>لا يمكن فتح هذه الصورة.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>الطابعة لا تستجيب. تحقّق من أنها مشغّلة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>جارٍ إرسال المستند إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>ذاتي</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>بمرافقة</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>لا يمكن كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>نشاط الوساطة الرقمية</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>أشخاص تمت مساعدتهم حتى النهاية</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>جلسات لم تكتمل</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>طلبات المساعدة والتعثرات</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>الجلسات حسب الشهر والموضوع</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>لا يمكن كتابة التقرير في «%1».</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>الضغط على العنصر</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>ملء الحقل</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>صفحة جديدة (العنوان)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>ظهور عنصر</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«تم»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>اختيار خيار</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>لم يُحفظ الدليل: صحّح ما هو مُشار إليه باللون الأحمر.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>حُفظ الدليل (الإصدار %1). إنه في الفهرس، مع علامة «دليل محلي».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>لم يُصدَّر الدليل.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>صُدِّر الدليل: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>لم يُستورَد هذا الدليل.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>استُورد الدليل: «%1»، الإصدار %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>لا يمكن كتابة سجل النشاط (%1). تستمر الجلسات، لكنها لا تُحتسب.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>إصدار ملف غير معروف</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>كان سجل النشاط غير مقروء أو مقفلًا (%1). وُضع جانبًا (%2) وبدأ سجل جديد.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>كان سجل النشاط غير مقروء أو مقفلًا (%1). بدأ سجل جديد.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>تعذّر احتساب جلسة في سجل النشاط (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>لا يمكن تغيير المواقع المسموح بها إلا من قسم الوسيط.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>اختر رمز الوسيط أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>الرمز خطأ. محاولات كثيرة جدًا: حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
            <numerusform>الرمز خطأ. المحاولات الباقية قبل القفل: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>لا يمكن تغيير الرمز إلا من قسم الوسيط.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>يجب أن يكون الرمز من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>من السهل جدًا تخمين هذا الرمز (مثل 0000 أو 1234). اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>الرمزان غير متطابقين. ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>لم نستطع حفظ الرمز.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>خيارات أخرى</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>بطاقة الهوية</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>بيانات الحساب البنكي (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>إثبات السكن</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>كشف الراتب</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>إشعار الضريبة</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>مستند آخر</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>الملف ما زال كبيرًا جدًا لهذا الموقع. خذ صفحات أقل، أو اطلب المساعدة.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>تعذّر حفظ الملف. اطلب المساعدة.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>القراءة بصوت عالٍ غير مثبّتة على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>لا يوجد صوت لهذه اللغة على الجهاز اللوحي. اسأل الوسيط.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>لا يمكن إصلاح هذه الخطوة: فهي لا تُظهر أي عنصر.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>لم يُحفظ الإصلاح: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>هذا المستند ليس من هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>هذه الصفحة لا تُفتح هنا</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>هذا الموقع ليس جزءًا من المعاملة. من أجل أمانك، لا يفتحه الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>هذا العنوان ليس صفحة موقع. الجهاز اللوحي لا يفتحه.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>صفحات إعدادات المتصفح لا تُفتح على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>هذا الرابط يريد أن يفتح تطبيقًا آخر (البريد الإلكتروني، الهاتف…). الجهاز اللوحي لا يفعل ذلك. اسأل وسيطًا.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>لا يمكن حفظ هذا الملف على الجهاز اللوحي. تُحفظ مستندات PDF والصور فقط.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>أدوات المطوّرين غير متاحة على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>لا يمكن وضع رابط أو ملف في الصفحة.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>لا توجد قائمة هنا. المس العنصر فقط.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>يمكن إرسال مستندات هذه الجلسة فقط.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>الاستوديو غير متاح في الوضع الذاتي.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>موقع التدريب لا يبدأ.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>أضف خطوة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>تعذّر حفظ الدليل.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>تنتهي عندما يضغط الشخص عليه</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>تنتهي عندما يُملأ الحقل</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>تنتهي عندما تتغير الصفحة</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>تنتهي عندما يتم الاختيار</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>تنتهي بـ « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>هذا الموقع ليس في قائمة المواقع المسموح بها: وحده وضع الوسيط (بالرمز) يمكنه فتحه.</translation>
    </message>
</context>
</TS>
