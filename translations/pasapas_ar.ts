<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
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
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>اختر مستندًا</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>لا يوجد أي مستند في هذه الجلسة</translation>
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
        <source>version locale (remplace le guide fourni)</source>
        <translation>نسخة محلية (تحلّ محلّ الدليل الأصلي)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>دليل محلي</translation>
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
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>قسم الوسيط</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>متاح قريبًا</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>هذا الجزء من التطبيق قيد التحضير.</translation>
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
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>لا يمكن حفظ هذا الملف على الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>تم حفظ المستند: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>جارٍ تحميل الصفحة</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
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
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;للوسيط:&lt;/b&gt; %1</translation>
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
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>لا أستطيع المتابعة</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>لا أستطيع المتابعة: طلب المساعدة</translation>
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
</TS>
