<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="fr">
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
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Виберіть документ</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>У цьому сеансі немає документів</translation>
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
        <source>version locale (remplace le guide fourni)</source>
        <translation>місцева версія (замінює вбудовану інструкцію)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>місцева інструкція</translation>
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
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Розділ консультанта</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>Незабаром буде доступно</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>Цей розділ застосунку ще готується.</translation>
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
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>Цей файл не можна зберегти на планшеті.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Документ збережено: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Завантаження сторінки</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Налаштування</translation>
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
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Для консультанта:&lt;/b&gt; %1</translation>
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
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>Не виходить</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>Не виходить: попросити допомоги</translation>
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
</TS>
