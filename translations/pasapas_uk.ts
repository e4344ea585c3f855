<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Для фінансувальників</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Назва асоціації</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Назва асоціації, угорі звіту</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Таблиця (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Зберегти таблицю показників (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Звіт на одну сторінку (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Зберегти звіт на одну сторінку (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Таблиця (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Останні %1 місяців</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Період: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>сеансів</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>доведено до кінця</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>прохань про допомогу й застрягань</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>викликів «Мені потрібна допомога»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Сеанси за місяцями й темами</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Із супроводом чи самостійно</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Посібники</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Повернутися до процедури</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Продовжити процедуру</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n сеанс</numerusform>
            <numerusform>%1: %n сеанси</numerusform>
            <numerusform>%1: %n сеансів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Виберіть процедуру</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Знайти процедуру вашою мовою</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Знайти процедуру</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Спробуйте інше слово або запитайте консультанта.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Робота і працевлаштування</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Сім’я та допомоги (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Податки та гроші</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Документи та посвідка на проживання</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Суд і права</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Перші кроки з планшетом</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Повсякденне життя</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n інструкція</numerusform>
            <numerusform>%n інструкції</numerusform>
            <numerusform>%n інструкцій</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Незабаром</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Де люди зупиняються</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>За цей період немає незавершених сеансів.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, крок %2: %n сеанс</numerusform>
            <numerusform>%1, крок %2: %n сеанси</numerusform>
            <numerusform>%1, крок %2: %n сеансів</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Стан посібників (останні 30 днів)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Усі цілі знайдено з першої спроби.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, крок %2 (%3): не знайдено %4 раз, знайдено інакше %5 раз</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Виберіть документ</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>У цьому сеансі немає документів</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Сфотографувати</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>Немає камери: виберіть документ нижче</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Закрити документ</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Надрукувати документ</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>Наприкінці процедури їх буде видалено. Надрукуйте ті, які хочете зберегти.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Відкрити %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Поки що немає документів</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Закрити список документів</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Крок %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Перемістити крок вище</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Перемістити крок нижче</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Копіювати крок</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Видалити крок</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Спробувати звідси</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Вказівка</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>Крок завершується</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Конфіденційні дані (посередник відводить погляд)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Примітка для посередника</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Цією мовою ще не написано: показується французький текст.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ приблизно %n хвилина</numerusform>
            <numerusform>⏱ приблизно %n хвилини</numerusform>
            <numerusform>⏱ приблизно %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>французькою</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>місцеве виправлення (замінює іншу версію) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>місцева інструкція · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>підписаний пакет · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>вбудована · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Цю інструкцію ще не перекладено: вона французькою.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Тривалість: приблизно %n хвилина</numerusform>
            <numerusform>⏱ Тривалість: приблизно %n хвилини</numerusform>
            <numerusform>⏱ Тривалість: приблизно %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Почати процедуру « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>Що підготувати заздалегідь</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>ще не готово</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Позначте кожен документ, коли він у вас із собою.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Мови цієї інструкції</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Примітка для консультанта:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Місцева версія цієї інструкції (папка %1): вона замінює інструкцію, вбудовану в застосунок.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Повернутися до початкової версії</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Видалити цей місцевий посібник</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Змінити цей посібник</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Тут поки немає інструкцій</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>Консультант може додати інструкції для цієї процедури.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Цій людині потрібна допомога</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Посередник тут</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Посередник тут: зупинити сигнал</translation>
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
        <translation>Вітаємо!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Проходьте процедури онлайн, крок за кроком. Як ви сьогодні працюватимете з планшетом?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>З консультантом</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>Я проходжу процедуру, а поруч зі мною консультант.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Самостійно</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>Я проходжу процедуру без допомоги. Наприкінці все буде видалено.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Розділ консультанта</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Підготувати сеанс, вибрати інструкції, налаштувати планшет.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Усе видалено: переглянуті сторінки, введений текст, входи в облікові записи й документи. Планшет готовий для наступної людини.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Для консультанта: виберіть код, щоб захистити налаштування і самостійний режим.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Вибрати код</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Вибрати код консультанта</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Проходьте процедури онлайн, крок за кроком. Наприкінці все буде видалено.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Почати процедуру</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Для консультанта: розблокувати</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>адресу сайту пишуть так: « www.caf.fr » або « *.caf.fr » (малими літерами, без https:// і /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>рядок %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>Видалення через %n секунду</numerusform>
            <numerusform>Видалення через %n секунди</numerusform>
            <numerusform>Видалення через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Якщо ви не відповісте, усе, що ви зробили, буде видалено. Так планшет буде готовий для наступної людини.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Так, я продовжую</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Завантажені документи теж буде видалено.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Вибрати мову</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Вибрати мову</translation>
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
        <translation>Цю інструкцію не вдається запустити.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Версія %1 від %2, інструкцій: %3</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Змінити</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Розділ консультанта</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Підготувати сеанс</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Переглянути інструкції</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Вибрати інструкцію та документи, які треба підготувати.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Перейти до сеансу з консультантом</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Заблокувати в самостійному режимі</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Щоб дати планшет на користування: відкриваються лише сайти з інструкцій, а наприкінці все видаляється. Щоб вийти, потрібен код консультанта.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Самостійний режим</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Хвилин без дотику до екрана перед видаленням</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Дозволені сайти для всіх інструкцій (по одному в рядку, наприклад « franceconnect.gouv.fr » або « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Зберегти дозволені сайти</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Змінити код консультанта</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Дозволені сайти для всіх інструкцій</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Анонімні показники пункту, для фінансувальників.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Створити посібник</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Пройдіть процедуру один раз на справжньому сайті: кожне натискання стає кроком.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 сеансів, %3 доведено до кінця</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Інструкції мережі</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Встановлений пакет інструкцій</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Версія %1 від %2, інструкцій: %3</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Немає: інструкції, вбудовані в застосунок</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Остання перевірка: %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Ще не перевірялося</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Повернутися до попереднього пакета</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>Версія %1. Поточну версію більше не буде встановлено.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Інструкції, вбудовані в застосунок. Поточну версію більше не буде встановлено.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Адреса пакета (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Довірені відкриті ключі, по одному в рядку (останній рядок файлу .pub; два під час зміни ключа)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Збережені ключі: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Зберегти адресу й ключі</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Збережено. Планшет перевіряє пакет зараз, а потім кожні чотири години.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>Сторінка не відкривається</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>Сторінка закрилася</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>На сайті проблема</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>Планшет не може з’єднатися із сайтом. Перевірте Wi-Fi і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>Це не ваша провина. Можна продовжити з останньої правильної сторінки.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>Сайт працює не так, як зазвичай. Спробуйте ще раз трохи згодом або покличте консультанта.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Цей сайт не безпечний</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>Сайт довго не відповідає</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>Сайт не підтверджує, хто він. Нічого не пишіть. Покличте медіатора.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Зачекайте ще трохи або спробуйте знову.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Покладіть аркуш рівно в рамку, потім натисніть велику круглу кнопку.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>На цьому планшеті немає камери. Виберіть документ із сеансу.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Пересуньте чотири кружечки на кути аркуша. Поверніть фото, якщо текст лежить боком.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Додайте сторінку, якщо документ має кілька. Виберіть, що це, потім натисніть « Надіслати ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Готуємо файл…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Сфотографувати</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Прочитати вказівку вголос</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Верхній лівий кут</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Верхній правий кут</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Нижній правий кут</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Нижній лівий кут</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Перезняти</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Зробити фото ще раз</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Повернути фото на чверть оберту</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Залишити цю сторінку</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Додати сторінку</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Прибрати сторінку %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Надіслати документ на сайт</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>Немає камери</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>На цьому планшеті немає робочої камери. Можна вибрати документ, який уже є в сеансі.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Зробити фото</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Вибрати код консультанта</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Код консультанта</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Введіть код консультанта.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Виберіть код від 4 до 8 цифр. Повідомляйте його лише консультантам.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Введіть той самий код ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>Введено %n цифру</numerusform>
            <numerusform>Введено %n цифри</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Стерти цифру</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Підтвердити код</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Запропонований крок</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Натисніть на елемент сайту</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>Сторінка ще не реагує: елемент обведено, а тут запропоновано крок.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Інструкція кроку</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Конфіденційні дані (посередник відводить погляд)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Крок додано</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Додати крок</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Натисніть на елемент</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Виконати дію</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>Крок « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Записано кроків: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Зберегти посібник</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>Це правильний елемент?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Торкніться правильного елемента на сторінці</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Виправити крок %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>Під час виправлення сторінка не реагує: елемент, якого ви торкнулися, обведено й описано тут.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(без тексту)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Не той? Торкніться іншого елемента сторінки.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Використати цей елемент</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Використати цей елемент: крок виправлено</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Скасувати виправлення</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Поле для заповнення</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Список для вибору</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Прапорець</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Кнопка або посилання</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Документ збережено: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Завантаження сторінки</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Мої документи (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Я беру керування</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Ви попросили допомоги. Посередник підійде.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Виправити цей крок</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Читання вголос, розмір тексту, контраст</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Читання вголос</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Читати кожен крок автоматично</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Швидкість читання</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Повільна</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Швидка</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Звичайний (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Великий (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Дуже великий (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Білий текст на чорному тлі, жовті позначки.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Чудово! Процедуру завершено.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(ще не перекладено: французькою)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>На сайті знайдіть:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Секретні дані: введіть їх самі. Консультант не дивиться, а застосунок їх не читає.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>Я не знаходжу « %1 » на цій сторінці. Пошукайте ці слова на сторінці або попросіть допомоги.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>Я не знаходжу потрібне місце на цій сторінці. Пошукайте його або попросіть допомоги.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>Для цього кроку потрібна інша сторінка.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Повернутися на потрібну сторінку</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Нічого страшного. Консультант зараз підійде й допоможе. Ви також можете продовжити, коли будете готові.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Нічого страшного. Попросіть допомоги на рецепції. Ви також можете продовжити, коли будете готові.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Для консультанта: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Зроблено: наступний крок</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Вийти з процедури</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Прочитати крок уголос</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Виберіть те, що вам підходить. Будь-яка відповідь годиться.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Виберіть те, що вам підходить. Будь-яка відповідь годиться.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Спершу закрийте повідомлення про файли cookie. Натисніть показану кнопку.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Нічого страшного. Ваш виклик видно вгорі екрана: посередник підійде. Ви також можете продовжити, коли будете готові.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Потрібна допомога</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Мені потрібна допомога: покликати посередника</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Спочатку відкрийте цю частину сторінки. Натисніть на показане місце.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Виправити цей крок</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Виправити цей крок: показати правильний елемент</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Зміна: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Мова текстів</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Відсутні тексти показуються французькою.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>Посібник</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Короткий опис</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Примітки для посередника</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Документ для підготовки %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Прибрати цей документ</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Додати документ для підготовки</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Кроки (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Цю інструкцію не вдається запустити.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Зберегти посібник</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>Посібник перевіряється, а потім зберігається на цьому планшеті (версія %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Експортувати до теки</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>Наприклад, USB-накопичувач: посібник записується туди в теку з його назвою.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Експортувати посібник у цю теку</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Запис: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Завантаження сторінки</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Створити посібник</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>Новий посібник</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Назва французькою</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>Наприклад: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Початкова адреса</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Почати запис</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>Сайт відкривається. Кожне натискання вибирає елемент, не виконуючи дії: ви перевіряєте запропонований крок, потім виконуєте дію.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Посібник з іншого планшета</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Імпортувати посібник</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Виберіть його файл guide.json (наприклад, на USB-накопичувачі). Його перевіряють, перш ніж додати.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Посібники (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>Керує посередник</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Кроки посібника</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Перейти до кроку %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Пропустити крок</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Я повертаю керування</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Поверніть планшет людині</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Цей крок таємний (пароль, код). Людина робить його сама.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Я повертаю керування</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Введіть самі, посередник не дивиться</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>Те, що ви вводите, залишається вашим. Планшет цього не зберігає.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Зрозуміло</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Тут</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Тут</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Ваші документи буде видалено</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Коли ви завершите, ці документи буде видалено з планшета: %1. Якщо хочете їх зберегти, спершу відкрийте або надрукуйте їх.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Переглянути мої документи</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Продовжити процедуру</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Видалити все й завершити</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Цього документа більше немає.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>На планшеті не встановлено принтер. Запитайте консультанта.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>Друк на цьому планшеті не встановлено. Запитайте консультанта.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Цей документ не вдається відкрити.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Це зображення не вдається відкрити.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>Принтер не відповідає. Перевірте, чи він увімкнений, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>Документ надіслано на принтер.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>самостійно</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>із супроводом</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>Файл не вдається записати: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Діяльність із цифрової допомоги</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Людей доведено до кінця</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Незавершені сеанси</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Прохання про допомогу й застрягання</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Сеанси за місяцями й темами</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>Звіт не вдається записати в «%1».</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Натискання на елемент</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Поле заповнено</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Нова сторінка (адреса)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>З&apos;являється елемент</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«Готово»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>Зроблено вибір</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>Посібник не збережено: виправте те, що позначено червоним.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Посібник збережено (версія %1). Він у каталозі з позначкою «локальний посібник».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>Посібник не експортовано.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Посібник експортовано: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Цей посібник не імпортовано.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Посібник імпортовано: «%1», версія %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>Журнал активності не вдається записати (%1). Сеанси тривають, але не враховуються.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>невідома версія файлу</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>Журнал активності був непридатний або заблокований (%1). Його відкладено (%2), розпочато новий журнал.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>Журнал активності був непридатний або заблокований (%1). Розпочато новий журнал.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>Один сеанс не вдалося врахувати в журналі активності (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Дозволені сайти можна змінити лише в розділі консультанта.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Спершу виберіть код консультанта.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Забагато спроб. Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Неправильний код. Забагато спроб: спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Неправильний код. Забагато спроб: спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Неправильний код. Забагато спроб: спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Неправильний код. До блокування залишилася %n спроба.</numerusform>
            <numerusform>Неправильний код. До блокування залишилося %n спроби.</numerusform>
            <numerusform>Неправильний код. До блокування залишилося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Код можна змінити лише в розділі консультанта.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>Код має від 4 до 8 цифр.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Цей код надто легко вгадати (як 0000 або 1234). Виберіть інший.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>Два коди не збігаються. Почніть спочатку.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>Не вдалося зберегти код.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Більше дій</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Посвідка на проживання</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Банківські реквізити (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Підтвердження адреси</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Розрахунковий лист</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Податкове повідомлення</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Інший документ</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>Файл усе ще завеликий для цього сайту. Зробіть менше сторінок або попросіть допомоги.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>Файл не вдалося зберегти. Попросіть допомоги.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>Читання вголос не встановлено на цьому планшеті.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>Читання вголос не працює на цьому планшеті.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>На планшеті немає голосу для цієї мови. Запитайте консультанта.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Цей крок не можна виправити: він не показує жодного елемента.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>Виправлення не збережено: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Цей документ не з цього сеансу.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Ця сторінка тут не відкривається</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Цей сайт не належить до процедури. Для вашої безпеки планшет його не відкриває.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Ця адреса — не сторінка сайту. Планшет її не відкриває.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>Сторінки налаштувань браузера на цьому планшеті не відкриваються.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Це посилання хоче відкрити інший застосунок (пошту, телефон…). Планшет цього не робить. Запитайте консультанта.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Цей файл не можна зберегти на планшеті. Зберігаються лише документи PDF і зображення.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Інструменти розробника на цьому планшеті недоступні.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>На сторінку не можна перетягнути посилання чи файл.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Тут немає меню. Просто торкніться потрібного місця.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Можна надіслати лише документи з цього сеансу.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>Студія недоступна в автономному режимі.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>Навчальний сайт не запускається.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Додайте хоча б один крок.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>Не вдалося зберегти посібник.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Завершується, коли людина натискає на нього</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Завершується, коли поле заповнено</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Завершується, коли сторінка змінюється</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Завершується, коли зроблено вибір</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Завершується кнопкою « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Цього сайту немає в списку дозволених: відкрити його може лише режим посередника (з кодом).</translation>
    </message>
</context>
</TS>
