<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Choose a procedure</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Search for a procedure, in your language</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Search for a procedure</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>No procedure found</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Try another word, or ask the mediator.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Work and jobs</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Family and benefits (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Taxes and money</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>ID papers and residence permit</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Justice and rights</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>First steps on the tablet</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Everyday life</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>No documents in this session</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ about %n minute</numerusform>
            <numerusform>⏱ about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>in French</translation>
    </message>
    <message>
        <source>version locale (remplace le guide fourni)</source>
        <translation>local version (replaces the built-in guide)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>local guide</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>This guide is not translated yet. It is in French.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Time: about %n minute</numerusform>
            <numerusform>⏱ Time: about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Start the procedure « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>What to prepare before you start</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>not ready yet</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Tick each document when you have it with you.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Languages of this guide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Note for the mediator:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Local version of this guide (folder %1). It replaces the guide that comes with the app.</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>No guides here yet</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>The mediator can add guides for this procedure.</translation>
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
        <translation>Hello!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Do your procedures online, one step at a time. How are you using the tablet today?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>With a mediator</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>I do my procedure with a mediator next to me.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>On my own</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>I do my procedure alone. Everything will be erased at the end.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Mediator area</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Prepare a session, choose the guides, set up the tablet.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Choose the language</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Choose the language</translation>
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
        <translation>This guide cannot start.</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Mediator area</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>This part of the app is not ready yet.</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>The page does not open</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>The page has closed</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>The website has a problem</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>The tablet cannot reach the website. Check the Wi-Fi, then try again.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>It is not your fault. We can go back to the last good page.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>The website is not working as usual. Try again in a moment, or call the mediator.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>This file cannot be saved on the tablet.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Loading the page</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Read each step automatically</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Normal (100%)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Large (150%)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Very large (200%)</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Well done! The procedure is finished.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(not translated yet: in French)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>On the website, look for:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Secret information: type it yourself. The mediator looks away, and the app does not read it.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>I cannot find « %1 » on this page. Look for these words on the page, or ask for help.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>I cannot find the right place on this page. Look for it, or ask for help.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>You are not on the right page for this step.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Go back to the right page</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No problem. The mediator will come and help you. You can also go on when you are ready.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No problem. Ask for help at the front desk. You can also go on when you are ready.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;For the mediator:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Done: next step</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>I&apos;m stuck</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>I&apos;m stuck: ask for help</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Quit the procedure</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Read the step aloud</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Here</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Here</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>Read aloud is not installed on this tablet.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>Read aloud does not work on this tablet.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>There is no voice for this language on the tablet. Ask the mediator.</translation>
    </message>
</context>
</TS>
