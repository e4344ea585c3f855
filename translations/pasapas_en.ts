<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>For funders</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Association&apos;s name</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Association&apos;s name, at the top of the report</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Table (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Save the table of figures (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>One-page report (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Save the one-page report (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Table (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>The last %1 months</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>led to the end</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>help requests and blocks</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>“I need help” calls</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sessions per month and topic</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Accompanied or self-service</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Go back to the procedure</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continue the procedure</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
</context>
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
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Where people stop</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>No session left unfinished in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, step %2: %n session</numerusform>
            <numerusform>%1, step %2: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Guide health (last 30 days)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Every target was found at the first try.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, step %2 (%3): not found %4 times, found another way %5 times</translation>
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
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>No camera: choose a document below</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Close the document</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>They will be erased at the end of the procedure. Print the ones you want to keep.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Close the list of documents</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Move the step up</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Move the step down</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Copy the step</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete the step</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Try from here</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>The step ends with</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Confidential data (the mediator looks away)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Note for the mediator</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Not written in this language yet: the French is shown.</translation>
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
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>local repair (replaces the other version) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>local guide · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>signed pack · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>bundled · v%1</translation>
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
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Go back to the original version</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Delete this local guide</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Edit this guide</translation>
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
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>This person needs help</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>A mediator is here</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>A mediator is here: stop the signal</translation>
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
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Everything has been erased: the pages visited, what was typed, the sign-ins and the documents. The tablet is ready for the next person.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Mediator: choose a PIN to protect the settings and self-service mode.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Choose the PIN</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Choose the mediator PIN</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Do your procedures online, one step at a time. At the end, everything is erased.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Start a procedure</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Mediator: unlock</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>a host is written like « www.caf.fr » or « *.caf.fr » (lower case, without https:// or /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>line %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>%n second before everything is erased</numerusform>
            <numerusform>%n seconds before everything is erased</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>If you do not answer, everything you did will be erased for the next person.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Yes, I want to continue</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Your downloaded documents will be erased too.</translation>
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
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Version %1 of %2, %3 guide(s)</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Mediator area</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Prepare a session</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>See the guides</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Choose a guide and the documents to prepare.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Switch to a session with a mediator</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Lock in self-service mode</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>To lend the tablet: only the guides&apos; websites open, and everything is erased at the end. Use the mediator PIN to leave this mode.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Self-service mode</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Minutes without touching the screen before erasing</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Websites allowed in all guides (one per line, for example « franceconnect.gouv.fr » or « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Save the allowed websites</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Change the mediator PIN</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Websites allowed in all guides</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>The desk&apos;s anonymous figures, for funders.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Create a guide</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Do the procedure once on the real site: each tap becomes a step.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 sessions, %3 led to the end</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Fleet guides</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Installed guide pack</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Version %1 of %2, %3 guide(s)</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>None: the guides that came with the app</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Last checked on %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Never checked</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Go back to the previous pack</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>Version %1. The current version will not be installed again.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>The guides that came with the app. The current version will not be installed again.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Pack address (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Trusted public keys, one per line (the last line of the .pub file; two while changing keys)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Saved keys: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Save the address and keys</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Saved. The tablet checks the pack now, then every four hours.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
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
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>This site is not safe</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>The site is slow to answer</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>The site does not prove who it is. Do not type anything. Call the mediator.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Wait a little longer, or try again.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Lay the sheet flat inside the frame, then press the big round button.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>This tablet has no camera. Choose a document from the session.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Move the four circles onto the corners of the sheet. Turn the photo if the text is sideways.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Add a page if the paper has several. Choose what it is, then press “Send”.</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Read the instruction aloud</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>The photo</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Top left corner</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Top right corner</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Bottom right corner</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Bottom left corner</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Take the photo again</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Turn the photo a quarter turn</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Keep this page</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Add a page</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Remove page %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Send the document to the site</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>This tablet has no working camera. You can choose a document already in the session.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Choose the mediator PIN</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Mediator PIN</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Type the mediator PIN.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Choose a PIN with 4 to 8 digits. Give it only to mediators.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Type the same PIN a second time.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many tries. Try again in %n second.</numerusform>
            <numerusform>Too many tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirm the PIN</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Proposed step</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Tap an element of the site</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>The page does not react yet: the element is outlined and a step is proposed here.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Step instruction</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Confidential data (the mediator looks away)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Step added</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Add the step</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Tap the element</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Do the action</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>“C&apos;est fait” step</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Steps recorded: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Save the guide</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>Is this the right element?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Touch the right element on the page</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Repair step %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>The page does not react during the repair: the element you touch is outlined and described here.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Not the right one? Touch another element of the page.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Use this element</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Use this element: the step is repaired</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Cancel the repair</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Field to fill in</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Drop-down list</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Checkbox</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Button or link</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Loading the page</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>My documents (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>I take over</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>You asked for help. A mediator will come.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Repair this step</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Reading aloud, text size, contrast</translation>
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
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>White text on black, yellow markers.</translation>
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
        <source>Pour le médiateur : %1</source>
        <translation>For the mediator: %1</translation>
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
        <source>Étape précédente</source>
        <translation>Previous step</translation>
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
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Choose what fits you. Every answer is fine.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Choose what fits you. Every answer is fine.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>First, close the message about cookies. Tap the button shown.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No problem. Your call shows at the top of the screen: a mediator will come. You can also go on when you are ready.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>I need help</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>I need help: call a mediator</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>First, open this part of the page. Tap the place shown.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Repair this step</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Repair this step: show the right element</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Language of the texts</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Missing texts are shown in French.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>The guide</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Notes for the mediator</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Document to prepare %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Remove this document</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Add a document to prepare</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>The steps (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>This guide cannot start.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Save the guide</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>The guide is checked, then saved on this tablet (version %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Export to a folder</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>For example a USB stick: the guide is written there in a folder named after it.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Export the guide into this folder</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Recording: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Loading the page</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Create a guide</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>The new guide</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Title in French</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>For example: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Start address</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>The site opens. Each tap selects an element without acting: you check the proposed step, then you do the action.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>A guide from another tablet</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Import a guide</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Choose its guide.json file (on a USB stick, for example). It is checked before it is added.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Guides (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>The mediator has the tablet</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>The guide&apos;s steps</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Go to step %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Skip the step</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>I hand back</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Hand the tablet back to the person</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>This step is secret (a password, a code). The person does it alone.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>I hand back</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Type it yourself, the mediator is not looking</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>What you type stays yours. The tablet does not keep it.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>I understand</translation>
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
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Your documents will be erased</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>When you finish, these documents will be erased from the tablet: %1. Open or print them first if you want to keep them.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>See my documents</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continue the procedure</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Erase everything and finish</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>This document is no longer there.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>No printer is set up on the tablet. Ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>Printing is not set up on this tablet. Ask a mediator.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>This document cannot be read.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>This picture cannot be read.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>The printer does not answer. Check that it is switched on, then try again.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>The document is going to the printer.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>self-service</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>accompanied</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Digital inclusion activity</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>People helped to the end</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Sessions left unfinished</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Help requests and blocks</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sessions per month and topic</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>The report cannot be written to “%1”.</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Tap on the element</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Field filled in</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>New page (address)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>An element appears</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>“Done”</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>A choice is made</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>The guide was not saved: fix what is marked in red.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Guide saved (version %1). It is in the catalogue, marked “local guide”.</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>The guide was not exported.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Guide exported: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>This guide was not imported.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Guide imported: “%1”, version %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>The activity log cannot be written (%1). Sessions go on, but they are not counted.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>unknown file version</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>The activity log was unreadable or locked (%1). It was set aside (%2) and a new log has started.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>The activity log was unreadable or locked (%1). A new log has started.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>A session could not be counted in the activity log (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Only the mediator area can change the allowed websites.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>First choose a mediator PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many tries. Try again in %n second.</numerusform>
            <numerusform>Too many tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many tries: try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Too many tries: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before it locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before it locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Only the mediator area can change the PIN.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>The PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>This PIN is too easy to guess (like 0000 or 1234). Choose another one.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>The two PINs are not the same. Start again.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>The PIN could not be saved.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>More choices</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Bank details (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Proof of address</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Pay slip</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Tax notice</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>The file is still too large for this site. Take fewer pages, or ask for help.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>The file could not be saved. Ask for help.</translation>
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
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>This step cannot be repaired: it shows no element.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>The repair was not saved: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>This document is not from this session.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>This page does not open here</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>This website is not part of the procedure. For your safety, the tablet does not open it.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>This address is not a website page. The tablet does not open it.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>The browser settings pages do not open on this tablet.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>This link wants to open another app (email, phone…). The tablet does not do that. Ask a mediator.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>This file cannot be kept on the tablet. Only PDF documents and pictures are kept.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Developer tools are not available on this tablet.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>You cannot drop a link or a file into the page.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>There is no menu here. Just tap the item.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Only documents from this session can be sent.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>The studio is not available in self-service mode.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>The practice site does not start.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Add at least one step.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>The guide could not be saved.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Ends when the person taps it</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Ends when the field is filled in</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Ends when the page changes</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Ends when a choice is made</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Ends with “C&apos;est fait”</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>This site is not on the list of allowed sites: only mediator mode (with the code) can open it.</translation>
    </message>
</context>
</TS>
