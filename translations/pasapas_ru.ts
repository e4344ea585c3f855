<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Для финансирующих организаций</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Название ассоциации</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Название ассоциации, вверху отчёта</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Сохранить таблицу показателей (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Отчёт на одну страницу (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Сохранить отчёт на одну страницу (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Таблица (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Последние %1 месяцев</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>сеансов</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>доведено до конца</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>просьб о помощи и затруднений</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>вызовов «Мне нужна помощь»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Сеансы по месяцам и темам</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>С сопровождением или самостоятельно</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Руководства</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Вернуться к процедуре</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Продолжить процедуру</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n сеанс</numerusform>
            <numerusform>%1: %n сеанса</numerusform>
            <numerusform>%1: %n сеансов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Выберите процедуру</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Найти процедуру на вашем языке</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Найти процедуру</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Попробуйте другое слово или спросите консультанта.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Работа и трудоустройство</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Семья и пособия (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Налоги и деньги</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Документы и вид на жительство</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Суд и права</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Первые шаги с планшетом</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Повседневная жизнь</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n инструкция</numerusform>
            <numerusform>%n инструкции</numerusform>
            <numerusform>%n инструкций</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Скоро</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Где люди останавливаются</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>За этот период нет незавершённых сеансов.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, шаг %2: %n сеанс</numerusform>
            <numerusform>%1, шаг %2: %n сеанса</numerusform>
            <numerusform>%1, шаг %2: %n сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Состояние руководств (последние 30 дней)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Все цели найдены с первой попытки.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, шаг %2 (%3): не найдено %4 раз, найдено иначе %5 раз</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Выберите документ</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>В этом сеансе нет документов</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>Нет камеры: выберите документ ниже</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Закрыть документ</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Распечатать</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Распечатать документ</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>В конце процедуры они будут удалены. Распечатайте те, которые хотите сохранить.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Пока документов нет</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Закрыть список документов</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Переместить шаг выше</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Переместить шаг ниже</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Копировать шаг</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Попробовать отсюда</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Указание</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>Шаг завершается</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Конфиденциальные данные (посредник отводит взгляд)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Заметка для посредника</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>На этом языке ещё не написано: показывается французский текст.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ примерно %n минута</numerusform>
            <numerusform>⏱ примерно %n минуты</numerusform>
            <numerusform>⏱ примерно %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>на французском</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>местное исправление (заменяет другую версию) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>местная инструкция · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>подписанный пакет · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>встроенная · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Эта инструкция ещё не переведена: она на французском.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Время: примерно %n минута</numerusform>
            <numerusform>⏱ Время: примерно %n минуты</numerusform>
            <numerusform>⏱ Время: примерно %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Начать процедуру « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>Что подготовить заранее</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>ещё не готово</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Отметьте каждый документ, когда он у вас с собой.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Языки этой инструкции</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Заметка для консультанта:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Местная версия этой инструкции (папка %1): она заменяет инструкцию, встроенную в приложение.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Вернуться к исходной версии</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Удалить это местное руководство</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Изменить это руководство</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Здесь пока нет инструкций</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>Консультант может добавить инструкции для этой процедуры.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Этому человеку нужна помощь</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Посредник здесь</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Посредник здесь: остановить сигнал</translation>
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
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Проходите процедуры онлайн, шаг за шагом. Как вы сегодня будете работать с планшетом?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>С консультантом</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>Я прохожу процедуру, а рядом со мной консультант.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Самостоятельно</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>Я прохожу процедуру без помощи. В конце всё будет удалено.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Раздел консультанта</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Подготовить сеанс, выбрать инструкции, настроить планшет.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Всё удалено: просмотренные страницы, введённый текст, входы в учётные записи и документы. Планшет готов для следующего человека.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Для консультанта: выберите код, чтобы защитить настройки и самостоятельный режим.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Выбрать код</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Выбрать код консультанта</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Проходите процедуры онлайн, шаг за шагом. В конце всё будет удалено.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Начать процедуру</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Для консультанта: разблокировать</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>адрес сайта пишется так: « www.caf.fr » или « *.caf.fr » (строчными буквами, без https:// и /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>строка %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>Удаление через %n секунду</numerusform>
            <numerusform>Удаление через %n секунды</numerusform>
            <numerusform>Удаление через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Если вы не ответите, всё, что вы сделали, будет удалено. Так планшет будет готов для следующего человека.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Да, я продолжаю</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Скачанные документы тоже будут удалены.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Выбрать язык</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Выбрать язык</translation>
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
        <translation>Эту инструкцию не удаётся запустить.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Версия %1 от %2, инструкций: %3</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Раздел консультанта</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Подготовить сеанс</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Посмотреть инструкции</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Выбрать инструкцию и документы, которые нужно подготовить.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Перейти к сеансу с консультантом</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Заблокировать в самостоятельном режиме</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Чтобы дать планшет на время: открываются только сайты из инструкций, а в конце всё удаляется. Чтобы выйти, нужен код консультанта.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Самостоятельный режим</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Минут без касания экрана до удаления</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Разрешённые сайты для всех инструкций (по одному в строке, например « franceconnect.gouv.fr » или « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Сохранить разрешённые сайты</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Изменить код консультанта</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Разрешённые сайты для всех инструкций</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Анонимные показатели пункта, для финансирующих организаций.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Создать руководство</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Пройдите процедуру один раз на настоящем сайте: каждое нажатие становится шагом.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 сеансов, %3 доведено до конца</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Инструкции сети</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Установленный пакет инструкций</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Версия %1 от %2, инструкций: %3</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Нет: инструкции, встроенные в приложение</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Последняя проверка: %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Ещё не проверялось</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Вернуться к предыдущему пакету</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>Версия %1. Текущая версия больше не будет установлена.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Инструкции, встроенные в приложение. Текущая версия больше не будет установлена.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Адрес пакета (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Доверенные открытые ключи, по одному в строке (последняя строка файла .pub; два во время смены ключа)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Сохранённые ключи: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Сохранить адрес и ключи</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Сохранено. Планшет проверяет пакет сейчас, а затем каждые четыре часа.</translation>
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
        <translation>Страница не открывается</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>Страница закрылась</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>На сайте проблема</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>Планшет не может связаться с сайтом. Проверьте Wi-Fi и попробуйте снова.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>Это не ваша вина. Можно продолжить с последней правильной страницы.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>Сайт работает не как обычно. Попробуйте ещё раз чуть позже или позовите консультанта.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Этот сайт небезопасен</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>Сайт долго не отвечает</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>Сайт не подтверждает, кто он. Ничего не пишите. Позовите медиатора.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Подождите ещё немного или попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Положите лист ровно в рамку, затем нажмите большую круглую кнопку.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>На этом планшете нет камеры. Выберите документ из сеанса.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Передвиньте четыре кружка на углы листа. Поверните фото, если текст лежит боком.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Добавьте страницу, если в документе их несколько. Выберите, что это, затем нажмите « Отправить ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Готовим файл…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Прочитать указание вслух</translation>
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
        <translation>Верхний левый угол</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Верхний правый угол</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Нижний правый угол</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Нижний левый угол</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Сделать снимок ещё раз</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Повернуть фото на четверть оборота</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Оставить эту страницу</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Добавить страницу</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Убрать страницу %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Отправить документ на сайт</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>Нет камеры</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>На этом планшете нет работающей камеры. Можно выбрать документ, который уже есть в сеансе.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Сделать снимок</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Выбрать код консультанта</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Код консультанта</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Введите код консультанта.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Выберите код от 4 до 8 цифр. Сообщайте его только консультантам.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Введите тот же код ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>Введена %n цифра</numerusform>
            <numerusform>Введено %n цифры</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Стереть цифру</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Подтвердить код</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Предложенный шаг</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Нажмите на элемент сайта</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>Страница пока не реагирует: элемент обведён, а здесь предложен шаг.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Инструкция шага</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Конфиденциальные данные (посредник отводит взгляд)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Шаг добавлен</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Нажмите на элемент</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Выполнить действие</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>Шаг « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Записано шагов: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Сохранить руководство</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>Это правильный элемент?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Коснитесь правильного элемента на странице</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Исправить шаг %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>Во время исправления страница не реагирует: элемент, которого вы коснулись, обведён и описан здесь.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Не тот? Коснитесь другого элемента страницы.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Использовать этот элемент</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Использовать этот элемент: шаг исправлен</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Отменить исправление</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Поле для заполнения</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Список для выбора</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Кнопка или ссылка</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Документ сохранён: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Загрузка страницы</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Мои документы (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Я беру управление</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Вы попросили помощи. Посредник подойдёт.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Исправить этот шаг</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Чтение вслух, размер текста, контраст</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Читать каждый шаг автоматически</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Скорость чтения</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Медленная</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Быстрая</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Обычный (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Крупный (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Очень крупный (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Белый текст на чёрном фоне, жёлтые отметки.</translation>
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
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Отлично! Процедура завершена.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(ещё не переведено: на французском)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>На сайте найдите:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Секретные данные: введите их сами. Консультант не смотрит, а приложение их не читает.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>Я не нахожу « %1 » на этой странице. Найдите эти слова на странице или попросите помощи.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>Я не нахожу нужное место на этой странице. Поищите его или попросите помощи.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>Для этого шага нужна другая страница.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Вернуться на нужную страницу</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Ничего страшного. Консультант сейчас подойдёт и поможет. Вы также можете продолжить, когда будете готовы.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Ничего страшного. Попросите помощи на стойке приёма. Вы также можете продолжить, когда будете готовы.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Для консультанта: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Сделано: следующий шаг</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Выйти из процедуры</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Прочитать шаг вслух</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Выберите то, что вам подходит. Любой ответ подходит.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Выберите то, что вам подходит. Любой ответ подходит.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Сначала закройте сообщение о файлах cookie. Нажмите показанную кнопку.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Ничего страшного. Ваш вызов виден вверху экрана: посредник подойдёт. Вы также можете продолжить, когда будете готовы.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Мне нужна помощь</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Мне нужна помощь: позвать посредника</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Сначала откройте эту часть страницы. Нажмите на показанное место.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Исправить этот шаг</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Исправить этот шаг: показать правильный элемент</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Язык текстов</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Отсутствующие тексты показываются на французском.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Заметки для посредника</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Документ для подготовки %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Убрать этот документ</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Добавить документ для подготовки</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Шаги (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Эту инструкцию не удаётся запустить.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Сохранить руководство</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>Руководство проверяется, затем сохраняется на этом планшете (версия %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Экспортировать в папку</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>Например, USB-флешка: руководство записывается туда в папку с его названием.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Экспортировать руководство в эту папку</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Загрузка страницы</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Создать руководство</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>Новое руководство</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Название на французском</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>Например: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Начальный адрес</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Начать запись</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>Сайт открывается. Каждое нажатие выбирает элемент, не выполняя действия: вы проверяете предложенный шаг, затем выполняете действие.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Руководство с другого планшета</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Импортировать руководство</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Выберите его файл guide.json (например, на USB-флешке). Он проверяется перед добавлением.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Руководства (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>Управляет посредник</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Шаги руководства</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Перейти к шагу %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Пропустить шаг</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Я возвращаю управление</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Верните планшет человеку</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Этот шаг секретный (пароль, код). Человек делает его сам.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Я возвращаю управление</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Введите сами, посредник не смотрит</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>То, что вы вводите, остаётся вашим. Планшет это не сохраняет.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Понятно</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Здесь</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Здесь</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Ваши документы будут удалены</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Когда вы завершите, эти документы будут удалены с планшета: %1. Если хотите их сохранить, сначала откройте или распечатайте их.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Посмотреть мои документы</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Продолжить процедуру</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Удалить всё и завершить</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Этого документа больше нет.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>На планшете не установлен принтер. Спросите консультанта.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>Печать на этом планшете не установлена. Спросите консультанта.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Этот документ не удаётся открыть.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Это изображение не удаётся открыть.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>Принтер не отвечает. Проверьте, что он включён, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>Документ отправлен на принтер.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>с сопровождением</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>Файл не удаётся записать: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Деятельность по цифровой помощи</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Людей доведено до конца</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Незавершённые сеансы</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Просьбы о помощи и затруднения</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Сеансы по месяцам и темам</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>Отчёт не удаётся записать в «%1».</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Нажатие на элемент</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Поле заполнено</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Новая страница (адрес)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>Появляется элемент</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«Готово»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>Сделан выбор</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>Руководство не сохранено: исправьте то, что отмечено красным.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Руководство сохранено (версия %1). Оно в каталоге с пометкой «локальное руководство».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>Руководство не экспортировано.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Руководство экспортировано: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Это руководство не импортировано.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Руководство импортировано: «%1», версия %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>Журнал активности не удаётся записать (%1). Сеансы продолжаются, но не учитываются.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>неизвестная версия файла</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>Журнал активности был нечитаем или заблокирован (%1). Он отложен (%2), начат новый журнал.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>Журнал активности был нечитаем или заблокирован (%1). Начат новый журнал.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>Один сеанс не удалось учесть в журнале активности (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Разрешённые сайты можно изменить только в разделе консультанта.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Сначала выберите код консультанта.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Неверный код. Слишком много попыток: попробуйте снова через %n секунду.</numerusform>
            <numerusform>Неверный код. Слишком много попыток: попробуйте снова через %n секунды.</numerusform>
            <numerusform>Неверный код. Слишком много попыток: попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Неверный код. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный код. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный код. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Код можно изменить только в разделе консультанта.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>В коде от 4 до 8 цифр.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Этот код слишком легко угадать (например, 0000 или 1234). Выберите другой.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>Два кода не совпадают. Начните сначала.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>Не удалось сохранить код.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Ещё действия</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Банковские реквизиты (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Подтверждение адреса</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Расчётный лист</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Налоговое уведомление</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>Файл всё ещё слишком большой для этого сайта. Сделайте меньше страниц или попросите помощи.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>Не удалось сохранить файл. Попросите помощи.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>Чтение вслух не установлено на этом планшете.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>Чтение вслух не работает на этом планшете.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>На планшете нет голоса для этого языка. Спросите консультанта.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Этот шаг нельзя исправить: он не показывает ни одного элемента.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>Исправление не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Этот документ не из этого сеанса.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Эта страница здесь не открывается</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Этот сайт не относится к процедуре. Для вашей безопасности планшет его не открывает.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Этот адрес — не страница сайта. Планшет его не открывает.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>Страницы настроек браузера на этом планшете не открываются.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Эта ссылка хочет открыть другое приложение (почту, телефон…). Планшет этого не делает. Спросите консультанта.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Этот файл нельзя сохранить на планшете. Сохраняются только документы PDF и изображения.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Инструменты разработчика на этом планшете недоступны.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>На страницу нельзя перетащить ссылку или файл.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Здесь нет меню. Просто коснитесь нужного места.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Можно отправить только документы из этого сеанса.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>Студия недоступна в автономном режиме.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>Учебный сайт не запускается.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Добавьте хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>Не удалось сохранить руководство.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Завершается, когда человек нажимает на него</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Завершается, когда поле заполнено</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Завершается, когда страница меняется</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Завершается, когда сделан выбор</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Завершается кнопкой « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Этого сайта нет в списке разрешённых: открыть его может только режим посредника (с кодом).</translation>
    </message>
</context>
</TS>
