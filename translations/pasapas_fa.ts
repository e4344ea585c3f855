<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="fr">
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>یک کار اداری را انتخاب کنید</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>کار اداری را به زبان خودتان جستجو کنید</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>جستجوی کار اداری</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>هیچ کار اداری پیدا نشد</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>کلمه دیگری را امتحان کنید، یا از مددکار بپرسید.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>کار و کاریابی</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>خانواده و کمک‌هزینه‌ها (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>مالیات و پول</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>مدارک هویت و اجازه اقامت</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>رفت‌وآمد</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>عدالت و حقوق</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>اولین قدم‌ها با تبلت</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>زندگی روزمره</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n راهنما</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>به‌زودی</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>یک مدرک را انتخاب کنید</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>در این جلسه هیچ مدرکی نیست</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ تقریباً %n دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>به زبان فرانسوی</translation>
    </message>
    <message>
        <source>version locale (remplace le guide fourni)</source>
        <translation>نسخه محلی (به جای راهنمای اصلی)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>راهنمای محلی</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>این راهنما هنوز ترجمه نشده است: به زبان فرانسوی است.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ مدت: تقریباً %n دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>شروع کار اداری « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>پیش از شروع آماده کنید</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>هنوز آماده نیست</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>هر مدرکی را که همراه دارید علامت بزنید.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>زبان‌های این راهنما</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;یادداشت برای مددکار:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>نسخه محلی این راهنما (پوشه %1): به جای راهنمایی که همراه برنامه است، از این نسخه استفاده می‌شود.</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>هنوز اینجا راهنمایی نیست</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>مددکار می‌تواند برای این کار اداری راهنما اضافه کند.</translation>
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
        <translation>سلام!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>کارهای اداری خود را آنلاین و قدم به قدم انجام دهید. امروز تبلت را چطور استفاده می‌کنید؟</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>همراه با مددکار</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>کار اداری‌ام را با کمک یک مددکار که کنارم است انجام می‌دهم.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>به تنهایی</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>کار اداری‌ام را تنها انجام می‌دهم. در پایان همه چیز پاک می‌شود.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>بخش مددکار</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>آماده کردن جلسه، انتخاب راهنماها، تنظیم تبلت.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>انتخاب زبان</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>انتخاب زبان</translation>
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
        <translation>این راهنما شروع نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>بخش مددکار</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>به‌زودی</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>این بخش برنامه در حال آماده شدن است.</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>صفحه باز نمی‌شود</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>صفحه بسته شد</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>سایت مشکل دارد</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>تبلت نمی‌تواند به سایت وصل شود. وای‌فای (Wi-Fi) را بررسی کنید، بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>تقصیر شما نیست. می‌توانیم از آخرین صفحه درست ادامه دهیم.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>سایت مثل همیشه جواب نمی‌دهد. کمی بعد دوباره امتحان کنید، یا مددکار را صدا کنید.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>دوباره امتحان کنید</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>این فایل روی تبلت ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>مدرک ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>در حال باز شدن صفحه</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>خواندن خودکار هر مرحله</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>سرعت خواندن</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>آهسته</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>سریع</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>اندازه متن</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>عادی (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>بزرگ (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>خیلی بزرگ (200 %)</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>مرحله %1 از %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>آفرین! کار اداری تمام شد.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(هنوز ترجمه نشده: به زبان فرانسوی)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>در سایت، دنبال این بگردید:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>اطلاعات محرمانه: خودتان آن را بنویسید. مددکار نگاه نمی‌کند و برنامه آن را نمی‌خواند.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>« %1 » را در این صفحه پیدا نمی‌کنم. این کلمه‌ها را در صفحه پیدا کنید، یا کمک بخواهید.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>جای درست را در این صفحه پیدا نمی‌کنم. خودتان دنبالش بگردید، یا کمک بخواهید.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>برای این مرحله، در صفحه درست نیستید.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>برگشت به صفحه درست</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>مشکلی نیست. مددکار برای کمک به شما می‌آید. هر وقت آماده بودید، می‌توانید ادامه هم بدهید.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>مشکلی نیست. از میز پذیرش کمک بخواهید. هر وقت آماده بودید، می‌توانید ادامه هم بدهید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;برای مددکار:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>انجام شد: مرحله بعد</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>مرحله قبل</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>نمی‌توانم ادامه بدهم</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>نمی‌توانم ادامه بدهم: کمک خواستن</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>پایان جلسه</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>خروج از کار اداری</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>گوش دادن</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>خواندن این مرحله با صدای بلند</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ اینجا</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 اینجا</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>خواندن با صدای بلند روی این تبلت نصب نیست.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>خواندن با صدای بلند روی این تبلت کار نمی‌کند.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>روی تبلت صدایی برای این زبان نیست. از مددکار بپرسید.</translation>
    </message>
</context>
</TS>
