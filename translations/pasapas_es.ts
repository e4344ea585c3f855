<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Para los financiadores</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Nombre de la asociación</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Nombre de la asociación, en la cabecera del informe</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Tabla (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Guardar la tabla de cifras (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Informe de una página (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Guardar el informe de una página (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Tabla (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Los últimos %1 meses</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>llevadas hasta el final</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>peticiones de ayuda y bloqueos</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>llamadas «Necesito ayuda»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sesiones por mes y por tema</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Acompañadas o autónomas</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Volver al trámite</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Seguir con el trámite</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n sesión</numerusform>
            <numerusform>%1: %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Elige un trámite</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Busca un trámite, en tu idioma</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Buscar un trámite</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>No se ha encontrado ningún trámite</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Prueba con otra palabra o pregunta al mediador.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Trabajo y empleo</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Familia y ayudas (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Impuestos y dinero</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Documentos de identidad y permiso de residencia</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Justicia y derechos</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Primeros pasos con la tableta</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Vida diaria</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guía</numerusform>
            <numerusform>%n guías</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Próximamente</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Dónde se detienen las personas</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>Ninguna sesión abandonada en el periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, paso %2: %n sesión</numerusform>
            <numerusform>%1, paso %2: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Estado de las guías (últimos 30 días)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Todos los objetivos se encontraron a la primera.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, paso %2 (%3): no encontrado %4 veces, encontrado de otra forma %5 veces</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Elegir un documento</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>No hay documentos en esta sesión</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>No hay cámara: elija un documento abajo</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Cerrar el documento</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Imprimir el documento</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>Se borrarán al final del trámite. Imprime los que quieras guardar.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Todavía no hay documentos</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Cerrar la lista de documentos</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Copiar el paso</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Eliminar el paso</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Probar desde aquí</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>El paso termina con</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Dato confidencial (el mediador aparta la vista)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Nota para el mediador</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Aún no está escrito en este idioma: se muestra el francés.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ alrededor de %n minuto</numerusform>
            <numerusform>⏱ unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>en francés</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>reparación local (sustituye la otra versión) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>guía local · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>paquete firmado · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>incluida · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Esta guía todavía no está traducida. Está en francés.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Duración: alrededor de %n minuto</numerusform>
            <numerusform>⏱ Duración: unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Empezar el trámite « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>Qué preparar antes de empezar</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>todavía no está listo</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Marca cada documento cuando lo tengas contigo.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Idiomas de esta guía</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nota para el mediador:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Versión local de esta guía (carpeta %1). Sustituye a la guía que viene con la aplicación.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Volver a la versión original</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Eliminar esta guía local</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Modificar esta guía</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Todavía no hay guías aquí</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>El mediador puede añadir guías para este trámite.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Esta persona necesita ayuda</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Un mediador está aquí</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Un mediador está aquí: parar la señal</translation>
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
        <translation>¡Hola!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Haz tus trámites en internet, paso a paso. ¿Cómo vas a usar la tableta hoy?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>Con un mediador</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>Hago mi trámite con un mediador o una mediadora a mi lado.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Por mi cuenta</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>Hago mi trámite sin ayuda. Todo se borrará al final.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Espacio del mediador</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Preparar una sesión, elegir las guías, configurar la tableta.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Se ha borrado todo: las páginas visitadas, lo que se ha escrito, las sesiones iniciadas y los documentos. La tableta está lista para la siguiente persona.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Mediador: elige un código para proteger los ajustes y el modo autónomo.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Elegir el código</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Elegir el código del mediador</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Haz tus trámites en internet, paso a paso. Al final, todo se borra.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Empezar un trámite</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Mediador: desbloquear</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>un sitio se escribe como « www.caf.fr » o « *.caf.fr » (en minúsculas, sin https:// ni /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>línea %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>Todo se borrará en %n segundo</numerusform>
            <numerusform>Todo se borrará en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Si no respondes, todo lo que has hecho se borrará para la siguiente persona.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Sí, quiero seguir</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Los documentos que descargaste también se borrarán.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Elegir el idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Elegir el idioma</translation>
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
        <translation>Esta guía no puede empezar.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Versión %1 del %2, %3 guía(s)</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificar</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Espacio del mediador</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Preparar una sesión</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Ver las guías</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Elegir una guía y los documentos que hay que preparar.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Pasar a sesión con mediador</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Bloquear en modo autónomo</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Para prestar la tableta: solo se abren los sitios web de las guías y todo se borra al final. Para salir, hace falta el código del mediador.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Modo autónomo</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Minutos sin tocar la pantalla antes de borrar</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Sitios web permitidos en todas las guías (uno por línea, por ejemplo « franceconnect.gouv.fr » o « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Guardar los sitios web permitidos</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Cambiar el código del mediador</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Sitios web permitidos en todas las guías</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Las cifras anónimas del punto de atención, para los financiadores.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Crear una guía</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Haz el trámite una vez en el sitio real: cada toque se convierte en un paso.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 sesiones, %3 hasta el final</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Guías de la red</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Paquete de guías instalado</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Versión %1 del %2, %3 guía(s)</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Ninguno: las guías incluidas con la aplicación</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Última comprobación el %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Nunca comprobado</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Volver al paquete anterior</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>La versión %1. La versión actual no se volverá a instalar.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Las guías incluidas con la aplicación. La versión actual no se volverá a instalar.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Dirección del paquete (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Claves públicas de confianza, una por línea (la última línea del archivo .pub; dos durante un cambio de clave)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Claves guardadas: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Guardar la dirección y las claves</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Guardado. La tableta comprueba el paquete ahora y luego cada cuatro horas.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>La página no se abre</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>La página se ha cerrado</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>El sitio web tiene un problema</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>La tableta no consigue conectar con el sitio web. Revisa el wifi y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>No es culpa tuya. Podemos volver a la última página correcta.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>El sitio web no responde como siempre. Vuelve a intentarlo dentro de un momento o llama al mediador.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Este sitio no es seguro</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>El sitio tarda en responder</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>El sitio no demuestra quién es. No escribas nada. Llama al mediador.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Espera un poco más, o vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Coloque la hoja plana dentro del marco y pulse el botón redondo grande.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>Esta tableta no tiene cámara. Elija un documento de la sesión.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Mueva los cuatro círculos a las esquinas de la hoja. Gire la foto si el texto está torcido.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Añada una página si el papel tiene varias. Elija qué es y pulse « Enviar ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Preparando el archivo…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Leer la indicación en voz alta</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>La foto</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Esquina superior izquierda</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Esquina superior derecha</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Esquina inferior derecha</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Esquina inferior izquierda</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Girar la foto un cuarto de vuelta</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Guardar esta página</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Añadir una página</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Quitar la página %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Enviar el documento al sitio</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>No hay cámara</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>Esta tableta no tiene una cámara que funcione. Puede elegir un documento que ya está en la sesión.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Hacer la foto</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Elegir el código del mediador</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Código del mediador</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Escribe el código del mediador.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Elige un código de 4 a 8 cifras. Dáselo solo a los mediadores.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Escribe el mismo código otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n cifra escrita</numerusform>
            <numerusform>%n cifras escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Borrar una cifra</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirmar el código</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Paso propuesto</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Toca un elemento del sitio</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>La página aún no reacciona: el elemento se rodea y aquí se propone un paso.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Instrucción del paso</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Dato confidencial (el mediador aparta la vista)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Paso añadido</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Añadir el paso</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Toca el elemento</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Hacer la acción</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>Paso « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Pasos grabados: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Guardar la guía</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>¿Es este el elemento correcto?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Toca el elemento correcto en la página</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Reparar el paso %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>La página no reacciona durante la reparación: el elemento que tocas queda rodeado y se describe aquí.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>¿No es el correcto? Toca otro elemento de la página.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Usar este elemento</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Usar este elemento: el paso queda reparado</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Cancelar la reparación</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Campo para rellenar</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Lista de opciones</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Casilla de verificación</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Botón o enlace</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Documento guardado: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Cargando la página</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Mis documentos (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Tomo el control</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Ha pedido ayuda. Vendrá un mediador.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Reparar este paso</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Lectura en voz alta, tamaño del texto, contraste</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Leer cada paso automáticamente</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Muy grande (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Texto blanco sobre fondo negro, marcas en amarillo.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>¡Muy bien! Has terminado el trámite.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(todavía no traducido: en francés)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>En el sitio web, busca:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Información secreta: escríbela tú. El mediador mira hacia otro lado y la aplicación no la lee.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>No encuentro « %1 » en esta página. Busca estas palabras en la página o pide ayuda.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>No encuentro el sitio correcto en esta página. Búscalo o pide ayuda.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>No estás en la página correcta para este paso.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Volver a la página correcta</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No pasa nada. El mediador va a venir a ayudarte. También puedes seguir cuando quieras.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No pasa nada. Pide ayuda en recepción. También puedes seguir cuando quieras.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Para el mediador: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Hecho: paso siguiente</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Salir del trámite</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Leer el paso en voz alta</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Elige lo que te corresponde. Todas las respuestas valen.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Elige lo que te corresponde. Todas las respuestas valen.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Primero, cierra el mensaje sobre las cookies. Toca el botón señalado.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>No pasa nada. Su llamada aparece arriba de la pantalla: vendrá un mediador. También puede seguir cuando esté listo/a.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Necesito ayuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Necesito ayuda: llamar a un mediador</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Primero, abre esta parte de la página. Toca el lugar indicado.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Reparar este paso</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Reparar este paso: mostrar el elemento correcto</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Modificar: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Los textos que faltan se muestran en francés.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>La guía</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Notas para el mediador</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Documento que preparar %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Quitar este documento</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Añadir un documento que preparar</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Los pasos (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Esta guía no puede empezar.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Guardar la guía</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>La guía se comprueba y luego se guarda en esta tableta (versión %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>Por ejemplo, una memoria USB: la guía se escribe allí en una carpeta con su nombre.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Exportar la guía a esta carpeta</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Cargando la página</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Crear una guía</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>La nueva guía</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Título en francés</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>Por ejemplo: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Dirección de inicio</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Empezar la grabación</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>El sitio se abre. Cada toque elige un elemento sin actuar: revisas el paso propuesto y luego haces la acción.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Una guía de otra tableta</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Importar una guía</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Elija su archivo guide.json (en una memoria USB, por ejemplo). Se comprueba antes de añadirlo.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Guías (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>El mediador tiene el control</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Los pasos de la guía</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Ir al paso %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Saltar el paso</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Devuelvo el control</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Devuelva la tableta a la persona</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Este paso es secreto (una contraseña, un código). La persona lo hace sola.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Devuelvo el control</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Escriba usted mismo/a, el mediador no mira</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>Lo que escribe es suyo. La tableta no lo guarda.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Aquí</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Aquí</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Tus documentos se van a borrar</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Al terminar, estos documentos se borrarán de la tableta: %1. Ábrelos o imprímelos antes si quieres guardarlos.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Ver mis documentos</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Seguir con el trámite</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Borrar todo y terminar</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Este documento ya no existe.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>No hay ninguna impresora instalada en la tableta. Pregunta a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>La impresión no está instalada en esta tableta. Pregunta a un mediador.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Este documento no se puede leer.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Esta imagen no se puede leer.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>La impresora no responde. Comprueba que está encendida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>El documento se está enviando a la impresora.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>autónomo</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>acompañado</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Actividad de mediación digital</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Personas ayudadas hasta el final</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Sesiones abandonadas</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Peticiones de ayuda y bloqueos</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sesiones por mes y por tema</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>No se puede escribir el informe en «%1».</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Toque en el elemento</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Campo rellenado</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Página nueva (dirección)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>Aparece un elemento</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«Hecho»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>Se elige una opción</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>La guía no se ha guardado: corrija lo que está marcado en rojo.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Guía guardada (versión %1). Está en el catálogo, marcada como «guía local».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>La guía no se ha exportado.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Guía exportada: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Esta guía no se ha importado.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Guía importada: «%1», versión %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>No se puede escribir el registro de actividad (%1). Las sesiones siguen, pero no se cuentan.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>versión de archivo desconocida</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>El registro de actividad era ilegible o estaba bloqueado (%1). Se ha apartado (%2) y ha empezado un registro nuevo.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>El registro de actividad era ilegible o estaba bloqueado (%1). Ha empezado un registro nuevo.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>Una sesión no se ha podido contar en el registro de actividad (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Solo el espacio del mediador puede cambiar los sitios web permitidos.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Primero elige el código del mediador.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Código incorrecto. Demasiados intentos: vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Código incorrecto. Demasiados intentos: vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Código incorrecto. Te queda %n intento antes del bloqueo.</numerusform>
            <numerusform>Código incorrecto. Te quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Solo el espacio del mediador puede cambiar el código.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>El código tiene de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Este código es demasiado fácil de adivinar (como 0000 o 1234). Elige otro.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>Los dos códigos no son iguales. Vuelve a empezar.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>No se ha podido guardar el código.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Más opciones</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Datos bancarios (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Justificante de domicilio</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Nómina</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Aviso de impuestos</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>El archivo sigue siendo demasiado grande para este sitio. Haga menos páginas o pida ayuda.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>No se pudo guardar el archivo. Pida ayuda.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>La lectura en voz alta no está instalada en esta tableta.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>La lectura en voz alta no funciona en esta tableta.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>La tableta no tiene voz para este idioma. Pregunta al mediador.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Este paso no se puede reparar: no muestra ningún elemento.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>La reparación no se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Este documento no es de esta sesión.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Esta página no se abre aquí</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Este sitio web no forma parte del trámite. Por tu seguridad, la tableta no lo abre.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Esta dirección no es una página web. La tableta no la abre.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>Las páginas de ajustes del navegador no se abren en esta tableta.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Este enlace quiere abrir otra aplicación (correo electrónico, teléfono…). La tableta no lo hace. Pregunta a un mediador.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Este archivo no se puede guardar en la tableta. Solo se guardan los documentos PDF y las imágenes.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Las herramientas de desarrollo no están disponibles en esta tableta.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>No se pueden soltar enlaces ni archivos en la página.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Aquí no hay ningún menú. Toca simplemente el elemento.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Solo se pueden enviar los documentos de esta sesión.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>El estudio no está disponible en modo autónomo.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>El sitio de práctica no arranca.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Añade al menos un paso.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>No se pudo guardar la guía.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Termina cuando la persona lo toca</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Termina cuando el campo está rellenado</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Termina cuando la página cambia</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Termina cuando se hace una elección</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Termina con « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Este sitio no está en la lista de sitios permitidos: solo el modo mediador (con el código) puede abrirlo.</translation>
    </message>
</context>
</TS>
