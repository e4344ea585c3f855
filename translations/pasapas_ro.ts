<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Pentru finanțatori</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Numele asociației</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Numele asociației, în capul raportului</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Tabel (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Salvează tabelul cu cifre (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Raport de o pagină (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Salvează raportul de o pagină (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Tabel (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Salvat: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Ultimele %1 luni</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Perioadă: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiuni</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>duse până la capăt</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>cereri de ajutor și blocaje</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>apeluri „Am nevoie de ajutor”</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sesiuni pe lună și pe temă</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Însoțite sau autonome</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ghiduri</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Înapoi la demers</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continuă demersul</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n sesiune</numerusform>
            <numerusform>%1: %n sesiuni</numerusform>
            <numerusform>%1: %n de sesiuni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Alege un demers</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Caută un demers, în limba ta</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Caută un demers</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>Niciun demers găsit</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Încearcă alt cuvânt sau întreabă mediatorul.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Muncă și locuri de muncă</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Familie și alocații (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Impozite și bani</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Acte de identitate și permis de ședere</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Locuință</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Justiție și drepturi</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Primii pași pe tabletă</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Viața de zi cu zi</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n ghid</numerusform>
            <numerusform>%n ghiduri</numerusform>
            <numerusform>%n de ghiduri</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>În curând</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Unde se opresc oamenii</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>Nicio sesiune abandonată în această perioadă.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, pasul %2: %n sesiune</numerusform>
            <numerusform>%1, pasul %2: %n sesiuni</numerusform>
            <numerusform>%1, pasul %2: %n de sesiuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Starea ghidurilor (ultimele 30 de zile)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Toate țintele au fost găsite din prima.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, pasul %2 (%3): negăsit de %4 ori, găsit altfel de %5 ori</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Alege un document</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>Niciun document în această sesiune</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Fotografiați</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>Nicio cameră foto: alegeți un document mai jos</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Închide documentul</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Tipărește documentul</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Documentele mele</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>Vor fi șterse la finalul demersului. Tipărește-le pe cele pe care vrei să le păstrezi.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Niciun document deocamdată</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Închide lista de documente</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Pasul %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Mutați pasul mai sus</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Mutați pasul mai jos</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Copiați pasul</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Ștergeți pasul</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Încercați de aici</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instrucțiune</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>Pasul se încheie cu</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Date confidențiale (mediatorul se uită în altă parte)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Notă pentru mediator</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Încă nu este scris în această limbă: se afișează textul în franceză.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ aproximativ %n minut</numerusform>
            <numerusform>⏱ aproximativ %n minute</numerusform>
            <numerusform>⏱ aproximativ %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>în franceză</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>reparație locală (înlocuiește cealaltă versiune) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>ghid local · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>pachet semnat · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>inclus · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Acest ghid nu este încă tradus: este în franceză.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Durată: aproximativ %n minut</numerusform>
            <numerusform>⏱ Durată: aproximativ %n minute</numerusform>
            <numerusform>⏱ Durată: aproximativ %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Începe demersul « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>De pregătit înainte să începi</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>încă nu e gata</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Bifează fiecare document când îl ai la tine.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Limbile acestui ghid</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notă pentru mediator:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Versiune locală a acestui ghid (dosarul %1): înlocuiește ghidul inclus în aplicație.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Revino la versiunea originală</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Șterge acest ghid local</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Modificați acest ghid</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Încă nu există ghiduri aici</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>Mediatorul poate adăuga ghiduri pentru acest demers.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Această persoană are nevoie de ajutor</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Un mediator este aici</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Un mediator este aici: oprește semnalul</translation>
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
        <translation>Bună ziua!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Fă-ți demersurile online, pas cu pas. Cum folosești tableta azi?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>Sesiune cu mediator</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>Îmi fac demersul cu un mediator sau o mediatoare lângă mine.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Pe cont propriu</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>Îmi fac demersul fără ajutor. La final, totul va fi șters.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Spațiul mediatorului</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Pregătește o sesiune, alege ghidurile, configurează tableta.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Totul a fost șters: paginile vizitate, ce s-a scris, conectările la conturi și documentele. Tableta este gata pentru următoarea persoană.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Pentru mediator: alege un cod care protejează setările și modul autonom.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Alege codul</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Alege codul de mediator</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Fă-ți demersurile online, pas cu pas. La final, totul este șters.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Începe un demers</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Pentru mediator: deblochează</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>un site se scrie ca « www.caf.fr » sau « *.caf.fr » (cu litere mici, fără https:// și /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>rândul %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Mai ești aici?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>%n secundă până la ștergere</numerusform>
            <numerusform>%n secunde până la ștergere</numerusform>
            <numerusform>%n de secunde până la ștergere</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Dacă nu răspunzi, tot ce ai făcut va fi șters. Așa tableta e gata pentru următoarea persoană.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Da, continui</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Și documentele descărcate vor fi șterse.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Alege limba</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Alege limba</translation>
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
        <translation>Acest ghid nu poate porni.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Versiunea %1 din %2, %3 ghid(uri)</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificați</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Spațiul mediatorului</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Pregătește o sesiune</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Vezi ghidurile</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Alege un ghid și documentele de pregătit.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Treci la sesiunea cu mediator</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Blochează în modul autonom</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Pentru a împrumuta tableta: se deschid doar site-urile din ghiduri, iar la final totul este șters. Pentru a ieși, e nevoie de codul de mediator.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Modul autonom</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Minute fără atingerea ecranului înainte de ștergere</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Site-uri permise în toate ghidurile (câte unul pe rând, de exemplu « franceconnect.gouv.fr » sau « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Salvează site-urile permise</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Schimbă codul de mediator</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Site-uri permise în toate ghidurile</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Cifrele anonime ale punctului de primire, pentru finanțatori.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Creează un ghid</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Fă demersul o dată pe site-ul real: fiecare apăsare devine un pas.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 sesiuni, %3 duse până la capăt</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Ghidurile rețelei</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Pachet de ghiduri instalat</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Versiunea %1 din %2, %3 ghid(uri)</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Niciunul: ghidurile incluse în aplicație</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Ultima verificare: %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Niciodată verificat</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Verifică acum</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Înapoi la pachetul anterior</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>Versiunea %1. Versiunea actuală nu va mai fi instalată.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Ghidurile incluse în aplicație. Versiunea actuală nu va mai fi instalată.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Adresa pachetului (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Chei publice de încredere, câte una pe linie (ultima linie a fișierului .pub; două în timpul unei schimbări de cheie)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Chei salvate: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Salvează adresa și cheile</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Salvat. Tableta verifică pachetul acum, apoi la fiecare patru ore.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>Pagina nu se deschide</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>Pagina s-a închis</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>Site-ul are o problemă</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>Tableta nu se poate conecta la site. Verifică Wi-Fi-ul, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>Nu e vina ta. Putem relua de la ultima pagină bună.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>Site-ul nu răspunde ca de obicei. Încearcă din nou peste puțin timp sau cheamă mediatorul.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Acest site nu este sigur</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>Site-ul răspunde greu</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>Site-ul nu dovedește cine este. Nu scrie nimic. Cheamă mediatorul.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Mai așteaptă puțin sau încearcă din nou.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Așezați foaia întinsă în cadru, apoi apăsați butonul mare rotund.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>Această tabletă nu are cameră foto. Alegeți un document din sesiune.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Mutați cele patru cercuri pe colțurile foii. Rotiți fotografia dacă textul e strâmb.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Adăugați o pagină dacă documentul are mai multe. Alegeți ce este, apoi apăsați « Trimiteți ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Se pregătește fișierul…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Fotografiați</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Citește instrucțiunea cu voce tare</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Colțul din stânga sus</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Colțul din dreapta sus</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Colțul din dreapta jos</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Colțul din stânga jos</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Refaceți</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Refaceți fotografia</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Rotiți</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Rotiți fotografia cu un sfert de tură</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Păstrați această pagină</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Adăugați o pagină</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Eliminați pagina %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Trimiteți</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Trimiteți documentul către site</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>Nicio cameră foto</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>Această tabletă nu are o cameră foto care să funcționeze. Puteți alege un document deja din sesiune.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Documentele mele</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Faceți fotografia</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Alege codul de mediator</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Cod de mediator</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Scrie codul de mediator.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Alege un cod de 4 până la 8 cifre. Dă-l doar mediatorilor.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Scrie același cod încă o dată.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n cifră scrisă</numerusform>
            <numerusform>%n cifre scrise</numerusform>
            <numerusform>%n de cifre scrise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Șterge o cifră</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirmă codul</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Pas propus</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Apasă pe un element al site-ului</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>Pagina nu reacționează încă: elementul este încadrat și aici se propune un pas.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Instrucțiunea pasului</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Date confidențiale (mediatorul se uită în altă parte)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Pas adăugat</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Adaugă pasul</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Apasă pe element</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Fă acțiunea</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>Pas « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Pași înregistrați: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Salvează ghidul</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>Este elementul potrivit?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Atinge elementul potrivit de pe pagină</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Repară pasul %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Citește cu voce tare</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>Pagina nu reacționează în timpul reparării: elementul atins este încadrat și descris aici.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(fără text)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Nu e cel potrivit? Atinge alt element al paginii.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Folosește acest element</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Folosește acest element: pasul este reparat</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Anulează repararea</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Câmp de completat</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Listă de opțiuni</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Căsuță de bifat</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Opțiune</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Buton sau link</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Document salvat: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Se încarcă pagina</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Documentele mele (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Pagina anterioară</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Preiau controlul</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Ați cerut ajutor. Vine un mediator.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Repară acest pas</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Citire cu voce tare, mărimea textului, contrast</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Citește automat fiecare pas</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Viteza de citire</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Lentă</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Rapidă</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Afișare</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Normală (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Mare (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Foarte mare (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Text alb pe fundal negru, repere galbene.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Terminat</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Bravo! Demersul este gata.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(încă netradus: în franceză)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>Pe site, caută:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Informație secretă: scrie-o tu. Mediatorul se uită în altă parte, iar aplicația nu o citește.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>Nu găsesc « %1 » pe această pagină. Caută aceste cuvinte pe pagină sau cere ajutor.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>Nu găsesc locul pe această pagină. Caută-l sau cere ajutor.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>Nu ești pe pagina potrivită pentru acest pas.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Înapoi la pagina potrivită</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Nicio problemă. Mediatorul vine să te ajute. Poți și să continui când ești gata.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Nicio problemă. Cere ajutor la recepție. Poți și să continui când ești gata.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Pentru mediator: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Gata: pasul următor</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Pasul anterior</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Termină</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Ieși</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Încheie sesiunea</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Ieși din demers</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Citește pasul cu voce tare</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Alege ce ți se potrivește. Orice răspuns este bun.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Alege ce ți se potrivește. Orice răspuns este bun.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Mai întâi, închide mesajul despre cookie-uri. Apasă pe butonul arătat.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Nicio problemă. Apelul dumneavoastră apare în partea de sus a ecranului: vine un mediator. Puteți continua și când sunteți gata.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Am nevoie de ajutor</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Am nevoie de ajutor: cheamă un mediator</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Mai întâi, deschide această parte a paginii. Apasă pe locul arătat.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Repară acest pas</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Repară acest pas: arată elementul potrivit</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Modificare: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Limba textelor</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Textele lipsă se afișează în franceză.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>Ghidul</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Note pentru mediator</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Document de pregătit %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Eliminați acest document</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Adăugați un document de pregătit</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Pașii (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Acest ghid nu poate porni.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Salvează ghidul</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>Ghidul este verificat, apoi salvat pe această tabletă (versiunea %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Exportați într-un dosar</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>De exemplu un stick USB: ghidul este scris acolo într-un dosar cu numele lui.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Exportați ghidul în acest dosar</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Înregistrare: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Pagina anterioară</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Se încarcă pagina</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Creează un ghid</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>Ghidul nou</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Titlu în franceză</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>De exemplu: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Adresa de pornire</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Începe înregistrarea</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>Site-ul se deschide. Fiecare apăsare alege un element fără să acționeze: verifici pasul propus, apoi faci acțiunea.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Un ghid de pe altă tabletă</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Importați un ghid</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Alegeți fișierul său guide.json (de exemplu pe un stick USB). Este verificat înainte de a fi adăugat.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Ghiduri (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>Mediatorul are controlul</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Pașii ghidului</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Mergi la pasul %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Sari peste pas</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Predau controlul</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Dați tableta înapoi persoanei</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Acest pas este secret (o parolă, un cod). Persoana îl face singură.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Predau controlul</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Scrieți singur/ă, mediatorul nu se uită</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>Ce scrieți rămâne al dumneavoastră. Tableta nu păstrează.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Am înțeles</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Aici</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Aici</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Documentele tale vor fi șterse</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Când termini, aceste documente vor fi șterse de pe tabletă: %1. Dacă vrei să le păstrezi, deschide-le sau tipărește-le înainte.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Vezi documentele mele</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continuă demersul</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Șterge tot și termină</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Acest document nu mai există.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>Pe tabletă nu este instalată nicio imprimantă. Întreabă un mediator.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>Imprimarea nu este instalată pe această tabletă. Întreabă un mediator.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Acest document nu poate fi deschis.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Această imagine nu poate fi deschisă.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>Imprimanta nu răspunde. Verifică dacă este pornită, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>Documentul se trimite la imprimantă.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>autonom</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>însoțit</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>din %1 până în %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>Fișierul nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Activitate de mediere digitală</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiuni</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Persoane ajutate până la capăt</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Sesiuni abandonate</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Cereri de ajutor și blocaje</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sesiuni pe lună și pe temă</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>Raportul nu poate fi scris în „%1”.</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Apăsare pe element</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Câmp completat</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Pagină nouă (adresă)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>Apare un element</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>„Gata”</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>Se face o alegere</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>Ghidul nu a fost salvat: corectați ce este marcat cu roșu.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Ghid salvat (versiunea %1). Este în catalog, marcat „ghid local”.</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>Ghidul nu a fost exportat.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Ghid exportat: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Acest ghid nu a fost importat.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Ghid importat: „%1”, versiunea %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>Jurnalul de activitate nu poate fi scris (%1). Sesiunile continuă, dar nu sunt numărate.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>versiune de fișier necunoscută</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>Jurnalul de activitate era ilizibil sau blocat (%1). A fost pus deoparte (%2) și a început un jurnal nou.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>Jurnalul de activitate era ilizibil sau blocat (%1). A început un jurnal nou.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>O sesiune nu a putut fi numărată în jurnalul de activitate (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Site-urile permise se pot schimba doar din spațiul mediatorului.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Mai întâi alege un cod de mediator.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe încercări. Încearcă din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Cod greșit. Prea multe încercări: încearcă din nou peste %n secundă.</numerusform>
            <numerusform>Cod greșit. Prea multe încercări: încearcă din nou peste %n secunde.</numerusform>
            <numerusform>Cod greșit. Prea multe încercări: încearcă din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Cod greșit. Mai ai %n încercare până la blocare.</numerusform>
            <numerusform>Cod greșit. Mai ai %n încercări până la blocare.</numerusform>
            <numerusform>Cod greșit. Mai ai %n de încercări până la blocare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Codul se poate schimba doar din spațiul mediatorului.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>Codul are între 4 și 8 cifre.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Acest cod este prea ușor de ghicit (ca 0000 sau 1234). Alege altul.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>Cele două coduri nu sunt la fel. Începe din nou.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>Codul nu a putut fi salvat.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Mai multe opțiuni</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Act de identitate</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Permis de ședere</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Date bancare (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Dovada domiciliului</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Fluturaș de salariu</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Aviz de impozitare</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Adeverință</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Alt document</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>Fișierul rămâne prea mare pentru acest site. Faceți mai puține pagini sau cereți ajutor.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>Fișierul nu a putut fi salvat. Cereți ajutor.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>Citirea cu voce tare nu este instalată pe această tabletă.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>Citirea cu voce tare nu funcționează pe această tabletă.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>Tableta nu are o voce pentru această limbă. Întreabă mediatorul.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Acest pas nu poate fi reparat: nu arată niciun element.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>Repararea nu a fost salvată: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Acest document nu este din această sesiune.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Această pagină nu se deschide aici</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Acest site nu face parte din demers. Pentru siguranța ta, tableta nu îl deschide.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Această adresă nu este o pagină de site. Tableta nu o deschide.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>Paginile de setări ale browserului nu se deschid pe această tabletă.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Acest link vrea să deschidă altă aplicație (e-mail, telefon…). Tableta nu face asta. Întreabă un mediator.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Acest fișier nu poate fi păstrat pe tabletă. Se păstrează doar documentele PDF și imaginile.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Instrumentele pentru dezvoltatori nu sunt disponibile pe această tabletă.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>Nu poți trage un link sau un fișier în pagină.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Aici nu e niciun meniu. Doar atinge locul dorit.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Doar documentele din această sesiune pot fi trimise.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>Studioul nu este disponibil în modul autonom.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>Site-ul de exerciții nu pornește.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Adaugă cel puțin un pas.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>Ghidul nu a putut fi salvat.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Se termină când persoana apasă pe el</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Se termină când câmpul este completat</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Se termină când pagina se schimbă</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Se termină când se face o alegere</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Se termină cu « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Acest site nu este în lista site-urilor permise: doar modul mediator (cu codul) îl poate deschide.</translation>
    </message>
</context>
</TS>
