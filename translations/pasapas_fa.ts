<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>برای حامیان مالی</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>نام انجمن</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>نام انجمن، در بالای گزارش</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>جدول (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>ذخیرهٔ جدول آمار (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>گزارش یک‌صفحه‌ای (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>ذخیرهٔ گزارش یک‌صفحه‌ای (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>جدول (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>%1 ماه گذشته</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>بازه: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>تا پایان انجام شد</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>درخواست کمک و گیرکردن</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>درخواست‌های «به کمک نیاز دارم»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>جلسه‌ها بر پایهٔ ماه و موضوع</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>همراه با میانجی یا خودکار</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>راهنماها</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>برگشت به کار اداری</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>ادامه کار اداری</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n جلسه</numerusform>
        </translation>
    </message>
</context>
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
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>مردم کجا می‌ایستند</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>در این بازه هیچ جلسهٔ نیمه‌تمامی نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1، گام %2: %n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>سلامت راهنماها (۳۰ روز گذشته)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>همهٔ هدف‌ها در نخستین تلاش پیدا شدند.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1، گام %2 (%3): %4 بار پیدا نشد، %5 بار از راه دیگر پیدا شد</translation>
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
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>عکس گرفتن</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>دوربین نیست: یک سند از پایین انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>بستن مدرک</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>چاپ مدرک</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>مدارک من</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>این مدارک در پایان کار اداری پاک می‌شوند. هر کدام را که می‌خواهید نگه دارید، چاپ کنید.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>باز کردن %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>فعلاً هیچ مدرکی نیست</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>بستن فهرست مدارک</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>گام %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>بردن گام به بالا</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>بردن گام به پایین</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>رونوشت از گام</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>حذف گام</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>آزمودن از اینجا</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>دستور</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>گام با این پایان می‌یابد</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>دادهٔ محرمانه (میانجی نگاهش را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>یادداشت برای میانجی</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>هنوز به این زبان نوشته نشده: متن فرانسوی نمایش داده می‌شود.</translation>
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
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>تعمیر محلی (جایگزین نسخهٔ دیگر) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>راهنمای محلی · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>بستهٔ امضاشده · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>همراه برنامه · v%1</translation>
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
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>بازگشت به نسخهٔ اصلی</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>حذف این راهنمای محلی</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>ویرایش این راهنما</translation>
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
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>این فرد به کمک نیاز دارد</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>میانجی اینجاست</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>میانجی اینجاست: توقف علامت</translation>
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
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>همه چیز پاک شد: صفحه‌هایی که باز شد، چیزهایی که نوشته شد، ورود به حساب‌ها و مدارک. تبلت برای نفر بعدی آماده است.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>مددکار: برای محافظت از تنظیمات و حالت استفاده به تنهایی، یک رمز انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>انتخاب رمز</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>انتخاب رمز مددکار</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>کارهای اداری خود را آنلاین و قدم به قدم انجام دهید. در پایان همه چیز پاک می‌شود.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>شروع یک کار اداری</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>مددکار: باز کردن قفل</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>نام سایت این‌طور نوشته می‌شود: « www.caf.fr » یا « *.caf.fr » (با حروف کوچک، بدون https:// و /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>خط %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>%n ثانیه تا پاک شدن</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>اگر جواب ندهید، هر کاری که کرده‌اید پاک می‌شود تا تبلت برای نفر بعدی آماده شود.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>بله، ادامه می‌دهم</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>مدارکی که دانلود کرده‌اید هم پاک می‌شوند.</translation>
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
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>نسخهٔ %1 به تاریخ %2، %3 راهنما</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>ویرایش</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>بخش مددکار</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>آماده کردن جلسه</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>دیدن راهنماها</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>انتخاب راهنما و مدارکی که باید آماده شوند.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>رفتن به جلسه همراه با مددکار</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>قفل کردن در حالت استفاده به تنهایی</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>برای امانت دادن تبلت: فقط سایت‌های راهنماها باز می‌شوند و در پایان همه چیز پاک می‌شود. برای بیرون آمدن، رمز مددکار لازم است.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>حالت استفاده به تنهایی</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>چند دقیقه بدون لمس صفحه، تا همه چیز پاک شود</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>سایت‌های مجاز در همه راهنماها (هر سایت در یک خط، مثلاً « franceconnect.gouv.fr » یا « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>ذخیره سایت‌های مجاز</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>تغییر رمز مددکار</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>سایت‌های مجاز در همه راهنماها</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>آمار بی‌نام میز پذیرش، برای حامیان مالی.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>ساختن راهنما</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>یک بار کار را روی سایت واقعی انجام دهید: هر زدن یک مرحله می‌شود.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 جلسه، %3 تا پایان</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>راهنماهای شبکه</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>بستهٔ راهنمای نصب‌شده</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>نسخهٔ %1 به تاریخ %2، %3 راهنما</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>هیچ: راهنماهای همراه برنامه</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>آخرین بررسی در %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>اکنون بررسی کن</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>بازگشت به بستهٔ قبلی</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>نسخهٔ %1. نسخهٔ کنونی دیگر نصب نخواهد شد.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>راهنماهای همراه برنامه. نسخهٔ کنونی دیگر نصب نخواهد شد.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>نشانی بسته (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>کلیدهای عمومی مورد اعتماد، هر سطر یک کلید (سطر آخر فایل ‎.pub؛ هنگام تعویض کلید دو کلید)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>کلیدهای ذخیره‌شده: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>ذخیرهٔ نشانی و کلیدها</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>ذخیره شد. تبلت اکنون بسته را بررسی می‌کند، سپس هر چهار ساعت یک بار.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>برگشت</translation>
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
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>این سایت امن نیست</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>سایت دیر جواب می‌دهد</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>سایت نشان نمی‌دهد که واقعاً کیست. چیزی ننویسید. میانجی را صدا بزنید.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>کمی دیگر صبر کنید، یا دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>برگه را صاف داخل کادر بگذارید، سپس دکمهٔ گرد بزرگ را بزنید.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>این تبلت دوربین ندارد. یک سند از این جلسه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>چهار دایره را روی گوشه‌های برگه ببرید. اگر متن کج است، عکس را بچرخانید.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>اگر سند چند صفحه دارد، صفحه اضافه کنید. نوع آن را انتخاب کنید، سپس « ارسال » را بزنید.</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>در حال آماده‌کردن فایل…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>عکس گرفتن</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>گوش دادن</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>خواندن دستور با صدای بلند</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>گوشهٔ بالا چپ</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>گوشهٔ بالا راست</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>گوشهٔ پایین راست</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>گوشهٔ پایین چپ</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>دوباره</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>عکس را دوباره بگیر</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>چرخاندن</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>عکس را یک‌چهارم دور بچرخان</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>این صفحه را نگه دار</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>افزودن صفحه</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>صفحهٔ %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>حذف صفحهٔ %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>سند را به سایت بفرست</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>دوربین نیست</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>این تبلت دوربین سالم ندارد. می‌توانید سندی را که در این جلسه هست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>سندهای من</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>عکس را بگیر</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>انتخاب رمز مددکار</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>رمز مددکار</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>رمز مددکار را بنویسید.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>یک رمز با 4 تا 8 رقم انتخاب کنید. آن را فقط به مددکاران بدهید.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>همان رمز را یک بار دیگر بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n رقم نوشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>تلاش‌ها بیش از حد شد. بعد از %n ثانیه دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>پاک کردن یک رقم</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>تأیید رمز</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>مرحلهٔ پیشنهادی</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>روی بخشی از سایت بزنید</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>صفحه هنوز واکنش نشان نمی‌دهد: دور بخش خط کشیده می‌شود و اینجا مرحله‌ای پیشنهاد می‌شود.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>دستور مرحله</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>دادهٔ محرمانه (میانجی نگاهش را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>مرحله اضافه شد</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>روی بخش بزنید</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>انجام کار</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>مرحلهٔ « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>مرحله‌های ضبط‌شده: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>ذخیرهٔ راهنما</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>آیا این عنصر درست است؟</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>عنصر درست را در صفحه لمس کنید</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>اصلاح مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>گوش دادن</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>صفحه هنگام اصلاح واکنشی نشان نمی‌دهد: عنصری که لمس می‌کنید مشخص و در اینجا توصیف می‌شود.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(بدون متن)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>درست نیست؟ عنصر دیگری از صفحه را لمس کنید.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>از این عنصر استفاده کنید</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>از این عنصر استفاده کنید: مرحله اصلاح می‌شود</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>لغو اصلاح</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>خانه‌ای برای پر کردن</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>فهرست انتخاب</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>خانهٔ علامت‌زدن</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>گزینه</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>دکمه یا پیوند</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>مدرک ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>در حال باز شدن صفحه</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>مدارک من (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>من در دست می‌گیرم</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>شما کمک خواستید. یک میانجی می‌آید.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>اصلاح این مرحله</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>خواندن با صدای بلند، اندازه متن، کنتراست</translation>
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
    <message>
        <source>Contraste élevé</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>متن سفید روی زمینهٔ سیاه، نشانه‌ها زرد.</translation>
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
        <source>Pour le médiateur : %1</source>
        <translation>برای مددکار: %1</translation>
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
        <source>Étape précédente</source>
        <translation>مرحله قبل</translation>
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
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>گزینه‌ای را که با شما جور است انتخاب کنید. همهٔ پاسخ‌ها درست است.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>گزینه‌ای را که با شما جور است انتخاب کنید. همهٔ پاسخ‌ها درست است.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>اول پیام کوکی‌ها (cookies) را ببندید. روی دکمهٔ نشان‌داده‌شده بزنید.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>نگران نباشید. درخواست شما بالای صفحه نشان داده می‌شود: یک میانجی می‌آید. هر وقت آماده بودید می‌توانید ادامه دهید.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>به کمک نیاز دارم</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>به کمک نیاز دارم: میانجی را صدا بزن</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>اول، این بخش از صفحه را باز کنید. روی جایی که نشان داده شده بزنید.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>اصلاح این مرحله</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>اصلاح این مرحله: نشان دادن عنصر درست</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>ویرایش: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>زبان متن‌ها</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>متن‌های ناموجود به فرانسوی نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>یادداشت‌ها برای میانجی</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>مدرکی که باید آماده شود %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>برداشتن این مدرک</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>افزودن مدرکی برای آماده کردن</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>گام‌ها (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>این راهنما شروع نمی‌شود.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>ذخیرهٔ راهنما</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>راهنما بررسی می‌شود، سپس روی این تبلت ذخیره می‌شود (نسخهٔ %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>صدور به یک پوشه</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>برای نمونه یک فلش USB: راهنما در پوشه‌ای به نام خودش در آن نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>صدور راهنما در این پوشه</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>ضبط: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>در حال باز شدن صفحه</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>ساختن راهنما</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>راهنمای تازه</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>عنوان به فرانسوی</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>برای نمونه: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>نشانی آغاز</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>شروع ضبط</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>سایت باز می‌شود. هر زدن یک بخش را بدون انجام کار انتخاب می‌کند: مرحلهٔ پیشنهادی را بازبینی می‌کنید، سپس کار را انجام می‌دهید.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>راهنمایی از تبلتی دیگر</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>وارد کردن راهنما</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>پروندهٔ guide.json آن را برگزینید (برای نمونه روی فلش USB). پیش از افزودن بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>راهنماها (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>میانجی کنترل را در دست دارد</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>گام‌های راهنما</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>رفتن به گام %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>رد کردن گام</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>کنترل را برمی‌گردانم</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>تبلت را به فرد برگردانید</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>این گام محرمانه است (گذرواژه، کد). فرد آن را به تنهایی انجام می‌دهد.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>کنترل را برمی‌گردانم</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>خودتان بنویسید، میانجی نگاه نمی‌کند</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>آنچه می‌نویسید از آنِ شماست. تبلت آن را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>فهمیدم</translation>
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
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>مدارک شما پاک می‌شوند</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>با پایان دادن، این مدارک از تبلت پاک می‌شوند: %1. اگر می‌خواهید آن‌ها را نگه دارید، قبل از پایان آن‌ها را باز یا چاپ کنید.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>دیدن مدارک من</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>ادامه کار اداری</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>پاک کردن همه چیز و پایان</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>این مدرک دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>هیچ پرینتری روی تبلت نصب نیست. از یک مددکار بپرسید.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>چاپ روی این تبلت نصب نیست. از یک مددکار بپرسید.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>این مدرک باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>این عکس باز نمی‌شود.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>پرینتر جواب نمی‌دهد. بررسی کنید که روشن باشد، بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>مدرک به پرینتر فرستاده می‌شود.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>همراه با میانجی</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>پرونده نوشته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>فعالیت میانجی‌گری دیجیتال</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>افرادی که تا پایان کمک گرفتند</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>جلسه‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>درخواست‌های کمک و گیرکردن‌ها</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>جلسه‌ها بر پایهٔ ماه و موضوع</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>گزارش در «%1» نوشته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>زدن روی عنصر</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>پر شدن فیلد</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>صفحهٔ تازه (نشانی)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>نمایان شدن یک عنصر</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«انجام شد»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>یک گزینه انتخاب می‌شود</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>راهنما ذخیره نشد: آنچه با رنگ قرمز نشان داده شده را درست کنید.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>راهنما ذخیره شد (نسخهٔ %1). در فهرست است، با نشان «راهنمای محلی».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>راهنما صادر نشد.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>راهنما صادر شد: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>این راهنما وارد نشد.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>راهنما وارد شد: «%1»، نسخهٔ %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>گزارش فعالیت نوشته نمی‌شود (%1). جلسه‌ها ادامه دارند، اما شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>نسخهٔ ناشناختهٔ پرونده</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>گزارش فعالیت خوانا نبود یا قفل بود (%1). کنار گذاشته شد (%2) و گزارش تازه‌ای آغاز شد.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>گزارش فعالیت خوانا نبود یا قفل بود (%1). گزارش تازه‌ای آغاز شد.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>یک جلسه در گزارش فعالیت شمرده نشد (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>سایت‌های مجاز را فقط در بخش مددکار می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>اول یک رمز مددکار انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>تلاش‌ها بیش از حد شد. بعد از %n ثانیه دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>رمز اشتباه است. تلاش‌ها بیش از حد شد: بعد از %n ثانیه دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>رمز اشتباه است. تلاش‌های باقی‌مانده پیش از قفل شدن: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>رمز را فقط در بخش مددکار می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>رمز باید 4 تا 8 رقم داشته باشد.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>حدس زدن این رمز خیلی آسان است (مثل 0000 یا 1234). رمز دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>دو رمز یکی نیستند. دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>رمز ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>گزینه‌های بیشتر</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>کارت شناسایی</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>کارت اقامت</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>مشخصات حساب بانکی (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>مدرک محل سکونت</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>فیش حقوقی</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>اعلامیهٔ مالیات</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>گواهی</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>سند دیگر</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>فایل هنوز برای این سایت خیلی بزرگ است. صفحه‌های کمتری بگیرید یا کمک بخواهید.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>فایل ذخیره نشد. کمک بخواهید.</translation>
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
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>این مرحله را نمی‌توان اصلاح کرد: هیچ عنصری را نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>اصلاح ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>این مدرک از این جلسه نیست.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>این صفحه اینجا باز نمی‌شود</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>این سایت بخشی از این کار اداری نیست. برای امنیت شما، تبلت آن را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>این آدرس صفحه یک سایت نیست. تبلت آن را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>صفحه‌های تنظیمات مرورگر روی این تبلت باز نمی‌شوند.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>این لینک می‌خواهد برنامه دیگری را باز کند (ایمیل، تلفن…). تبلت این کار را نمی‌کند. از یک مددکار بپرسید.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>این فایل روی تبلت نگه داشته نمی‌شود. فقط مدارک PDF و عکس‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>ابزارهای برنامه‌نویسی روی این تبلت در دسترس نیستند.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>نمی‌شود لینک یا فایل را روی صفحه کشید و رها کرد.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>اینجا منویی نیست. فقط آن را لمس کنید.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>فقط مدارک این جلسه را می‌توان فرستاد.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>استودیو در حالت خودکار در دسترس نیست.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>سایت تمرینی راه نمی‌افتد.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>دست‌کم یک مرحله اضافه کنید.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>راهنما ذخیره نشد.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>وقتی شخص رویش بزند تمام می‌شود</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>وقتی فیلد پر شود تمام می‌شود</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>وقتی صفحه عوض شود تمام می‌شود</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>وقتی انتخابی انجام شود تمام می‌شود</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>با « C&apos;est fait » تمام می‌شود</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>این سایت در فهرست سایت‌های مجاز نیست: تنها حالت میانجی (با رمز) می‌تواند آن را باز کند.</translation>
    </message>
</context>
</TS>
